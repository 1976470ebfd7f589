"""Reporting requirements of projects: what the partner owes, when, and whether it came in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ..db.models import Project, ReportingRequirement
from ..domain import validation as v
from ..domain.enums import RequirementStatus
from ..domain.errors import FieldProblem, WorkflowError
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import Service, assign, check_version


@dataclass(frozen=True, kw_only=True)
class RequirementInput:
    project_id: int
    title: str
    due_date: dt.date
    submitted_on: dt.date | None = None
    accepted_on: dt.date | None = None
    notes: str | None = None


@dataclass(frozen=True, kw_only=True)
class RequirementView(RequirementInput):
    id: int
    version: int
    updated_at: dt.datetime
    updated_by: str | None
    project_code: str
    programme_id: int
    status: RequirementStatus
    #: Days past the due date while nothing has been submitted; 0 otherwise.
    days_overdue: int


_INPUT_FIELDS = tuple(f.name for f in fields(RequirementInput))


def requirement_status(
    due_date: dt.date, submitted_on: dt.date | None, accepted_on: dt.date | None, today: dt.date
) -> RequirementStatus:
    if accepted_on is not None:
        return RequirementStatus.ACCEPTED
    if submitted_on is not None:
        return RequirementStatus.SUBMITTED
    if due_date < today:
        return RequirementStatus.OVERDUE
    return RequirementStatus.DUE


class RequirementService(Service):
    entity = "reporting requirement"

    def find(
        self,
        *,
        project_id: int | None = None,
        programme_id: int | None = None,
        status: RequirementStatus | None = None,
    ) -> list[RequirementView]:
        query = (
            select(ReportingRequirement)
            .join(ReportingRequirement.project)
            .options(joinedload(ReportingRequirement.project))
            .order_by(ReportingRequirement.due_date, Project.code, ReportingRequirement.id)
        )
        if project_id is not None:
            query = query.where(ReportingRequirement.project_id == project_id)
        if programme_id is not None:
            query = query.where(Project.programme_id == programme_id)
        with self._read() as session:
            views = [self._view(r) for r in session.scalars(query)]
        # The status depends on today's date, so it is derived here rather than stored and queried.
        return [r for r in views if status is None or r.status == status]

    def get(self, requirement_id: int) -> RequirementView:
        with self._read() as session:
            return self._view(self._get(session, ReportingRequirement, requirement_id))

    def create(self, data: RequirementInput) -> RequirementView:
        values = self._validated(data)
        with self._write() as session:
            self._get(session, Project, values["project_id"], "project")
            requirement = ReportingRequirement(**values)
            session.add(requirement)
            session.flush()
            return self._view(requirement)

    def update(
        self, requirement_id: int, data: RequirementInput, *, expected_version: int
    ) -> RequirementView:
        values = self._validated(data)
        with self._write() as session:
            requirement = self._get(session, ReportingRequirement, requirement_id)
            check_version(requirement, expected_version, self.entity)
            self._get(session, Project, values["project_id"], "project")
            assign(requirement, values)
            session.flush()
            return self._view(requirement)

    def delete(self, requirement_id: int, *, expected_version: int) -> None:
        with self._write() as session:
            requirement = self._get(session, ReportingRequirement, requirement_id)
            check_version(requirement, expected_version, self.entity)
            session.delete(requirement)

    def mark_submitted(
        self, requirement_id: int, submitted_on: dt.date | None = None, *, expected_version: int
    ) -> RequirementView:
        """Record that the partner handed the report in (today unless a date is given)."""
        day = submitted_on or self.context.today()
        with self._write() as session:
            requirement = self._get(session, ReportingRequirement, requirement_id)
            check_version(requirement, expected_version, self.entity)
            v.raise_if_any([self._not_future("submitted on", day)])
            if requirement.accepted_on is not None and day > requirement.accepted_on:
                raise WorkflowError(
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "'{title}' was accepted on {accepted_on}: it cannot have been "
                            "submitted later ({day})",
                        ),
                        title=requirement.title,
                        accepted_on=requirement.accepted_on,
                        day=day,
                    )
                )
            assign(requirement, {"submitted_on": day})
            return self._flushed_view(session, requirement)

    def mark_accepted(
        self, requirement_id: int, accepted_on: dt.date | None = None, *, expected_version: int
    ) -> RequirementView:
        """Record that the report was accepted; only a submitted report can be."""
        day = accepted_on or self.context.today()
        with self._write() as session:
            requirement = self._get(session, ReportingRequirement, requirement_id)
            check_version(requirement, expected_version, self.entity)
            if requirement.submitted_on is None:
                raise WorkflowError(
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core", "'{title}' has not been submitted yet: mark it submitted first"
                        ),
                        title=requirement.title,
                    )
                )
            v.raise_if_any(
                [
                    self._not_future("accepted on", day),
                    v.date_order("submitted on", requirement.submitted_on, "accepted on", day),
                ]
            )
            assign(requirement, {"accepted_on": day})
            return self._flushed_view(session, requirement)

    def _flushed_view(self, session: Session, requirement: ReportingRequirement) -> RequirementView:
        session.flush()
        return self._view(requirement)

    def _not_future(self, field: str, day: dt.date | None) -> FieldProblem | None:
        if day is not None and day > self.context.today():
            return FieldProblem(field, say(QT_TRANSLATE_NOOP("Core", "({day}) is in the future"), day=day))
        return None

    def _validated(self, data: RequirementInput) -> dict[str, Any]:
        values = {name: getattr(data, name) for name in _INPUT_FIELDS}
        values["title"] = v.clean(data.title)
        values["notes"] = v.clean(data.notes)
        v.raise_if_any(
            [
                v.required("title", values["title"], max_length=300),
                None
                if data.due_date
                else FieldProblem("due date", say(QT_TRANSLATE_NOOP("Core", "is required"))),
                FieldProblem(
                    "accepted on",
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core", "a report is accepted only after it is submitted; give that date too"
                        )
                    ),
                )
                if data.accepted_on is not None and data.submitted_on is None
                else None,
                v.date_order("submitted on", data.submitted_on, "accepted on", data.accepted_on),
                self._not_future("submitted on", data.submitted_on),
                self._not_future("accepted on", data.accepted_on),
            ]
        )
        return values

    def _view(self, r: ReportingRequirement) -> RequirementView:
        today = self.context.today()
        status = requirement_status(r.due_date, r.submitted_on, r.accepted_on, today)
        return RequirementView(
            **{name: getattr(r, name) for name in _INPUT_FIELDS},
            id=r.id,
            version=r.version,
            updated_at=r.updated_at,
            updated_by=r.updated_by,
            project_code=r.project.code,
            programme_id=r.project.programme_id,
            status=status,
            days_overdue=(today - r.due_date).days if status == RequirementStatus.OVERDUE else 0,
        )
