"""The schema comes from Alembic: new databases, released ones, and drift between models and migrations."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from diaspora_grants.db.base import Base
from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import (
    alembic_config,
    alembic_head_revision,
    head_revision,
    schema_state,
    upgrade_to_head,
)
from diaspora_grants.db.migrations import AUDIT_SEARCH_TABLES, described_by_models
from diaspora_grants.domain.errors import DomainError
from diaspora_grants.services import audit as audit_module
from diaspora_grants.services.organisations import OrganisationInput
from tests.conftest import make_services

FIXTURES = Path(__file__).with_name("fixtures")
#: One database per released schema revision, written by that release; each must upgrade to head.
RELEASED = sorted(FIXTURES.glob("schema-*.sqlite"))


def test_empty_database_is_created_at_head(database_url: str) -> None:
    database = Database(database_url)
    try:
        assert upgrade_to_head(database) is None  # nothing to back up
        assert schema_state(database).current == head_revision()
    finally:
        database.dispose()


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
def test_models_and_migrations_describe_the_same_schema(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": described_by_models})
        differences = compare_metadata(context, Base.metadata)
    # Expression indexes cannot be reflected, so autogenerate reports them as missing on both sides.
    real = [
        d for d in differences if not (d[0] in ("add_index", "remove_index") and d[1].name.startswith("uq_"))
    ]
    assert real == []


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
def test_the_comparison_leaves_out_only_the_full_text_index_of_the_audit_trail(sqlite_url: str) -> None:
    database = Database(sqlite_url)
    try:
        upgrade_to_head(database)
        with database.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
            tables = {
                r[0] for r in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            }
    finally:
        database.dispose()
    unfiltered = {d[1].name for d in differences if d[0] == "remove_table"}
    # Without the filter autogenerate would drop the index; with it, nothing else is hidden.
    assert unfiltered and unfiltered <= AUDIT_SEARCH_TABLES
    assert {t for t in tables if not described_by_models(t, "table", {})} == unfiltered | {"audit_search"}


def test_the_recorded_head_is_alembics_head() -> None:
    assert head_revision() == alembic_head_revision()


def test_there_is_a_fixture_for_every_released_revision() -> None:
    revisions = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    assert {p.stem.removeprefix("schema-") for p in RELEASED} == revisions


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_released_database_upgrades_and_keeps_every_row(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    before = _row_counts(copy)
    database = Database(f"sqlite:///{copy}")
    try:
        upgrade_to_head(database, backup_dir=tmp_path / "backups")
        assert schema_state(database).current == head_revision()
    finally:
        database.dispose()
    after = _row_counts(copy)
    assert {t: n for t, n in after.items() if t in before} == before
    assert sum(before.values()) > 100, "the fixture should hold a realistic amount of data"


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
@pytest.mark.parametrize("text", ["tunisi", "Pontes", "tranche 2", "approved", "SAMS quarterly"])
def test_entries_written_before_the_upgrade_are_found_by_the_search(
    fixture: Path, text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    database = Database(f"sqlite:///{copy}")
    try:
        upgrade_to_head(database, backup_dir=tmp_path / "backups")
        services = make_services(database, tmp_path)
        monkeypatch.setattr(audit_module, "COUNT_BY_INDEX_UP_TO", 10**9)
        monkeypatch.setattr(audit_module, "FIND_BY_INDEX_UP_TO", 10**9)
        indexed = (services.audit.count(search=text), services.audit.find(search=text, limit=10**6))
        monkeypatch.setattr(audit_module, "INDEXED_SEARCH_FROM", 10**9)
        scanned = (services.audit.count(search=text), services.audit.find(search=text, limit=10**6))
    finally:
        database.dispose()
    assert indexed == scanned
    assert indexed[0] > 0


def test_the_search_index_can_be_removed_and_rebuilt(sqlite_url: str, tmp_path: Path) -> None:
    from alembic import command

    database = Database(sqlite_url)
    try:
        upgrade_to_head(database)
        services = make_services(database, tmp_path)
        services.organisations.create(OrganisationInput(name="Pontes Ricerche"))
        config = alembic_config()
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0001")
        assert _schema_objects(database) == set()
        assert schema_state(database).current == "0001"
        # Written while the index is gone, as the release of revision 0001 wrote it: in SQL, as
        # today's models hold columns that schema lacks.
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO audit_log (at, user_name, action, table_name, record_id, record_label) "
                "VALUES (CURRENT_TIMESTAMP, 't', 'insert', 'organisations', 99, 'Pontes Interventi')"
            )

        upgrade_to_head(database, backup_dir=tmp_path / "backups")

        assert _schema_objects(database) == {
            "audit_search",
            "audit_search_after_insert",
            "audit_search_after_update",
            "audit_search_after_delete",
        }
        assert sorted(e.record_label or "" for e in services.audit.find(search="pontes")) == [
            "Pontes Interventi",
            "Pontes Ricerche",
        ]
    finally:
        database.dispose()


def _schema_objects(database: Database) -> set[str]:
    """The full-text index's table and triggers (the tables FTS5 keeps for it are left out)."""
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name LIKE 'audit_search%'"
            " AND name NOT IN ('audit_search_data', 'audit_search_idx', 'audit_search_config',"
            " 'audit_search_docsize')"
        )
        return {r[0] for r in rows}


def test_an_older_database_is_backed_up_before_upgrading(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    database = Database(f"sqlite:///{path}")
    upgrade_to_head(database)
    database.dispose()
    with sqlite3.connect(path) as connection:  # pretend the file predates the current revision
        connection.execute("UPDATE alembic_version SET version_num = '0000_unknown'")
    database = Database(f"sqlite:///{path}")
    try:
        with pytest.raises(DomainError, match="newer version"):
            upgrade_to_head(database, backup_dir=tmp_path)
    finally:
        database.dispose()


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    database = Database(f"sqlite:///{path}")
    try:
        with pytest.raises(DomainError, match="not a Diaspora Grants database"):
            upgrade_to_head(database)
    finally:
        database.dispose()


def _row_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
