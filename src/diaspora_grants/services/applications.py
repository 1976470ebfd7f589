"""Applications (expressions of interest) to a call: receipt, late rules, decisions and the award."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from ..db.models import Application, Call, Organisation, Project
from ..domain import codes
from ..domain import validation as v
from ..domain.enums import ApplicationStatus, CallStatus, ProjectStatus
from ..domain.errors import DuplicateError, FieldProblem, ValidationError, WorkflowError
from ..domain.money import amount_problem
from ..domain.workflows import REASON_REQUIRED, allowed_application_transitions, check_application_transition
from .base import Service, assign, check_version
from .organisations import due_diligence_state
from .reviews import Standing, call_standings

#: Details of an application may be corrected until it is decided; afterwards they are the record.
EDITABLE = frozenset({ApplicationStatus.RECEIVED, ApplicationStatus.ELIGIBLE, ApplicationStatus.SHORTLISTED})

#: Deleting is for mistakes in data entry, before any screening decision was made on the application.
DELETABLE = frozenset({ApplicationStatus.RECEIVED, ApplicationStatus.WITHDRAWN})

#: A call takes applications while open; afterwards only ones flagged late (with the reason why).
_LATE_ONLY_CALL_STATUSES = frozenset({CallStatus.CLOSED, CallStatus.UNDER_REVIEW})

#: Grants are awarded once reviewing has started; an awarded call may still award the rest of its selection.
AWARDING_CALL_STATUSES = frozenset({CallStatus.UNDER_REVIEW, CallStatus.AWARDED})

_DAC_CODE = re.compile(r"^\d{5}$")


@dataclass(frozen=True, kw_only=True)
class ApplicationInput:
    call_id: int
    organisation_id: int
    received_date: dt.date
    title: str
    summary: str | None = None
    countries: tuple[str, ...] = ()
    sector: str | None = None
    requested_amount: Decimal | None = None
    currency: str = "USD"
    is_late: bool = False
    late_reason: str | None = None


@dataclass(frozen=True, kw_only=True)
class ApplicationView(ApplicationInput):
    id: int
    version: int
    updated_at: dt.datetime
    updated_by: str | None
    status: ApplicationStatus
    decision_reason: str | None
    call_reference: str
    organisation_name: str
    #: Mean of the non-recused reviews' weighted scores (0-100); None before anyone scored it.
    score: Decimal | None
    rank: int | None
    review_count: int
    recused_count: int
    #: The grant agreement made from this application, once awarded.
    project_id: int | None
    allowed_next_statuses: tuple[ApplicationStatus, ...]


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
    #: The partner's due diligence as of today ("valid", "expiring", "expired", "missing"): a warning,
    #: not a refusal, because clearing it is often a condition of the first tranche.
    partner_due_diligence: str


_INPUT_FIELDS = tuple(f.name for f in fields(ApplicationInput))


class ApplicationService(Service):
    entity = "application"

    def find(
        self,
        *,
        call_id: int | None = None,
        status: ApplicationStatus | None = None,
        organisation_id: int | None = None,
        search: str | None = None,
    ) -> list[ApplicationView]:
        query = (
            select(Application)
            .join(Organisation)
            .options(selectinload(Application.call), selectinload(Application.organisation))
            .order_by(Application.call_id, func.lower(Organisation.name))
        )
        if call_id is not None:
            query = query.where(Application.call_id == call_id)
        if status is not None:
            query = query.where(Application.status == status)
        if organisation_id is not None:
            query = query.where(Application.organisation_id == organisation_id)
        if search:
            pattern = f"%{search.strip().lower()}%"
            query = query.where(
                or_(
                    func.lower(Application.title).like(pattern),
                    func.lower(Organisation.name).like(pattern),
                    func.lower(Organisation.acronym).like(pattern),
                )
            )
        with self._read() as session:
            applications = list(session.scalars(query))
            return self._views(session, applications)

    def get(self, application_id: int) -> ApplicationView:
        with self._read() as session:
            return self._views(session, [self._get(session, Application, application_id)])[0]

    def get_by_applicant(self, call_id: int, organisation_id: int) -> ApplicationView:
        """The application of this organisation to this call (an organisation applies once)."""
        with self._read() as session:
            application = self._get_by(
                session, Application, self.entity, call_id=call_id, organisation_id=organisation_id
            )
            return self._views(session, [application])[0]

    def create(self, data: ApplicationInput) -> ApplicationView:
        """Register an application as it arrives: its call must be open (or it is flagged late)."""
        values = _validated(data)
        with self._write() as session:
            call = self._get(session, Call, values["call_id"], "call")
            _check_call_takes_it(call, values)
            _check_late_rules(call, values)
            return self._insert(session, values, ApplicationStatus.RECEIVED, None)

    def record(
        self, data: ApplicationInput, status: ApplicationStatus, decision_reason: str | None
    ) -> ApplicationView:
        """Enter an application as an earlier record has it (a data workbook): it arrived when its
        call took it and may be decided already, so it takes its status and decision as recorded."""
        values = _validated(data)
        status, reason = ApplicationStatus(status), v.clean(decision_reason)
        _check_reason(status, reason)
        with self._write() as session:
            self._get(session, Call, values["call_id"], "call")
            return self._insert(session, values, status, reason)

    def _insert(
        self, session: Session, values: dict[str, Any], status: ApplicationStatus, reason: str | None
    ) -> ApplicationView:
        _check_organisation(session, values, None)
        _check_not_in_future(values["received_date"], self.context.today())
        application = Application(**values, status=status, decision_reason=reason)
        session.add(application)
        session.flush()
        return self._views(session, [application])[0]

    def update(
        self, application_id: int, data: ApplicationInput, *, expected_version: int
    ) -> ApplicationView:
        values = _validated(data)
        with self._write() as session:
            application = self._get(session, Application, application_id)
            check_version(application, expected_version, self.entity)
            if all(getattr(application, name) == value for name, value in values.items()):
                return self._views(session, [application])[0]  # nothing to change, decided or not
            if application.status not in EDITABLE:
                raise WorkflowError(
                    f"application '{application.title}' is {application.status}; "
                    "a decided application is kept as it was when the decision was made"
                )
            if values["call_id"] != application.call_id:
                raise ValidationError.single(
                    "call", "an application cannot move to another call; record a new application there"
                )
            _check_late_rules(application.call, values)
            _check_organisation(session, values, application_id)
            _check_not_in_future(values["received_date"], self.context.today())
            assign(application, values)
            session.flush()
            return self._views(session, [application])[0]

    def delete(self, application_id: int, *, expected_version: int) -> None:
        with self._write() as session:
            application = self._get(session, Application, application_id)
            check_version(application, expected_version, self.entity)
            if application.status not in DELETABLE:
                raise WorkflowError(
                    f"application '{application.title}' is {application.status} and cannot be deleted; "
                    "only applications still received (not yet screened) or withdrawn can be"
                )
            session.delete(application)

    def decide(
        self, application_id: int, new_status: ApplicationStatus, reason: str | None, *, expected_version: int
    ) -> ApplicationView:
        """Move the application along its workflow; the applicant-facing decisions need a written reason."""
        reason = v.clean(reason)
        with self._write(reason=reason) as session:
            application = self._get(session, Application, application_id)
            check_version(application, expected_version, self.entity)
            check_application_transition(application.status, new_status)
            _check_reason(new_status, reason)
            application.status = new_status
            if reason is not None:
                application.decision_reason = reason
            session.flush()
            return self._views(session, [application])[0]

    def withdraw(
        self, application_id: int, reason: str | None = None, *, expected_version: int
    ) -> ApplicationView:
        return self.decide(
            application_id, ApplicationStatus.WITHDRAWN, reason, expected_version=expected_version
        )

    def award(
        self,
        application_id: int,
        *,
        project_code: str,
        expected_version: int,
        country: str | None = None,
        planned_start: dt.date | None = None,
        planned_end: dt.date | None = None,
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
        with self._write(reason=f"award of application #{application_id}") as session:
            application = self._get(session, Application, application_id)
            check_version(application, expected_version, self.entity)
            _check_awardable(session, application)
            if session.scalar(select(Project.id).where(func.lower(Project.code) == code.lower())) is not None:
                raise DuplicateError(
                    FieldProblem("project code", f"a project with code '{code}' already exists")
                )
            country = country or next(iter(application.countries), None)
            if country is None:
                raise ValidationError.single(
                    "country",
                    "the application names no country; give the project's country of implementation",
                )
            sector = application.sector
            project = Project(
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
            session.add(project)
            session.flush()
            return _award_view(project, application, self.context.today())

    def _views(self, session: Session, applications: list[Application]) -> list[ApplicationView]:
        standings = call_standings(session, {a.call_id for a in applications})
        projects = _projects_of(session, [a.id for a in applications])
        return [_view(a, standings[a.id], projects.get(a.id)) for a in applications]


def _validated(data: ApplicationInput) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _INPUT_FIELDS}
    for name in ("title", "summary", "sector", "late_reason"):
        values[name] = v.clean(values[name])
    values["currency"] = (data.currency or "").strip().upper()
    values["countries"] = tuple(dict.fromkeys(c.strip().upper() for c in data.countries if c.strip()))
    values["is_late"] = bool(data.is_late)
    v.raise_if_any(
        [
            v.required("title", values["title"], max_length=300),
            v.max_length_of("sector", values["sector"], 120),
            codes.check_countries("countries", values["countries"]),
            codes.check_currency("currency", values["currency"]),
            amount_problem("requested amount", data.requested_amount)
            or v.positive("requested amount", data.requested_amount),
            FieldProblem("late reason", "say why a late application is accepted (e.g. courier delay)")
            if values["is_late"] and not values["late_reason"]
            else None,
        ]
    )
    return values


def _check_reason(status: ApplicationStatus, reason: str | None) -> None:
    if status in REASON_REQUIRED and reason is None:
        raise ValidationError.single(
            "reason", f"write why the application is {status}; the applicant is owed an explanation"
        )


def _check_call_takes_it(call: Call, values: dict[str, Any]) -> None:
    if call.status == CallStatus.OPEN:
        return
    if call.status in _LATE_ONLY_CALL_STATUSES and values["is_late"]:
        return
    if call.status in _LATE_ONLY_CALL_STATUSES:
        raise WorkflowError(
            f"call {call.reference} is {call.status}: it takes an application only when it is flagged "
            "late with the reason it is accepted"
        )
    raise WorkflowError(
        f"call {call.reference} is {call.status}: applications are received only while it is open"
    )


def _check_late_rules(call: Call, values: dict[str, Any]) -> None:
    deadline = call.submission_deadline
    if deadline and values["received_date"] > deadline and not values["is_late"]:
        raise ValidationError.single(
            "received date",
            f"({values['received_date'].isoformat()}) is after the submission deadline "
            f"({deadline.isoformat()}); flag the application as late and give the reason it is accepted",
        )


def _check_not_in_future(received: dt.date, today: dt.date) -> None:
    if received > today:
        raise ValidationError.single(
            "received date", f"({received.isoformat()}) is in the future; give the day it arrived"
        )


def _check_organisation(session: Session, values: dict[str, Any], own_id: int | None) -> None:
    organisation = session.get(Organisation, values["organisation_id"])
    if organisation is None:
        raise ValidationError.single("organisation", "choose an existing organisation")
    clash = session.scalar(
        select(Application.id).where(
            Application.call_id == values["call_id"],
            Application.organisation_id == values["organisation_id"],
            Application.id != (own_id or 0),
        )
    )
    if clash is not None:
        raise DuplicateError(
            FieldProblem(
                "organisation", f"{organisation.name} has already applied to this call; edit that application"
            )
        )


def _check_awardable(session: Session, application: Application) -> None:
    if application.status != ApplicationStatus.SELECTED:
        raise WorkflowError(
            f"application '{application.title}' is {application.status}; "
            "only a selected application is awarded"
        )
    call = application.call
    if call.status not in AWARDING_CALL_STATUSES:
        raise WorkflowError(
            f"call {call.reference} is {call.status}; grants are awarded once the call is under review"
        )
    existing = session.scalar(select(Project.code).where(Project.application_id == application.id))
    if existing is not None:
        raise WorkflowError(f"application '{application.title}' was already awarded as project {existing}")


def _projects_of(session: Session, application_ids: list[int]) -> dict[int, int]:
    if not application_ids:
        return {}
    rows = session.execute(
        select(Project.application_id, Project.id).where(Project.application_id.in_(application_ids))
    )
    return {application_id: project_id for application_id, project_id in rows if application_id}


def _view(a: Application, standing: Standing, project_id: int | None) -> ApplicationView:
    return ApplicationView(
        **{name: getattr(a, name) for name in _INPUT_FIELDS},
        id=a.id,
        version=a.version,
        updated_at=a.updated_at,
        updated_by=a.updated_by,
        status=a.status,
        decision_reason=a.decision_reason,
        call_reference=a.call.reference,
        organisation_name=a.organisation.name,
        score=standing.score,
        rank=standing.rank,
        review_count=standing.review_count,
        recused_count=standing.recused_count,
        project_id=project_id,
        allowed_next_statuses=tuple(
            s for s in ApplicationStatus if s in allowed_application_transitions(a.status)
        ),
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
    )
