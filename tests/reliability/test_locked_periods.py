"""A locked period refuses every change to its results, whichever way the change comes: the services
called directly, a bulk load, a filled partner template or a data workbook imported from the command
line. Each refusal leaves every table as it was; after unlocking, the same change goes through."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.domain.errors import LockedPeriodError
from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.services.registry import Services
from diaspora_grants.services.results import BulkRow, CellInput
from tests.conftest import make_services
from tests.reliability.conftest import Ledger
from tests.reliability.helpers import SmallProgramme, run_cli, small_programme

SCENARIO = "locked periods, whatever the caller"
pytestmark = pytest.mark.scenario(SCENARIO)


def _cells(ids: SmallProgramme, value: int) -> list[CellInput]:
    return [
        CellInput(location_id=place, population_group=None, sex=None, age_band=None, value=value)
        for place in ids.location_ids
    ]


def test_the_services_refuse_every_change_in_a_locked_period(services: Services, ledger: Ledger) -> None:
    ids = small_programme(services)
    scope = (ids.project_id, ids.sessions_id, ids.q1_id)
    services.results.save_grid(*scope, _cells(ids, 5))
    services.periods.lock(ids.q1_id, "reported to the donor")
    before = services.maintenance.checksums()

    attempts = {
        "save the grid": lambda: services.results.save_grid(*scope, _cells(ids, 6)),
        "clear the grid": lambda: services.results.save_grid(*scope, []),
        "approve": lambda: services.results.approve(*scope),
        "delete the scope": lambda: services.results.delete_scope(*scope),
        "bulk insert": lambda: services.results.bulk_insert(
            [
                BulkRow(
                    ids.project_id, ids.people_id, ids.q1_id, ids.location_ids[0], None, "female", "18-59", 3
                )
            ]
        ),
        "bulk insert among open periods": lambda: services.results.bulk_insert(
            [
                BulkRow(
                    ids.project_id, ids.people_id, ids.q2_id, ids.location_ids[0], None, "male", "18-59", 1
                ),
                BulkRow(
                    ids.project_id, ids.people_id, ids.q1_id, ids.location_ids[1], None, "male", "18-59", 1
                ),
            ]
        ),
    }
    accepted = []
    for name, attempt in attempts.items():
        try:
            attempt()
            accepted.append(name)
        except LockedPeriodError as error:
            assert "2022-Q1" in error.message and "locked" in error.message
    after = services.maintenance.checksums()
    changed = [t for t in before if before[t] != after[t]]
    ledger.add(SCENARIO, cases=len(attempts), lost=len(changed))
    assert accepted == [] and changed == []

    services.periods.unlock(ids.q1_id, "correction agreed with the donor")
    assert services.results.save_grid(*scope, _cells(ids, 6)).total == Decimal(12)


@pytest.fixture
def workspace_file(tmp_path: Path) -> tuple[Path, Services, SmallProgramme]:
    path = tmp_path / "grants.sqlite"
    database = Database(f"sqlite:///{path}")
    upgrade_to_head(database)
    services = make_services(database, tmp_path)
    return path, services, small_programme(services)


def test_a_filled_template_for_a_locked_period_is_refused_by_the_command_line(
    workspace_file: tuple[Path, Services, SmallProgramme], tmp_path: Path, ledger: Ledger
) -> None:
    path, services, ids = workspace_file
    template = tmp_path / "template.xlsx"
    DataExchange(services).make_template("FUZZ-P1", "2022-Q1", template)
    book = openpyxl.load_workbook(template)
    sheet = book["Results"]
    headers = [c.value for c in sheet[1]]
    value_column = headers.index("Value") + 1
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row=row, column=value_column, value=4)
    book.save(template)
    services.periods.lock(ids.q1_id, "reported")
    before = services.maintenance.checksums()
    services.context.database.dispose()

    refused = run_cli("--db", str(path), "import", str(template), home=tmp_path)
    after = services.maintenance.checksums()
    changed = [t for t in before if before[t] != after[t]]
    ledger.add(SCENARIO, lost=len(changed))
    assert refused.returncode == 1 and "locked" in refused.stderr, refused.stderr
    assert changed == []

    services.periods.unlock(ids.q1_id, "late figures from the partner")
    accepted = run_cli("--db", str(path), "import", str(template), home=tmp_path)
    assert accepted.returncode == 0, accepted.stderr
    assert services.results.count() > 0


def test_a_data_workbook_cannot_add_results_to_or_unlock_a_locked_period(
    workspace_file: tuple[Path, Services, SmallProgramme], tmp_path: Path, ledger: Ledger
) -> None:
    path, services, ids = workspace_file
    services.periods.lock(ids.q1_id, "reported")
    before = services.maintenance.checksums()
    services.context.database.dispose()
    results = tmp_path / "results.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Results"
    sheet.append(["Programme", "Project", "Indicator", "Period", "Location", "Value"])
    sheet.append(["FUZZ", "FUZZ-P1", "IND-02", "2022-Q1", "Dakar", 9])
    unlock = book.create_sheet("Periods")
    unlock.append(["Programme", "Label", "Start", "End", "Locked"])
    unlock.append(["FUZZ", "2022-Q1", dt.date(2022, 1, 1), dt.date(2022, 3, 31), "no"])
    book.save(results)

    refused = run_cli("--db", str(path), "import", str(results), home=tmp_path)
    after = services.maintenance.checksums()
    changed = [t for t in before if before[t] != after[t]]
    ledger.add(SCENARIO, lost=len(changed))
    assert refused.returncode == 1, refused.stdout
    assert "Results, row 2" in refused.stderr and "Periods, row 2, column Locked" in refused.stderr
    assert changed == []
    assert services.periods.get(ids.q1_id).locked
