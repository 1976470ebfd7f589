"""Choosing what the results grid shows: programme, project, indicator and period (locked ones marked)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...services.indicators import IndicatorView
from ...services.periods import PeriodView
from ...services.projects import ProjectView
from ...services.registry import Services
from ..icons import icon
from ..widgets.pickers import ChoiceCombo

Scope = tuple[int, int, int]


class ScopeChooser(QWidget):
    #: The user chose another project, indicator or period (or programme).
    changed = Signal()
    #: The programme's projects, indicators and periods were (re)loaded.
    programme_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        #: Asked before the user's choice replaces the grid; False puts the previous choice back.
        self.leaving: Callable[[], bool] = lambda: True
        self.projects: list[ProjectView] = []
        self.indicators: list[IndicatorView] = []
        self.periods: list[PeriodView] = []
        self.programme = ChoiceCombo(())
        self.project = ChoiceCombo(())
        self.indicator = ChoiceCombo(())
        self.period = ChoiceCombo(())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._shown: dict[ChoiceCombo, int] = {}
        # Narrow enough for a 1024-pixel screen; each combo grows with the window, the popup and the
        # tooltip show names in full.
        for name, caption, combo, stretch, characters in (
            ("programme", self.tr("Programme"), self.programme, 2, 10),
            ("project", self.tr("Project"), self.project, 2, 9),
            ("indicator", self.tr("Indicator"), self.indicator, 4, 12),
            ("period", self.tr("Period"), self.period, 1, 7),
        ):
            combo.setObjectName(name)
            combo.setMinimumContentsLength(characters)
            label = QLabel(caption)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo, stretch)
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._chosen(c))

    # Loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Ask the services again, keeping what was chosen where it still exists (emits nothing)."""
        programmes = self.services.programmes.find()
        _refill(self.programme, [(p.code, p.id) for p in programmes])
        for index, programme in enumerate(programmes):
            self.programme.setItemData(index, programme.name, Qt.ItemDataRole.ToolTipRole)
        self._load_programme()

    def reload_periods(self) -> None:
        programme_id = self.programme_id()
        self.periods = self.services.periods.find(programme_id) if programme_id is not None else []
        _refill(self.period, [(p.label, p.id) for p in self.periods], [period_icon(p) for p in self.periods])
        self._remember()

    def _load_programme(self) -> None:
        programme_id = self.programme_id()
        services = self.services
        if programme_id is None:
            self.projects, self.indicators, self.periods = [], [], []
        else:
            self.projects = services.projects.find(programme_id=programme_id)
            self.indicators = services.indicators.find(programme_id)
            self.periods = services.periods.find(programme_id)
        _refill(self.project, [(p.code, p.id) for p in self.projects])
        for index, project in enumerate(self.projects):
            self.project.setItemData(
                index, f"{project.title} ({project.partner_name})", Qt.ItemDataRole.ToolTipRole
            )
        _refill(self.indicator, [(f"{i.code} – {i.name}", i.id) for i in self.indicators])
        for index, indicator in enumerate(self.indicators):
            self.indicator.setItemData(index, indicator.name, Qt.ItemDataRole.ToolTipRole)
        _refill(self.period, [(p.label, p.id) for p in self.periods], [period_icon(p) for p in self.periods])
        self._remember()
        self.programme_changed.emit()

    # What is chosen -------------------------------------------------------------------------

    def programme_id(self) -> int | None:
        value = self.programme.value()
        return int(value) if value is not None else None

    def chosen(self) -> Scope | None:
        values = (self.project.value(), self.indicator.value(), self.period.value())
        if any(v is None for v in values):
            return None
        return (int(values[0]), int(values[1]), int(values[2]))

    def period_view(self) -> PeriodView | None:
        return next((p for p in self.periods if p.id == self.period.value()), None)

    def describe(self) -> str:
        project = next((p.code for p in self.projects if p.id == self.project.value()), "")
        indicator = next((i.code for i in self.indicators if i.id == self.indicator.value()), "")
        return " · ".join(t for t in (project, indicator, self.period.currentText()) if t)

    def missing_text(self) -> str:
        if self.programme.count() == 0:
            return self.tr(
                "No programme yet.\n\nLoad the demo programme from the File menu, or add a programme."
            )
        for items, text in (
            (
                self.projects,
                self.tr("This programme has no projects yet: award an application or add a project."),
            ),
            (
                self.indicators,
                self.tr("This programme has no indicators yet: results are recorded against them."),
            ),
            (self.periods, self.tr("This programme has no reporting periods yet.")),
        ):
            if not items:
                return text
        return self.tr("Choose a project, an indicator and a period.")

    # Choosing from code -----------------------------------------------------------------------

    def choose(self, *, project: str, indicator: str, period: str | None = None) -> None:
        """Choose by code and label (screenshots, tests); the first programme that has them."""
        for index in range(self.programme.count()):
            if self.programme.currentIndex() != index:
                self.programme.setCurrentIndex(index)
            project_id = next((p.id for p in self.projects if p.code == project), None)
            if project_id is None:
                continue
            indicator_id = next((i.id for i in self.indicators if i.code == indicator), None)
            period_id = next((p.id for p in self.periods if p.label == period), None)
            self.choose_ids(project_id, indicator_id, period_id)
            return

    def choose_ids(self, project_id: int | None, indicator_id: int | None, period_id: int | None) -> None:
        if not self.leaving():
            return
        for combo, value in (
            (self.project, project_id),
            (self.indicator, indicator_id),
            (self.period, period_id),
        ):
            if value is not None:
                combo.blockSignals(True)
                combo.set_value(value)
                combo.blockSignals(False)
        self._remember()
        self.changed.emit()

    # Inside -----------------------------------------------------------------------------------

    def _chosen(self, combo: ChoiceCombo) -> None:
        if combo.currentIndex() == self._shown.get(combo, -1):
            return
        if not self.leaving():
            combo.blockSignals(True)
            combo.setCurrentIndex(self._shown.get(combo, 0))
            combo.blockSignals(False)
            return
        if combo is self.programme:
            self._load_programme()
        self._remember()
        self.changed.emit()

    def _remember(self) -> None:
        self._shown = {
            c: c.currentIndex() for c in (self.programme, self.project, self.indicator, self.period)
        }


def period_icon(period: PeriodView) -> QIcon:
    return icon("lock") if period.locked else QIcon()


def _refill(combo: ChoiceCombo, choices: Sequence[tuple[str, Any]], icons: Sequence[QIcon] = ()) -> None:
    chosen = combo.value()
    combo.blockSignals(True)
    combo.clear()
    for number, (text, value) in enumerate(choices):
        if icons:
            combo.addItem(icons[number], text, value)
        else:
            combo.addItem(text, value)
    combo.set_value(chosen)
    combo.blockSignals(False)
