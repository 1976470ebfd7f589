"""Projects (grant agreements) and the admin-1 locations where they work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, contains_eager, joinedload, selectinload

from ..db.models import (
    Application,
    BudgetLine,
    Call,
    Document,
    Expenditure,
    Location,
    Organisation,
    Programme,
    Project,
    ReportingRequirement,
    Result,
    Target,
    Tranche,
)
from ..domain import codes
from ..domain import validation as v
from ..domain.enums import DocumentOwner, ProjectStatus, TargetGroup, TrancheStatus
from ..domain.errors import DuplicateError, FieldProblem, ValidationError, WorkflowError
from .base import Service, assign, check_version

_DAC_CODE_LENGTH = 5


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


@dataclass(frozen=True, kw_only=True)
class LocationView:
    id: int
    name: str
    pcode: str | None
    version: int


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
    #: The grant agreement's number (ProgrammeService.set_agreement_number); None: not recorded.
    agreement_number: str | None = None


_INPUT_FIELDS = tuple(f.name for f in fields(ProjectInput))
#: A location given to set_locations: a name, or a name and its P-code.
LocationSpec = str | tuple[str, str | None]


class ProjectService(Service):
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
            return session.scalar(select(Project.id).where(Project.code == code))

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

    # Locations ------------------------------------------------------------------------------

    def locations(self, project_id: int) -> list[LocationView]:
        with self._read() as session:
            return _location_views(self._get(session, Project, project_id).locations)

    def add_location(self, project_id: int, name: str, pcode: str | None = None) -> LocationView:
        clean_name, clean_pcode = _validated_location(name, pcode)
        with self._write() as session:
            self._get(session, Project, project_id)
            _check_location_free(session, project_id, clean_name, None)
            location = Location(project_id=project_id, name=clean_name, pcode=clean_pcode)
            session.add(location)
            session.flush()
            return _location_view(location)

    def update_location(
        self, location_id: int, name: str, pcode: str | None = None, *, expected_version: int
    ) -> LocationView:
        clean_name, clean_pcode = _validated_location(name, pcode)
        with self._write() as session:
            location = self._get(session, Location, location_id, "location")
            check_version(location, expected_version, "location")
            _check_location_free(session, location.project_id, clean_name, location_id)
            assign(location, {"name": clean_name, "pcode": clean_pcode})
            session.flush()
            return _location_view(location)

    def delete_location(self, location_id: int, *, expected_version: int) -> None:
        with self._write() as session:
            location = self._get(session, Location, location_id, "location")
            check_version(location, expected_version, "location")
            _refuse_location_with_results(session, location)
            session.delete(location)

    def set_locations(self, project_id: int, wanted: Iterable[LocationSpec]) -> list[LocationView]:
        """Make the project's locations exactly these: keep matching names, add new, drop the rest."""
        specs = [_validated_location(*((w, None) if isinstance(w, str) else w)) for w in wanted]
        by_key: dict[str, tuple[str, str | None]] = {}
        for name, pcode in specs:
            if name.lower() in by_key:
                raise ValidationError.single("locations", f"'{name}' is listed twice")
            by_key[name.lower()] = (name, pcode)
        with self._write() as session:
            project = self._get(session, Project, project_id)
            for location in list(project.locations):
                spec = by_key.pop(location.name.lower(), None)
                if spec is None:
                    _refuse_location_with_results(session, location)
                    project.locations.remove(location)
                else:
                    assign(location, {"name": spec[0], "pcode": spec[1]})
            session.flush()
            for name, pcode in by_key.values():
                project.locations.append(Location(name=name, pcode=pcode))
            session.flush()
            return _location_views(project.locations)


def _validated(data: ProjectInput) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _INPUT_FIELDS}
    for name in ("code", "title", "description", "sector", "dac_code"):
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
            None
            if dac is None or (len(dac) == _DAC_CODE_LENGTH and dac.isdigit())
            else FieldProblem("DAC code", f"'{dac}' is not a 5-digit DAC sector code (e.g. 15153)"),
            None
            if not unknown_groups
            else FieldProblem(
                "target groups",
                f"unknown: {', '.join(unknown_groups)}; choose from {', '.join(sorted(known_groups))}",
            ),
            v.date_order("planned start", data.planned_start, "planned end", data.planned_end),
            v.date_order("actual start", data.actual_start, "actual end", data.actual_end),
            v.not_negative("grant amount", data.grant_amount),
            codes.check_currency("currency", values["currency"]),
        ]
    )
    return values


def _check_references(session: Session, values: dict[str, Any], own_id: int | None) -> None:
    clash = session.scalar(
        select(Project.code).where(
            func.lower(Project.code) == values["code"].lower(), Project.id != (own_id or 0)
        )
    )
    if clash is not None:
        raise DuplicateError(FieldProblem("code", f"project {clash} already uses this code"))
    problems: list[FieldProblem | None] = []
    if session.get(Programme, values["programme_id"]) is None:
        problems.append(FieldProblem("programme", "choose an existing programme"))
    if session.get(Organisation, values["partner_id"]) is None:
        problems.append(FieldProblem("partner", "choose an existing organisation"))
    call = session.get(Call, values["call_id"]) if values["call_id"] is not None else None
    if values["call_id"] is not None and call is None:
        problems.append(FieldProblem("call", "choose an existing call"))
    if values["application_id"] is not None:
        problems.append(_application_problem(session, values, own_id))
    v.raise_if_any(problems)


def _application_problem(session: Session, values: dict[str, Any], own_id: int | None) -> FieldProblem | None:
    application = session.get(Application, values["application_id"])
    if application is None:
        return FieldProblem("application", "choose an existing application")
    if values["call_id"] is None:
        values["call_id"] = application.call_id
    elif application.call_id != values["call_id"]:
        return FieldProblem("application", "was made to another call than the project's")
    if application.organisation_id != values["partner_id"]:
        return FieldProblem("application", "was made by another organisation than the partner")
    other = session.scalar(
        select(Project.code).where(
            Project.application_id == values["application_id"], Project.id != (own_id or 0)
        )
    )
    if other is not None:
        return FieldProblem("application", f"already led to project {other}")
    return None


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
            f"project {project.code} cannot be deleted: it has {', '.join(present)}; "
            "set its status to cancelled instead (documents can be removed first)"
        )


def _validated_location(name: str, pcode: str | None = None) -> tuple[str, str | None]:
    clean_name, clean_pcode = v.clean(name), v.clean(pcode)
    v.raise_if_any(
        [v.required("location", clean_name, max_length=200), v.max_length_of("P-code", clean_pcode, 40)]
    )
    assert clean_name is not None
    return clean_name, clean_pcode


def _check_location_free(session: Session, project_id: int, name: str, own_id: int | None) -> None:
    clash = session.scalar(
        select(Location.id).where(
            Location.project_id == project_id,
            func.lower(Location.name) == name.lower(),
            Location.id != (own_id or 0),
        )
    )
    if clash is not None:
        raise DuplicateError(FieldProblem("location", f"the project already works in '{name}'"))


def _refuse_location_with_results(session: Session, location: Location) -> None:
    used = session.scalar(select(func.count()).select_from(Result).where(Result.location_id == location.id))
    if used:
        raise WorkflowError(
            f"location {location.name} cannot be removed: {used} results were reported for it"
        )


def _location_view(loc: Location) -> LocationView:
    return LocationView(id=loc.id, name=loc.name, pcode=loc.pcode, version=loc.version)


def _location_views(locations: Sequence[Location]) -> list[LocationView]:
    # Sorted here, not by the database: SQLite and PostgreSQL collate upper and lower case differently.
    return [_location_view(loc) for loc in sorted(locations, key=lambda x: (x.name.casefold(), x.name))]


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
        locations=tuple(_location_views(p.locations)),
        agreement_number=p.agreement_number,
    )
