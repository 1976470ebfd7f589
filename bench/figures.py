"""The measured figures: ours against a baseline measured in the same run, with the target ratio."""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diaspora_grants.services.registry import Services

from .generate import Generated


@dataclass(frozen=True)
class Figure:
    """Ours against a baseline measured in the same run: seconds, or megabytes of peak RSS.

    Without `max_ratio` the ratio is only reported (e.g. against a practical floor)."""

    name: str
    ours: float
    baseline: float
    max_ratio: float | None
    max_ours: float | None = None
    unit: str = "s"
    baseline_name: str = ""

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline > 0 else float("inf")

    @property
    def target(self) -> str:
        if self.max_ratio is None:
            return "reported"
        limit = f"<= {self.max_ratio:g}x baseline"
        return limit + (f" and <= {self.max_ours:g} {self.unit}" if self.max_ours is not None else "")

    @property
    def passed(self) -> bool:
        small_enough = self.max_ours is None or self.ours <= self.max_ours
        return (self.max_ratio is None or self.ratio <= self.max_ratio) and small_enough

    def as_dict(self) -> dict[str, Any]:
        return {
            "figure": self.name,
            "unit": self.unit,
            "ours": round(self.ours, 4),
            "baseline": round(self.baseline, 4),
            "baseline_name": self.baseline_name,
            "ratio": round(self.ratio, 3),
            "target": self.target,
            "passed": self.passed,
        }


def timed(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def median_time(action: Callable[[], Any], repeats: int = 3) -> float:
    return statistics.median(timed(action) for _ in range(repeats))


def bulk_insert_figure(
    services: Services, generated: Generated, db_path: Path, baseline_path: Path
) -> Figure:
    """Our bulk path against plain sqlite3 executemany of the same rows into an identical table."""
    ours = timed(lambda: services.results.bulk_insert(generated.cells))
    baseline = _plain_executemany(db_path, baseline_path, generated.cells)
    return Figure(
        "bulk insert of result cells", ours, baseline, max_ratio=2.0, baseline_name="sqlite3 executemany"
    )


def _plain_executemany(db_path: Path, baseline_path: Path, rows: list[tuple[Any, ...]]) -> float:
    source = sqlite3.connect(db_path)
    ddl = [
        sql
        for (sql,) in source.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'results' AND sql IS NOT NULL ORDER BY type DESC"
        )
    ]
    source.close()
    target = sqlite3.connect(baseline_path, isolation_level=None)
    target.execute("PRAGMA journal_mode = WAL")
    target.execute("PRAGMA synchronous = NORMAL")
    for statement in ddl:
        target.execute(statement)
    stamp = "'2022-01-01 00:00:00.000000'"
    insert = (
        "INSERT INTO results (project_id, indicator_id, period_id, location_id, population_group, sex, "
        "age_band, value, status, created_at, updated_at, updated_by, version) "
        f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, {stamp}, {stamp}, 'bench', 1)"
    )

    def load() -> None:
        target.execute("BEGIN")
        target.executemany(insert, rows)
        target.execute("COMMIT")

    seconds = timed(load)
    target.close()
    return seconds


def headline_figure(services: Services, generated: Generated, db_path: Path) -> tuple[Figure, dict[str, Any]]:
    """People reached with its explanation, for every programme, against one hand-written GROUP BY
    that sums the same cells (headline and indirect indicators, approved) over the same table into
    the same groups (indicator, project, location)."""
    headlines: dict[str, Any] = {}

    def ours() -> None:
        for programme in generated.programmes:
            report = services.reach.people_reached(programme.id)
            report.describe()
            headlines[programme.code] = report.direct_unique

    wanted = sorted(i for p in generated.programmes for i in (p.headline_id, p.indirect_id) if i is not None)
    query = (
        "SELECT indicator_id, project_id, location_id, SUM(value) FROM results "
        f"WHERE indicator_id IN ({', '.join(map(str, wanted))}) AND status = 'approved' "
        "GROUP BY indicator_id, project_id, location_id"
    )
    connection = sqlite3.connect(db_path)

    def baseline() -> None:
        connection.execute(query).fetchall()

    ours()  # warm the page cache for both alike
    baseline()
    figure = Figure(
        "people reached with explanation",
        median_time(ours),
        median_time(baseline),
        max_ratio=3.0,
        max_ours=1.0,
        baseline_name="one SQL GROUP BY",
    )
    connection.close()
    return figure, headlines
