"""`diaspora-grants users` on a team's PostgreSQL database, as an administrator runs it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.domain.errors import DatabaseUnavailableError
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.startup import open_workspace
from tests.cli.runner import run_cli
from tests.conftest import make_services

pytestmark = pytest.mark.postgres


@pytest.fixture
def server(postgres_url: str, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """An initialised team database with one programme, and a prefix for the logins of this test."""
    database = Database(postgres_url)
    upgrade_to_head(database)
    make_services(database, tmp_path).programmes.create(
        ProgrammeInput(code="BHA", name="BHA", start_date=dt.date(2022, 1, 1), end_date=dt.date(2022, 12, 31))
    )
    database.dispose()
    prefix = f"u{uuid.uuid4().hex[:6]}_"
    yield postgres_url, prefix
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        logins = connection.execute(
            text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :p)"), {"p": prefix}
        ).scalars()
        for login in list(logins):
            connection.execute(text(f'DROP OWNED BY "{login}"'))
            connection.execute(text(f'DROP ROLE "{login}"'))
    admin.dispose()


def as_person(url: str, login: str) -> str:
    return make_url(url).set(username=login).render_as_string(hide_password=False)


def login_exists(url: str, login: str) -> bool:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return bool(
                connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}).first()
            )
    finally:
        engine.dispose()


def test_an_administrator_adds_grants_lists_revokes_and_removes(
    server: tuple[str, str], tmp_path: Path
) -> None:
    url, prefix = server
    amira = f"{prefix}amira"

    added = run_cli(
        "--db", url, "users", "add", amira, "--name", "Amira", "--password-stdin", home=tmp_path, input="pw\n"
    )
    granted = run_cli(
        "--db", url, "users", "grant", amira, "programme-manager", "--programme", "BHA", home=tmp_path
    )
    listed = run_cli("--db", url, "users", "list", home=tmp_path)
    revoked = run_cli(
        "--db", url, "users", "revoke", amira, "programme-manager", "--programme", "BHA", home=tmp_path
    )
    removed = run_cli("--db", url, "users", "remove", amira, home=tmp_path)

    for result in (added, granted, listed, revoked, removed):
        assert result.returncode == 0, result.stderr
    assert granted.stdout.strip() == f"{amira}: programme manager of BHA"
    assert f"{amira}  Amira  programme manager of BHA" in listed.stdout
    assert revoked.stdout.strip() == f"{amira}: no role"
    assert removed.stdout.strip() == f"removed {amira}"
    assert not login_exists(url, amira)
    assert "pw" not in added.stdout + added.stderr


def test_an_administrator_who_is_not_the_owner_manages_people(
    server: tuple[str, str], tmp_path: Path
) -> None:
    url, prefix = server
    admin, nadia = f"{prefix}admin", f"{prefix}nadia"
    assert run_cli("--db", url, "users", "add", admin, home=tmp_path).returncode == 0
    assert run_cli("--db", url, "users", "grant", admin, "administrator", home=tmp_path).returncode == 0

    added = run_cli("--db", as_person(url, admin), "users", "add", nadia, home=tmp_path)
    granted = run_cli(
        "--db", as_person(url, admin), "users", "grant", nadia, "viewer", "--programme", "BHA", home=tmp_path
    )

    assert added.returncode == 0, added.stderr
    assert granted.stdout.strip() == f"{nadia}: viewer of BHA"


def test_people_who_are_not_administrators_are_refused_in_one_line(
    server: tuple[str, str], tmp_path: Path
) -> None:
    url, prefix = server
    manager = f"{prefix}manager"
    run_cli("--db", url, "users", "add", manager, home=tmp_path)
    run_cli("--db", url, "users", "grant", manager, "programme-manager", "--programme", "BHA", home=tmp_path)

    result = run_cli("--db", as_person(url, manager), "users", "add", f"{prefix}friend", home=tmp_path)

    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"diaspora-grants: {manager} may not manage people and their roles in any programme:"
        " only administrators may"
    ]
    assert not login_exists(url, f"{prefix}friend")


def test_a_role_needs_its_place(server: tuple[str, str], tmp_path: Path) -> None:
    url, prefix = server
    login = f"{prefix}rev"
    run_cli("--db", url, "users", "add", login, home=tmp_path)
    reviewer = run_cli("--db", url, "users", "grant", login, "reviewer", "--programme", "BHA", home=tmp_path)
    unknown = run_cli("--db", url, "users", "grant", login, "viewer", "--programme", "NOPE", home=tmp_path)
    assert reviewer.returncode == unknown.returncode == 1
    assert "a reviewer is assigned to a call: name it (--call REFERENCE)" in reviewer.stderr
    assert unknown.stderr.strip() == "diaspora-grants: programme NOPE does not exist"


def test_a_person_is_told_the_owner_upgrades_the_database(
    server: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, prefix = server
    person = f"{prefix}officer"
    assert run_cli("--db", url, "users", "add", person, home=tmp_path).returncode == 0
    engine = create_engine(url)
    with engine.begin() as connection:  # as if this version of the app were newer than the database
        connection.execute(text("UPDATE alembic_version SET version_num = '0002'"))
    engine.dispose()
    monkeypatch.setenv("DIASPORA_GRANTS_HOME", str(tmp_path))

    with pytest.raises(DatabaseUnavailableError) as refused:
        open_workspace(as_person(url, person))

    assert str(refused.value).endswith(
        "which only its owner may run: ask your administrator to open it with this version first"
    )


def test_the_owner_refreshes_the_rules_and_a_person_may_not(server: tuple[str, str], tmp_path: Path) -> None:
    url, prefix = server
    person = f"{prefix}viewer"
    run_cli("--db", url, "users", "add", person, home=tmp_path)

    owner = run_cli("--db", url, "users", "setup", home=tmp_path)
    refused = run_cli("--db", as_person(url, person), "users", "setup", home=tmp_path)

    assert (owner.returncode, owner.stdout.strip()) == (0, "team-mode rules installed")
    assert refused.returncode == 1
    assert refused.stderr.splitlines() == [
        f"diaspora-grants: {person} may not install the server's rules: only the database's owner may"
    ]
