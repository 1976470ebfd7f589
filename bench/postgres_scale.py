"""A team's database at full scale: people reached and the Results and Audit pages' reads on
PostgreSQL, with the bench's 1,000,000 result cells.

python -m bench.postgres_scale --pg SERVER_URL [--scale full]

A throwaway database is made on the server (an admin URL, like the tests' one), filled by the same
generator as `python -m bench` and dropped afterwards. Figures, each the median of three:
people reached with its explanation for each programme (target: at most 1 s), and what the Results
table and the Audit page ask when they open (a count and a first page), without and with a search.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .figures import median_time
from .generate import SCALES, generate_frame
from .stall_figures import throwaway_postgres

#: The longest people reached may take on a team's server at full scale, in seconds.
REACH_S = 1.0


def measure(url: str, scale_name: str, home: Path) -> dict[str, Any]:
    from diaspora_grants.db.engine import Database
    from diaspora_grants.db.migrate import upgrade_to_head
    from diaspora_grants.services.context import ServiceContext
    from diaspora_grants.services.registry import Services
    from diaspora_grants.services.result_queries import ResultFilter

    database = Database(url)
    try:
        upgrade_to_head(database)
        services = Services(ServiceContext(database=database, user="bench", documents_dir=home / "documents"))
        generated = generate_frame(services, SCALES[scale_name])
        started = time.perf_counter()
        services.results.bulk_insert(generated.cells)
        loaded_s = time.perf_counter() - started
        reach = {
            p.code: median_time(lambda p=p: services.reach.people_reached(p.id).describe())
            for p in generated.programmes
        }
        first = generated.programmes[0]
        pages = {
            "results table, whole trail": median_time(
                lambda: (services.results.count(), services.results.find(limit=200))
            ),
            "results table, one programme": median_time(
                lambda: (
                    services.results.count(ResultFilter(programme_id=first.id)),
                    services.results.find(ResultFilter(programme_id=first.id), limit=200),
                )
            ),
            "audit page, whole trail": median_time(lambda: (services.audit.count(), services.audit.find())),
            "audit page, a search": median_time(
                lambda: (services.audit.count(search=first.code), services.audit.find(search=first.code))
            ),
        }
    finally:
        database.dispose()
    return {
        "cells": len(generated.cells),
        "loaded_in_s": round(loaded_s, 1),
        "people_reached_s": {code: round(s, 3) for code, s in reach.items()},
        "pages_s": {name: round(s, 3) for name, s in pages.items()},
        "passed": max(reach.values()) <= REACH_S,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.postgres_scale", description=__doc__)
    parser.add_argument("--pg", required=True, metavar="SERVER_URL", help="an admin URL of the server")
    parser.add_argument("--scale", choices=sorted(SCALES), default="full")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dg-bench-pg-") as home, throwaway_postgres(args.pg) as url:
        report = measure(url, args.scale, Path(home))
    slowest = max(report["people_reached_s"].values())
    verdict = "pass" if report["passed"] else "FAIL"
    sys.stdout.write(
        f"people reached on PostgreSQL, {report['cells']:,} cells: {slowest:.3f} s (<= 1 s) {verdict}\n"
    )
    sys.stdout.write(json.dumps(report, indent=2) + "\n")
    return 0 if report["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
