"""Shared fixtures: a fresh database per test on SQLite, and on PostgreSQL when one is configured.

PostgreSQL tests use the server named by DIASPORA_GRANTS_TEST_PG (CI starts one). On a user's
machine without it they skip with the reason shown; in CI (CI=true) its absence fails them.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the machine's real keyring, in this process or in the commands it starts: tests that need
# one install an in-memory keyring (tests/team/memory_keyring.py).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.services.context import ServiceContext
from diaspora_grants.services.registry import Services

PG_ENV = "DIASPORA_GRANTS_TEST_PG"
TODAY = dt.date(2022, 9, 15)


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_or_skip(available: bool, what: str) -> None:
    """Skip on a user's machine with a visible reason; fail in CI, where everything must be there."""
    if available:
        return
    if in_ci():
        pytest.fail(f"{what} is required in CI but is not available", pytrace=False)
    pytest.skip(f"{what} is not available on this machine")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'grants.sqlite'}"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A throwaway database on the test server, dropped afterwards."""
    yield from _throwaway_postgres()


@pytest.fixture(scope="module")
def postgres_url_module() -> Iterator[str]:
    """The same, shared by the tests of one module (for data that takes long to load)."""
    yield from _throwaway_postgres()


def _throwaway_postgres() -> Iterator[str]:
    server = os.environ.get(PG_ENV)
    require_or_skip(bool(server), f"PostgreSQL ({PG_ENV})")
    assert server is not None
    name = f"dg_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    base, _, _ = server.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            drop_group_roles(connection, name)
        admin.dispose()


def drop_group_roles(connection: Connection, database: str) -> None:
    """Team mode gives each database its group roles, which outlive it (roles belong to the server)."""
    groups = connection.execute(
        text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :prefix) AND NOT rolcanlogin"),
        {"prefix": f"{database}_"},
    ).scalars()
    for group in list(groups):
        connection.execute(text(f'DROP ROLE "{group}"'))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    fixture = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return str(request.getfixturevalue(fixture))


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = Database(database_url)
    upgrade_to_head(db)
    yield db
    db.dispose()


def make_services(database: Database, tmp_path: Path, user: str = "tester") -> Services:
    context = ServiceContext(
        database=database, user=user, documents_dir=tmp_path / "documents", today=lambda: TODAY
    )
    return Services(context)


@pytest.fixture
def services(database: Database, tmp_path: Path) -> Services:
    """All services on a fresh database (SQLite and PostgreSQL), as user 'tester', on 2022-09-15."""
    return make_services(database, tmp_path)


def pytest_addoption(parser: pytest.Parser) -> None:
    # Here rather than in tests/reliability: an option of a whole run (CI passes it to `make test`).
    parser.addoption(
        "--reliability-report",
        action="store_true",
        help="print the reliability table (scenario, cases run, failures, data lost) at the end",
    )
