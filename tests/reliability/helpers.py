"""Shared helpers of the reliability tests: a private workspace folder and direct file checks."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from diaspora_grants.domain.enums import Counting, Reach
from diaspora_grants.services.indicators import IndicatorInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.projects import ProjectInput
from diaspora_grants.services.registry import Services
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


@dataclass(frozen=True)
class SmallProgramme:
    programme_id: int
    project_id: int
    partner_id: int
    people_id: int  # unique people reached, disaggregated by sex and age
    sessions_id: int  # a plain count, one cell per location
    q1_id: int
    q2_id: int
    location_ids: tuple[int, ...]


def small_programme(services: Services) -> SmallProgramme:
    """One programme (FUZZ), one project (FUZZ-P1) in two places, two indicators, two quarters of 2022."""
    partner = services.organisations.create(OrganisationInput(name="Fuzz partner", hq_country="SN"))
    programme = services.programmes.create(
        ProgrammeInput(
            code="FUZZ", name="Fuzz", start_date=dt.date(2022, 1, 1), end_date=dt.date(2022, 12, 31)
        )
    )
    people = services.indicators.create(
        programme.id,
        IndicatorInput(
            code="IND-01",
            name="People",
            counting=Counting.UNIQUE_PEOPLE,
            reach=Reach.DIRECT,
            disaggregated=True,
        ),
    )
    sessions = services.indicators.create(programme.id, IndicatorInput(code="IND-02", name="Sessions", disaggregated=False))
    q1 = services.periods.create(programme.id, "2022-Q1", dt.date(2022, 1, 1), dt.date(2022, 3, 31))
    q2 = services.periods.create(programme.id, "2022-Q2", dt.date(2022, 4, 1), dt.date(2022, 6, 30))
    project = services.projects.create(
        ProjectInput(
            code="FUZZ-P1", title="Fuzz", programme_id=programme.id, partner_id=partner.id, country="SN"
        )
    )
    places = tuple(services.projects.add_location(project.id, name).id for name in ("Dakar", "Thiès"))
    return SmallProgramme(programme.id, project.id, partner.id, people.id, sessions.id, q1.id, q2.id, places)
