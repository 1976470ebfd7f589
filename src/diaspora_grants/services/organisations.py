"""Organisations (partners, donors, others) and their contacts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import String, func, or_, select, type_coerce

from ..db.auditing import InsertedRecords
from ..db.models import Contact, Organisation, Project
from ..domain import codes
from ..domain import validation as v
from ..domain.due_diligence import APPLICANT_TYPES, EXPIRY_WARNING_DAYS, due_diligence_state
from ..domain.enums import DueDiligenceStatus, OrganisationType, RiskRating
from ..domain.errors import DuplicateError, FieldProblem, ValidationError
from ..domain.names import name_key, name_problem, normalise_name, skeleton
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import Service, assign, check_version, insert_rows

__all__ = [
    "EXPIRY_WARNING_DAYS",
    "ContactInput",
    "ContactView",
    "OrganisationInput",
    "OrganisationService",
    "OrganisationView",
    "due_diligence_state",
]


@dataclass(frozen=True, kw_only=True)
class OrganisationInput:
    name: str
    acronym: str | None = None
    type: OrganisationType = OrganisationType.DIASPORA
    hq_country: str | None = None
    origin_countries: tuple[str, ...] = ()
    operating_countries: tuple[str, ...] = ()
    website: str | None = None
    email: str | None = None
    phone: str | None = None
    registration_number: str | None = None
    iati_identifier: str | None = None
    dd_status: DueDiligenceStatus = DueDiligenceStatus.NOT_STARTED
    dd_date: dt.date | None = None
    dd_expiry: dt.date | None = None
    risk_rating: RiskRating | None = None
    notes: str | None = None


@dataclass(frozen=True, kw_only=True)
class OrganisationView(OrganisationInput):
    id: int
    version: int
    updated_at: dt.datetime
    updated_by: str | None
    #: "valid", "expiring", "expired" or "missing", as of the day the view was made.
    dd_state: str


@dataclass(frozen=True, kw_only=True)
class ContactInput:
    name: str
    role: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True, kw_only=True)
class ContactView(ContactInput):
    id: int
    organisation_id: int
    version: int


_INPUT_FIELDS = tuple(f.name for f in fields(OrganisationInput))
_CONTACT_FIELDS = tuple(f.name for f in fields(ContactInput))
#: What a view shows of an organisation's columns.
_VIEW_COLUMNS = (*_INPUT_FIELDS, "id", "version", "updated_at", "updated_by")


#: Keys looked up per query when many organisations are read or created at once.
_BATCH = 500


class OrganisationService(Service):
    entity = "organisation"

    def find(
        self,
        *,
        search: str | None = None,
        types: tuple[OrganisationType, ...] = (),
        country: str | None = None,
    ) -> list[OrganisationView]:
        query = select(Organisation).order_by(func.lower(Organisation.name))
        if search:
            pattern = f"%{search.strip().lower()}%"
            query = query.where(
                or_(
                    func.lower(Organisation.name).like(pattern),
                    func.lower(Organisation.acronym).like(pattern),
                )
            )
        if types:
            query = query.where(Organisation.type.in_(types))
        if country:
            query = query.where(
                or_(
                    Organisation.hq_country == country,
                    type_coerce(Organisation.operating_countries, String).contains(country),
                )
            )
        with self._read() as session:
            return [self._view(o) for o in session.scalars(query)]

    def applicants(self) -> list[OrganisationView]:
        """Organisations of a type that may apply to a call (not donors, UN agencies or governments)."""
        return self.find(types=tuple(t for t in OrganisationType if t in APPLICANT_TYPES))

    def partners(self) -> list[OrganisationView]:
        """Diaspora organisations that implement at least one funded project.

        Applicants that were never funded are organisations, not partners.
        """
        holds_a_grant = select(Project.id).where(Project.partner_id == Organisation.id).exists()
        query = (
            select(Organisation)
            .where(Organisation.type == OrganisationType.DIASPORA, holds_a_grant)
            .order_by(func.lower(Organisation.name))
        )
        with self._read() as session:
            return [self._view(o) for o in session.scalars(query)]

    def get(self, organisation_id: int) -> OrganisationView:
        with self._read() as session:
            return self._view(self._get(session, Organisation, organisation_id))

    def get_by_name(self, name: str) -> OrganisationView:
        """The organisation of that name, up to case, blanks and invisible characters."""
        with self._read() as session:
            return self._view(self._get_by(session, Organisation, self.entity, name_key=name_key(name)))

    def find_id(self, name: str) -> int | None:
        with self._read() as session:
            return session.scalar(select(Organisation.id).where(Organisation.name_key == name_key(name)))

    def look_alikes(self, name: str, *, own_id: int | None = None) -> list[str]:
        """Existing organisations whose names look like `name` to a reader (Cyrillic "О" for "O",
        "0" for "o", an accent more or less) though they are not the same name: said as a warning,
        since two real organisations can have such names."""
        cleaned = normalise_name(name)
        if cleaned is None:
            return []
        query = (
            select(Organisation.name)
            .where(
                Organisation.name_skeleton == skeleton(cleaned),
                Organisation.name_key != name_key(cleaned),
                Organisation.id != (own_id or 0),
            )
            .order_by(Organisation.name)
        )
        with self._read() as session:
            return list(session.scalars(query))

    # Many at once: a data workbook of thousands --------------------------------------------------

    def find_by_names(self, names: Iterable[str]) -> dict[str, OrganisationView]:
        """The organisations that have these names, keyed by their name_key (one query per 500)."""
        keys = sorted({name_key(n) for n in names})
        found: dict[str, OrganisationView] = {}
        with self._read() as session:
            for start in range(0, len(keys), _BATCH):
                query = select(Organisation).where(Organisation.name_key.in_(keys[start : start + _BATCH]))
                found.update((o.name_key or "", self._view(o)) for o in session.scalars(query))
        return found

    def look_alikes_of(self, names: Iterable[str]) -> dict[str, list[str]]:
        """look_alikes for many names in one query per 500: each name -> existing look-alikes."""
        cleaned = {n: c for n in names if (c := normalise_name(n)) is not None}
        by_shape: dict[str, list[tuple[str, str]]] = {}
        with self._read() as session:
            shapes = sorted({skeleton(c) for c in cleaned.values()})
            for start in range(0, len(shapes), _BATCH):
                query = select(Organisation.name_skeleton, Organisation.name_key, Organisation.name).where(
                    Organisation.name_skeleton.in_(shapes[start : start + _BATCH])
                )
                for shape, key, existing in session.execute(query):
                    by_shape.setdefault(shape or "", []).append((key or "", existing))
        return {
            name: sorted(e for key, e in by_shape.get(skeleton(c), []) if key != name_key(c))
            for name, c in cleaned.items()
        }

    def create_many(self, inputs: Sequence[OrganisationInput]) -> list[OrganisationView | ValidationError]:
        """Create each organisation that passes the checks of `create`, in one insert: for each input
        its view, or the error that refused it (names already taken, or twice among the inputs)."""
        results: list[OrganisationView | ValidationError | None] = [None] * len(inputs)
        valid: dict[int, dict[str, Any]] = {}
        for index, data in enumerate(inputs):
            try:
                valid[index] = _validated(data)
            except ValidationError as error:
                results[index] = error
        with self._write() as session:
            names = {k: o.name for k, o in self.find_by_names(v["name"] for v in valid.values()).items()}
            created: list[tuple[int, dict[str, Any]]] = []
            for index, values in valid.items():
                key = name_key(values["name"])
                if key in names:
                    results[index] = _name_taken(names[key])
                    continue
                names[key] = values["name"]  # a second input of the same name is refused too
                created.append((index, values | Organisation.keys_of(values["name"])))
            # Written as rows, not ORM objects: a data workbook brings them by the ten thousand.
            insert_rows(session, Organisation, [row for _, row in created])
            audit = InsertedRecords(session)
            for index, row in created:
                audit.add(Organisation, row)
                results[index] = self._view_of(row)
            audit.write()
        return [r for r in results if r is not None]

    def create(self, data: OrganisationInput) -> OrganisationView:
        values = _validated(data)
        with self._write() as session:
            _check_name_free(session, values["name"], None)
            organisation = Organisation(**values)
            session.add(organisation)
            session.flush()
            return self._view(organisation)

    def update(
        self, organisation_id: int, data: OrganisationInput, *, expected_version: int
    ) -> OrganisationView:
        values = _validated(data)
        with self._write() as session:
            organisation = self._get(session, Organisation, organisation_id)
            check_version(organisation, expected_version, self.entity)
            _check_name_free(session, values["name"], organisation_id)
            assign(organisation, values)
            session.flush()
            return self._view(organisation)

    def delete(self, organisation_id: int, *, expected_version: int) -> None:
        with self._write() as session:
            organisation = self._get(session, Organisation, organisation_id)
            check_version(organisation, expected_version, self.entity)
            session.delete(organisation)

    # Contacts -------------------------------------------------------------------------------

    def contacts(self, organisation_id: int) -> list[ContactView]:
        with self._read() as session:
            organisation = self._get(session, Organisation, organisation_id)
            return [_contact_view(c) for c in organisation.contacts]

    def get_contact(self, contact_id: int) -> ContactView:
        with self._read() as session:
            return _contact_view(self._get(session, Contact, contact_id, "contact"))

    def add_contact(self, organisation_id: int, data: ContactInput) -> ContactView:
        values = _validated_contact(data)
        with self._write() as session:
            self._get(session, Organisation, organisation_id)
            contact = Contact(organisation_id=organisation_id, **values)
            session.add(contact)
            session.flush()
            return _contact_view(contact)

    def update_contact(self, contact_id: int, data: ContactInput, *, expected_version: int) -> ContactView:
        values = _validated_contact(data)
        with self._write() as session:
            contact = self._get(session, Contact, contact_id, "contact")
            check_version(contact, expected_version, "contact")
            assign(contact, values)
            session.flush()
            return _contact_view(contact)

    def delete_contact(self, contact_id: int, *, expected_version: int) -> None:
        with self._write() as session:
            contact = self._get(session, Contact, contact_id, "contact")
            check_version(contact, expected_version, "contact")
            session.delete(contact)

    def _view(self, o: Organisation) -> OrganisationView:
        return self._view_of({name: getattr(o, name) for name in _VIEW_COLUMNS})

    def _view_of(self, row: dict[str, Any]) -> OrganisationView:
        """The view of a stored organisation's columns (by attribute name)."""
        return OrganisationView(
            **{name: row[name] for name in _VIEW_COLUMNS},
            dd_state=due_diligence_state(row["dd_status"], row["dd_expiry"], self.context.today()),
        )


def _validated(data: OrganisationInput) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _INPUT_FIELDS}
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = v.clean(value)
    name_refused = name_problem("name", data.name, max_length=200)
    values["name"] = normalise_name(data.name)
    values["hq_country"] = (values["hq_country"] or "").upper() or None
    values["origin_countries"] = tuple(c.upper() for c in data.origin_countries)
    values["operating_countries"] = tuple(c.upper() for c in data.operating_countries)
    v.raise_if_any(
        [
            name_refused,
            v.max_length_of("acronym", values["acronym"], 40),
            codes.check_country("headquarters country", values["hq_country"]),
            codes.check_countries("origin countries", values["origin_countries"]),
            codes.check_countries("operating countries", values["operating_countries"]),
            v.email("email", values["email"]),
            v.date_order("due diligence date", data.dd_date, "due diligence expiry", data.dd_expiry),
        ]
    )
    return values


def _check_name_free(session: Any, name: str, own_id: int | None) -> None:
    """Names are one name when they differ only in case, blanks or invisible characters."""
    clash = session.scalar(
        select(Organisation.name).where(
            Organisation.name_key == name_key(name), Organisation.id != (own_id or 0)
        )
    )
    if clash is not None:
        raise _name_taken(clash)


def _name_taken(existing: str) -> DuplicateError:
    return DuplicateError(
        FieldProblem(
            "name",
            say(
                QT_TRANSLATE_NOOP("Core", "an organisation named '{existing}' already exists"),
                existing=existing,
            ),
        )
    )


def _validated_contact(data: ContactInput) -> dict[str, Any]:
    values = {name: v.clean(getattr(data, name)) for name in _CONTACT_FIELDS}
    v.raise_if_any([v.required("name", values["name"], max_length=200), v.email("email", values["email"])])
    return values


def _contact_view(c: Contact) -> ContactView:
    return ContactView(
        **{name: getattr(c, name) for name in _CONTACT_FIELDS},
        id=c.id,
        organisation_id=c.organisation_id,
        version=c.version,
    )
