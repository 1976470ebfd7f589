"""What every export needs to know about a programme, read once through the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...domain.validation import check_report_range
from ..indicators import IndicatorView
from ..organisations import OrganisationView
from ..periods import PeriodView
from ..programmes import ProgrammeView
from ..projects import ProjectView

if TYPE_CHECKING:
    from ..registry import Services


@dataclass(frozen=True)
class ProgrammeFacts:
    programme: ProgrammeView
    projects: tuple[ProjectView, ...]
    partners: dict[int, OrganisationView]
    periods: tuple[PeriodView, ...]
    indicators: tuple[IndicatorView, ...]

    @property
    def age_bands(self) -> tuple[str, ...]:
        return tuple(self.programme.age_bands)

    def project(self, project_id: int) -> ProjectView:
        return next(p for p in self.projects if p.id == project_id)

    def partner_name(self, project: ProjectView) -> str:
        return project.partner_name

    def periods_between(self, date_from: dt.date | None, date_to: dt.date | None) -> list[PeriodView]:
        """The periods wholly inside the range: the same rule the reach service counts by."""
        return [
            p
            for p in self.periods
            if (date_from is None or p.start_date >= date_from) and (date_to is None or p.end_date <= date_to)
        ]


def project_period(project: ProjectView, fallback: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """The one start and end every sheet shows for a project: what happened where known (actual),
    else what was agreed (planned), else the programme's dates."""
    start = project.actual_start or project.planned_start or fallback[0]
    end = project.actual_end or project.planned_end or fallback[1]
    return start, end


def load_facts(services: Services, programme_id: int) -> ProgrammeFacts:
    programme = services.programmes.get(programme_id)
    projects = tuple(services.projects.find(programme_id=programme_id))
    partners = {pid: services.organisations.get(pid) for pid in sorted({p.partner_id for p in projects})}
    periods = tuple(sorted(services.periods.find(programme_id), key=lambda p: p.start_date))
    indicators = tuple(services.indicators.find(programme_id))
    return ProgrammeFacts(programme, projects, partners, periods, indicators)


def check_range(date_from: dt.date, date_to: dt.date) -> None:
    check_report_range(date_from, date_to)
