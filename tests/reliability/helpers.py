"""Shared helpers of the reliability tests: a private workspace folder and direct file checks."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.cli.runner import SRC


def cli_env(home: Path, user: str = "cli-tester") -> dict[str, str]:
    env = {**os.environ, "DIASPORA_GRANTS_HOME": str(home), "DIASPORA_GRANTS_USER": user}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH", "")) if p)
    env.pop("DIASPORA_GRANTS_DB", None)
    env.pop("DIASPORA_GRANTS_KEEP_BACKUPS", None)
    return env


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "diaspora_grants", *args]


def integrity(path: Path) -> str:
    """SQLite's full integrity check of the file as the next program would open it."""
    with sqlite3.connect(path) as connection:
        return "; ".join(str(r[0]) for r in connection.execute("PRAGMA integrity_check"))


def count_rows(path: Path, table: str, where: str = "") -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute(f'SELECT count(*) FROM "{table}" {where}').fetchone()[0])


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def run_cli(
    *args: str, home: Path, env_extra: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """The real command line in a subprocess, with its own data folder."""
    return subprocess.run(
        cli_command(*args),
        capture_output=True,
        text=True,
        env={**cli_env(home), **(env_extra or {})},
        timeout=timeout,
        check=False,
    )
