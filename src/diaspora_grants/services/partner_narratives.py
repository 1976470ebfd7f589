"""Partners' narratives: what each partner wrote for a project and period (its results template's
Narrative sheet), shown beside the project in the narrative editor. Locked with the period, like
the results they come with."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import PartnerNarrative, Period, Project
from ..domain import narratives as n
from ..domain import validation as v
from ..domain.errors import LockedPeriodError, ValidationError
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import Service, assign, check_version

PARTNER_KEYS = tuple(s.key for s in n.PARTNER_SECTIONS)


@dataclass(frozen=True, kw_only=True)
class PartnerNarrativeView:
    project_id: int
    project_code: str
    partner_name: str
    period_id: int
    period_label: str
    #: Every partner section key, "" where nothing is written.
    sections: Mapping[str, str]
    version: int = 0
    locked_reason: str | None = None
    updated_by: str | None = None
    updated_at: dt.datetime | None = None

    @property
    def written(self) -> bool:
        return any(self.sections.values())

    def text(self, key: str) -> str:
        return self.sections.get(key, "")


class PartnerNarratives(Service):
    def partner_narrative(self, project_id: int, period_id: int) -> PartnerNarrativeView:
        with self._read() as session:
            project, period = _project_period(session, project_id, period_id)
            return _view(project, period, _find(session, project_id, period_id))

    def partner_narratives(
        self, programme_id: int, first_period_id: int | None = None, period_id: int | None = None
    ) -> list[PartnerNarrativeView]:
        """What partners wrote in the programme, for the periods from first to last (None: all),
        by period then project."""
        with self._read() as session:
            query = (
                select(PartnerNarrative)
                .join(Project, Project.id == PartnerNarrative.project_id)
                .join(Period, Period.id == PartnerNarrative.period_id)
                .where(Project.programme_id == programme_id)
                .order_by(Period.start_date, Project.code)
            )
            for bound, after in ((first_period_id, True), (period_id, False)):
                if bound is not None:
                    day = self._get(session, Period, bound, "period").start_date
                    query = query.where(Period.start_date >= day if after else Period.start_date <= day)
            return [_view(r.project, r.period, r) for r in session.scalars(query)]

    def save_partner_narrative(
        self,
        project_id: int,
        period_id: int,
        sections: Mapping[str, str | None],
        *,
        expected_version: int | None = None,
    ) -> PartnerNarrativeView:
        """Save what the partner wrote (a key left out keeps its text); refused in a locked period.
        `expected_version` None: no check (a template's import brings the partner's own words)."""
        unknown = [key for key in sections if key not in PARTNER_KEYS]
        if unknown:
            raise ValidationError.single(
                "section",
                say(
                    QT_TRANSLATE_NOOP("Core", "no section {value} in a partner narrative"),
                    value=", ".join(unknown),
                ),
            )
        cleaned = {key: v.clean(text) for key, text in sections.items()}
        v.raise_if_any(n.text_problem(n.section_of(key).title, text) for key, text in cleaned.items())
        with self._write() as session:
            project, period = _project_period(session, project_id, period_id)
            if period.locked:
                raise LockedPeriodError(period.label)
            found = _find(session, project_id, period_id)
            if found is None:
                if not any(cleaned.values()):
                    return _view(project, period, None)
                found = PartnerNarrative(project=project, period=period)
                session.add(found)
            else:
                check_version(found, expected_version, "partner narrative")
            assign(found, cleaned)
            session.flush()
            return _view(project, period, found)


def _project_period(session: Session, project_id: int, period_id: int) -> tuple[Project, Period]:
    project, period = session.get(Project, project_id), session.get(Period, period_id)
    if project is None:
        raise ValidationError.single(
            "project", say(QT_TRANSLATE_NOOP("Core", "no project #{project_id}"), project_id=project_id)
        )
    if period is None or period.programme_id != project.programme_id:
        raise ValidationError.single(
            "period",
            say(
                QT_TRANSLATE_NOOP("Core", "choose a period of project {code}'s programme"), code=project.code
            ),
        )
    return project, period


def _find(session: Session, project_id: int, period_id: int) -> PartnerNarrative | None:
    return session.scalar(
        select(PartnerNarrative).where(
            PartnerNarrative.project_id == project_id, PartnerNarrative.period_id == period_id
        )
    )


def _view(project: Project, period: Period, found: PartnerNarrative | None) -> PartnerNarrativeView:
    return PartnerNarrativeView(
        project_id=project.id,
        project_code=project.code,
        partner_name=project.partner.name if project.partner is not None else "",
        period_id=period.id,
        period_label=period.label,
        sections={key: (getattr(found, key) or "") if found else "" for key in PARTNER_KEYS},
        version=found.version if found else 0,
        locked_reason=LockedPeriodError(period.label).message if period.locked else None,
        updated_by=found.updated_by if found else None,
        updated_at=found.updated_at if found else None,
    )
