"""Two programs, one partner record: in every round both read it, then both save at once. Exactly one
save wins; the other is refused naming the winner; the final record holds exactly the winner's change.

A SQLite file locked by another program for longer than the busy timeout is reported in one plain line.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from diaspora_grants.db.engine import BUSY_TIMEOUT_MS, Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.db.models import AuditEntry
from diaspora_grants.services.organisations import OrganisationInput
from tests.conftest import make_services
from tests.reliability.conftest import Ledger
from tests.reliability.helpers import cli_env, run_cli

ROUNDS = 12
SCENARIO = "two processes edit one record"

#: An editor: reads the record when told "read", saves its own phone number when told "save".
EDITOR = """
import dataclasses, json, sys
from pathlib import Path
from diaspora_grants.db.engine import Database
from diaspora_grants.domain.errors import ConflictError
from diaspora_grants.services.context import ServiceContext
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.registry import Services

url, user, record_id = sys.argv[1], sys.argv[2], int(sys.argv[3])
database = Database(url)
services = Services(ServiceContext(database=database, user=user, documents_dir=Path(".")))
names = [f.name for f in dataclasses.fields(OrganisationInput)]
opened = None
for line in sys.stdin:
    command, _, value = line.strip().partition(" ")
    if command == "read":
        opened = services.organisations.get(record_id)
        print(json.dumps({"read": opened.version}), flush=True)
    elif command == "save":
        data = OrganisationInput(**{n: getattr(opened, n) for n in names})
        try:
            saved = services.organisations.update(
                record_id, dataclasses.replace(data, phone=value), expected_version=opened.version
            )
            print(json.dumps({"saved": saved.version}), flush=True)
        except ConflictError as error:
            print(json.dumps({"refused": error.changed_by, "message": error.message}), flush=True)
database.dispose()
"""


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shared_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'shared.sqlite'}"
    return str(request.getfixturevalue("postgres_url"))


class Editor:
    def __init__(self, url: str, user: str, record_id: int, home: Path) -> None:
        self.user = user
        self.process = subprocess.Popen(
            [sys.executable, "-c", EDITOR, url, user, str(record_id)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(home, user),
        )

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def answer(self) -> dict[str, object]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError(
                f"{self.user}'s program ended: {self.process.stderr.read() if self.process.stderr else ''}"
            )
        return dict(json.loads(line))

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture
def editors(shared_url: str, tmp_path: Path) -> Iterator[tuple[Database, int, Editor, Editor]]:
    database = Database(shared_url)
    upgrade_to_head(database)
    record = make_services(database, tmp_path, "setup").organisations.create(
        OrganisationInput(name="Afrika Diaspora Netzwerk", hq_country="DE")
    )
    amina = Editor(shared_url, "amina", record.id, tmp_path)
    bruno = Editor(shared_url, "bruno", record.id, tmp_path)
    yield database, record.id, amina, bruno
    amina.close()
    bruno.close()
    database.dispose()


@pytest.mark.scenario(SCENARIO)
def test_simultaneous_saves_one_wins_the_other_is_told_who(
    editors: tuple[Database, int, Editor, Editor], tmp_path: Path, ledger: Ledger
) -> None:
    database, record_id, amina, bruno = editors
    services = make_services(database, tmp_path, "checker")
    unnamed: list[str] = []
    for round_number in range(1, ROUNDS + 1):
        for editor in (amina, bruno):
            editor.send("read")
        assert amina.answer() == bruno.answer() == {"read": round_number}
        for editor in (amina, bruno):  # as close together as two programs can be
            editor.send(f"save +{round_number:02d}-{editor.user}")
        answers = {editor.user: editor.answer() for editor in (amina, bruno)}

        winners = [user for user, answer in answers.items() if "saved" in answer]
        losers = [user for user, answer in answers.items() if "refused" in answer]
        final = services.organisations.get(record_id)
        lost = len(winners) != 1 or final.phone != f"+{round_number:02d}-{winners[0]}"
        ledger.add(SCENARIO, lost=int(lost))
        assert len(winners) == 1 and len(losers) == 1, answers
        assert not lost, f"round {round_number}: {answers}; the record says {final.phone}"
        assert final.version == round_number + 1 and final.updated_by == winners[0]
        refusal = answers[losers[0]]
        if refusal["refused"] != winners[0]:
            unnamed.append(f"round {round_number}: {refusal['message']}")
        else:
            assert f"changed by {winners[0]} at" in str(refusal["message"])

    with database.session(user="checker", write=False) as session:
        trail = session.scalars(
            select(AuditEntry.user_name).where(
                AuditEntry.table_name == "organisations", AuditEntry.field == "phone"
            )
        ).all()
    assert len(trail) == ROUNDS, "one audit entry per saved change, none for a refused save"
    assert unnamed == []


@pytest.mark.scenario("database locked by another program")
def test_a_database_locked_past_the_busy_timeout_is_one_plain_line(tmp_path: Path) -> None:
    path = tmp_path / "grants.sqlite"
    assert run_cli("--db", str(path), "init", home=tmp_path).returncode == 0
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(60)\n",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        result = run_cli("--db", str(path), "demo", home=tmp_path)
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()

    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    assert "busy" in result.stderr and "another program" in result.stderr
    assert waited >= BUSY_TIMEOUT_MS / 1000, "it waited for the lock before giving up"
    again = run_cli("--db", str(path), "check", home=tmp_path)
    assert again.returncode == 0, again.stderr
