"""Hostile input to the services: right-to-left and emoji text, huge strings, formulas, NaN and negative
amounts, dates out of order. Each call either saves or raises a ValidationError naming a field; a
refused call leaves every table exactly as it was."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.domain.enums import OrganisationType, ProjectStatus
from diaspora_grants.domain.errors import ValidationError
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.projects import ProjectInput
from diaspora_grants.services.registry import Services
from tests.conftest import make_services
from tests.reliability.conftest import Ledger
from tests.reliability.fuzz_text import hostile_decimals, hostile_text, optional_text

SCENARIO = "fuzz: service validators"
pytestmark = pytest.mark.scenario(SCENARIO)
EXAMPLES = 400
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

codes = st.sampled_from(["SN", "ML", "sn", "XX", "", "  ", "SYR", "٣", "🇸🇳"]) | hostile_text
code_lists = st.lists(codes, max_size=4).map(tuple)
#: The partner and programme the fuzzed projects and updates refer to.
IDS: dict[str, int] = {}
dates = st.none() | st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


@pytest.fixture(scope="module")
def fuzz_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    folder = tmp_path_factory.mktemp("validators")
    database = Database(f"sqlite:///{folder / 'fuzz.sqlite'}")
    upgrade_to_head(database)
    services = make_services(database, folder)
    partner = services.organisations.create(OrganisationInput(name="Fuzz partner", hq_country="SN"))
    programme = services.programmes.create(
        ProgrammeInput(
            code="FUZZ", name="Fuzz programme", start_date=dt.date(2022, 1, 1), end_date=dt.date(2024, 12, 31)
        )
    )
    IDS.update(partner=partner.id, programme=programme.id)
    yield services
    database.dispose()


def _saved_or_refused(services: Services, ledger: Ledger, action: Callable[[], Any], data: object) -> None:
    """Run `action`: it saves, or refuses naming a field with nothing of it written."""
    before = services.maintenance.checksums()
    try:
        action()
    except ValidationError as error:
        after = services.maintenance.checksums()
        half_written = [table for table in before if before[table] != after[table]]
        ledger.add(SCENARIO, lost=int(bool(half_written)))
        assert not half_written, f"refused input left changes in {half_written}"
        assert error.problems and all(p.field.strip() and p.message.strip() for p in error.problems)
        return
    ledger.add(SCENARIO)


organisations = st.builds(
    OrganisationInput,
    name=hostile_text,
    acronym=optional_text,
    type=st.sampled_from(list(OrganisationType)),
    hq_country=st.none() | codes,
    origin_countries=code_lists,
    operating_countries=code_lists,
    website=optional_text,
    email=optional_text | st.emails().map(str),
    phone=optional_text,
    registration_number=optional_text,
    iati_identifier=optional_text,
    dd_date=dates,
    dd_expiry=dates,
    notes=optional_text,
)


@FUZZ
@given(data=organisations)
def test_organisations(fuzz_services: Services, ledger: Ledger, data: OrganisationInput) -> None:
    _saved_or_refused(fuzz_services, ledger, lambda: fuzz_services.organisations.create(data), data)


@FUZZ
@given(data=organisations)
def test_organisation_updates(fuzz_services: Services, ledger: Ledger, data: OrganisationInput) -> None:
    partner_id = IDS["partner"]
    current = fuzz_services.organisations.get(partner_id)
    _saved_or_refused(
        fuzz_services,
        ledger,
        lambda: fuzz_services.organisations.update(partner_id, data, expected_version=current.version),
        data,
    )


@FUZZ
@given(
    code=hostile_text,
    name=hostile_text,
    start=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    days=st.integers(-400, 4000),
    currency=st.sampled_from(["USD", "EUR", "usd", "XXX", "", "€", "ريال"]) | hostile_text,
    award=optional_text,
    description=optional_text,
    age_bands=st.lists(hostile_text, max_size=4).map(tuple),
    groups=st.lists(hostile_text, max_size=4).map(tuple),
    sdg=st.lists(st.sampled_from(["1", "17", "18", "0", "x"]) | hostile_text, max_size=3).map(tuple),
)
def test_programmes(fuzz_services: Services, ledger: Ledger, **fields: Any) -> None:
    data = ProgrammeInput(
        code=fields["code"],
        name=fields["name"],
        start_date=fields["start"],
        end_date=fields["start"] + dt.timedelta(days=fields["days"]),
        award_number=fields["award"],
        description=fields["description"],
        currency=fields["currency"],
        age_bands=fields["age_bands"],
        population_groups=fields["groups"],
        sdg_goals=fields["sdg"],
    )
    _saved_or_refused(fuzz_services, ledger, lambda: fuzz_services.programmes.create(data), data)


@FUZZ
@given(
    code=hostile_text,
    title=hostile_text,
    country=codes,
    sector=optional_text,
    dac=st.none() | st.sampled_from(["15153", "1515", "abcde", "١٥١٥٣"]) | hostile_text,
    groups=st.lists(st.sampled_from(["returnees", "refugees"]) | hostile_text, max_size=3).map(tuple),
    planned=st.tuples(dates, dates),
    actual=st.tuples(dates, dates),
    status=st.sampled_from(list(ProjectStatus)),
    amount=st.none() | hostile_decimals,
    currency=st.sampled_from(["USD", "EUR", "usd", "XXX", ""]) | hostile_text,
    description=optional_text,
)
def test_projects(fuzz_services: Services, ledger: Ledger, **fields: Any) -> None:
    partner_id, programme_id = IDS["partner"], IDS["programme"]
    data = ProjectInput(
        code=fields["code"],
        title=fields["title"],
        programme_id=programme_id,
        partner_id=partner_id,
        country=fields["country"],
        sector=fields["sector"],
        dac_code=fields["dac"],
        target_groups=fields["groups"],
        planned_start=fields["planned"][0],
        planned_end=fields["planned"][1],
        actual_start=fields["actual"][0],
        actual_end=fields["actual"][1],
        status=fields["status"],
        grant_amount=fields["amount"],
        currency=fields["currency"],
        description=fields["description"],
    )
    _saved_or_refused(fuzz_services, ledger, lambda: fuzz_services.projects.create(data), data)


def test_saved_hostile_text_reads_back_unchanged(fuzz_services: Services, tmp_path: Path) -> None:
    name = "جمعية المغتربين 😀 =1+1"
    notes = "\u202bملاحظة\u202c " + "x" * 20_000
    saved = fuzz_services.organisations.create(OrganisationInput(name=name, notes=notes))
    again = fuzz_services.organisations.get(saved.id)
    assert dataclasses.asdict(again)["name"] == name
    # Free text keeps its direction marks; a name refuses them, as two names would look alike.
    assert again.notes == notes
    with pytest.raises(ValidationError, match="U\\+202B"):
        fuzz_services.organisations.create(OrganisationInput(name="\u202b" + name + " 2"))
