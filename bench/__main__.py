"""python -m bench [--scale smoke|full] [--json-out PATH] [--keep]: the scale figures of the product.

Smoke scale only proves the harness works (exit 0 even if a target fails); full scale exits 1 when
a target fails.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .figures import Figure, bulk_insert_figure, headline_figure
from .generate import SCALES, Scale, generate_frame
from .gui_figures import gui_figures
from .import_figure import import_figures
from .narrative_figure import narrative_figure
from .stall_figures import sqlite_figures as sqlite_stall_figures
from .workbook_figures import donor_workbook_figures

DEFAULT_OUT = Path(__file__).with_name("results") / "latest.json"


def run(scale: Scale, workdir: Path) -> dict[str, Any]:
    from diaspora_grants.db.engine import Database
    from diaspora_grants.db.migrate import upgrade_to_head
    from diaspora_grants.services.context import ServiceContext
    from diaspora_grants.services.registry import Services

    db_path = workdir / "bench.sqlite"
    database = Database(f"sqlite:///{db_path}")
    upgrade_to_head(database)
    services = Services(ServiceContext(database=database, user="bench", documents_dir=workdir / "documents"))
    load_before = os.getloadavg()
    started = time.perf_counter()
    generated = generate_frame(services, scale)
    frame_s = time.perf_counter() - started
    try:
        figures: list[Figure] = [
            bulk_insert_figure(services, generated, db_path, workdir / "baseline.sqlite")
        ]
        headline, headlines = headline_figure(services, generated, db_path)
        figures.append(headline)
        workbook, contenders = donor_workbook_figures(
            f"sqlite:///{db_path}", workdir, repeats=scale.workbook_rounds
        )
        figures += workbook
        figures.append(narrative_figure(services, generated, workdir)[0])
        imported, import_facts = import_figures(services, scale, generated, workdir)  # last: it adds cells
        figures += imported
        figures += gui_figures(db_path, workdir)[0]  # last: it adds audit entries
        # With those audit entries: the Audit page's searches run over all of them.
        figures += sqlite_stall_figures(db_path, workdir / "gui-stall", "the scale database")[0]
    finally:
        database.dispose()
    return {
        "scale": scale.name,
        "counts": {
            "programmes": len(generated.programmes),
            "partners": scale.partners,
            "projects": len(generated.projects),
            "result_cells": len(generated.cells),
            "expenditures": scale.expenditures,
            "tranches": scale.tranches,
        },
        "frame_generated_in_s": round(frame_s, 2),
        "people_reached": {
            code: int(value) if value is not None else None for code, value in headlines.items()
        },
        "donor_workbook_contenders": [c.as_dict() for c in contenders],
        "import": import_facts,
        "figures": [f.as_dict() for f in figures],
        "passed": all(f.passed for f in figures),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            # Other work on the machine slows every figure; ratios suffer less than seconds.
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
        },
    }


def print_table(report: dict[str, Any]) -> None:
    headers = ("figure", "ours", "baseline", "ratio", "target", "result", "baseline is")
    rows = [
        (
            f["figure"],
            f"{f['ours']:.3f} {f['unit']}",
            f"{f['baseline']:.3f} {f['unit']}",
            f"{f['ratio']:.2f}x",
            f["target"],
            "pass" if f["passed"] else "FAIL",
            f["baseline_name"],
        )
        for f in report["figures"]
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    print(f"scale {report['scale']}: " + ", ".join(f"{k} {v:,}" for k, v in report["counts"].items()))
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    for c in report["donor_workbook_contenders"]:
        print(
            f"  {c['contender']:<10} {c['seconds']:8.2f} s  peak RSS {c['peak_rss_mb']:7.1f} MB  "
            f"{c['reach_rows']:,} Reach rows ({c['reach_cells']:,} cells)"
        )
    print(f"import: {report['import']['rows']:,} Results rows, {report['import']['created']:,} created")
    machine = report["machine"]
    print(
        f"machine: {machine['cpus']} CPUs, load average {machine['load_average_before'][0]} before, "
        f"{machine['load_average_after'][0]} after"
    )
    print(
        "people reached (direct, unique): "
        + ", ".join(f"{k} {v:,}" for k, v in report["people_reached"].items())
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--scale", choices=sorted(SCALES), default="full")
    parser.add_argument("--json-out", type=Path, default=DEFAULT_OUT, metavar="PATH")
    parser.add_argument(
        "--keep", action="store_true", help="keep the generated database and print where it is"
    )
    args = parser.parse_args(argv)
    scale = SCALES[args.scale]
    workdir = Path(tempfile.mkdtemp(prefix="diaspora-bench-"))
    try:
        report = run(scale, workdir)
    finally:
        if args.keep:
            print(f"database kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    print_table(report)
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"written to {args.json_out}")
    if not report["passed"]:
        print(
            "FAIL: a target was missed"
            + (" (smoke scale: harness check only)" if scale.name == "smoke" else "")
        )
        return 1 if scale.name == "full" else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
