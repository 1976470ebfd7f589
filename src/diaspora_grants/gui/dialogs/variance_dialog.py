"""Explanations of variances, exported beside the figures they explain: why an indicator missed its
target in a period (or over the life of the award), and why a budget line is over-spent. A missing
one is listed on the donor workbook's Cover as still to complete."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationError
from ...services.registry import Services
from .. import interaction
from ..colours import ERROR
from ..widgets.fields import NotesField
from ..widgets.pickers import ChoiceCombo

LIFE_OF_AWARD = -1  # the period choice that stands for the life of the award


class VarianceDialog(QDialog):
    """Pick an indicator and a period (or a budget line), read or write its explanation, save."""

    def __init__(self, services: Services, programme_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.programme_id = programme_id
        self.setObjectName("variance-dialog")
        self.setWindowTitle(self.tr("Explain variances"))
        self.indicator = ChoiceCombo(
            (f"{i.code} – {i.name}", i.id) for i in services.indicators.find(programme_id)
        )
        self.indicator.setObjectName("indicator")
        periods = [(self.tr("Life of award"), LIFE_OF_AWARD)]
        periods += [(p.label, p.id) for p in services.periods.find(programme_id)]
        self.period = ChoiceCombo(periods)
        self.period.setObjectName("period")
        self.indicator_text = NotesField()
        self.indicator_text.setObjectName("indicator-explanation")
        self.save_indicator = QPushButton(self.tr("Save indicator explanation"))
        self.save_indicator.setObjectName("save-indicator")
        lines = []
        for project in services.projects.find(programme_id=programme_id):
            for line in services.finance.budget_lines(project.id):
                lines.append((f"{project.code} / {line.code} – {line.category}", line.id))
        self.line = ChoiceCombo(lines)
        self.line.setObjectName("budget-line")
        self.line_text = NotesField()
        self.line_text.setObjectName("line-explanation")
        self.save_line = QPushButton(self.tr("Save budget line explanation"))
        self.save_line.setObjectName("save-line")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self._build()
        self.indicator.currentIndexChanged.connect(self._show_indicator_text)
        self.period.currentIndexChanged.connect(self._show_indicator_text)
        self.line.currentIndexChanged.connect(self._show_line_text)
        self.save_indicator.clicked.connect(self._save_indicator)
        self.save_line.clicked.connect(self._save_line)
        self._show_indicator_text()
        self._show_line_text()
        self.resize(640, 560)

    def _build(self) -> None:
        indicator_box = QGroupBox(self.tr("Indicator against its target"))
        form = QFormLayout(indicator_box)
        form.addRow(self.tr("Indicator"), self.indicator)
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("Explanation"), self.indicator_text)
        form.addRow("", self.save_indicator)
        line_box = QGroupBox(self.tr("Over-spent budget line"))
        lines = QFormLayout(line_box)
        lines.addRow(self.tr("Budget line"), self.line)
        lines.addRow(self.tr("Explanation"), self.line_text)
        lines.addRow("", self.save_line)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("An empty explanation removes the one saved.")))
        layout.addWidget(indicator_box)
        layout.addWidget(line_box)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _texts(self) -> dict[tuple[str, int | None, int | None], str]:
        return {
            ("indicator", e.indicator_id, e.period_id)
            if e.indicator_id
            else ("line", e.budget_line_id, None): e.text
            for e in self.services.programmes.variance_explanations(self.programme_id)
        }

    def _period_id(self) -> int | None:
        chosen = self.period.value()
        return None if chosen in (None, LIFE_OF_AWARD) else int(chosen)

    def _show_indicator_text(self) -> None:
        key = ("indicator", self.indicator.value(), self._period_id())
        self.indicator_text.set_value(self._texts().get(key))

    def _show_line_text(self) -> None:
        self.line_text.set_value(self._texts().get(("line", self.line.value(), None)))

    def _save_indicator(self) -> None:
        if self.indicator.value() is None:
            return
        self._saving(
            lambda: self.services.programmes.explain_indicator(
                self.indicator.value(), self._period_id(), self.indicator_text.value() or ""
            )
        )

    def _save_line(self) -> None:
        if self.line.value() is None:
            return
        self._saving(
            lambda: self.services.programmes.explain_budget_line(
                self.line.value(), self.line_text.value() or ""
            )
        )

    def _saving(self, action: object) -> None:
        try:
            saved = action()  # type: ignore[operator]
        except ValidationError as error:
            self.status.setStyleSheet(f"color: {ERROR.name()};")
            self.status.setText("; ".join(f"{p.field} {p.message}" for p in error.problems))
            return
        except DomainError as error:
            interaction.show_error(self, error, title=self.tr("Could not save"))
            return
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved.") if saved is not None else self.tr("Removed."))
