"""Money through a data workbook: the largest amount and a ten-digit rate come in exactly, a second
import of the same file changes nothing, and amounts or rates past the bounds (1e308,
123456789012345.67) are refused by cell, never stored rounded and never a traceback at export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.importing.problems import ImportRejectedError
from diaspora_grants.services.registry import Services
from tests.importing.fixtures import small_programme, write_book
from tests.reliability.conftest import Ledger

SCENARIO = "money: exact through import"
pytestmark = pytest.mark.scenario(SCENARIO)
LINES = ["Project", "Code", "Category", "Original amount", "Revised amount"]
RATES = ["Base currency", "Currency", "Month", "Units per base"]


def _book(path: Path, amount: object, rate: object) -> Path:
    return write_book(
        path,
        {
            "Budget lines": [
                LINES,
                ["TN-01", "L1", "Staff", amount, "0.01"],
                ["TN-01", "L2", "Travel", "1234.5", None],
            ],
            "Exchange rates": [RATES, ["USD", "TND", dt.date(2022, 3, 1), rate]],
        },
    )


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    services: Services, tmp_path: Path, ledger: Ledger
) -> None:
    small = small_programme(services)
    path = _book(tmp_path / "money.xlsx", "9999999999999.99", "3.12345678")
    assert DataExchange(services).commit_import(path).changes == 3
    again = DataExchange(services).commit_import(path)
    lines = {
        b.code: (b.original_amount, b.revised_amount) for b in services.finance.budget_lines(small.project_id)
    }
    [rate] = services.exchange_rates.find()
    lost = int(
        lines != {"L1": (Decimal("9999999999999.99"), Decimal("0.01")), "L2": (Decimal("1234.5"), None)}
    )
    lost += int(rate.units_per_base != Decimal("3.12345678"))
    ledger.add(SCENARIO, cases=2, lost=lost)
    assert again.changes == 0
    assert lost == 0


@pytest.mark.parametrize(
    ("amount", "rate", "column"),
    [
        ("123456789012345.67", "3.5", "Original amount"),
        (1e308, "3.5", "Original amount"),
        ("12.345", "3.5", "Original amount"),
        ("100", 1e308, "Units per base"),
        ("100", "3.12345678901", "Units per base"),
    ],
)
def test_amounts_and_rates_past_the_bounds_are_refused_by_cell(
    services: Services, tmp_path: Path, amount: object, rate: object, column: str, ledger: Ledger
) -> None:
    small_programme(services)
    before = services.maintenance.checksums()
    with pytest.raises(ImportRejectedError) as refused:
        DataExchange(services).commit_import(_book(tmp_path / "bad.xlsx", amount, rate))
    ledger.add(SCENARIO, lost=int(services.maintenance.checksums() != before))
    assert [p.column for p in refused.value.problems] == [column]
    assert services.maintenance.checksums() == before
