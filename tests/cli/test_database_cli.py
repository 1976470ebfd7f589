"""init, check, backup and restore from the command line, with the exit codes scripts rely on."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrations import HEAD_REVISION
from diaspora_grants.services.organisations import OrganisationInput
from tests.cli.runner import SRC, run_cli
from tests.conftest import make_services, require_or_skip


def test_init_creates_the_database_and_check_reports_it_sound(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'g.sqlite'}"

    created = run_cli("--db", url, "init", home=tmp_path)
    checked = run_cli("--db", url, "check", "--json", home=tmp_path)

    assert created.returncode == 0, created.stderr
    assert f"created, schema {HEAD_REVISION}" in created.stdout
    assert checked.returncode == 0, checked.stderr
    report = json.loads(checked.stdout)
    assert report["integrity"] == "ok"
    assert report["schema_version"] == report["schema_head"]
    assert (tmp_path / "g.sqlite").stat().st_mode & 0o077 == 0, "the database must be private to its owner"


def test_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    result = run_cli("init", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "diaspora-grants.sqlite").exists()


def test_backup_and_restore_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    url = f"sqlite:///{path}"
    run_cli("--db", url, "init", home=tmp_path)
    database = Database(url)
    services = make_services(database, tmp_path)
    services.organisations.create(OrganisationInput(name="Citizens Initiative", hq_country="ZA"))
    before = services.maintenance.checksums()
    database.dispose()

    backup = run_cli("--db", url, "backup", "--out", str(tmp_path / "copy.sqlite"), home=tmp_path)
    assert backup.returncode == 0, backup.stderr

    database = Database(url)
    make_services(database, tmp_path).organisations.create(
        OrganisationInput(name="Added later", hq_country="FR")
    )
    database.dispose()

    restored = run_cli("--db", url, "restore", str(tmp_path / "copy.sqlite"), home=tmp_path)
    assert restored.returncode == 0, restored.stderr

    database = Database(url)
    services = make_services(database, tmp_path)
    assert [o.name for o in services.organisations.find()] == ["Citizens Initiative"]
    assert services.maintenance.checksums() == before
    database.dispose()
    assert list((tmp_path / "backups").glob("g.before-restore.*.sqlite")), "the replaced file is kept"


def test_user_errors_exit_1_with_one_line_and_no_traceback(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'g.sqlite'}"
    missing_folder = run_cli(
        "--db", url, "backup", "--out", str(tmp_path / "nope" / "x.sqlite"), home=tmp_path
    )
    not_a_backup = tmp_path / "junk.sqlite"
    not_a_backup.write_text("this is not a database")
    bad_restore = run_cli("--db", url, "restore", str(not_a_backup), home=tmp_path)

    for result in (missing_folder, bad_restore):
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert "does not exist" in missing_folder.stderr
    assert "nothing was restored" in bad_restore.stderr


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    assert run_cli("no-such-command", home=tmp_path).returncode == 2
    assert run_cli("backup", home=tmp_path).returncode == 2  # --out missing


def test_a_command_never_loads_qt(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from diaspora_grants.__main__ import main\n"
        f"status = main(['--db', 'sqlite:///{tmp_path / 'q.sqlite'}', 'check'])\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print('QT:', loaded)\n"
        "sys.exit(status)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(SRC), "DIASPORA_GRANTS_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "QT: []" in result.stdout


def test_postgresql_backup_uses_pg_dump(postgres_url: str, tmp_path: Path) -> None:
    require_or_skip(shutil.which("pg_dump") is not None, "pg_dump (PostgreSQL client tools)")
    assert run_cli("--db", postgres_url, "init", home=tmp_path).returncode == 0
    result = run_cli("--db", postgres_url, "backup", "--out", str(tmp_path / "team.dump"), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "team.dump").read_bytes().startswith(b"PGDMP")
