"""Help menu dialogs: About (version, database, data folder), the keyboard shortcuts, the user guide.

The user guide ships with the app (package data, gui/help/user-guide.md) and opens inside it, so it
is there offline and matches the version installed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from importlib import resources

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

GUIDE_PACKAGE = "diaspora_grants.gui.help"
GUIDE_FILE = "user-guide.md"


def user_guide_text(language: str | None = None) -> str:
    """The guide in `language` (default: the app's), or in English when it has none in that one."""
    language = language or QLocale().name().partition("_")[0]
    folder = resources.files(GUIDE_PACKAGE)
    translated = folder.joinpath(GUIDE_FILE.replace(".md", f".{language}.md"))
    guide = translated if translated.is_file() else folder.joinpath(GUIDE_FILE)
    return guide.read_text(encoding="utf-8")


def _closing_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    """What is running and where its data is: what a colleague or the help desk asks first."""

    def __init__(self, version: str, facts: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.setWindowTitle(self.tr("About Diaspora Grants"))
        title = QLabel(self.tr("<b>Diaspora Grants</b> {version}").format(version=version))
        title.setStyleSheet("font-size: 16px;")
        summary = QLabel(
            self.tr(
                "Calls, partners, projects, results and donor reports for grant programmes with diaspora "
                "organisations."
            )
        )
        summary.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        #: The facts by caption, as shown (tests read them).
        self.facts: dict[str, QLabel] = {}
        for caption, value in facts:
            label = _selectable(value)
            self.facts[caption] = label
            form.addRow(caption, label)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(_closing_buttons(self))
        self.resize(620, 300)


class ShortcutsDialog(QDialog):
    """Every shortcut of the window's actions, and the keys of the results grid."""

    def __init__(
        self,
        actions: Iterable[QAction],
        extra: Iterable[tuple[str, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = shortcut_rows(actions) + list(extra)
        model = QStandardItemModel(len(self.rows), 2, self)
        model.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        for row, (keys, what) in enumerate(self.rows):
            # Keys read left to right in every language: marked so, a right-to-left table (Arabic)
            # does not show "Ctrl+," as ",+Ctrl".
            for column, text in enumerate((f"\u200e{keys}\u200e", what)):
                item = QStandardItem(text)
                item.setEditable(False)
                model.setItem(row, column, item)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(_closing_buttons(self))
        self.resize(560, 560)


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what) for each action with a shortcut, keys as the platform writes them."""
    rows = []
    for action in actions:
        keys = [
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()
        ]
        if keys:
            what = action.text().replace("&", "").rstrip("…").rstrip(".")
            rows.append((", ".join(keys), what))
    return rows


class UserGuideDialog(QDialog):
    """The short user guide that ships with the app, opened in the app (links open in the browser)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user-guide")
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(user_guide_text())
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(_closing_buttons(self))
        self.resize(760, 640)
