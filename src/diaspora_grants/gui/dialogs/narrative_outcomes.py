"""Progress per outcome in the narrative editor: a list of outcomes, each with its title, its text
and the indicators that measure it (checked in a list)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.indicators import IndicatorView
from ...services.narratives import OutcomeInput, OutcomeView


@dataclass
class _Draft:
    title: str
    text: str = ""
    indicator_ids: list[int] = field(default_factory=list)


class OutcomesEditor(QWidget):
    def __init__(
        self,
        outcomes: tuple[OutcomeView, ...],
        indicators: list[IndicatorView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.drafts = [_Draft(o.title, o.text, list(o.indicator_ids)) for o in outcomes]
        self.current = -1
        self.list = QListWidget()
        self.list.setObjectName("outcomes")
        self.title = QLineEdit()
        self.title.setObjectName("outcome-title")
        self.text = QPlainTextEdit()
        self.text.setObjectName("outcome-text")
        self.text.setPlaceholderText(self.tr("Progress towards this outcome, with figures."))
        self.indicators = QListWidget()
        self.indicators.setObjectName("outcome-indicators")
        for indicator in indicators:
            item = QListWidgetItem(f"{indicator.code} – {indicator.name}")
            item.setData(Qt.ItemDataRole.UserRole, indicator.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.indicators.addItem(item)
        self.add_button = QPushButton(self.tr("Add outcome"))
        self.add_button.setObjectName("add-outcome")
        self.remove_button = QPushButton(self.tr("Remove outcome"))
        self.remove_button.setObjectName("remove-outcome")
        self._build()
        self.add_button.clicked.connect(self.add_outcome)
        self.remove_button.clicked.connect(self.remove_outcome)
        self.list.currentRowChanged.connect(self._show)
        self.title.textEdited.connect(self._retitle)
        self._refill(0 if self.drafts else -1)

    def _build(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.title)
        form.addRow(self.tr("Progress"), self.text)
        form.addRow(self.tr("Indicators under it"), self.indicators)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(form, 3)

    def add_outcome(self) -> None:
        self._keep()
        self.drafts.append(_Draft(self.tr("Outcome %n", "", len(self.drafts) + 1)))
        self._refill(len(self.drafts) - 1)
        self.title.setFocus()
        self.title.selectAll()

    def remove_outcome(self) -> None:
        if self.current < 0:
            return
        del self.drafts[self.current]
        self.current = -1
        self._refill(min(self.list.currentRow(), len(self.drafts) - 1))

    def values(self) -> tuple[OutcomeInput, ...]:
        self._keep()
        return tuple(
            OutcomeInput(title=d.title, text=d.text, indicator_ids=tuple(d.indicator_ids))
            for d in self.drafts
        )

    def set_read_only(self, read_only: bool) -> None:
        self.title.setReadOnly(read_only)
        self.text.setReadOnly(read_only)
        self.indicators.setEnabled(not read_only)
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def _refill(self, chosen: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for draft in self.drafts:
            self.list.addItem(draft.title)
        self.list.blockSignals(False)
        self.current = -1
        if chosen >= 0:
            self.list.setCurrentRow(chosen)
        self._show(chosen)

    def _keep(self) -> None:
        """What the editor shows goes back into the current outcome's draft."""
        if 0 <= self.current < len(self.drafts):
            draft = self.drafts[self.current]
            draft.title = self.title.text()
            draft.text = self.text.toPlainText()
            draft.indicator_ids = [
                int(self.indicators.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.indicators.count())
                if self.indicators.item(i).checkState() == Qt.CheckState.Checked
            ]

    def _show(self, row: int) -> None:
        self._keep()
        self.current = row
        draft = self.drafts[row] if 0 <= row < len(self.drafts) else _Draft("")
        for widget in (self.title, self.text, self.indicators):
            widget.setEnabled(0 <= row < len(self.drafts))
        self.title.setText(draft.title)
        self.text.setPlainText(draft.text)
        for i in range(self.indicators.count()):
            item = self.indicators.item(i)
            checked = int(item.data(Qt.ItemDataRole.UserRole)) in draft.indicator_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _retitle(self, text: str) -> None:
        item = self.list.item(self.current)
        if item is not None:
            item.setText(text)
