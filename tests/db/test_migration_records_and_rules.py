"""Schema 0006 (records and rules): a released database gains budget revisions, admin-1 codes and due
diligence overrides without losing a row, and the revision can be taken back and redone."""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

from alembic import command

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import alembic_config, upgrade_to_head
from diaspora_grants.services.finance import BudgetLineInput
from tests.conftest import make_services

FIXTURES = Path(__file__).with_name("fixtures")
ADDED_COLUMNS = {
    "applications": {"dd_override_state", "dd_override_reason", "dd_override_by", "dd_override_on"},
    "projects": {"dd_override_state", "dd_override_reason", "dd_override_by", "dd_override_on"},
    "locations": {"admin1_code"},
}


def _upgraded_copy(name: str, tmp_path: Path) -> Path:
    copy = tmp_path / name
    shutil.copy(FIXTURES / name, copy)
    database = Database(f"sqlite:///{copy}")
    try:
        upgrade_to_head(database, backup_dir=tmp_path / "backups")
    finally:
        database.dispose()
    return copy


def test_a_0002_database_starts_without_revisions_or_overrides_and_can_record_them(tmp_path: Path) -> None:
    path = _upgraded_copy("schema-0002.sqlite", tmp_path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM budget_revisions").fetchone() == (0,)
        assert connection.execute(
            "SELECT count(*) FROM projects WHERE dd_override_reason IS NOT NULL"
        ).fetchone() == (0,)
        assert connection.execute(
            "SELECT count(*) FROM locations WHERE admin1_code IS NOT NULL"
        ).fetchone() == (0,)
    database = Database(f"sqlite:///{path}")
    try:
        services = make_services(database, tmp_path)
        project = services.projects.get_by_code("LB-VAX-01")
        assert project.dd_override_reason is None
        line = services.finance.budget_lines(project.id)[0]
        revised = services.finance.update_budget_line(
            line.id,
            BudgetLineInput(
                code=line.code,
                category=line.category,
                original_amount=line.original_amount,
                revised_amount=Decimal(1000),
            ),
            expected_version=line.version,
            reason="Test revision",
        )
        assert revised.revision_count == 1
        assert services.projects.add_location(project.id, "Beqaa", "LB12").admin1_code == "LB-BI"
    finally:
        database.dispose()


def test_the_revision_can_be_taken_back_and_redone_keeping_every_other_row(tmp_path: Path) -> None:
    path = _upgraded_copy("schema-0006.sqlite", tmp_path)
    before = _counts(path)
    assert before["budget_revisions"] == 1
    database = Database(f"sqlite:///{path}")
    try:
        config = alembic_config()
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0005")
        assert "budget_revisions" not in _counts(path)
        assert not any(ADDED_COLUMNS[t] & _columns(path, t) for t in ADDED_COLUMNS)
        upgrade_to_head(database, backup_dir=tmp_path / "backups")
    finally:
        database.dispose()
    after = _counts(path)
    assert after["budget_revisions"] == 0
    assert all(ADDED_COLUMNS[t] <= _columns(path, t) for t in ADDED_COLUMNS)
    assert _data(after) == _data(before)


def _data(counts: dict[str, int]) -> dict[str, int]:
    return {t: n for t, n in counts.items() if t != "budget_revisions" and not t.startswith("audit")}


def _columns(path: Path, table: str) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
