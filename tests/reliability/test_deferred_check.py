"""The desktop app's start: the small tables are checked before the window opens, the whole file
(and then the day's backup) after it shows; a damaged file is refused either way, naming the
newest sound backup, and a damaged file is never backed up as a good day's copy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from diaspora_grants.db.backup import list_backups
from diaspora_grants.domain.errors import DamagedDatabaseError
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.startup import open_workspace
from tests.reliability.conftest import Ledger

pytestmark = pytest.mark.scenario("backups and restore")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DIASPORA_GRANTS_HOME", str(tmp_path))
    monkeypatch.delenv("DIASPORA_GRANTS_DB", raising=False)
    monkeypatch.delenv("DIASPORA_GRANTS_KEEP_BACKUPS", raising=False)
    return tmp_path


def _good_database_with_a_backup(home: Path) -> Path:
    workspace = open_workspace(str(home / "grants.sqlite"), user="amina", daily=False)
    workspace.services.organisations.create(OrganisationInput(name="Xarit", hq_country="SN"))
    workspace.close()
    workspace = open_workspace(str(home / "grants.sqlite"), user="amina")  # today's backup
    workspace.close()
    [backup] = _daily(home)
    return backup


def _daily(home: Path) -> list[Path]:
    return [b.path for b in list_backups(home / "backups", "grants") if b.tag == "daily"]


def _scribble_on_table(path: Path, table: str) -> None:
    """Overwrite the header of the table's root page, as a failing disk might."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + 16] = b"\xa5" * 16
    path.write_bytes(bytes(data))


def test_damage_in_a_growing_table_is_refused_once_the_full_check_runs(home: Path, ledger: Ledger) -> None:
    newest_good = _good_database_with_a_backup(home)
    database = home / "grants.sqlite"
    _scribble_on_table(database, "results")

    workspace = open_workspace(str(database), user="amina", defer_checks=True)
    try:
        with pytest.raises(DamagedDatabaseError) as refused:
            workspace.finish_start()
    finally:
        workspace.close()
    assert refused.value.backup == str(newest_good)
    assert str(newest_good) in refused.value.message
    ledger.add("backups and restore")

    # The command line (no deferral) refuses the same file before opening it.
    with pytest.raises(DamagedDatabaseError):
        open_workspace(str(database), user="amina")


@pytest.mark.parametrize("table", ["organisations", "sqlite_master"])
def test_damage_outside_the_growing_tables_is_refused_before_the_window(
    home: Path, table: str, ledger: Ledger
) -> None:
    newest_good = _good_database_with_a_backup(home)
    database = home / "grants.sqlite"
    if table == "sqlite_master":
        data = bytearray(database.read_bytes())
        data[:16] = b"this is no table"
        database.write_bytes(bytes(data))
    else:
        _scribble_on_table(database, table)

    with pytest.raises(DamagedDatabaseError) as refused:
        open_workspace(str(database), user="amina", defer_checks=True)
    assert refused.value.backup == str(newest_good)
    ledger.add("backups and restore")


def test_the_days_backup_waits_for_the_full_check(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = open_workspace(str(home / "grants.sqlite"), user="amina", daily=False)
    workspace.services.organisations.create(OrganisationInput(name="Xarit", hq_country="SN"))
    workspace.close()

    workspace = open_workspace(str(home / "grants.sqlite"), user="amina", defer_checks=True)
    assert _daily(home) == [], "no copy before the whole file is checked"
    workspace.finish_start()
    assert workspace.daily_backup is not None and _daily(home) == [workspace.daily_backup]
    workspace.close()

    _scribble_on_table(home / "grants.sqlite", "results")
    (home / "backups" / workspace.daily_backup.name).unlink()  # as if it were the next morning
    workspace = open_workspace(str(home / "grants.sqlite"), user="amina", defer_checks=True)
    with pytest.raises(DamagedDatabaseError):
        workspace.finish_start()
    workspace.close()
    assert _daily(home) == [], "a damaged file is not kept as the day's good copy"
