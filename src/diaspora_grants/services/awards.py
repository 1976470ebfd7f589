"""The award: a selected application becomes a grant agreement (a pipeline project) in one step.

An award waits for the call to be under review (domain.steps.award_blocker says so in words) and,
like a selection, needs a written override when the partner's due diligence is not cleared; an
override written at selection carries over to the project.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import Application, Project
from ..domain import codes
from ..domain import validation as v
from ..domain.due_diligence import due_diligence_state
from ..domain.enums import ApplicationStatus, ProjectStatus
from ..domain.errors import DuplicateError, FieldProblem, ValidationError, WorkflowError
from ..domain.steps import award_blocker
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import Service, check_version
from .due_diligence import keep_override, recorded_override, required_override
from .work_reason import work_reason

_DAC_CODE = re.compile(r"^\d{5}$")


@dataclass(frozen=True, kw_only=True)
class AwardView:
    """The project (grant agreement) an award created, as the award prefilled it."""

    project_id: int
    project_code: str
    application_id: int
    call_id: int
    programme_id: int
    partner_id: int
    partner_name: str
    title: str
    country: str
    sector: str | None
    dac_code: str | None
    grant_amount: Decimal | None
    currency: str
    status: ProjectStatus
    #: The partner's due diligence as of today ("valid", "expiring", "expired", "missing").
    partner_due_diligence: str
    #: The written reason a grant was made although due diligence was not cleared (None: it was).
    due_diligence_override: str | None = None


class AwardOperations(Service):
    def award(
        self,
        application_id: int,
        *,
        project_code: str,
        expected_version: int,
        country: str | None = None,
        planned_start: dt.date | None = None,
        planned_end: dt.date | None = None,
        due_diligence_override: str | None = None,
    ) -> AwardView:
        """Create the grant agreement (a pipeline project) from a selected application, in one step.

        The project takes the application's title, partner, call, programme, sector, requested
        amount and currency, and its first country unless `country` names another.
        """
        code = v.clean(project_code)
        country = (v.clean(country) or "").upper() or None
        v.raise_if_any(
            [
                v.required("project code", code, max_length=40),
                codes.check_country("country", country),
                v.date_order("planned start", planned_start, "planned end", planned_end),
            ]
        )
        assert code is not None
        outer_reason = work_reason(self.context)  # read before the award's own reason labels the session
        with self._write(reason=f"award of application #{application_id}") as session:
            application = self._get(session, Application, application_id)
            check_version(application, expected_version, self.entity)
            _check_awardable(session, application)
            override = required_override(
                application.organisation,
                self.context.today(),
                due_diligence_override or _earlier_reason(application),
                step="awarding a grant",
                user=self.context.user,
                work_reason=outer_reason,
            )
            _check_code_free(session, code)
            project = _project_from(application, code, country, planned_start, planned_end)
            keep_override(project, override)
            session.add(project)
            session.flush()
            return _award_view(project, application, self.context.today())


def _earlier_reason(application: Application) -> str | None:
    """An override written when the application was selected covers its award."""
    earlier = recorded_override(application)
    return earlier.reason if earlier is not None else None


def _check_awardable(session: Session, application: Application) -> None:
    existing = session.scalar(select(Project.code).where(Project.application_id == application.id))
    blocked = award_blocker(
        title=application.title,
        is_selected=application.status == ApplicationStatus.SELECTED,
        call_reference=application.call.reference,
        call_status=application.call.status,
        project_code=existing,
    )
    if blocked:
        raise WorkflowError(blocked)


def _check_code_free(session: Session, code: str) -> None:
    if session.scalar(select(Project.id).where(func.lower(Project.code) == code.lower())) is not None:
        raise DuplicateError(
            FieldProblem(
                "project code",
                say(QT_TRANSLATE_NOOP("Core", "a project with code '{code}' already exists"), code=code),
            )
        )


def _project_from(
    application: Application,
    code: str,
    country: str | None,
    planned_start: dt.date | None,
    planned_end: dt.date | None,
) -> Project:
    country = country or next(iter(application.countries), None)
    if country is None:
        raise ValidationError.single(
            "country",
            say(
                QT_TRANSLATE_NOOP(
                    "Core", "the application names no country; give the project's country of implementation"
                )
            ),
        )
    sector = application.sector
    return Project(
        code=code,
        title=application.title,
        description=application.summary,
        programme_id=application.call.programme_id,
        partner_id=application.organisation_id,
        call_id=application.call_id,
        application_id=application.id,
        country=country,
        sector=codes.DAC_SECTORS.get(sector, sector) if sector else None,
        dac_code=sector if sector and _DAC_CODE.match(sector) else None,
        planned_start=planned_start,
        planned_end=planned_end,
        status=ProjectStatus.PIPELINE,
        grant_amount=application.requested_amount,
        currency=application.currency,
    )


def _award_view(p: Project, a: Application, today: dt.date) -> AwardView:
    partner = a.organisation
    return AwardView(
        project_id=p.id,
        project_code=p.code,
        application_id=a.id,
        call_id=a.call_id,
        programme_id=p.programme_id,
        partner_id=partner.id,
        partner_name=partner.name,
        title=p.title,
        country=p.country,
        sector=p.sector,
        dac_code=p.dac_code,
        grant_amount=p.grant_amount,
        currency=p.currency,
        status=p.status,
        partner_due_diligence=due_diligence_state(partner.dd_status, partner.dd_expiry, today),
        due_diligence_override=p.dd_override_reason,
    )
