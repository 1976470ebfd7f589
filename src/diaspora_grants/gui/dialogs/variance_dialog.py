"""Explanations of variances, exported beside the figures they explain: why an indicator missed its
target in a period (or over the life of the award), and why a budget line is over-spent. A missing
one is listed on the donor workbook's Cover as still to complete."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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

from ...domain.errors import ValidationError
from ...services.registry import Services
from .. import interaction
from ..colours import ERROR
from ..widgets.fields import NotesField
from ..widgets.pickers import ChoiceCombo
from ..writes import save_off_thread

LIFE_OF_AWARD = -1  # the period choice that stands for the life of the award


Key = tuple[str, int | None, int | None]


@dataclass(frozen=True)
class VarianceChoices:
    """What the dialog offers, read off the GUI thread before it opens."""

    indicators: list[tuple[str, int]]
    periods: list[tuple[str, int]]
    lines: list[tuple[str, int]]
    #: The explanations saved: ("indicator", indicator id, period id) or ("line", line id, None).
    texts: dict[Key, str]


def read_variance_choices(services: Services, programme_id: int) -> VarianceChoices:
    """The programme's indicators, periods, budget lines and saved explanations (touches no widget)."""
    indicators = [(f"{i.code} – {i.name}", i.id) for i in services.indicators.find(programme_id)]
    periods = [(p.label, p.id) for p in services.periods.find(programme_id)]
    lines = [
        (f"{project.code} / {line.code} – {line.category}", line.id)
        for project in services.projects.find(programme_id=programme_id)
        for line in services.finance.budget_lines(project.id)
    ]
    texts: dict[Key, str] = {
        ("indicator", e.indicator_id, e.period_id)
        if e.indicator_id
        else ("line", e.budget_line_id, None): e.text
        for e in services.programmes.variance_explanations(programme_id)
    }
    return VarianceChoices(indicators, periods, lines, texts)


class VarianceDialog(QDialog):
    """Pick an indicator and a period (or a budget line), read or write its explanation, save."""

    def __init__(
        self, services: Services, programme_id: int, choices: VarianceChoices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.programme_id = programme_id
        self._texts = dict(choices.texts)
        self.setObjectName("variance-dialog")
        self.setWindowTitle(self.tr("Explain variances"))
        self.indicator = ChoiceCombo(choices.indicators)
        self.indicator.setObjectName("indicator")
        self.period = ChoiceCombo([(self.tr("Life of award"), LIFE_OF_AWARD), *choices.periods])
        self.period.setObjectName("period")
        self.indicator_text = NotesField()
        self.indicator_text.setObjectName("indicator-explanation")
        self.save_indicator = QPushButton(self.tr("Save indicator explanation"))
        self.save_indicator.setObjectName("save-indicator")
        self.line = ChoiceCombo(choices.lines)
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

    def _period_id(self) -> int | None:
        chosen = self.period.value()
        return None if chosen in (None, LIFE_OF_AWARD) else int(chosen)

    def _indicator_key(self) -> Key:
        return ("indicator", self.indicator.value(), self._period_id())

    def _line_key(self) -> Key:
        return ("line", self.line.value(), None)

    def _show_indicator_text(self) -> None:
        self.indicator_text.set_value(self._texts.get(self._indicator_key()))

    def _show_line_text(self) -> None:
        self.line_text.set_value(self._texts.get(self._line_key()))

    def _save_indicator(self) -> None:
        key, text = self._indicator_key(), self.indicator_text.value() or ""
        if key[1] is None:
            return
        programmes, indicator_id, period_id = self.services.programmes, key[1], key[2]
        self._saving(key, text, lambda: programmes.explain_indicator(indicator_id, period_id, text))

    def _save_line(self) -> None:
        key, text = self._line_key(), self.line_text.value() or ""
        if key[1] is None:
            return
        programmes, line_id = self.services.programmes, key[1]
        self._saving(key, text, lambda: programmes.explain_budget_line(line_id, text))

    def _saving(self, key: Key, text: str, save: Callable[[], object]) -> None:
        """Save off the GUI thread; the dialog waits disabled meanwhile."""
        save_off_thread(
            self, save, done=lambda saved: self._saved(key, text, saved), failed=self._refused, busy=[self]
        )

    def _saved(self, key: Key, text: str, saved: object) -> None:
        if saved is None:
            self._texts.pop(key, None)
        else:
            self._texts[key] = text
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved.") if saved is not None else self.tr("Removed."))

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.status.setStyleSheet(f"color: {ERROR.name()};")
            # The service names its fields by key; the person sees the form's own labels.
            labels = {"period": self.tr("Period"), "explanation": self.tr("Explanation")}
            self.status.setText(
                "; ".join(f"{labels.get(p.field, p.field)}: {p.message}" for p in error.problems)
            )
        else:
            interaction.show_error(self, error, title=self.tr("Could not save"))
