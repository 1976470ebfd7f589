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
from diaspora_grants.domain.errors import DomainError

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
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    # Expression indexes cannot be reflected, so autogenerate reports them as missing on both sides.
    real = [
        d for d in differences if not (d[0] in ("add_index", "remove_index") and d[1].name.startswith("uq_"))
    ]
    assert real == []


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
