"""Programmes: the award from one donor that frames calls, projects, indicators and periods."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import func, select

from ..db.models import Indicator, Organisation, Programme
from ..domain import codes
from ..domain import validation as v
from ..domain.enums import DEFAULT_AGE_BANDS, DEFAULT_POPULATION_GROUPS, OverlapRule
from ..domain.errors import DuplicateError, FieldProblem
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import assign, check_version
from .narratives import ProgrammeNarratives
from .programme_reporting import ProgrammeReporting


@dataclass(frozen=True, kw_only=True)
class ProgrammeInput:
    code: str
    name: str
    start_date: dt.date
    end_date: dt.date
    description: str | None = None
    donor_id: int | None = None
    reporting_org_id: int | None = None
    award_number: str | None = None
    currency: str = "USD"
    overlap_rule: OverlapRule = OverlapRule.MAX_PER_LOCATION
    age_bands: tuple[str, ...] = DEFAULT_AGE_BANDS
    population_groups: tuple[str, ...] = DEFAULT_POPULATION_GROUPS
    headline_indicator_id: int | None = None
    sdg_goals: tuple[str, ...] = ()
    #: The approver of results must not be their submitter; None: the database's default (on for a
    #: shared PostgreSQL database, off for a SQLite file).
    approver_must_differ: bool | None = None


@dataclass(frozen=True, kw_only=True)
class ProgrammeView(ProgrammeInput):
    id: int
    version: int
    updated_at: dt.datetime
    updated_by: str | None
    donor_name: str | None
    reporting_org_name: str | None


_INPUT_FIELDS = tuple(f.name for f in fields(ProgrammeInput))


class ProgrammeService(ProgrammeReporting, ProgrammeNarratives):
    """Programmes; their award and variance explanations come from ProgrammeReporting, the
    narratives of their reports (and partners') from ProgrammeNarratives."""

    entity = "programme"

    def find(self) -> list[ProgrammeView]:
        with self._read() as session:
            return [
                _view(p)
                for p in session.scalars(select(Programme).order_by(Programme.start_date, Programme.code))
            ]

    def get(self, programme_id: int) -> ProgrammeView:
        with self._read() as session:
            return _view(self._get(session, Programme, programme_id))

    def get_by_code(self, code: str) -> ProgrammeView:
        with self._read() as session:
            return _view(self._get_by(session, Programme, self.entity, code=code))

    def find_id(self, code: str) -> int | None:
        with self._read() as session:
            return session.scalar(
                select(Programme.id).where(func.lower(Programme.code) == code.strip().lower())
            )

    def create(self, data: ProgrammeInput) -> ProgrammeView:
        values = _validated(data)
        if values["approver_must_differ"] is None:
            values["approver_must_differ"] = not self.context.database.is_sqlite
        with self._write() as session:
            _check_references(session, values, None)
            programme = Programme(**values)
            session.add(programme)
            session.flush()
            return _view(programme)

    def update(self, programme_id: int, data: ProgrammeInput, *, expected_version: int) -> ProgrammeView:
        values = _validated(data)
        with self._write() as session:
            programme = self._get(session, Programme, programme_id)
            check_version(programme, expected_version, self.entity)
            _check_references(session, values, programme_id)
            if values["approver_must_differ"] is None:
                del values["approver_must_differ"]
            assign(programme, values)
            session.flush()
            return _view(programme)

    def set_approval_rule(
        self, programme_id: int, approver_must_differ: bool, *, expected_version: int | None
    ) -> ProgrammeView:
        """Require (or not) that results are approved by someone other than who submitted them."""
        with self._write() as session:
            programme = self._get(session, Programme, programme_id)
            check_version(programme, expected_version, self.entity)
            assign(programme, {"approver_must_differ": approver_must_differ})
            session.flush()
            return _view(programme)

    def delete(self, programme_id: int, *, expected_version: int) -> None:
        with self._write() as session:
            programme = self._get(session, Programme, programme_id)
            check_version(programme, expected_version, self.entity)
            session.delete(programme)


def _validated(data: ProgrammeInput) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _INPUT_FIELDS}
    for name in ("code", "name", "description", "award_number"):
        values[name] = v.clean(values[name])
    values["currency"] = (data.currency or "").strip().upper()
    values["age_bands"] = tuple(b.strip() for b in data.age_bands if b.strip())
    values["population_groups"] = tuple(g.strip() for g in data.population_groups if g.strip())
    v.raise_if_any(
        [
            v.required("code", values["code"], max_length=40),
            v.required("name", values["name"], max_length=300),
            codes.check_currency("currency", values["currency"]),
            v.required_date("start", data.start_date),
            v.required_date("end", data.end_date),
            v.date_order("start", data.start_date, "end", data.end_date),
            None
            if values["age_bands"]
            else FieldProblem(
                "age bands", say(QT_TRANSLATE_NOOP("Core", "give at least one age band, e.g. 0-17"))
            ),
            None
            if values["population_groups"]
            else FieldProblem("population groups", say(QT_TRANSLATE_NOOP("Core", "give at least one group"))),
        ]
    )
    return values


def _check_references(session: Any, values: dict[str, Any], own_id: int | None) -> None:
    clash = session.scalar(
        select(Programme.id).where(
            func.lower(Programme.code) == values["code"].lower(), Programme.id != (own_id or 0)
        )
    )
    if clash is not None:
        raise DuplicateError(
            FieldProblem(
                "code",
                say(
                    QT_TRANSLATE_NOOP("Core", "a programme with code '{value}' already exists"),
                    value=values["code"],
                ),
            )
        )
    problems = []
    for field, label in (("donor_id", "donor"), ("reporting_org_id", "reporting organisation")):
        if values[field] is not None and session.get(Organisation, values[field]) is None:
            problems.append(
                FieldProblem(label, say(QT_TRANSLATE_NOOP("Core", "choose an existing organisation")))
            )
    headline = values["headline_indicator_id"]
    if headline is not None:
        indicator = session.get(Indicator, headline)
        if indicator is None or indicator.programme_id != own_id:
            problems.append(
                FieldProblem(
                    "headline indicator",
                    say(QT_TRANSLATE_NOOP("Core", "choose an indicator of this programme")),
                )
            )
    v.raise_if_any(problems)


def _view(p: Programme) -> ProgrammeView:
    return ProgrammeView(
        **{name: getattr(p, name) for name in _INPUT_FIELDS},
        id=p.id,
        version=p.version,
        updated_at=p.updated_at,
        updated_by=p.updated_by,
        donor_name=p.donor.name if p.donor else None,
        reporting_org_name=p.reporting_org.name if p.reporting_org else None,
    )
