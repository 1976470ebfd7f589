"""A SQLite file is single-user and says so; passwords of team databases live in the keyring only."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy.engine import make_url

from diaspora_grants.__main__ import main
from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.domain.enums import AccessRole, Action
from diaspora_grants.domain.errors import DatabaseUnavailableError, TeamModeError
from diaspora_grants.services.access import AccessService
from diaspora_grants.services.credentials import KEYRING_SERVICE, store_password, with_stored_password
from diaspora_grants.services.people import PeopleService
from diaspora_grants.services.startup import open_workspace
from tests.cli.runner import run_cli
from tests.conftest import make_services
from tests.team.memory_keyring import MemoryKeyring

TEAM_URL = "postgresql+psycopg://alice@db.example.org:5433/grants?sslmode=verify-full"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def sqlite_database(sqlite_url: str) -> Iterator[Database]:
    database = Database(sqlite_url)
    upgrade_to_head(database)
    yield database
    database.dispose()


def test_a_sqlite_file_refuses_people_in_one_line(sqlite_database: Database, tmp_path: Path) -> None:
    people = PeopleService(make_services(sqlite_database, tmp_path).context)
    for attempt in (people.find, lambda: people.add("alice", "Alice"), people.setup):
        with pytest.raises(TeamModeError) as refused:
            attempt()
        assert str(refused.value).startswith(
            "team mode needs a PostgreSQL database: a SQLite file is single-user"
        )
        assert "\n" not in str(refused.value)


def test_on_a_sqlite_file_its_one_user_may_do_everything(sqlite_database: Database, tmp_path: Path) -> None:
    access = AccessService(make_services(sqlite_database, tmp_path, user="amira").context)
    for action in Action:
        allowed = access.allowed(action, 1)
        assert allowed and allowed.reason == "a single-user database file: amira may do everything"
    assert not access.identity().team_mode


def test_a_sqlite_workspace_records_the_system_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIASPORA_GRANTS_HOME", str(tmp_path))
    monkeypatch.delenv("DIASPORA_GRANTS_USER", raising=False)
    monkeypatch.setattr("getpass.getuser", lambda: "amira")
    workspace = open_workspace(str(tmp_path / "one.sqlite"), daily=False)
    try:
        assert workspace.services.context.user == "amira"
    finally:
        workspace.close()


def test_users_commands_refuse_a_sqlite_file_without_creating_it(tmp_path: Path) -> None:
    path = tmp_path / "single.sqlite"
    for args in (("users", "list"), ("users", "add", "alice"), ("users", "grant", "alice", "viewer")):
        result = run_cli("--db", str(path), *args, home=tmp_path)
        assert result.returncode == 1
        assert result.stderr.splitlines() == [
            "diaspora-grants: team mode needs a PostgreSQL database: a SQLite file is single-user, and its "
            "user may do everything (give --db postgresql+psycopg://user@host/name)"
        ]
    assert not path.exists()


def test_the_password_comes_from_the_keyring_and_is_never_shown(memory_keyring: MemoryKeyring) -> None:
    entry = store_password(TEAM_URL, "s3cret-pw")
    url = with_stored_password(TEAM_URL)
    database = Database(url)
    try:
        assert entry == "alice@db.example.org:5433/grants"
        assert memory_keyring.entries == {(KEYRING_SERVICE, entry): "s3cret-pw"}
        assert url.password == "s3cret-pw" and url.query == {"sslmode": "verify-full"}
        assert "s3cret-pw" not in database.display_url()
    finally:
        database.dispose()


def test_a_url_shown_with_its_password_hidden_finds_the_kept_one(memory_keyring: MemoryKeyring) -> None:
    """A recent database saved as the app shows it (password '***') still opens."""
    store_password(TEAM_URL, "s3cret-pw")
    shown = make_url(TEAM_URL).set(password="***").render_as_string(hide_password=False)
    assert with_stored_password(shown).password == "s3cret-pw"


def test_without_a_keyring_the_connection_goes_on_without_a_password() -> None:
    # The test session runs with keyring's "fail" backend: no keyring at all on this machine.
    assert with_stored_password(TEAM_URL).password is None


def test_login_keeps_no_password_it_could_not_check(
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DIASPORA_GRANTS_HOME", str(tmp_path))
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong-server-pw\n"))
    status = main(["--db", "postgresql+psycopg://alice@127.0.0.1:1/grants", "login", "--password-stdin"])
    error = capsys.readouterr().err
    assert status == 1
    assert error.startswith(
        "diaspora-grants: cannot connect to postgresql+psycopg://alice:***@127.0.0.1:1/grants"
    )
    assert "wrong-server-pw" not in error
    assert memory_keyring.entries == {}


def test_a_kept_password_is_never_written_to_the_log(
    memory_keyring: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIASPORA_GRANTS_HOME", str(tmp_path))
    store_password("postgresql+psycopg://alice@127.0.0.1:1/grants", "kept-pw-123")
    with pytest.raises(DatabaseUnavailableError) as refused:
        open_workspace("postgresql+psycopg://alice@127.0.0.1:1/grants")
    for handler in logging.getLogger("diaspora_grants").handlers:
        handler.flush()
    logs = "".join(p.read_text() for p in (tmp_path / "logs").glob("*"))
    assert "kept-pw-123" not in logs + str(refused.value)
    assert "alice:***@127.0.0.1" in str(refused.value)


def test_roles_have_labels_people_read() -> None:
    from diaspora_grants.domain.labels import label

    assert [label(r) for r in AccessRole] == [
        "Administrator",
        "Programme manager",
        "M&E officer",
        "Finance officer",
        "Reviewer",
        "Viewer",
    ]
