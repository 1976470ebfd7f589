"""Organisations: create, edit, delete, validation, contacts and due-diligence state."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from diaspora_grants.domain.enums import DueDiligenceStatus, OrganisationType
from diaspora_grants.domain.errors import ConflictError, DuplicateError, NotFoundError, ValidationError
from diaspora_grants.services.organisations import ContactInput, OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.projects import ProjectInput
from diaspora_grants.services.registry import Services

SAMS = OrganisationInput(
    name="Syrian American Medical Society",
    acronym="SAMS",
    hq_country="us",
    origin_countries=("SY",),
    operating_countries=("LB", "TN"),
    email="info@sams-usa.net",
)


def test_created_organisation_is_listed_with_normalised_codes(services: Services) -> None:
    created = services.organisations.create(SAMS)

    listed = services.organisations.find()
    assert [o.name for o in listed] == ["Syrian American Medical Society"]
    assert created.hq_country == "US"
    assert created.version == 1
    assert created.updated_by == "tester"


def test_search_and_country_filters(services: Services) -> None:
    services.organisations.create(SAMS)
    services.organisations.create(OrganisationInput(name="Pontes Ricerche e Interventi", hq_country="IT"))

    assert [o.acronym for o in services.organisations.find(search="sams")] == ["SAMS"]
    assert [o.name for o in services.organisations.find(country="IT")] == ["Pontes Ricerche e Interventi"]
    assert [o.name for o in services.organisations.find(country="TN")] == ["Syrian American Medical Society"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": "  "}, "name"),
        ({"hq_country": "XX"}, "headquarters country"),
        ({"operating_countries": ("LB", "QQ")}, "operating countries"),
        ({"email": "not-an-address"}, "email"),
        ({"dd_date": dt.date(2022, 5, 1), "dd_expiry": dt.date(2021, 5, 1)}, "due diligence expiry"),
    ],
)
def test_invalid_input_names_the_field_and_saves_nothing(
    services: Services, change: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as error:
        services.organisations.create(replace(SAMS, **change))  # type: ignore[arg-type]

    assert [p.field for p in error.value.problems] == [field]
    assert services.organisations.find() == []


def test_duplicate_name_is_refused_whatever_the_case(services: Services) -> None:
    services.organisations.create(SAMS)
    with pytest.raises(DuplicateError, match="already exists"):
        services.organisations.create(replace(SAMS, name="syrian american medical society"))


def test_update_records_changes_and_bumps_version(services: Services) -> None:
    created = services.organisations.create(SAMS)
    updated = services.organisations.update(
        created.id, replace(SAMS, phone="+1 555 0100"), expected_version=created.version
    )
    assert updated.phone == "+1 555 0100"
    assert updated.version == created.version + 1


def test_stale_update_is_refused_with_who_and_when(services: Services, tmp_path: object) -> None:
    created = services.organisations.create(SAMS)
    services.organisations.update(created.id, replace(SAMS, acronym="S.A.M.S."), expected_version=1)

    with pytest.raises(ConflictError) as error:
        services.organisations.update(created.id, replace(SAMS, phone="123"), expected_version=1)

    assert error.value.changed_by == "tester"
    assert "changed by tester" in str(error.value)
    assert services.organisations.get(created.id).acronym == "S.A.M.S."
    assert services.organisations.get(created.id).phone is None


def test_delete_removes_the_organisation_and_its_contacts(services: Services) -> None:
    created = services.organisations.create(SAMS)
    services.organisations.add_contact(created.id, ContactInput(name="Dr. Amal", email="amal@example.org"))

    services.organisations.delete(created.id, expected_version=created.version)

    assert services.organisations.find() == []
    with pytest.raises(NotFoundError):
        services.organisations.contacts(created.id)


def test_contacts_round_trip(services: Services) -> None:
    org = services.organisations.create(SAMS)
    contact = services.organisations.add_contact(org.id, ContactInput(name="Dr. Amal", role="Programme lead"))
    services.organisations.update_contact(
        contact.id, ContactInput(name="Dr. Amal Haddad", role="Programme lead"), expected_version=1
    )
    assert [c.name for c in services.organisations.contacts(org.id)] == ["Dr. Amal Haddad"]
    with pytest.raises(ValidationError, match="email"):
        services.organisations.add_contact(org.id, ContactInput(name="X", email="nope"))


@pytest.mark.parametrize(
    ("status", "expiry", "state"),
    [
        (DueDiligenceStatus.NOT_STARTED, None, "missing"),
        (DueDiligenceStatus.CLEARED, None, "valid"),
        (DueDiligenceStatus.CLEARED, dt.date(2022, 9, 1), "expired"),
        (DueDiligenceStatus.CLEARED, dt.date(2022, 10, 15), "expiring"),
        (DueDiligenceStatus.CLEARED_WITH_CONDITIONS, dt.date(2024, 1, 1), "valid"),
    ],
)
def test_due_diligence_state_as_of_today(
    services: Services, status: DueDiligenceStatus, expiry: dt.date | None, state: str
) -> None:
    created = services.organisations.create(replace(SAMS, dd_status=status, dd_expiry=expiry))
    assert created.dd_state == state


def test_partners_are_the_diaspora_organisations_holding_a_grant(services: Services) -> None:
    sams = services.organisations.create(SAMS)
    services.organisations.create(replace(SAMS, name="Unfunded applicant", acronym=None))
    donor = services.organisations.create(OrganisationInput(name="USAID", type=OrganisationType.DONOR))
    programme = services.programmes.create(
        ProgrammeInput(code="P", name="P", start_date=dt.date(2022, 1, 1), end_date=dt.date(2022, 12, 31))
    )
    for code, partner in (("LB-1", sams.id), ("LB-2", donor.id)):
        services.projects.create(
            ProjectInput(code=code, title=code, programme_id=programme.id, partner_id=partner, country="LB")
        )

    assert [p.name for p in services.organisations.partners()] == ["Syrian American Medical Society"]
