"""Revision 0009 (narratives): a released 0008 database gains the narrative tables without losing a
row, can record a report's narrative at once, and the revision can be taken back and redone."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic import command

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import alembic_config, upgrade_to_head
from diaspora_grants.services.narratives import NarrativeInput
from tests.conftest import make_services

FIXTURES = Path(__file__).with_name("fixtures")
TABLES = {"narratives", "narrative_outcomes", "narrative_outcome_indicators", "partner_narratives"}


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _upgraded_copy(name: str, tmp_path: Path) -> Path:
    copy = tmp_path / name
    shutil.copy(FIXTURES / name, copy)
    database = Database(f"sqlite:///{copy}")
    try:
        upgrade_to_head(database, backup_dir=tmp_path / "backups")
    finally:
        database.dispose()
    return copy


def test_a_0008_database_gains_empty_narrative_tables_and_keeps_every_row(tmp_path: Path) -> None:
    before = _counts(FIXTURES / "schema-0008.sqlite")
    path = _upgraded_copy("schema-0008.sqlite", tmp_path)
    after = _counts(path)
    assert {name: after[name] for name in TABLES} == dict.fromkeys(TABLES, 0)
    assert {k: v for k, v in after.items() if k not in TABLES | {"audit_log"}} == {
        k: v for k, v in before.items() if k != "audit_log"
    }
    database = Database(f"sqlite:///{path}")
    try:
        services = make_services(database, tmp_path)
        programme_id = services.programmes.find_id("BHA-DIASPORA-2022")
        assert programme_id is not None
        periods = [p for p in services.periods.find(programme_id) if not p.locked]
        saved = services.programmes.save_narrative(
            programme_id, periods[0].id, periods[-1].id,
            NarrativeInput(sections={"context": "Écoles fermées; المدارس مغلقة"}), expected_version=0,
        )  # fmt: skip
        assert saved.text("context") == "Écoles fermées; المدارس مغلقة"
    finally:
        database.dispose()


def test_the_revision_can_be_taken_back_and_redone(tmp_path: Path) -> None:
    path = tmp_path / "schema-0009.sqlite"
    shutil.copy(FIXTURES / "schema-0009.sqlite", path)
    before = _counts(path)
    assert before.keys() >= TABLES
    database = Database(f"sqlite:///{path}")
    try:
        config = alembic_config()
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0008")
        assert not TABLES & _counts(path).keys()
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0009")
    finally:
        database.dispose()
    assert _counts(path) == before
