"""Revision 0007: who submitted and approved results, and the programme's four-eyes rule."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic import command

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import alembic_config, upgrade_to_head
from diaspora_grants.domain.enums import ResultStatus
from diaspora_grants.services.results import ResultFilter
from tests.conftest import make_services

FIXTURE = Path(__file__).with_name("fixtures") / "schema-0006.sqlite"


def test_a_0006_database_gains_the_approval_columns_and_keeps_every_result(tmp_path: Path) -> None:
    copy = tmp_path / "grants.sqlite"
    shutil.copy(FIXTURE, copy)
    database = Database(f"sqlite:///{copy}")
    try:
        upgrade_to_head(database, backup_dir=tmp_path / "backups")
        services = make_services(database, tmp_path)
        programmes = services.programmes.find()
        approved = services.results.find(ResultFilter(statuses=(ResultStatus.APPROVED,)), limit=5)
        grid = services.results.grid(approved[0].project_id, approved[0].indicator_id, approved[0].period_id)
    finally:
        database.dispose()
    # A SQLite file is one person's: the four-eyes rule starts off.
    assert programmes and not any(p.approver_must_differ for p in programmes)
    # Approved before anyone was recorded: whoever last wrote the cells is named.
    assert grid.cells and all(c.approved_by for c in grid.cells if c.status is ResultStatus.APPROVED)


def test_a_shared_postgresql_database_starts_with_the_four_eyes_rule(
    postgres_url: str, tmp_path: Path
) -> None:
    database = Database(postgres_url)
    try:
        config = alembic_config()
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0006")
        services = make_services(database, tmp_path)
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO programmes (code, name, currency, start_date, end_date, overlap_rule, age_bands,"
                " population_groups, sdg_goals, version) VALUES ('P', 'Programme', 'USD', '2022-01-01',"
                " '2022-12-31', 'max per location', '0-17', 'refugees', '', 1)"
            )
        upgrade_to_head(database, backup_dir=tmp_path)
        assert [p.approver_must_differ for p in services.programmes.find()] == [True]
    finally:
        database.dispose()


def test_the_revision_can_be_undone(tmp_path: Path) -> None:
    copy = tmp_path / "grants.sqlite"
    shutil.copy(FIXTURE, copy)
    database = Database(f"sqlite:///{copy}")
    try:
        upgrade_to_head(database, backup_dir=tmp_path / "backups")
        config = alembic_config()
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0006")
    finally:
        database.dispose()
    with sqlite3.connect(copy) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(results)")}
        programme_columns = {row[1] for row in connection.execute("PRAGMA table_info(programmes)")}
    assert not columns & {"submitted_by", "submitted_at", "approved_by", "approved_at"}
    assert "approver_must_differ" not in programme_columns
