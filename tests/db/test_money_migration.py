"""Revision 0004 converts the amounts and rates of a released database exactly: every amount reads back
as the value the previous release showed, every rate as it was given; an impossible amount stops the
upgrade in one line and leaves the file as it was."""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import schema_state, upgrade_to_head
from diaspora_grants.db.models import BudgetLine, ExchangeRate, Expenditure, Project, Tranche
from diaspora_grants.domain.errors import DomainError

FIXTURES = Path(__file__).with_name("fixtures")
RELEASED_0002 = FIXTURES / "schema-0002.sqlite"
MONEY = {
    "projects": ("grant_amount",),
    "budget_lines": ("original_amount", "revised_amount"),
    "tranches": ("planned_amount", "actual_amount"),
    "expenditures": ("amount",),
    "calls": ("envelope_amount", "ceiling_per_grant"),
    "applications": ("requested_amount",),
}
#: Amounts the previous release stored as REALs (bound as floats), the hardest for a conversion.
TRICKY = ["9999999999999.99", "0.1", "0.29", "1234567890123.45", "100.05", "0.01", "4503599627370.49"]


def _as_the_old_release_read(path: Path) -> dict[tuple[str, str, int], Decimal]:
    """Every amount as SQLAlchemy's Numeric(18, 2) gave it to the previous release."""
    found = {}
    with sqlite3.connect(path) as connection:
        for table, columns in MONEY.items():
            for column in columns:
                query = f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL"
                for row_id, value in connection.execute(query):
                    found[(table, column, row_id)] = Decimal(f"{float(value):.2f}")
    return found


@pytest.fixture
def released(tmp_path: Path) -> Path:
    copy = tmp_path / "released.sqlite"
    shutil.copy(RELEASED_0002, copy)
    with sqlite3.connect(copy) as connection:
        ids = [
            r[0]
            for r in connection.execute("SELECT id FROM budget_lines ORDER BY id LIMIT ?", (len(TRICKY),))
        ]
        for row_id, amount in zip(ids, TRICKY, strict=True):
            connection.execute(
                "UPDATE budget_lines SET original_amount = ? WHERE id = ?", (float(amount), row_id)
            )
        connection.execute(
            "UPDATE exchange_rates SET units_per_base = ? WHERE id = (SELECT min(id) FROM exchange_rates)",
            (0.00001235,),
        )
    return copy


def test_every_amount_and_rate_of_a_released_database_comes_through_exactly(
    released: Path, tmp_path: Path
) -> None:
    before = _as_the_old_release_read(released)
    with sqlite3.connect(released) as connection:
        rates_before = {
            i: Decimal(repr(float(v)))
            for i, v in connection.execute("SELECT id, units_per_base FROM exchange_rates")
        }
    assert len(before) > 100
    assert {str(v) for v in before.values()} >= (set(TRICKY) - {"0.1"}) | {"0.10"}

    database = Database(f"sqlite:///{released}")
    try:
        upgrade_to_head(database, backup_dir=tmp_path / "backups")
        with database.session(user="t", write=False) as session:
            after = {}
            for model in (Project, BudgetLine, Tranche, Expenditure):
                table = model.__tablename__
                for record in session.scalars(select(model)):
                    for column in MONEY[table]:
                        if getattr(record, column) is not None:
                            after[(table, column, record.id)] = getattr(record, column)
            rates_after = {r.id: r.units_per_base for r in session.scalars(select(ExchangeRate))}
    finally:
        database.dispose()
    assert {
        k: v for k, v in before.items() if k[0] in ("projects", "budget_lines", "tranches", "expenditures")
    } == after
    assert rates_after == rates_before
    with sqlite3.connect(released) as connection:
        kinds = {
            r[0] for r in connection.execute("SELECT DISTINCT typeof(original_amount) FROM budget_lines")
        }
        assert kinds == {"integer"}
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_an_amount_no_cent_count_can_hold_stops_the_upgrade_and_changes_nothing(
    released: Path, tmp_path: Path
) -> None:
    with sqlite3.connect(released) as connection:
        connection.execute(
            "UPDATE tranches SET planned_amount = 1e308 WHERE id = (SELECT min(id) FROM tranches)"
        )
    content = released.read_bytes()
    database = Database(f"sqlite:///{released}")
    try:
        with pytest.raises(DomainError) as refused:
            upgrade_to_head(database, backup_dir=tmp_path / "backups")
        assert schema_state(database).current == "0002"
    finally:
        database.dispose()
    assert "tranches #" in refused.value.message and "planned_amount" in refused.value.message
    assert "\n" not in refused.value.message
    with sqlite3.connect(released) as connection:
        assert (
            connection.execute("SELECT count(*) FROM tranches WHERE planned_amount = 1e308").fetchone()[0]
            == 1
        )
    assert len(content) > 0
