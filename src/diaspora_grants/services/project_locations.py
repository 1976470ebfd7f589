"""The admin-1 locations where a project works: a name, its ISO 3166-2 code when it is one of the
country's areas (filled from the name when it matches one), and its OCHA P-code."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import Location, Project, Result
from ..domain import validation as v
from ..domain.admin_areas import admin1_area, check_admin1, check_pcode, find_admin1
from ..domain.errors import DuplicateError, FieldProblem, ValidationError, WorkflowError
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import Service, assign, check_version


@dataclass(frozen=True, kw_only=True)
class LocationInput:
    name: str
    pcode: str | None = None
    #: ISO 3166-2 code of the admin-1 area (LB-AK); found from the name when left out.
    admin1_code: str | None = None


@dataclass(frozen=True, kw_only=True)
class LocationView(LocationInput):
    id: int
    version: int
    #: The area's ISO 3166-2 name, when the location is one of the country's areas.
    admin1_name: str | None = None


#: A location given to set_locations: a name, or a name and its P-code.
LocationSpec = str | tuple[str, str | None]


class LocationOperations(Service):
    def locations(self, project_id: int) -> list[LocationView]:
        with self._read() as session:
            return location_views(self._get(session, Project, project_id, "project").locations)

    def get_location(self, location_id: int) -> LocationView:
        with self._read() as session:
            return location_view(self._get(session, Location, location_id, "location"))

    def add_location(
        self, project_id: int, name: str, pcode: str | None = None, admin1_code: str | None = None
    ) -> LocationView:
        with self._write() as session:
            project = self._get(session, Project, project_id, "project")
            values = validated_location(project.country, name, pcode, admin1_code)
            _check_location_free(session, project_id, str(values["name"]), None)
            location = Location(project_id=project_id, **values)
            session.add(location)
            session.flush()
            return location_view(location)

    def update_location(
        self,
        location_id: int,
        name: str,
        pcode: str | None = None,
        admin1_code: str | None = None,
        *,
        expected_version: int,
    ) -> LocationView:
        with self._write() as session:
            location = self._get(session, Location, location_id, "location")
            check_version(location, expected_version, "location")
            values = validated_location(location.project.country, name, pcode, admin1_code)
            _check_location_free(session, location.project_id, str(values["name"]), location_id)
            assign(location, values)
            session.flush()
            return location_view(location)

    def delete_location(self, location_id: int, *, expected_version: int) -> None:
        with self._write() as session:
            location = self._get(session, Location, location_id, "location")
            check_version(location, expected_version, "location")
            _refuse_location_with_results(session, location)
            session.delete(location)

    def set_locations(self, project_id: int, wanted: Iterable[LocationSpec]) -> list[LocationView]:
        """Make the project's locations exactly these: keep matching names, add new, drop the rest.
        A location given by name alone keeps its P-code; (name, P-code) sets it."""
        with self._write() as session:
            project = self._get(session, Project, project_id, "project")
            by_key = _specs_by_name(project.country, wanted)
            for location in list(project.locations):
                spec = by_key.pop(location.name.lower(), None)
                if spec is None:
                    _refuse_location_with_results(session, location)
                    project.locations.remove(location)
                    session.delete(location)  # one by one, so the audit trail lists it
                else:
                    assign(location, spec)
            session.flush()
            for spec in by_key.values():
                project.locations.append(Location(**spec))
            session.flush()
            return location_views(project.locations)


def _specs_by_name(country: str, wanted: Iterable[LocationSpec]) -> dict[str, dict[str, str | None]]:
    by_key: dict[str, dict[str, str | None]] = {}
    for spec in wanted:
        name, pcode = (spec, None) if isinstance(spec, str) else spec
        values = validated_location(country, name, pcode, None)
        if isinstance(spec, str):
            del values["pcode"]  # named alone: the P-code stays as it is
        key = str(values["name"]).lower()
        if key in by_key:
            raise ValidationError.single(
                "locations", say(QT_TRANSLATE_NOOP("Core", "'{value}' is listed twice"), value=values["name"])
            )
        by_key[key] = values
    return by_key


def validated_location(
    country: str, name: str, pcode: str | None, admin1_code: str | None
) -> dict[str, str | None]:
    clean_name, clean_pcode = v.clean(name), v.clean(pcode)
    code = (v.clean(admin1_code) or "").upper() or None
    v.raise_if_any(
        [
            v.required("location", clean_name, max_length=200),
            check_pcode("P-code", country, clean_pcode),
            check_admin1("admin-1 area", country, code),
        ]
    )
    assert clean_name is not None
    if code is None:
        found = find_admin1(country, clean_name)
        code = found.code if found else None
    return {"name": clean_name, "pcode": clean_pcode.upper() if clean_pcode else None, "admin1_code": code}


def _check_location_free(session: Session, project_id: int, name: str, own_id: int | None) -> None:
    clash = session.scalar(
        select(Location.id).where(
            Location.project_id == project_id,
            func.lower(Location.name) == name.lower(),
            Location.id != (own_id or 0),
        )
    )
    if clash is not None:
        raise DuplicateError(
            FieldProblem(
                "location", say(QT_TRANSLATE_NOOP("Core", "the project already works in '{name}'"), name=name)
            )
        )


def _refuse_location_with_results(session: Session, location: Location) -> None:
    used = session.scalar(select(func.count()).select_from(Result).where(Result.location_id == location.id))
    if used:
        raise WorkflowError(
            say(
                QT_TRANSLATE_NOOP(
                    "Core", "location {name} cannot be removed: {used} results were reported for it"
                ),
                name=location.name,
                used=used,
            )
        )


def location_view(loc: Location) -> LocationView:
    area = admin1_area(loc.admin1_code) if loc.admin1_code else None
    return LocationView(
        id=loc.id,
        name=loc.name,
        pcode=loc.pcode,
        admin1_code=loc.admin1_code,
        version=loc.version,
        admin1_name=area.iso_name if area else None,
    )


def location_views(locations: Sequence[Location]) -> list[LocationView]:
    # Sorted here, not by the database: SQLite and PostgreSQL collate upper and lower case differently.
    return [location_view(loc) for loc in sorted(locations, key=lambda x: (x.name.casefold(), x.name))]
