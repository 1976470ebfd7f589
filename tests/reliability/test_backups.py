"""Automatic backups: daily and rotated; a damaged database is refused at start with the newest sound
backup named, and `restore` brings that backup back with every table's content equal."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from diaspora_grants.db.backup import list_backups
from diaspora_grants.demo.loader import load_demo
from diaspora_grants.domain.errors import DamagedDatabaseError, DomainError
from diaspora_grants.services.backups import daily_backup
from diaspora_grants.services.maintenance import restore_into
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.startup import Workspace, open_workspace
from tests.reliability.conftest import Ledger
from tests.reliability.helpers import integrity, mode, run_cli

pytestmark = pytest.mark.scenario("backups and restore")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DIASPORA_GRANTS_HOME", str(tmp_path))
    monkeypatch.delenv("DIASPORA_GRANTS_DB", raising=False)
    monkeypatch.delenv("DIASPORA_GRANTS_KEEP_BACKUPS", raising=False)
    return tmp_path


def _open(home: Path, **options: object) -> Workspace:
    return open_workspace(str(home / "grants.sqlite"), user="amina", **options)  # type: ignore[arg-type]


def _with_partners(home: Path, *names: str) -> dict[str, str]:
    workspace = _open(home, daily=False)
    try:
        for name in names:
            workspace.services.organisations.create(OrganisationInput(name=name, hq_country="SN"))
        return workspace.services.maintenance.checksums()
    finally:
        workspace.close()


def _daily(home: Path) -> list[Path]:
    return [b.path for b in list_backups(home / "backups", "grants") if b.tag == "daily"]


def test_the_first_start_of_a_day_backs_up_once(home: Path, ledger: Ledger) -> None:
    content = _with_partners(home, "Xarit", "Diaspora Vision")

    for _ in range(3):
        _open(home).close()

    daily = _daily(home)
    assert len(daily) == 1, "one backup per day, however often the app starts"
    assert integrity(daily[0]) == "ok"
    assert mode(daily[0]) == 0o600
    copy = _open_copy(daily[0], home)
    ledger.add("backups and restore", lost=int(copy != content))
    assert copy == content


def test_old_backups_rotate_keeping_the_newest(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _with_partners(home, "Xarit")
    workspace = _open(home, daily=False)
    past = dt.datetime(2024, 1, 1, 9, 0)
    for day in range(6):
        daily_backup(workspace.database, home / "backups", keep=100, now=past + dt.timedelta(days=day))
    workspace.close()
    assert len(_daily(home)) == 6

    monkeypatch.setenv("DIASPORA_GRANTS_KEEP_BACKUPS", "3")
    _open(home).close()  # today's daily backup, then the rotation

    kept = sorted(p.name for p in _daily(home))
    assert len(kept) == 3
    assert kept[0].startswith("grants.daily.20240105"), kept
    assert kept[-1].startswith(f"grants.daily.{dt.date.today():%Y%m%d}"), kept


def test_backups_taken_before_an_upgrade_or_restore_rotate_too(home: Path) -> None:
    _with_partners(home, "Xarit")
    backups = home / "backups"
    source = home / "grants.sqlite"
    for hour in range(5):
        for tag in ("before-0001", "before-restore"):
            shutil.copy(source, backups / f"grants.{tag}.20240101-0{hour}0000.sqlite")
    _open(home, keep=2).close()

    names = sorted(b.path.name for b in list_backups(backups, "grants") if b.tag != "daily")
    assert names == [
        "grants.before-0001.20240101-030000.sqlite",
        "grants.before-0001.20240101-040000.sqlite",
        "grants.before-restore.20240101-030000.sqlite",
        "grants.before-restore.20240101-040000.sqlite",
    ]


def test_a_wrong_number_of_backups_to_keep_is_one_plain_line(tmp_path: Path) -> None:
    result = run_cli(
        "--db",
        str(tmp_path / "g.sqlite"),
        "init",
        home=tmp_path,
        env_extra={"DIASPORA_GRANTS_KEEP_BACKUPS": "lots"},
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "DIASPORA_GRANTS_KEEP_BACKUPS" in result.stderr


@pytest.mark.parametrize("damage", ["not a database", "damaged page"])
def test_a_damaged_database_is_refused_naming_the_latest_good_backup(
    home: Path, damage: str, ledger: Ledger
) -> None:
    good = _with_partners(home, "Xarit", "Diaspora Vision", *(f"Partner {n}" for n in range(300)))
    _open(home).close()  # today's backup: the good copy
    newest_good = _daily(home)[-1]
    # An older, itself damaged backup must not be the one offered.
    (home / "backups" / "grants.daily.20200101-000000.sqlite").write_bytes(b"junk" * 100)
    database = home / "grants.sqlite"
    _damage(database, damage)

    with pytest.raises(DamagedDatabaseError) as refused:
        _open(home)
    assert refused.value.backup == str(newest_good)
    assert str(newest_good) in refused.value.message

    check = run_cli("--db", str(database), "check", home=home)
    assert check.returncode == 1
    assert check.stderr.count("\n") == 1, check.stderr
    assert "damaged" in check.stderr and f"restore {newest_good}" in check.stderr

    restored = run_cli("--db", str(database), "restore", str(newest_good), home=home)
    assert restored.returncode == 0, restored.stderr
    assert integrity(database) == "ok"
    assert [b for b in list_backups(home / "backups", "grants") if b.tag == "damaged"], "damaged file kept"
    content = _open_copy(database, home)
    ledger.add("backups and restore", lost=int(content != good))
    assert content == good


def test_restore_refuses_a_file_that_is_not_a_sound_backup(home: Path) -> None:
    before = _with_partners(home, "Xarit")
    junk = home / "junk.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(DomainError, match="not a sound SQLite backup"):
        restore_into(str(home / "grants.sqlite"), junk)
    assert _open_copy(home / "grants.sqlite", home) == before


def test_backup_and_restore_round_trip_table_by_table(home: Path, ledger: Ledger) -> None:
    workspace = _open(home, daily=False)
    load_demo(workspace.services)
    before = workspace.services.maintenance.checksums()
    counts = workspace.services.maintenance.check().row_counts
    copy = workspace.services.maintenance.backup(home / "copy.sqlite")
    workspace.services.organisations.create(OrganisationInput(name="Added after the backup"))
    workspace.close()

    report = restore_into(str(home / "grants.sqlite"), copy)

    after = _open_copy(home / "grants.sqlite", home)
    changed = [table for table in before if before[table] != after[table]]
    ledger.add("backups and restore", cases=len(before), lost=len(changed))
    assert changed == []
    assert report.row_counts == counts
    assert sum(counts.values()) > 1000, "the demo is a realistic amount of data"


def _open_copy(path: Path, home: Path) -> dict[str, str]:
    workspace = open_workspace(str(path), user="checker", daily=False)
    try:
        return workspace.services.maintenance.checksums()
    finally:
        workspace.close()


def _damage(path: Path, how: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    if how == "not a database":
        data[:16] = b"this is no table"
    else:
        page_size = int.from_bytes(data[16:18], "big")
        # Scribble over the interior of the biggest table's pages (all but the first two).
        for page in range(2, len(data) // page_size):
            start = page * page_size
            data[start : start + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
