"""Applications (expressions of interest) to a call: receipt, late rules, decisions and the award.

Only organisations of an applicant type apply (not donors, UN agencies or governments). Selecting
an applicant whose due diligence is not cleared needs a written override (services.due_diligence).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from ..db.models import Application, Call, Organisation, Project
from ..domain import codes
from ..domain import validation as v
from ..domain.due_diligence import APPLICANT_TYPES
from ..domain.enums import ApplicationStatus, CallStatus
from ..domain.errors import DuplicateError, FieldProblem, ValidationError, WorkflowError
from ..domain.labels import label
from ..domain.money import amount_problem
from ..domain.steps import AWARDING_CALL_STATUSES, award_blocker
from ..domain.wording import QT_TRANSLATE_NOOP, say
from ..domain.workflows import REASON_REQUIRED, allowed_application_transitions, check_application_transition
from .awards import AwardOperations, AwardView
from .base import assign, check_version
from .due_diligence import due_diligence_problem, keep_override, required_override
from .reviews import Standing, call_standings
from .work_reason import work_reason

__all__ = [
    "AWARDING_CALL_STATUSES",
    "DELETABLE",
    "EDITABLE",
    "ApplicationInput",
    "ApplicationService",
    "ApplicationView",
    "AwardView",
]

#: Details of an application may be corrected until it is decided; afterwards they are the record.
EDITABLE = frozenset({ApplicationStatus.RECEIVED, ApplicationStatus.ELIGIBLE, ApplicationStatus.SHORTLISTED})

#: Deleting is for mistakes in data entry, before any screening decision was made on the application.
DELETABLE = frozenset({ApplicationStatus.RECEIVED, ApplicationStatus.WITHDRAWN})

#: A call takes applications while open; afterwards only ones flagged late (with the reason why).
_LATE_ONLY_CALL_STATUSES = frozenset({CallStatus.CLOSED, CallStatus.UNDER_REVIEW})


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
    #: How many applications of its call hold a rank (the rank reads "2 of 5" within the call).
    ranked_in_call: int = 0
    #: Why the applicant's due diligence does not allow a grant today ("in progress (not cleared)",
    #: "expired on 2022-06-30"); None when it is cleared.
    due_diligence_problem: str | None = None
    #: A due diligence override written at selection: what was overridden, why, by whom, when.
    dd_override_state: str | None = None
    dd_override_reason: str | None = None
    dd_override_by: str | None = None
    dd_override_on: dt.date | None = None
    #: Why the application cannot be awarded now (None: it can, or it is not selected).
    award_blocked: str | None = None


_INPUT_FIELDS = tuple(f.name for f in fields(ApplicationInput))


class ApplicationService(AwardOperations):
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
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "application '{title}' is {status}; a decided application is kept as "
                            "it was when the decision was made",
                        ),
                        title=application.title,
                        status=application.status,
                    )
                )
            if values["call_id"] != application.call_id:
                raise ValidationError.single(
                    "call",
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "an application cannot move to another call; record a new application there",
                        )
                    ),
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
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "application '{title}' is {status} and cannot be deleted; only "
                            "applications still received (not yet screened) or withdrawn can be",
                        ),
                        title=application.title,
                        status=application.status,
                    )
                )
            session.delete(application)

    def decide(
        self,
        application_id: int,
        new_status: ApplicationStatus,
        reason: str | None,
        *,
        expected_version: int,
        due_diligence_override: str | None = None,
    ) -> ApplicationView:
        """Move the application along its workflow; the applicant-facing decisions need a written
        reason, and selecting an applicant whose due diligence is not cleared a written override."""
        reason = v.clean(reason)
        outer_reason = work_reason(self.context)  # read before this call's own reason labels the session
        with self._write(reason=reason) as session:
            application = self._get(session, Application, application_id)
            check_version(application, expected_version, self.entity)
            check_application_transition(application.status, new_status)
            _check_reason(new_status, reason)
            if new_status == ApplicationStatus.SELECTED:
                override = required_override(
                    application.organisation,
                    self.context.today(),
                    due_diligence_override,
                    step="selecting it",
                    user=self.context.user,
                    work_reason=outer_reason,
                )
                keep_override(application, override)
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

    def _views(self, session: Session, applications: list[Application]) -> list[ApplicationView]:
        standings = call_standings(session, {a.call_id for a in applications})
        projects = _projects_of(session, [a.id for a in applications])
        today = self.context.today()
        return [_view(a, standings[a.id], projects.get(a.id), today) for a in applications]


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
            FieldProblem(
                "late reason",
                say(QT_TRANSLATE_NOOP("Core", "say why a late application is accepted (e.g. courier delay)")),
            )
            if values["is_late"] and not values["late_reason"]
            else None,
        ]
    )
    return values


def _check_reason(status: ApplicationStatus, reason: str | None) -> None:
    if status in REASON_REQUIRED and reason is None:
        raise ValidationError.single(
            "reason",
            say(
                QT_TRANSLATE_NOOP(
                    "Core", "write why the application is {status}; the applicant is owed an explanation"
                ),
                status=status,
            ),
        )


def _check_call_takes_it(call: Call, values: dict[str, Any]) -> None:
    if call.status == CallStatus.OPEN:
        return
    if call.status in _LATE_ONLY_CALL_STATUSES and values["is_late"]:
        return
    if call.status in _LATE_ONLY_CALL_STATUSES:
        raise WorkflowError(
            say(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "call {reference} is {status}: it takes an application only when it is "
                    "flagged late with the reason it is accepted",
                ),
                reference=call.reference,
                status=call.status,
            )
        )
    raise WorkflowError(
        say(
            QT_TRANSLATE_NOOP(
                "Core", "call {reference} is {status}: applications are received only while it is open"
            ),
            reference=call.reference,
            status=call.status,
        )
    )


def _check_late_rules(call: Call, values: dict[str, Any]) -> None:
    deadline = call.submission_deadline
    if deadline and values["received_date"] > deadline and not values["is_late"]:
        raise ValidationError.single(
            "received date",
            say(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "({value}) is after the submission deadline ({value2}); flag the "
                    "application as late and give the reason it is accepted",
                ),
                value=values["received_date"].isoformat(),
                value2=deadline.isoformat(),
            ),
        )


def _check_not_in_future(received: dt.date, today: dt.date) -> None:
    if received > today:
        raise ValidationError.single(
            "received date",
            say(
                QT_TRANSLATE_NOOP("Core", "({value}) is in the future; give the day it arrived"),
                value=received.isoformat(),
            ),
        )


def _check_organisation(session: Session, values: dict[str, Any], own_id: int | None) -> None:
    organisation = session.get(Organisation, values["organisation_id"])
    if organisation is None:
        raise ValidationError.single(
            "organisation", say(QT_TRANSLATE_NOOP("Core", "choose an existing organisation"))
        )
    if organisation.type not in APPLICANT_TYPES:
        raise ValidationError.single(
            "organisation",
            say(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "{name} is a {value}: donors, UN agencies and government bodies do not apply to calls",
                ),
                name=organisation.name,
                value=label(organisation.type).lower(),
            ),
        )
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
                "organisation",
                say(
                    QT_TRANSLATE_NOOP(
                        "Core", "{name} has already applied to this call; edit that application"
                    ),
                    name=organisation.name,
                ),
            )
        )


def _projects_of(session: Session, application_ids: list[int]) -> dict[int, tuple[int, str]]:
    if not application_ids:
        return {}
    rows = session.execute(
        select(Project.application_id, Project.id, Project.code).where(
            Project.application_id.in_(application_ids)
        )
    )
    return {application_id: (project_id, code) for application_id, project_id, code in rows if application_id}


def _view(
    a: Application, standing: Standing, project: tuple[int, str] | None, today: dt.date
) -> ApplicationView:
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
        project_id=project[0] if project else None,
        allowed_next_statuses=tuple(
            s for s in ApplicationStatus if s in allowed_application_transitions(a.status)
        ),
        ranked_in_call=standing.ranked_in_call,
        due_diligence_problem=due_diligence_problem(a.organisation, today),
        dd_override_state=a.dd_override_state,
        dd_override_reason=a.dd_override_reason,
        dd_override_by=a.dd_override_by,
        dd_override_on=a.dd_override_on,
        award_blocked=None
        if a.status != ApplicationStatus.SELECTED
        else award_blocker(
            title=a.title,
            is_selected=True,
            call_reference=a.call.reference,
            call_status=a.call.status,
            project_code=project[1] if project else None,
        ),
    )
