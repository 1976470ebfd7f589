"""Programs started together on one database, each the first of the day: every one takes or finds the
day's backup and runs; none fails with "disk I/O error" because another removed the copy it was writing.

Cause found: the daily backup of processes started in the same second had one name, so they wrote one
partial file, and each removed the other's file and journal under it (SQLite: disk I/O error, or
"attempt to write a readonly database"). Each copy now has a partial file of its own.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from diaspora_grants.db.backup import list_backups
from tests.reliability.conftest import Ledger
from tests.reliability.helpers import cli_command, cli_env, integrity, run_cli

SCENARIO = "programs started together"
ROUNDS = 4
TOGETHER = 4


@pytest.mark.scenario(SCENARIO)
def test_programs_started_together_each_run_and_one_daily_backup_is_sound(
    tmp_path: Path, ledger: Ledger
) -> None:
    seed = tmp_path / "seed.sqlite"
    assert run_cli("--db", str(seed), "init", home=tmp_path / "seed-home").returncode == 0
    failures = []
    for round_number in range(ROUNDS):
        home = tmp_path / f"round-{round_number}"
        home.mkdir()
        database = home / "grants.sqlite"
        shutil.copy(seed, database)
        started = [
            subprocess.Popen(
                cli_command("--db", str(database), "check"),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=cli_env(home),
            )
            for _ in range(TOGETHER)
        ]
        for process in started:
            _, stderr = process.communicate(timeout=120)
            if process.returncode != 0 and "busy" not in stderr:
                failures.append(stderr.strip())
        backups = [b.path for b in list_backups(home / "backups", "grants") if b.tag == "daily"]
        assert backups and all(integrity(b) == "ok" for b in backups)
        assert not [p.name for p in (home / "backups").iterdir() if ".partial" in p.name]
        ledger.add(SCENARIO, cases=TOGETHER)
    assert failures == []
