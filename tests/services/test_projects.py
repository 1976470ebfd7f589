"""Projects (grant agreements): validation, finding, locations, deletion rules and optimistic locking."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from diaspora_grants.db.models import AuditEntry, Indicator, Location, Period, Project, Result
from diaspora_grants.domain.enums import ProjectStatus, TrancheStatus
from diaspora_grants.domain.errors import (
    ConflictError,
    DuplicateError,
    NotFoundError,
    ValidationError,
    WorkflowError,
)
from diaspora_grants.services.finance import BudgetLineInput, ExpenditureInput, TrancheInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.projects import ProjectInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.requirements import RequirementInput
from tests.conftest import make_services


def setup_programme(services: Services) -> tuple[int, int, int]:
    """A programme and two partners; returns their ids."""
    programme = services.programmes.create(
        ProgrammeInput(
            code="BHA-DIAS",
            name="Diaspora partners",
            start_date=dt.date(2022, 1, 1),
            end_date=dt.date(2023, 6, 30),
        )
    )
    sams = services.organisations.create(
        OrganisationInput(name="Syrian American Medical Society", acronym="SAMS")
    )
    ftcr = services.organisations.create(OrganisationInput(name="FTCR", hq_country="FR"))
    return programme.id, sams.id, ftcr.id


def vaccination(programme_id: int, partner_id: int, **changes: object) -> ProjectInput:
    base = ProjectInput(
        code="LB-01",
        title="Rural vaccination campaign",
        programme_id=programme_id,
        partner_id=partner_id,
        country="lb",
        sector="Health",
        dac_code="12250",
        target_groups=("host community", "refugees"),
        planned_start=dt.date(2022, 3, 1),
        planned_end=dt.date(2023, 2, 28),
        status=ProjectStatus.IMPLEMENTATION,
        grant_amount=Decimal("100000"),
        currency="usd",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_created_project_shows_its_programme_partner_and_country(services: Services) -> None:
    programme_id, sams_id, _ = setup_programme(services)
    created = services.projects.create(vaccination(programme_id, sams_id))

    assert (created.country, created.currency) == ("LB", "USD")
    assert created.country_name == "Lebanon"
    assert created.programme_code == "BHA-DIAS"
    assert created.partner_name == "Syrian American Medical Society"
    assert created.locations == ()
    assert services.projects.get_by_code("LB-01") == created
    assert services.projects.get(created.id).grant_amount == Decimal("100000")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"code": " "}, "code"),
        ({"country": "XX"}, "country"),
        ({"dac_code": "1225"}, "DAC code"),
        ({"dac_code": "12a50"}, "DAC code"),
        ({"target_groups": ("refugees", "aliens")}, "target groups"),
        ({"planned_end": dt.date(2022, 2, 1)}, "planned end"),
        ({"actual_start": dt.date(2022, 5, 1), "actual_end": dt.date(2022, 4, 1)}, "actual end"),
        ({"grant_amount": Decimal("-1")}, "grant amount"),
        ({"currency": "dollars"}, "currency"),
        ({"programme_id": 9999}, "programme"),
        ({"partner_id": 9999}, "partner"),
    ],
)
def test_invalid_project_is_refused_naming_the_field(
    services: Services, changes: dict[str, object], field: str
) -> None:
    programme_id, sams_id, _ = setup_programme(services)
    with pytest.raises(ValidationError) as error:
        services.projects.create(replace(vaccination(programme_id, sams_id), **changes))  # type: ignore[arg-type]
    assert [p.field for p in error.value.problems] == [field]
    assert services.projects.find() == []


def test_any_five_digit_dac_code_is_accepted(services: Services) -> None:
    programme_id, sams_id, _ = setup_programme(services)
    assert services.projects.create(vaccination(programme_id, sams_id, dac_code="99999")).dac_code == "99999"


def test_project_code_is_unique_whatever_the_case(services: Services) -> None:
    programme_id, sams_id, ftcr_id = setup_programme(services)
    services.projects.create(vaccination(programme_id, sams_id))
    with pytest.raises(DuplicateError, match="LB-01"):
        services.projects.create(vaccination(programme_id, ftcr_id, code="lb-01"))


def test_find_filters(services: Services) -> None:
    programme_id, sams_id, ftcr_id = setup_programme(services)
    services.projects.create(vaccination(programme_id, sams_id))
    services.projects.create(
        vaccination(
            programme_id,
            ftcr_id,
            code="TN-01",
            title="Media literacy",
            country="TN",
            status=ProjectStatus.PIPELINE,
        )
    )

    def codes(**filters: object) -> list[str]:
        return [p.code for p in services.projects.find(**filters)]  # type: ignore[arg-type]

    assert codes() == ["LB-01", "TN-01"]
    assert codes(programme_id=programme_id) == ["LB-01", "TN-01"]
    assert codes(partner_id=ftcr_id) == ["TN-01"]
    assert codes(country="tn") == ["TN-01"]
    assert codes(status=ProjectStatus.IMPLEMENTATION) == ["LB-01"]
    assert codes(search="media") == ["TN-01"]
    assert codes(search="sams") == ["LB-01"]
    assert codes(programme_id=programme_id + 1) == []


def test_stale_edit_from_a_second_user_is_refused_naming_who_changed_it(
    services: Services, database: object, tmp_path: Path
) -> None:
    programme_id, sams_id, _ = setup_programme(services)
    opened = services.projects.create(vaccination(programme_id, sams_id))
    alice = make_services(database, tmp_path, user="alice")  # type: ignore[arg-type]
    bob = make_services(database, tmp_path, user="bob")  # type: ignore[arg-type]

    saved = alice.projects.update(
        opened.id,
        vaccination(programme_id, sams_id, title="Vaccination in Akkar"),
        expected_version=opened.version,
    )
    with pytest.raises(ConflictError) as error:
        bob.projects.update(
            opened.id,
            vaccination(programme_id, sams_id, grant_amount=Decimal(1)),
            expected_version=opened.version,
        )

    assert "alice" in str(error.value)
    current = services.projects.get(opened.id)
    assert (current.title, current.grant_amount, current.version) == (
        "Vaccination in Akkar",
        Decimal("100000"),
        saved.version,
    )
    assert current.updated_by == "alice"


def test_locations_add_rename_and_remove(services: Services) -> None:
    programme_id, sams_id, _ = setup_programme(services)
    project = services.projects.create(vaccination(programme_id, sams_id))

    akkar = services.projects.add_location(project.id, " Akkar ", "LB07")
    services.projects.add_location(project.id, "Bekaa")
    with pytest.raises(DuplicateError):
        services.projects.add_location(project.id, "akkar")
    renamed = services.projects.update_location(akkar.id, "Akkar", "LB-AK", expected_version=akkar.version)

    assert [(loc.name, loc.pcode) for loc in services.projects.get(project.id).locations] == [
        ("Akkar", "LB-AK"),
        ("Bekaa", None),
    ]
    services.projects.delete_location(renamed.id, expected_version=renamed.version)
    assert [loc.name for loc in services.projects.locations(project.id)] == ["Bekaa"]


def test_set_locations_keeps_existing_adds_new_and_drops_the_rest(services: Services) -> None:
    programme_id, sams_id, _ = setup_programme(services)
    project = services.projects.create(vaccination(programme_id, sams_id))
    first = services.projects.set_locations(project.id, ["Akkar", ("Bekaa", "LB08"), "North"])

    second = services.projects.set_locations(project.id, [("akkar", "LB07"), "Mount Lebanon", "Bekaa"])

    # A location named alone keeps its P-code; (name, P-code) sets it.
    assert [(loc.name, loc.pcode) for loc in second] == [
        ("akkar", "LB07"),
        ("Bekaa", "LB08"),
        ("Mount Lebanon", None),
    ]
    cleared = services.projects.set_locations(project.id, [("akkar", None), "Mount Lebanon", "Bekaa"])
    assert [loc.pcode for loc in cleared] == [None, "LB08", None]
    kept = {loc.name: loc.id for loc in first}
    assert second[0].id == kept["Akkar"]
    assert second[1].id == kept["Bekaa"]
    with pytest.raises(ValidationError, match="twice"):
        services.projects.set_locations(project.id, ["Akkar", "AKKAR"])


def test_project_without_history_is_deleted_with_its_plans(services: Services) -> None:
    programme_id, sams_id, _ = setup_programme(services)
    project = services.projects.create(vaccination(programme_id, sams_id))
    services.projects.set_locations(project.id, ["Akkar"])
    services.finance.create_budget_line(
        project.id, BudgetLineInput(code="1", category="Staff", original_amount=Decimal(1000))
    )
    services.finance.create_tranche(
        project.id, TrancheInput(number=1, planned_date=dt.date(2022, 10, 1), planned_amount=Decimal(500))
    )
    services.requirements.create(
        RequirementInput(project_id=project.id, title="Final report", due_date=dt.date(2023, 3, 31))
    )
    project = services.projects.get(project.id)

    services.projects.delete(project.id, expected_version=project.version)

    assert services.projects.find() == []
    assert services.requirements.find() == []
    deleted_tables = {e.table_name for e in services.audit.find() if e.action.value == "delete"}
    assert {"projects", "locations", "budget_lines", "tranches", "reporting_requirements"} <= deleted_tables


def test_project_with_spending_or_paid_tranche_is_not_deleted(services: Services) -> None:
    programme_id, sams_id, _ = setup_programme(services)
    project = services.projects.create(vaccination(programme_id, sams_id))
    services.finance.create_expenditure(
        project.id, ExpenditureInput(spent_on=dt.date(2022, 4, 1), amount=Decimal(10))
    )
    services.finance.create_tranche(
        project.id,
        TrancheInput(
            number=1,
            planned_date=dt.date(2022, 3, 1),
            planned_amount=Decimal(500),
            status=TrancheStatus.PAID,
            actual_date=dt.date(2022, 3, 3),
            actual_amount=Decimal(500),
        ),
    )

    with pytest.raises(WorkflowError, match=r"1 paid tranches, 1 expenditures.*cancelled"):
        services.projects.delete(project.id, expected_version=project.version)
    assert services.projects.get(project.id).code == "LB-01"


def test_project_and_location_with_results_are_not_deleted(services: Services) -> None:
    programme_id, sams_id, _ = setup_programme(services)
    project = services.projects.create(vaccination(programme_id, sams_id))
    (akkar,) = services.projects.set_locations(project.id, ["Akkar"])
    with services.context.database.session(user="tester") as session:
        indicator = Indicator(programme_id=programme_id, code="1.1", name="People vaccinated")
        period = Period(
            programme_id=programme_id,
            label="Q2 2022",
            start_date=dt.date(2022, 4, 1),
            end_date=dt.date(2022, 6, 30),
        )
        session.add_all([indicator, period])
        session.flush()
        session.add(
            Result(
                project_id=project.id,
                indicator_id=indicator.id,
                period_id=period.id,
                location_id=akkar.id,
                value=Decimal(250),
            )
        )

    with pytest.raises(WorkflowError, match="1 results"):
        services.projects.delete(project.id, expected_version=project.version)
    with pytest.raises(WorkflowError, match="Akkar"):
        services.projects.delete_location(akkar.id, expected_version=akkar.version)
    with pytest.raises(WorkflowError, match="Akkar"):
        services.projects.set_locations(project.id, ["Bekaa"])
    assert [loc.name for loc in services.projects.locations(project.id)] == ["Akkar"]


def test_unknown_project_is_reported_by_code(services: Services) -> None:
    with pytest.raises(NotFoundError, match="ZW-09"):
        services.projects.get_by_code("ZW-09")


def test_a_location_knows_its_admin1_area_and_checks_its_p_code(services: Services) -> None:
    programme_id, sams_id, _ = setup_programme(services)
    project = services.projects.create(vaccination(programme_id, sams_id))

    akkar = services.projects.add_location(project.id, "Akkar", "lb13")
    chosen = services.projects.add_location(project.id, "Jabal Lubnan", None, "LB-JL")
    typed = services.projects.add_location(project.id, "Halba district")

    assert (akkar.admin1_code, akkar.admin1_name, akkar.pcode) == ("LB-AK", "‘Akkār", "LB13")
    assert (chosen.admin1_code, chosen.admin1_name) == ("LB-JL", "Jabal Lubnān")
    assert typed.admin1_code is None
    with pytest.raises(ValidationError) as refused:
        services.projects.add_location(project.id, "Tunis", "TN11", "TN-11")
    assert {p.field: p.message for p in refused.value.problems} == {
        "P-code": "'TN11' does not start with LB: a P-code starts with the country's code",
        "admin-1 area": "'TN-11' is not an admin-1 area of LB (ISO 3166-2)",
    }


def test_a_location_dropped_from_the_list_is_in_the_audit_trail(services: Services) -> None:
    programme_id, sams_id, _ = setup_programme(services)
    project = services.projects.create(vaccination(programme_id, sams_id))
    [akkar, _bekaa] = services.projects.set_locations(project.id, ["Akkar", "Bekaa"])
    services.projects.set_locations(project.id, ["Bekaa"])
    deleted = [e for e in services.audit.find(table="locations", limit=20) if e.record_id == akkar.id]
    assert [e.action.value for e in deleted] == ["delete", "insert"]


def test_projects_created_by_the_thousand_are_stored_and_audited_as_one_made_in_a_form(
    services: Services,
) -> None:
    """An import writes projects as plain rows, not ORM objects: the rows and their audit entries
    must be what the form's save writes, column for column, values converted the same way."""
    programme_id, sams_id, _ = setup_programme(services)
    form = services.projects.create(vaccination(programme_id, sams_id, code="LB-FORM"))
    services.projects.set_locations(form.id, ["Akkar", "Beirut"])
    (imported,) = services.projects.create_many(
        [vaccination(programme_id, sams_id, code="LB-FILE")], [["Akkar", "Beirut"]]
    )
    assert isinstance(imported, int)

    def stored(project_id: int) -> tuple[object, ...]:
        with services.context.database.session(user="tester", write=False) as session:
            projects, locations, audit = Project.__table__, Location.__table__, AuditEntry.__table__
            project = session.execute(select(projects).where(projects.c.id == project_id)).one()._asdict()
            places = [
                row._asdict()
                for row in session.execute(
                    select(locations).where(locations.c.project_id == project_id).order_by(locations.c.name)
                )
            ]
            ids = {("projects", project_id)} | {("locations", p["id"]) for p in places}
            entries = [
                row._asdict()
                for row in session.execute(select(audit).order_by(audit.c.id))
                if (row.table_name, row.record_id) in ids and row.action == "insert"
            ]
        unstable = {"id", "project_id", "record_id", "created_at", "updated_at", "at", "code"}

        def kept(row: dict[str, object]) -> dict[str, object]:
            return {
                k: str(v)
                .replace("LB-FORM", "LB-")
                .replace("LB-FILE", "LB-")
                .replace(f'"project_id": "{project_id}"', '"project_id": "#"')
                for k, v in row.items()
                if k not in unstable
            }

        return kept(project), [kept(p) for p in places], [kept(e) for e in entries]

    made_in_form, made_by_import = stored(form.id), stored(imported)
    assert made_by_import == made_in_form
    assert made_by_import[0]["grant_amount"] in {"100000", "100000.00"}
    assert len(made_by_import[2]) == 3  # the project and its two locations, each audited once
