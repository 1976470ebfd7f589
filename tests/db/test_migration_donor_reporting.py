"""Schema 0005 (donor reporting): a released database gains the award, the variance explanations
and indicators' age bands without losing a row, and the revision can be taken back and redone."""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

from alembic import command

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import alembic_config, upgrade_to_head
from tests.conftest import make_services

FIXTURES = Path(__file__).with_name("fixtures")


def _upgraded_copy(name: str, tmp_path: Path) -> Path:
    copy = tmp_path / name
    shutil.copy(FIXTURES / name, copy)
    database = Database(f"sqlite:///{copy}")
    try:
        upgrade_to_head(database, backup_dir=tmp_path / "backups")
    finally:
        database.dispose()
    return copy


def test_a_0002_database_gets_no_award_the_default_threshold_and_unrestricted_indicators(
    tmp_path: Path,
) -> None:
    path = _upgraded_copy("schema-0002.sqlite", tmp_path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM programme_awards").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM variance_explanations").fetchone() == (0,)
        bands = {r[0] for r in connection.execute("SELECT age_bands FROM indicators")}
    assert bands == {""}
    database = Database(f"sqlite:///{path}")
    try:
        services = make_services(database, tmp_path)
        programme = services.programmes.get_by_code("BHA-DIASPORA-2022")
        assert services.programmes.award(programme.id).variance_threshold == Decimal("0.10")
        assert all(i.age_bands == () for i in services.indicators.find(programme.id))
    finally:
        database.dispose()


def test_the_revision_can_be_taken_back_and_redone_keeping_every_other_row(tmp_path: Path) -> None:
    path = _upgraded_copy("schema-0005.sqlite", tmp_path)
    before = _counts(path)
    assert before["programme_awards"] == 1 and before["variance_explanations"] == 2
    database = Database(f"sqlite:///{path}")
    try:
        config = alembic_config()
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0004")
        assert not {"programme_awards", "variance_explanations"} & set(_counts(path))
        upgrade_to_head(database, backup_dir=tmp_path / "backups")
    finally:
        database.dispose()
    after = _counts(path)
    assert after["programme_awards"] == 0 and after["variance_explanations"] == 0
    # The audit trail grows by the deletions; every other table keeps its rows.
    assert _data(after) == _data(before)


def _data(counts: dict[str, int]) -> dict[str, int]:
    left_out = ("programme_awards", "variance_explanations")
    return {t: n for t, n in counts.items() if t not in left_out and not t.startswith("audit")}


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
