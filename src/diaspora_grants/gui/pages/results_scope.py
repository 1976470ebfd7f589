"""Choosing what the results grid shows: programme, project, indicator and period (locked ones marked)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...services.indicators import IndicatorView
from ...services.periods import PeriodView
from ...services.programmes import ProgrammeView
from ...services.projects import ProjectView
from ...services.registry import Services
from ..icons import icon
from ..widgets.pickers import ChoiceCombo
from ..workers import gather

Scope = tuple[int, int, int]


@dataclass(frozen=True)
class ScopeChoices:
    """What the scope offers: the programmes, and the projects, indicators and periods of one."""

    programmes: list[ProgrammeView]
    programme_id: int | None
    projects: list[ProjectView]
    indicators: list[IndicatorView]
    periods: list[PeriodView]


def read_choices(services: Services, programme_id: int | None, *, programmes: bool = True) -> ScopeChoices:
    """The programmes (unless `programmes` is False) and the projects, indicators and periods of
    `programme_id`: the one chosen, else the first, as the programme combo then shows. The calls
    run at the same time (see gather())."""
    if programme_id is not None:
        found, *of_programme = gather(
            services.programmes.find if programmes else list, *_of_programme(services, programme_id)
        )
        if not programmes or programme_id in [p.id for p in found]:
            return ScopeChoices(found, programme_id, *of_programme)
    else:
        found = services.programmes.find() if programmes else []
    if not found:
        return ScopeChoices(found, None, [], [], [])
    return ScopeChoices(found, found[0].id, *gather(*_of_programme(services, found[0].id)))


def _of_programme(services: Services, programme_id: int) -> list[Callable[[], list[Any]]]:
    return [
        partial(services.projects.find, programme_id=programme_id),
        partial(services.indicators.find, programme_id),
        partial(services.periods.find, programme_id),
    ]


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
        self.show_read(self.reader()())

    def reader(self) -> Callable[[], ScopeChoices]:
        """What reload() reads, as a call that touches no widget (for a read off the GUI thread)."""
        return partial(read_choices, self.services, self.programme_id())

    def show_read(self, read: ScopeChoices) -> None:
        """Offer what reader() read, keeping what was chosen where it still exists (emits nothing)."""
        _refill(self.programme, [(p.code, p.id) for p in read.programmes])
        for index, programme in enumerate(read.programmes):
            self.programme.setItemData(index, programme.name, Qt.ItemDataRole.ToolTipRole)
        if self.programme_id() == read.programme_id:
            self._show_programme(read.projects, read.indicators, read.periods)
        else:  # the programme read was not the one now chosen (it is gone): read the chosen one
            self._load_programme()

    def read_periods(self) -> Callable[[], list[PeriodView]]:
        """What reads the chosen programme's periods again (off the GUI thread) for show_periods()."""
        programme_id, periods = self.programme_id(), self.services.periods
        return lambda: periods.find(programme_id) if programme_id is not None else []

    def show_periods(self, periods: list[PeriodView]) -> None:
        """The periods read again (after a lock or unlock: their padlocks), keeping the one chosen."""
        self.periods = periods
        _refill(self.period, [(p.label, p.id) for p in self.periods], [period_icon(p) for p in self.periods])
        self._remember()

    def _load_programme(self) -> None:
        read = read_choices(self.services, self.programme_id(), programmes=False)
        self._show_programme(read.projects, read.indicators, read.periods)

    def _show_programme(
        self, projects: list[ProjectView], indicators: list[IndicatorView], periods: list[PeriodView]
    ) -> None:
        self.projects, self.indicators, self.periods = projects, indicators, periods
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
