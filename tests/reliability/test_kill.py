"""Crash safety: the real command line is killed (SIGKILL) at a random moment of its work.

Every case prints its seed and delay. After each kill the file must pass SQLite's integrity check
as the next program opens it, an import or bulk load must be entirely there or entirely absent,
a restore must leave the old content or the backup's, never a mixture, and a workbook under its
real name must be the previous file byte for byte or a complete new one.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from bench.generate import Scale, generate_frame
from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import head_revision, schema_state, upgrade_to_head
from diaspora_grants.domain.errors import DomainError
from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.services.startup import open_workspace
from tests.conftest import make_services
from tests.reliability.conftest import Ledger
from tests.reliability.helpers import cli_command, cli_env, count_rows, integrity, run_cli

pytestmark = pytest.mark.reliability

KILLS = 20
#: Two programmes of monthly periods; 3,000 cells go into the workbook, 50,000 into the bulk load.
SCALE = Scale("reliability", 2, 6, 60, 6, 15, 24, 53_000, 40, 8)
IMPORTED_CELLS = 3_000
BULK_CELLS = 50_000
REPORT = ("export", "report", "--programme", "BENCH-1", "--from", "2022-01-01", "--to", "2022-12-31")
BULK_SCRIPT = (
    "import json, sys\n"
    "from diaspora_grants.services.startup import open_workspace\n"
    "workspace = open_workspace(sys.argv[1], user='bulk-loader')\n"
    "rows = [tuple(row) for row in json.load(open(sys.argv[2]))]\n"
    "print(workspace.services.results.bulk_insert(rows))\n"
)


@dataclass(frozen=True)
class Material:
    frame: Path  # programmes, partners, projects, indicators, periods; no result cells
    full: Path  # the frame with the 3,000 cells of the workbook
    workbook: Path | None  # a data workbook whose Results sheet holds those 3,000 cells
    workbook_problem: str
    cells: Path  # 50,000 further cells as JSON, for the bulk load
    old_report: Path  # a complete donor workbook for another date range: "the previous file"
    demo: Path  # a new database with both demo programmes, loaded without interruption
    #: Seconds an uninterrupted run of each scenario took here: the range the kills fall in.
    durations: dict[str, float]


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    folder = tmp_path_factory.mktemp("kill-material")
    frame = folder / "frame.sqlite"
    database = Database(f"sqlite:///{frame}")
    upgrade_to_head(database)
    generated = generate_frame(make_services(database, folder), SCALE)
    database.dispose()
    cells = folder / "cells.json"
    cells.write_text(json.dumps(generated.cells[:BULK_CELLS]))

    full = folder / "full.sqlite"
    shutil.copy(frame, full)
    database = Database(f"sqlite:///{full}")
    services = make_services(database, folder)
    services.results.bulk_insert(generated.cells[BULK_CELLS:])
    workbook, problem = _results_workbook(services, folder)
    database.dispose()

    durations = {}
    old_report = folder / "old-report.xlsx"
    durations["export"] = _timed(
        folder, "--db", str(full), *REPORT[:-2], "--to", "2022-03-31", "--out", str(old_report)
    )
    durations["bulk"] = _timed_bulk(folder, frame, cells)
    durations["init"] = _timed(folder, "--db", str(folder / "fresh.sqlite"), "init")
    durations["restore"] = _timed(
        folder, "--db", str(_copy(frame, folder / "r.sqlite")), "restore", str(full)
    )
    if workbook is not None:
        durations["import"] = _timed(
            folder, "--db", str(_copy(frame, folder / "i.sqlite")), "import", str(workbook)
        )
    demo = folder / "demo.sqlite"
    durations["demo"] = _timed(folder, "--db", str(demo), "demo")
    return Material(frame, full, workbook, problem, cells, old_report, demo, durations)


@dataclass(frozen=True)
class Run:
    seed: int
    delay: float
    killed: bool
    returncode: int | None
    stderr: str

    def __str__(self) -> str:
        how = "killed" if self.killed else f"finished first (exit {self.returncode})"
        return f"seed {self.seed}, SIGKILL after {self.delay:.3f} s: {how}"


def _kill_at_random(name: str, seed: int, duration: float, command: list[str], home: Path) -> Run:
    """Start `command`, wait a seeded random moment within its usual duration, SIGKILL it."""
    delay = random.Random(f"{name}-{seed}").uniform(0.05, duration * 0.9)
    process = subprocess.Popen(
        command, env=cli_env(home), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    time.sleep(delay)
    killed = process.poll() is None
    if killed:
        os.kill(process.pid, signal.SIGKILL)
    _, stderr = process.communicate(timeout=60)
    run = Run(seed, delay, killed, None if killed else process.returncode, stderr or "")
    print(f"{name}: {run}")  # noqa: T201 - the seed and delay, shown with a failure
    return run


def _record(ledger: Ledger, scenario: str, run: Run, lost: bool, why: str) -> None:
    ledger.add(scenario, lost=int(lost))
    ledger.kill(scenario, killed=run.killed)
    assert not lost, f"{run}: {why}"
    if not run.killed:
        assert run.returncode == 0, f"{run}: {run.stderr}"


@pytest.mark.scenario("kill: data workbook import (3,000 cells)")
@pytest.mark.parametrize("seed", range(KILLS))
def test_kill_during_import(material: Material, tmp_path: Path, seed: int, ledger: Ledger) -> None:
    if material.workbook is None:
        pytest.skip(f"the data workbook import is not available: {material.workbook_problem}")
    target = _copy(material.frame, tmp_path / "grants.sqlite")
    before = count_rows(target, "results")
    command = cli_command("--db", str(target), "import", str(material.workbook))
    run = _kill_at_random("import", seed, material.durations["import"], command, tmp_path)

    verdict = integrity(target)
    after = count_rows(target, "results")
    whole = after in (before, before + IMPORTED_CELLS) and (run.killed or after == before + IMPORTED_CELLS)
    _record(
        ledger,
        "kill: data workbook import (3,000 cells)",
        run,
        verdict != "ok" or not whole,
        f"integrity {verdict}; {after - before} of {IMPORTED_CELLS} cells imported",
    )


@pytest.mark.scenario("kill: donor workbook export onto an existing file")
@pytest.mark.parametrize("seed", range(KILLS))
def test_kill_during_export(material: Material, tmp_path: Path, seed: int, ledger: Ledger) -> None:
    database = _copy(material.full, tmp_path / "grants.sqlite")
    out = _copy(material.old_report, tmp_path / "report.xlsx")
    previous = _digest(out)
    command = cli_command("--db", str(database), *REPORT, "--out", str(out))
    run = _kill_at_random("export", seed, material.durations["export"], command, tmp_path)

    state = "previous" if _digest(out) == previous else _complete_workbook(out)
    strays = sorted(p.name for p in tmp_path.glob("*report*") if p.name != "report.xlsx")
    strays = [name for name in strays if not (name.startswith(".~dg-") and name.endswith(".part"))]
    verdict = integrity(database)
    bad = state not in ("previous", "complete") or bool(strays) or verdict != "ok"
    if not run.killed:
        bad = bad or state != "complete"
    _record(
        ledger,
        "kill: donor workbook export onto an existing file",
        run,
        bad,
        f"report.xlsx is {state}; other files {strays}; integrity {verdict}",
    )


@pytest.mark.scenario("kill: bulk result entry (50,000 cells)")
@pytest.mark.parametrize("seed", range(KILLS))
def test_kill_during_bulk_insert(material: Material, tmp_path: Path, seed: int, ledger: Ledger) -> None:
    target = _copy(material.frame, tmp_path / "grants.sqlite")
    command = [sys.executable, "-c", BULK_SCRIPT, str(target), str(material.cells)]
    run = _kill_at_random("bulk", seed, material.durations["bulk"], command, tmp_path)

    verdict = integrity(target)
    after = count_rows(target, "results")
    audits = count_rows(target, "audit_log", "WHERE action = 'bulk insert'")
    whole = (after, audits) in ((0, 0), (BULK_CELLS, 1)) and (run.killed or after == BULK_CELLS)
    _record(
        ledger,
        "kill: bulk result entry (50,000 cells)",
        run,
        verdict != "ok" or not whole,
        f"integrity {verdict}; {after} of {BULK_CELLS} cells, {audits} audit rows",
    )


@pytest.mark.scenario("kill: schema creation (init on a new file)")
@pytest.mark.parametrize("seed", range(KILLS))
def test_kill_during_init(material: Material, tmp_path: Path, seed: int, ledger: Ledger) -> None:
    target = tmp_path / "grants.sqlite"
    command = cli_command("--db", str(target), "init")
    run = _kill_at_random("init", seed, material.durations["init"], command, tmp_path)

    verdict = integrity(target) if target.exists() else "ok"
    opened = _open_after(target, tmp_path)
    bad = verdict != "ok" or opened != "ok"
    _record(
        ledger,
        "kill: schema creation (init on a new file)",
        run,
        bad,
        f"integrity {verdict}; opening afterwards: {opened}",
    )


@pytest.mark.scenario("kill: restore of a backup")
@pytest.mark.parametrize("seed", range(KILLS))
def test_kill_during_restore(material: Material, tmp_path: Path, seed: int, ledger: Ledger) -> None:
    target = _copy(material.frame, tmp_path / "grants.sqlite")
    old, new = _cells_digest(material.frame), _cells_digest(material.full)
    command = cli_command("--db", str(target), "restore", str(material.full))
    run = _kill_at_random("restore", seed, material.durations["restore"], command, tmp_path)

    verdict = integrity(target)
    content = _cells_digest(target)
    state = {old: "old", new: "restored"}.get(content, "a mixture")
    opened = _open_after(target, tmp_path)
    bad = (
        verdict != "ok" or state == "a mixture" or opened != "ok" or (not run.killed and state != "restored")
    )
    _record(
        ledger,
        "kill: restore of a backup",
        run,
        bad,
        f"integrity {verdict}; content is {state}; opening afterwards: {opened}",
    )


@pytest.mark.scenario("kill: loading the demo programmes")
@pytest.mark.parametrize("seed", range(KILLS))
def test_kill_during_demo(material: Material, tmp_path: Path, seed: int, ledger: Ledger) -> None:
    """A kill leaves nothing of the demo or all of it, and the next `demo` completes the database."""
    target = tmp_path / "grants.sqlite"
    command = cli_command("--db", str(target), "demo")
    run = _kill_at_random("demo", seed, material.durations["demo"], command, tmp_path)

    verdict = integrity(target) if target.exists() else "ok"
    loaded = _demo_counts(target) if target.exists() and verdict == "ok" else None
    whole = loaded in (None, _demo_counts(material.demo)) or loaded == dict.fromkeys(loaded or {}, 0)
    again = run_cli("--db", str(target), "demo", home=tmp_path)
    completed = again.returncode == 0 and _demo_counts(target) == _demo_counts(material.demo)
    _record(
        ledger,
        "kill: loading the demo programmes",
        run,
        verdict != "ok" or not whole or not completed,
        f"integrity {verdict}; after the kill {loaded}; `demo` again: exit {again.returncode} {again.stderr}",
    )


def _demo_counts(path: Path) -> dict[str, int]:
    """Rows per table of what the demo loads (the audit trail and the schema's own tables aside)."""
    tables = ("organisations", "programmes", "calls", "applications", "reviews", "projects", "locations")
    tables += ("budget_lines", "tranches", "expenditures", "indicators", "periods", "targets", "results")
    with sqlite3.connect(path) as connection:
        present = {
            row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    # Killed while the schema was being created: no table yet is nothing loaded.
    return {table: count_rows(path, table) if table in present else 0 for table in tables}


def test_the_kill_material_is_realistic(material: Material) -> None:
    assert count_rows(material.full, "results") == IMPORTED_CELLS
    assert count_rows(material.frame, "projects") == SCALE.projects
    print("uninterrupted durations (s):", {k: round(v, 2) for k, v in material.durations.items()})  # noqa: T201


# Helpers -------------------------------------------------------------------------------------------


def _open_after(path: Path, home: Path) -> str:
    """'ok' when the app opens the file at the current schema; a DomainError must say what is wrong."""
    os.environ["DIASPORA_GRANTS_HOME"] = str(home)
    try:
        workspace = open_workspace(str(path), user="after-the-kill", daily=False)
    except DomainError as error:
        return f"refused: {error.message}"
    finally:
        os.environ.pop("DIASPORA_GRANTS_HOME", None)
    try:
        state = schema_state(workspace.database)
        return "ok" if state.current == head_revision() else f"schema {state.current}"
    finally:
        workspace.close()


def _cells_digest(path: Path) -> str:
    import sqlite3

    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT * FROM results ORDER BY id").fetchall()
        rows += connection.execute("SELECT id, name, version FROM organisations ORDER BY id").fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def _complete_workbook(path: Path) -> str:
    try:
        book = openpyxl.load_workbook(path, read_only=True)
        try:
            names = book.sheetnames
            for sheet in names:
                for _ in book[sheet].iter_rows(values_only=True):
                    pass
        finally:
            book.close()
    except Exception as error:  # any failure to read it to the end is a partial file
        return f"unreadable ({type(error).__name__}: {error})"
    return "complete" if "Cover" in names and "Reach" in names else f"incomplete (sheets {names})"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _copy(source: Path, target: Path) -> Path:
    shutil.copy(source, target)
    return target


def _timed(home: Path, *args: str) -> float:
    return _timed_command(home, cli_command(*args))


def _timed_bulk(home: Path, frame: Path, cells: Path) -> float:
    return _timed_command(
        home, [sys.executable, "-c", BULK_SCRIPT, str(_copy(frame, home / "b.sqlite")), str(cells)]
    )


def _timed_command(home: Path, command: list[str]) -> float:
    started = time.monotonic()
    done = subprocess.run(
        command, env=cli_env(home), capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, f"{command[3:6]} failed without being killed: {done.stderr}"
    return time.monotonic() - started


def _results_workbook(services: object, folder: Path) -> tuple[Path | None, str]:
    """The data workbook's Results sheet alone (any subset of its sheets may be imported)."""
    if importlib.util.find_spec("diaspora_grants.cli.import_commands") is None:
        return None, "there is no import command"
    try:
        everything = folder / "everything.xlsx"
        DataExchange(services).export_all(everything)  # type: ignore[attr-defined]
        book = openpyxl.load_workbook(everything)
        for name in book.sheetnames:
            if name != "Results":
                del book[name]
        workbook = folder / "results.xlsx"
        book.save(workbook)
    except Exception as error:  # the exchange workbook is optional for this scenario
        return None, f"{type(error).__name__}: {error}"
    return workbook, ""
