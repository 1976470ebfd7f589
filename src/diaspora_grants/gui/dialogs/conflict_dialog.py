"""Someone else saved the record while it was open: reload theirs, or review both side by side."""

from __future__ import annotations

import dataclasses
import enum
from typing import Any

from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ConflictError
from ..formatting import display_text

_DIFFERENT = QColor("#fff3cd")


class Choice(enum.Enum):
    RELOAD_THEIRS = "reload theirs"
    KEEP_MINE = "keep mine"
    BACK = "back"


class ConflictDialog(QDialog):
    """Shows the conflict; 'Review both' opens a field-by-field comparison. Nothing is discarded
    until the user chooses: 'Reload theirs' replaces the form, 'Keep mine' keeps the form and
    makes their version the one the next save replaces."""

    def __init__(
        self,
        error: ConflictError,
        mine: Any,
        theirs: Any,
        labels: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice = Choice.BACK
        self.message = QLabel(error.message[:1].upper() + error.message[1:] + ".", self)
        self.message.setWordWrap(True)
        self.comparison = self._comparison_table(mine, theirs, labels)
        self.comparison.hide()
        self.reload_button = QPushButton(self.tr("Reload theirs"), self)
        self.review_button = QPushButton(self.tr("Review both"), self)
        self.keep_button = QPushButton(self.tr("Keep mine"), self)
        self.keep_button.setToolTip(self.tr("Go back to your values; saving then replaces their version"))
        self.keep_button.hide()
        self.back_button = QPushButton(self.tr("Back to editing"), self)
        self.reload_button.clicked.connect(lambda: self._choose(Choice.RELOAD_THEIRS))
        self.keep_button.clicked.connect(lambda: self._choose(Choice.KEEP_MINE))
        self.back_button.clicked.connect(lambda: self._choose(Choice.BACK))
        self.review_button.clicked.connect(self.review_both)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.review_button, self.reload_button, self.keep_button, self.back_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.comparison, 1)
        layout.addLayout(buttons)
        self.resize(520, 160)

    def review_both(self) -> None:
        self.comparison.show()
        self.review_button.hide()
        self.keep_button.show()
        self.resize(760, 520)

    def differing_fields(self) -> list[str]:
        return [name for name, differs in self._rows if differs]

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        if choice is Choice.BACK:
            self.reject()
        else:
            self.accept()

    def _comparison_table(self, mine: Any, theirs: Any, labels: dict[str, str]) -> QTableView:
        # A handful of read-only rows built once: a standard item model is enough, no custom model.
        names = [f.name for f in dataclasses.fields(mine)]
        self._rows: list[tuple[str, bool]] = []
        model = QStandardItemModel(len(names), 2, self)
        model.setHorizontalHeaderLabels([self.tr("Their saved version"), self.tr("Your unsaved version")])
        model.setVerticalHeaderLabels([labels.get(n, n.replace("_", " ")) for n in names])
        for row, name in enumerate(names):
            theirs_value, mine_value = getattr(theirs, name), getattr(mine, name)
            self._rows.append((labels.get(name, name.replace("_", " ")), theirs_value != mine_value))
            for column, value in enumerate((theirs_value, mine_value)):
                item = QStandardItem(display_text(value))
                item.setEditable(False)
                if theirs_value != mine_value:
                    item.setBackground(QBrush(_DIFFERENT))
                model.setItem(row, column, item)
        table = QTableView(self)
        table.setModel(model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        return table
