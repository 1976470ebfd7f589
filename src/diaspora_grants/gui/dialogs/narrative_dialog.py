"""The narrative editor: a report's sections as text editors, progress per outcome with its
indicators, partners' narratives beside them to quote, drafts saved; read-only with the reason once
the report's last period is locked."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import narratives as n
from ...services.indicators import IndicatorView
from ...services.narratives import NarrativeInput, NarrativeView
from ...services.partner_narratives import PartnerNarrativeView
from ...services.registry import Services
from .. import interaction
from ..colours import ERROR
from ..writes import save_off_thread
from .narrative_outcomes import OutcomesEditor


class PartnerPanel(QGroupBox):
    """What each partner wrote for the report's periods, to read and quote."""

    def __init__(self, narratives: list[PartnerNarrativeView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Partners' narratives"))
        self.setObjectName("partner-narratives")
        self.narratives = [p for p in narratives if p.written]
        self.choice = QComboBox()
        self.choice.setObjectName("partner")
        for p in self.narratives:
            self.choice.addItem(f"{p.project_code} · {p.period_label} – {p.partner_name}")
        self.text = QPlainTextEdit()
        self.text.setObjectName("partner-text")
        self.text.setReadOnly(True)
        self.quote_button = QPushButton(self.tr("Quote in the section being written"))
        self.quote_button.setObjectName("quote")
        self.quote_button.setEnabled(bool(self.narratives))
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.quote_button)
        self.choice.currentIndexChanged.connect(self._show)
        if not self.narratives:
            self.text.setPlaceholderText(self.tr("No partner has sent a narrative for these periods yet."))
        self._show()

    def chosen(self) -> PartnerNarrativeView | None:
        index = self.choice.currentIndex()
        return self.narratives[index] if 0 <= index < len(self.narratives) else None

    def quotation(self) -> str:
        """The partner's words with who wrote them, ready to edit."""
        chosen = self.chosen()
        if chosen is None:
            return ""
        selected = self.text.textCursor().selectedText().replace("\u2029", "\n").strip()
        words = selected or "\n".join(t for t in chosen.sections.values() if t)
        return f"“{words}” ({chosen.partner_name}, {chosen.project_code}, {chosen.period_label})"

    def _show(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            self.text.clear()
            return
        parts = [
            f"{self.tr(section.title)}\n{chosen.text(section.key)}"
            for section in n.PARTNER_SECTIONS
            if chosen.text(section.key)
        ]
        self.text.setPlainText("\n\n".join(parts))


@dataclass(frozen=True)
class NarrativeRead:
    """What the editor shows, read off the GUI thread before it opens."""

    key: tuple[int, int, int]  # programme, first period, last period
    view: NarrativeView
    programme_code: str
    indicators: list[IndicatorView]
    partners: list[PartnerNarrativeView]


def read_narrative(
    services: Services, programme_id: int, first_period_id: int, period_id: int
) -> NarrativeRead:
    """The draft, the programme's indicators and the partners' narratives of the span."""
    key = (programme_id, first_period_id, period_id)
    return NarrativeRead(
        key,
        services.programmes.narrative(*key),
        services.programmes.get(programme_id).code,
        services.indicators.find(programme_id),
        services.programmes.partner_narratives(*key),
    )


class NarrativeDialog(QDialog):
    def __init__(self, services: Services, read: NarrativeRead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.key = read.key
        self.view: NarrativeView = read.view
        self.setObjectName("narrative-dialog")
        self.setWindowTitle(
            self.tr("Narrative of the report %1 (%2)")
            .replace("%1", self.view.span)
            .replace("%2", read.programme_code)
        )
        self.locked = QLabel()
        self.locked.setObjectName("locked-reason")
        self.locked.setWordWrap(True)
        self.locked.setStyleSheet(f"color: {ERROR.name()};")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sections")
        self.editors: dict[str, QPlainTextEdit] = {}
        self.outcomes = OutcomesEditor(self.view.outcomes, read.indicators)
        self._add_tabs()
        self.partners = PartnerPanel(read.partners)
        self.partners.quote_button.clicked.connect(self.quote)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.setObjectName("save-draft")
        self.save_button.clicked.connect(self.save)
        self._build()
        self._show_lock()
        self.resize(1100, 720)

    def _add_tabs(self) -> None:
        for section in n.BEFORE_OUTCOMES:
            self._text_tab(section)
        self.tabs.addTab(self.outcomes, self.tr("Progress per outcome"))
        for section in n.AFTER_OUTCOMES:
            self._text_tab(section)

    def _text_tab(self, section: n.Section) -> None:
        editor = QPlainTextEdit()
        editor.setObjectName(f"section-{section.key}")
        editor.setPlaceholderText(self.tr(section.hint))
        editor.setPlainText(self.view.text(section.key))
        self.editors[section.key] = editor
        self.tabs.addTab(editor, self.tr(section.title))

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.partners)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.locked)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _show_lock(self) -> None:
        reason = self.view.locked_reason
        self.locked.setVisible(reason is not None)
        self.locked.setText(self.tr("Read only: %1").replace("%1", reason or ""))
        for editor in self.editors.values():
            editor.setReadOnly(reason is not None)
        self.outcomes.set_read_only(reason is not None)
        self.save_button.setEnabled(reason is None)
        self.save_button.setToolTip(reason or "")
        self.partners.quote_button.setEnabled(reason is None and bool(self.partners.narratives))

    def quote(self) -> None:
        """The partner's words (or the part selected) go where the writer is, in the current section."""
        text = self.partners.quotation()
        if not text:
            return
        current = self.tabs.currentWidget()
        editor = self.outcomes.text if current is self.outcomes else current
        if isinstance(editor, QPlainTextEdit) and not editor.isReadOnly():
            editor.insertPlainText(text)
            editor.setFocus()

    def save(self) -> None:
        """Save the draft off the GUI thread; the editor stays readable, its buttons wait."""
        data = NarrativeInput(
            sections={key: editor.toPlainText() for key, editor in self.editors.items()},
            outcomes=self.outcomes.values(),
        )
        programmes, key, version = self.services.programmes, self.key, self.view.version
        save_off_thread(
            self,
            lambda: programmes.save_narrative(*key, data, expected_version=version),
            done=self._saved,
            failed=lambda error: interaction.show_error(
                self, error, title=self.tr("The draft was not saved")
            ),
            busy=[self.save_button],
        )

    def _saved(self, view: NarrativeView) -> None:
        self.view = view
        saved_at = view.updated_at
        when = ""
        if saved_at is not None:
            local = saved_at.astimezone()
            when = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        self.status.setText(self.tr("Draft saved at %1.").replace("%1", when))
