"""What a project refers to must exist and fit together: one rule, checked the same way for one
project saved in a dialog and for ten thousand in a data workbook (read with one query per kind)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import Application, Call, Organisation, Programme, Project
from ..domain.errors import DuplicateError, FieldProblem, ValidationError
from ..domain.wording import QT_TRANSLATE_NOOP, say

_BATCH = 500


@dataclass
class KnownReferences:
    """The records the projects' values name, as far as they exist."""

    #: lower-case code -> (project id, code) of the projects that hold it.
    codes: dict[str, tuple[int, str]] = field(default_factory=dict)
    programmes: set[int] = field(default_factory=set)
    organisations: set[int] = field(default_factory=set)
    calls: set[int] = field(default_factory=set)
    #: application id -> (call id, organisation id)
    applications: dict[int, tuple[int, int]] = field(default_factory=dict)
    #: application id -> (project id, code) of the project awarded from it
    awarded: dict[int, tuple[int, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session, values: Iterable[dict[str, Any]]) -> KnownReferences:
        wanted = list(values)
        known = cls()
        for start in range(0, len(wanted), _BATCH):
            known._read(session, wanted[start : start + _BATCH])
        return known

    def _read(self, session: Session, values: list[dict[str, Any]]) -> None:
        def ids(name: str) -> set[int]:
            return {v[name] for v in values if v[name] is not None}

        codes = {v["code"].lower() for v in values}
        by_code = select(Project.id, Project.code).where(func.lower(Project.code).in_(codes))
        self.codes.update((code.lower(), (pid, code)) for pid, code in session.execute(by_code))
        self.programmes |= set(
            session.scalars(select(Programme.id).where(Programme.id.in_(ids("programme_id"))))
        )
        self.organisations |= set(
            session.scalars(select(Organisation.id).where(Organisation.id.in_(ids("partner_id"))))
        )
        self.calls |= set(session.scalars(select(Call.id).where(Call.id.in_(ids("call_id")))))
        applied = ids("application_id")
        applications = select(Application.id, Application.call_id, Application.organisation_id).where(
            Application.id.in_(applied)
        )
        self.applications.update((a, (c, o)) for a, c, o in session.execute(applications))
        awarded = select(Project.application_id, Project.id, Project.code).where(
            Project.application_id.in_(applied)
        )
        self.awarded.update((a, (p, c)) for a, p, c in session.execute(awarded) if a is not None)


def check_references(known: KnownReferences, values: dict[str, Any], own_id: int | None) -> None:
    """Refuse a code another project holds, and references that do not exist or do not fit; a
    project from an application takes the application's call when none is given."""
    clash = known.codes.get(values["code"].lower())
    if clash is not None and clash[0] != own_id:
        raise DuplicateError(
            FieldProblem(
                "code",
                say(QT_TRANSLATE_NOOP("Core", "project {value} already uses this code"), value=clash[1]),
            )
        )
    problems: list[FieldProblem] = []
    if values["programme_id"] not in known.programmes:
        problems.append(
            FieldProblem("programme", say(QT_TRANSLATE_NOOP("Core", "choose an existing programme")))
        )
    if values["partner_id"] not in known.organisations:
        problems.append(
            FieldProblem("partner", say(QT_TRANSLATE_NOOP("Core", "choose an existing organisation")))
        )
    if values["call_id"] is not None and values["call_id"] not in known.calls:
        problems.append(FieldProblem("call", say(QT_TRANSLATE_NOOP("Core", "choose an existing call"))))
    if values["application_id"] is not None:
        problem = _application_problem(known, values, own_id)
        if problem is not None:
            problems.append(problem)
    if problems:
        raise ValidationError(problems)


def _application_problem(
    known: KnownReferences, values: dict[str, Any], own_id: int | None
) -> FieldProblem | None:
    application = known.applications.get(values["application_id"])
    if application is None:
        return FieldProblem("application", say(QT_TRANSLATE_NOOP("Core", "choose an existing application")))
    call_id, organisation_id = application
    if values["call_id"] is None:
        values["call_id"] = call_id
    elif call_id != values["call_id"]:
        return FieldProblem(
            "application", say(QT_TRANSLATE_NOOP("Core", "was made to another call than the project's"))
        )
    if organisation_id != values["partner_id"]:
        return FieldProblem(
            "application", say(QT_TRANSLATE_NOOP("Core", "was made by another organisation than the partner"))
        )
    other = known.awarded.get(values["application_id"])
    if other is not None and other[0] != own_id:
        return FieldProblem(
            "application", say(QT_TRANSLATE_NOOP("Core", "already led to project {value}"), value=other[1])
        )
    return None
