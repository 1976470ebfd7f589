"""The database, its backups and the logs are readable by their owner only, and no log line (nor
any message on screen) ever holds a PostgreSQL password."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from diaspora_grants.logging_setup import LOG_NAME, hide_passwords, setup_logging
from diaspora_grants.services.maintenance import restore_into
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.startup import open_workspace
from tests.reliability.conftest import Ledger
from tests.reliability.helpers import mode, run_cli

pytestmark = pytest.mark.scenario("private files, no passwords in logs")

PASSWORD = "Zq7-s3cret-Pw"


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The usual desktop umask: without care every new file would be readable by everyone."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loose_umask: None) -> Path:
    monkeypatch.setenv("DIASPORA_GRANTS_HOME", str(tmp_path))
    monkeypatch.delenv("DIASPORA_GRANTS_DB", raising=False)
    return tmp_path


def test_database_backups_and_logs_are_owner_only(home: Path, ledger: Ledger) -> None:
    database = home / "grants.sqlite"
    workspace = open_workspace(str(database), user="amina")
    workspace.services.organisations.create(OrganisationInput(name="Diaspora Vision", hq_country="GH"))
    manual = workspace.services.maintenance.backup(home / "manual.sqlite")
    workspace.close()
    daily = open_workspace(str(database), user="amina").daily_backup
    assert daily is not None
    restore_into(str(database), manual)
    before_restore = next((home / "backups").glob("grants.before-restore.*.sqlite"))

    files = [database, manual, daily, before_restore, home / "logs" / LOG_NAME]
    files += [p for p in home.glob("grants.sqlite-*")]  # -wal and -shm while open
    loose = {str(p.relative_to(home)): oct(mode(p)) for p in files if mode(p) != 0o600}
    ledger.add("private files, no passwords in logs", cases=len(files))
    assert loose == {}
    assert mode(home / "logs") == 0o700 and mode(home / "backups") == 0o700


def test_a_rotated_log_starts_owner_only(home: Path) -> None:
    path = setup_logging(home / "logs")
    handler = next(h for h in logging.getLogger("diaspora_grants").handlers if hasattr(h, "doRollover"))
    logging.getLogger("diaspora_grants.test").info("before the rotation")
    handler.doRollover()  # type: ignore[attr-defined]
    logging.getLogger("diaspora_grants.test").info("after the rotation")
    assert mode(path) == 0o600
    assert mode(path.with_name(LOG_NAME + ".1")) == 0o600


@pytest.mark.parametrize(
    "text",
    [
        f"postgresql+psycopg://grants:{PASSWORD}@db.example.org:5432/grants",
        f"postgresql://grants:{PASSWORD}@10.0.0.1/grants?sslmode=require",
        f"host=db user=grants password={PASSWORD} dbname=grants",
        f"connection failed: password='{PASSWORD}' is wrong",
    ],
)
def test_passwords_are_hidden_in_any_form(text: str) -> None:
    hidden = hide_passwords(text)
    assert PASSWORD not in hidden and "***" in hidden


def test_a_failed_connection_logs_no_password(home: Path, ledger: Ledger) -> None:
    url = f"postgresql+psycopg://grants:{PASSWORD}@127.0.0.1:1/grants"
    result = run_cli("--db", url, "check", home=home)

    log = (home / "logs" / LOG_NAME).read_text(encoding="utf-8")
    leaked = PASSWORD in log or PASSWORD in result.stderr or PASSWORD in result.stdout
    ledger.add("private files, no passwords in logs", lost=int(leaked))
    assert not leaked
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    assert "cannot open postgresql+psycopg://grants:***@127.0.0.1:1/grants" in result.stderr
    assert "grants:***@127.0.0.1" in log


@pytest.mark.postgres
def test_check_on_postgresql_logs_no_password(home: Path, postgres_url: str, ledger: Ledger) -> None:
    url = make_url(postgres_url).set(password=PASSWORD).render_as_string(hide_password=False)
    result = run_cli("--db", url, "check", home=home)
    traced = run_cli(
        "--db",
        url,
        "export",
        "report",
        "--programme",
        "NONE",
        "--from",
        "2022-01-01",
        "--to",
        "2022-03-31",
        "--out",
        str(home / "r.xlsx"),
        home=home,
    )

    log = (home / "logs" / LOG_NAME).read_text(encoding="utf-8")
    outputs = result.stdout + result.stderr + traced.stdout + traced.stderr
    leaked = PASSWORD in log or PASSWORD in outputs
    ledger.add("private files, no passwords in logs", lost=int(leaked))
    assert not leaked
    assert result.returncode == 0, result.stderr
    assert traced.returncode == 1, traced.stderr
    assert ":***@" in log, "the log names the database, without its password"


def test_a_traceback_in_the_log_holds_no_password(home: Path) -> None:
    path = setup_logging(home / "logs")
    try:
        raise RuntimeError(f"could not reach postgresql://grants:{PASSWORD}@db/grants")
    except RuntimeError:
        logging.getLogger("diaspora_grants.test").exception("failed with %s", "details")
    assert PASSWORD not in path.read_text(encoding="utf-8")
