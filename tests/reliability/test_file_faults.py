"""Every file fault of the five export commands and `backup` is one line naming the cause and what to
do, exit 1, no traceback, nothing half-written; a special file (a device, a FIFO, or a symlink to
one) is never replaced, and a symlink to a regular file has its target replaced, not the link.

The disk-full cases mount a small tmpfs under the test's folder when the tests run as root (they
do in CI); elsewhere they skip here and tests/reporting/test_atomic.py injects the error instead.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.conftest import Ledger
from tests.reliability.helpers import run_cli

PROGRAMME = "BHA-DIASPORA-2022"
#: The six commands that write a file named by --out: the five exports and the backup.
WRITERS: dict[str, tuple[str, ...]] = {
    "export data": ("export", "data"),
    "export iati": ("export", "iati", "--programme", PROGRAMME),
    "export hxl": ("export", "hxl", "--programme", PROGRAMME, "--sheet", "reach"),
    "template": ("template", "--project", "LB-MEDIA-01", "--period", "2022-Q4"),
    "export report": (
        "export",
        "report",
        "--programme",
        PROGRAMME,
        "--from",
        "2022-01-01",
        "--to",
        "2022-12-31",
    ),
    "backup": ("backup",),
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("faults")
    loaded = run_cli("--db", str(home / "grants.sqlite"), "demo", home=home, timeout=300)
    assert loaded.returncode == 0, loaded.stderr
    return home


def _write(demo: Path, command: str, out: Path | str) -> subprocess.CompletedProcess[str]:
    return run_cli("--db", str(demo / "grants.sqlite"), *WRITERS[command], "--out", str(out), home=demo)


def _one_line_exit_1(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".~dg-" in p.name or ".partial" in p.name)


@pytest.mark.scenario("faults: special files never replaced")
@pytest.mark.parametrize("command", list(WRITERS))
def test_a_fifo_and_a_device_are_refused_and_stay_what_they_were(
    demo: Path, tmp_path: Path, command: str, ledger: Ledger
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device needs root")
    rdev = device.stat().st_rdev
    link = tmp_path / "link-to-device"
    link.symlink_to(device)
    for target in (fifo, device, link):
        _one_line_exit_1(_write(demo, command, target), "not a regular file")
    lost = int(not stat.S_ISFIFO(fifo.stat().st_mode))
    lost += int(not (stat.S_ISCHR(device.stat().st_mode) and device.stat().st_rdev == rdev))
    lost += int(not link.is_symlink())
    ledger.add("faults: special files never replaced", cases=3, lost=lost)
    assert lost == 0
    assert _leftovers(tmp_path) == []


@pytest.mark.scenario("faults: symlink to a file replaces its target")
@pytest.mark.parametrize("command", ["export data", "export hxl", "backup"])
def test_a_symlink_to_a_file_keeps_the_link_and_replaces_the_target(
    demo: Path, tmp_path: Path, command: str
) -> None:
    real = tmp_path / "real" / "out.file"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "out.link"
    link.symlink_to(real)
    result = _write(demo, command, link)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == real
    assert real.stat().st_size > 100
    assert _leftovers(tmp_path) == [] and _leftovers(real.parent) == []


@pytest.mark.scenario("faults: names and places that cannot be written")
@pytest.mark.parametrize("command", list(WRITERS))
def test_a_name_too_long_and_a_folder_that_takes_no_files_are_one_line(
    demo: Path, tmp_path: Path, command: str, ledger: Ledger
) -> None:
    _one_line_exit_1(_write(demo, command, tmp_path / ("x" * 300)), "too long", "shorter name")
    # /proc accepts no new files; its files exist and cannot be replaced. Nothing can be written there.
    _one_line_exit_1(_write(demo, command, "/proc/version"), "/proc/version")
    _one_line_exit_1(_write(demo, command, tmp_path / "no-such-folder" / "out"), "does not exist")
    ledger.add("faults: names and places that cannot be written", cases=3)
    assert _leftovers(tmp_path) == []


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 12 KB tmpfs: too small for any export of the demo."""
    mount = tmp_path / "small-disk"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small disk needs root")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=12k", "tmpfs", str(mount)], capture_output=True, check=False
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.scenario("faults: disk full")
@pytest.mark.parametrize("command", list(WRITERS))
def test_a_full_disk_is_one_line_and_leaves_nothing(
    demo: Path, full_disk: Path, command: str, ledger: Ledger
) -> None:
    (full_disk / "existing.out").write_bytes(b"keep me")
    for name in ("new.out", "existing.out"):
        _one_line_exit_1(_write(demo, command, full_disk / name), "disk is full")
    assert (full_disk / "existing.out").read_bytes() == b"keep me"
    assert sorted(p.name for p in full_disk.iterdir()) == ["existing.out"]
    ledger.add("faults: disk full", cases=2)


@pytest.fixture
def unchangeable(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may add files to: chattr +i as root (root ignores permission bits)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "existing.out").write_bytes(b"keep me")
    if os.geteuid() == 0:
        made = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
        if made.returncode != 0:
            pytest.skip("this file system cannot mark a folder immutable")
    else:
        folder.chmod(0o555)
    try:
        yield folder
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=False)
        folder.chmod(0o755)


@pytest.mark.scenario("faults: read-only folder")
@pytest.mark.parametrize("command", list(WRITERS))
def test_a_folder_that_cannot_be_written_is_one_line(
    demo: Path, unchangeable: Path, command: str, ledger: Ledger
) -> None:
    for name in ("new.out", "existing.out"):
        _one_line_exit_1(_write(demo, command, unchangeable / name), str(unchangeable))
    assert (unchangeable / "existing.out").read_bytes() == b"keep me"
    assert sorted(p.name for p in unchangeable.iterdir()) == ["existing.out"]
    ledger.add("faults: read-only folder", cases=2)


def _immutable(path: Path) -> None:
    if os.geteuid() != 0:
        path.chmod(0o555 if path.is_dir() else 0o444)
    elif subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False).returncode != 0:
        pytest.skip("this file system cannot mark files immutable")


def _mutable(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], check=False)
    path.chmod(0o755 if path.is_dir() else 0o600)


@pytest.mark.scenario("faults: database in a read-only place")
@pytest.mark.parametrize("locked", ["folder", "file"])
def test_a_sound_database_that_cannot_be_written_is_never_called_damaged(
    demo: Path, tmp_path: Path, locked: str, ledger: Ledger
) -> None:
    from diaspora_grants.db.backup import check_sqlite_file, quick_check_sqlite

    folder = tmp_path / "shared"
    folder.mkdir()
    database = folder / "grants.sqlite"
    backup = tmp_path / "backup.sqlite"
    assert (
        run_cli("--db", str(demo / "grants.sqlite"), "backup", "--out", str(backup), home=demo).returncode
        == 0
    )
    shutil.copy(demo / "grants.sqlite", database)  # in write-ahead-log mode, as the app keeps it
    with contextlib.closing(sqlite3.connect(database)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    before = database.read_bytes()
    place = folder if locked == "folder" else database
    _immutable(place)
    try:
        assert quick_check_sqlite(database) == "ok"
        assert check_sqlite_file(database) == "ok"
        for args in (
            ("check",),
            ("export", "iati", "--programme", PROGRAMME, "--out", str(tmp_path / "i.xml")),
        ):
            line = _one_line_exit_1(run_cli("--db", str(database), *args, home=tmp_path), "read-only")
            assert "damaged" not in line and str(database) in line
        line = _one_line_exit_1(
            run_cli("--db", str(database), "restore", str(backup), home=tmp_path), "read-only"
        )
        assert "damaged" not in line and str(database) in line
    finally:
        _mutable(place)
    assert database.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["grants.sqlite"]
    ledger.add("faults: database in a read-only place", cases=5)
