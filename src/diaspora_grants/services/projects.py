"""Projects (grant agreements) and the admin-1 locations where they work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, contains_eager, joinedload, selectinload

from ..db.auditing import InsertedRecords
from ..db.models import (
    BudgetLine,
    Document,
    Expenditure,
    Location,
    Organisation,
    Project,
    ReportingRequirement,
    Result,
    Target,
    Tranche,
)
from ..domain import codes
from ..domain import validation as v
from ..domain.enums import DocumentOwner, ProjectStatus, TargetGroup, TrancheStatus
from ..domain.errors import FieldProblem, ValidationError, WorkflowError
from ..domain.money import amount_problem
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import assign, check_version, insert_rows
from .project_locations import (
    LocationInput,
    LocationOperations,
    LocationSpec,
    LocationView,
    location_views,
    validated_location,
)
from .project_references import KnownReferences, check_references

__all__ = [
    "LocationInput",
    "LocationSpec",
    "LocationView",
    "ProjectInput",
    "ProjectService",
    "ProjectView",
]

_DAC_CODE_LENGTH = 5
#: Codes looked up per query when many projects are read at once.
_BATCH = 500


@dataclass(frozen=True, kw_only=True)
class ProjectInput:
    code: str
    title: str
    programme_id: int
    partner_id: int
    country: str
    description: str | None = None
    call_id: int | None = None
    application_id: int | None = None
    sector: str | None = None
    dac_code: str | None = None
    target_groups: tuple[str, ...] = ()
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    actual_start: dt.date | None = None
    actual_end: dt.date | None = None
    status: ProjectStatus = ProjectStatus.PIPELINE
    grant_amount: Decimal | None = None
    currency: str = "USD"
    #: The grant agreement's own number, as signed with the partner (shown on Tranches, used in
    #: IATI); None: not recorded yet.
    agreement_number: str | None = None


@dataclass(frozen=True, kw_only=True)
class ProjectView(ProjectInput):
    id: int
    version: int
    updated_at: dt.datetime
    updated_by: str | None
    programme_code: str
    partner_name: str
    country_name: str
    locations: tuple[LocationView, ...]
    #: A grant made although the partner's due diligence was not cleared: what, why, who, when.
    dd_override_state: str | None = None
    dd_override_reason: str | None = None
    dd_override_by: str | None = None
    dd_override_on: dt.date | None = None


_INPUT_FIELDS = tuple(f.name for f in fields(ProjectInput))


class ProjectService(LocationOperations):
    entity = "project"

    def find(
        self,
        *,
        programme_id: int | None = None,
        partner_id: int | None = None,
        country: str | None = None,
        status: ProjectStatus | None = None,
        search: str | None = None,
    ) -> list[ProjectView]:
        query = (
            select(Project)
            .join(Project.partner)
            .options(
                contains_eager(Project.partner),
                joinedload(Project.programme),
                selectinload(Project.locations),
            )
            .order_by(Project.code)
        )
        if programme_id is not None:
            query = query.where(Project.programme_id == programme_id)
        if partner_id is not None:
            query = query.where(Project.partner_id == partner_id)
        if country:
            query = query.where(Project.country == country.strip().upper())
        if status is not None:
            query = query.where(Project.status == status)
        if search and search.strip():
            pattern = f"%{search.strip().lower()}%"
            query = query.where(
                or_(
                    func.lower(Project.code).like(pattern),
                    func.lower(Project.title).like(pattern),
                    func.lower(Organisation.name).like(pattern),
                    func.lower(Organisation.acronym).like(pattern),
                )
            )
        with self._read() as session:
            return [_view(p) for p in session.scalars(query)]

    def get(self, project_id: int) -> ProjectView:
        with self._read() as session:
            return _view(self._get(session, Project, project_id))

    def get_by_code(self, code: str) -> ProjectView:
        with self._read() as session:
            return _view(self._get_by(session, Project, self.entity, code=code))

    def find_id(self, code: str) -> int | None:
        with self._read() as session:
            return session.scalar(select(Project.id).where(func.lower(Project.code) == code.strip().lower()))

    def find_by_codes(self, codes: Iterable[str]) -> dict[str, ProjectView]:
        """The projects that hold these codes, keyed by the code in lower case."""
        wanted = sorted({c.strip().lower() for c in codes})
        found: dict[str, ProjectView] = {}
        with self._read() as session:
            for start in range(0, len(wanted), _BATCH):
                query = (
                    select(Project)
                    .where(func.lower(Project.code).in_(wanted[start : start + _BATCH]))
                    .options(
                        joinedload(Project.programme),
                        joinedload(Project.partner),
                        selectinload(Project.locations),
                    )
                )
                found.update((p.code.lower(), _view(p)) for p in session.scalars(query))
        return found

    def create_many(
        self, inputs: Sequence[ProjectInput], locations: Sequence[Sequence[str]] = ()
    ) -> list[int | ValidationError]:
        """Create each project that passes the checks of `create` (with its locations, by name), in
        one insert: for each input the new project's id, or the error that refused it."""
        results: list[int | ValidationError | None] = [None] * len(inputs)
        valid: dict[int, tuple[dict[str, Any], list[dict[str, Any]]]] = {}
        for index, data in enumerate(inputs):
            try:
                values = _validated(data)
                valid[index] = (
                    values,
                    _distinct_places(values["country"], locations[index] if locations else ()),
                )
            except ValidationError as error:
                results[index] = error
        with self._write() as session:
            known = KnownReferences.load(session, [values for values, _ in valid.values()])
            created: list[tuple[int, dict[str, Any], list[dict[str, Any]]]] = []
            for index, (values, places) in valid.items():
                try:
                    check_references(known, values, None)
                except ValidationError as error:
                    results[index] = error
                    continue
                known.codes[values["code"].lower()] = (0, values["code"])  # a second input of it is refused
                created.append((index, values, places))
            _insert_projects(session, [(values, places) for _, values, places in created])
            for index, values, _ in created:
                results[index] = values["id"]
        return [r for r in results if r is not None]

    def create(self, data: ProjectInput) -> ProjectView:
        values = _validated(data)
        with self._write() as session:
            _check_references(session, values, None)
            project = Project(**values)
            session.add(project)
            session.flush()
            return _view(project)

    def update(self, project_id: int, data: ProjectInput, *, expected_version: int) -> ProjectView:
        values = _validated(data)
        with self._write() as session:
            project = self._get(session, Project, project_id)
            check_version(project, expected_version, self.entity)
            _check_references(session, values, project_id)
            assign(project, values)
            session.flush()
            return _view(project)

    def delete(self, project_id: int, *, expected_version: int) -> None:
        """Delete a project that has no financial or results history yet.

        Paid money, spending and reported results are the record of what happened; deleting them
        with the project would erase it, so the user must cancel the project instead.
        """
        with self._write() as session:
            project = self._get(session, Project, project_id)
            check_version(project, expected_version, self.entity)
            _refuse_delete_with_history(session, project)
            # Children go through the ORM, not the database's cascade, so the audit trail lists them.
            children: tuple[Any, ...] = (ReportingRequirement, Tranche, BudgetLine, Target)
            for model in children:
                for child in session.scalars(select(model).where(model.project_id == project_id)):
                    session.delete(child)
            session.flush()
            session.delete(project)


def _insert_projects(
    session: Session, projects: Sequence[tuple[dict[str, Any], list[dict[str, Any]]]]
) -> None:
    """New projects and their locations as rows (a data workbook brings them by the thousand),
    audited in the order the ORM would list them: each project, then its locations."""
    insert_rows(session, Project, [values for values, _ in projects])
    for values, places in projects:
        for place in places:
            place["project_id"] = values["id"]
    insert_rows(session, Location, [place for _, places in projects for place in places])
    audit = InsertedRecords(session)
    for values, places in projects:
        audit.add(Project, values)
        owner = SimpleNamespace(code=values["code"])
        for place in places:
            audit.add(Location, place, project=owner)
    audit.write()


def _distinct_places(country: str, names: Sequence[str]) -> list[dict[str, str | None]]:
    places: dict[str, dict[str, str | None]] = {}
    for name in names:
        place = validated_location(country, name, None, None)
        key = str(place["name"]).lower()
        if key in places:
            raise ValidationError.single(
                "locations", say(QT_TRANSLATE_NOOP("Core", "'{value}' is listed twice"), value=place["name"])
            )
        places[key] = place
    return list(places.values())


def _validated(data: ProjectInput) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _INPUT_FIELDS}
    for name in ("code", "title", "description", "sector", "dac_code", "agreement_number"):
        values[name] = v.clean(values[name])
    values["country"] = (data.country or "").strip().upper()
    values["currency"] = (data.currency or "").strip().upper()
    values["target_groups"] = tuple(dict.fromkeys(g.strip() for g in data.target_groups if g.strip()))
    known_groups = {g.value for g in TargetGroup}
    unknown_groups = [g for g in values["target_groups"] if g not in known_groups]
    dac = values["dac_code"]
    v.raise_if_any(
        [
            v.required("code", values["code"], max_length=40),
            v.required("title", values["title"], max_length=300),
            codes.check_country("country", values["country"], required=True),
            v.max_length_of("sector", values["sector"], 120),
            v.max_length_of("agreement number", values["agreement_number"], 100),
            None
            if dac is None or (len(dac) == _DAC_CODE_LENGTH and dac.isdigit())
            else FieldProblem(
                "DAC code",
                say(
                    QT_TRANSLATE_NOOP("Core", "'{dac}' is not a 5-digit DAC sector code (e.g. 15153)"),
                    dac=dac,
                ),
            ),
            None
            if not unknown_groups
            else FieldProblem(
                "target groups",
                say(
                    QT_TRANSLATE_NOOP("Core", "unknown: {value}; choose from {value2}"),
                    value=", ".join(unknown_groups),
                    value2=", ".join(sorted(known_groups)),
                ),
            ),
            v.date_order("planned start", data.planned_start, "planned end", data.planned_end),
            v.date_order("actual start", data.actual_start, "actual end", data.actual_end),
            amount_problem("grant amount", data.grant_amount),
            codes.check_currency("currency", values["currency"]),
        ]
    )
    return values


def _check_references(session: Session, values: dict[str, Any], own_id: int | None) -> None:
    check_references(KnownReferences.load(session, [values]), values, own_id)


def _refuse_delete_with_history(session: Session, project: Project) -> None:
    def count(model: Any, *conditions: Any) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*conditions)) or 0

    found = {
        "results": count(Result, Result.project_id == project.id),
        "paid tranches": count(
            Tranche, Tranche.project_id == project.id, Tranche.status == TrancheStatus.PAID
        ),
        "expenditures": count(Expenditure, Expenditure.project_id == project.id),
        "documents": count(
            Document, Document.owner_type == DocumentOwner.PROJECT, Document.owner_id == project.id
        ),
    }
    present = [f"{n} {what}" for what, n in found.items() if n]
    if present:
        raise WorkflowError(
            say(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "project {code} cannot be deleted: it has {value}; set its status to "
                    "cancelled instead (documents can be removed first)",
                ),
                code=project.code,
                value=", ".join(present),
            )
        )


def _view(p: Project) -> ProjectView:
    return ProjectView(
        **{name: getattr(p, name) for name in _INPUT_FIELDS},
        id=p.id,
        version=p.version,
        updated_at=p.updated_at,
        updated_by=p.updated_by,
        programme_code=p.programme.code,
        partner_name=p.partner.name,
        country_name=codes.country_name(p.country),
        locations=tuple(location_views(p.locations)),
        dd_override_state=p.dd_override_state,
        dd_override_reason=p.dd_override_reason,
        dd_override_by=p.dd_override_by,
        dd_override_on=p.dd_override_on,
    )
