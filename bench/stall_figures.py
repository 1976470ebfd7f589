"""A window that never freezes: the longest event-loop stall while the pages open and search.

python -m bench.stall_figures [--db SQLITE_PATH] [--pg SERVER_URL] [--delay-ms 100]

`bench.stall_child` runs the app in a fresh process (Qt offscreen, scratch settings and folders)
and goes through every page, opening it and typing in its search box; a 5 ms timer in that
process records the longest gap between its ticks. On SQLite the database is the one given (the
scale database when `python -m bench` runs it) or a new one with the demo programmes; on
PostgreSQL a throwaway database with the demo programmes is made on the server, and the app
reaches it through `bench.latency_proxy`, which adds `--delay-ms` to each round trip.

Targets: the longest stall at most 50 ms on both; over the proxy, each page's data
arrives within 2 s.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .figures import Figure
from .gui_figures import ROOT, app_environment, limit_figure

STALL_MS = 50.0
DATA_S = 2.0


def with_demo(url: str, home: Path) -> None:
    """The demo programmes in a new database at `url`."""
    from diaspora_grants.db.engine import Database
    from diaspora_grants.db.migrate import upgrade_to_head
    from diaspora_grants.demo.loader import load_demo
    from diaspora_grants.services.context import ServiceContext
    from diaspora_grants.services.registry import Services

    database = Database(url)
    try:
        upgrade_to_head(database)
        load_demo(Services(ServiceContext(database=database, user="bench", documents_dir=home / "docs")))
    finally:
        database.dispose()


def measure(database: str, home: Path) -> dict[str, Any]:
    home.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "bench.stall_child", database]
    done = subprocess.run(command, cwd=ROOT, env=app_environment(home), capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"the stall child failed ({done.returncode}):\n{done.stderr[-3000:]}")
    measured: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return measured


def sqlite_figures(db_path: Path, home: Path, what: str) -> tuple[list[Figure], dict[str, Any]]:
    measured = measure(str(db_path), home)
    figures = [
        limit_figure(
            "longest event-loop stall, pages (SQLite)",
            measured["longest_stall_ms"],
            STALL_MS,
            f"every page opened and searched; {what}",
            unit="ms",
        )
    ]
    return figures, measured


@contextmanager
def throwaway_postgres(server: str) -> Iterator[str]:
    """A new database on the server at `server` (an admin URL), dropped afterwards."""
    from sqlalchemy import create_engine, text

    name = f"dg_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    base, _, _ = server.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def postgres_figures(server: str, home: Path, delay_ms: float) -> tuple[list[Figure], dict[str, Any]]:
    from sqlalchemy.engine import make_url

    from diaspora_grants.gui.pages.base import SEARCH_DELAY_MS

    from .latency_proxy import LatencyProxy

    with throwaway_postgres(server) as url:
        with_demo(url, home)
        target = make_url(url)
        with LatencyProxy(target.host or "localhost", target.port or 5432, delay_s=delay_ms / 1000) as proxy:
            far = target.set(host="127.0.0.1", port=proxy.port)
            measured = measure(far.render_as_string(hide_password=False), home)
    what = f"demo programmes, +{delay_ms:g} ms per round trip"
    figures = [
        limit_figure(
            "longest event-loop stall, pages (PostgreSQL)",
            measured["longest_stall_ms"],
            STALL_MS,
            what,
            unit="ms",
        ),
        limit_figure("slowest page data (PostgreSQL)", measured["slowest_open_s"], DATA_S, what),
        Figure(
            "slowest search data (PostgreSQL)",
            measured["slowest_search_s"],
            DATA_S,
            max_ratio=None,
            baseline_name=f"reported; from the key press, the {SEARCH_DELAY_MS} ms typing pause in it",
        ),
        Figure(
            "slowest save, undo or redo (PostgreSQL)",
            measured["slowest_save_s"],
            DATA_S,
            max_ratio=None,
            baseline_name="reported; from the click until the page shows what was done",
        ),
    ]
    return figures, measured


def print_actions(title: str, measured: dict[str, Any]) -> None:
    stall, opened, searched, saved = (
        measured[k] for k in ("longest_stall_ms", "slowest_open_s", "slowest_search_s", "slowest_save_s")
    )
    print(
        f"{title}: longest stall {stall} ms, slowest page data {opened} s, slowest search {searched} s, "
        f"slowest save/undo/redo {saved} s"
    )
    print(f"  (first round, pages built: longest stall {measured['first_round_longest_stall_ms']} ms)")
    print(f"  (idle, nothing to do: longest stall {measured['idle_stall_ms']} ms)")
    for name, action in measured["actions"].items():
        built = measured["first_round"][name]
        print(f"  {name:<22} first round: stall {built['stall_ms']:7.1f} ms   data {built['data_s']:6.3f} s")
        arrived = "" if action["arrived"] else "  (not arrived)"
        print(f"  {name:<22} stall {action['stall_ms']:7.1f} ms   data {action['data_s']:6.3f} s{arrived}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stall_figures", description=__doc__)
    parser.add_argument("--db", type=Path, help="a SQLite database (default: a new one with the demo)")
    parser.add_argument("--pg", help="a PostgreSQL server's admin URL: also measure over the proxy")
    parser.add_argument("--delay-ms", type=float, default=100.0)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="diaspora-stall-"))
    db_path = args.db
    if db_path is None:
        db_path = work / "demo.sqlite"
        with_demo(f"sqlite:///{db_path}", work)
    figures, measured = sqlite_figures(db_path, work / "home-sqlite", "demo programmes")
    print_actions("SQLite", measured)
    if args.pg:
        more, over_proxy = postgres_figures(args.pg, work / "home-pg", args.delay_ms)
        figures += more
        print_actions(f"PostgreSQL +{args.delay_ms:g} ms", over_proxy)
    for figure in figures:
        verdict = "pass" if figure.passed else "FAIL"
        print(f"{figure.name}: {figure.ours:g} {figure.unit} ({figure.target}) {verdict}")
    return 0 if all(f.passed for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
