"""The donor workbook against pandas and XlsxWriter, each contender in its own child process.

Peak memory is the child's own peak resident set size (VmHWM, read by the child as it ends; see
workbook_child.peak_rss_kb for why not ru_maxrss), so it includes the interpreter and the imports
(the "rows" contender shows that floor); seconds are timed inside the child around the work only,
not the start-up.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .figures import Figure

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Measured:
    contender: str
    seconds: float
    peak_mb: float
    rows: int
    cells: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "contender": self.contender,
            "seconds": round(self.seconds, 3),
            "peak_rss_mb": round(self.peak_mb, 1),
            "reach_rows": self.rows,
            "reach_cells": self.cells,
        }


def measure(contender: str, db_url: str, out_dir: Path) -> Measured:
    """Run one contender in a fresh interpreter and read its own peak RSS."""
    out_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT / "src"), str(ROOT), *filter(None, [env.get("PYTHONPATH")])]
    )
    log = out_dir / f"{contender}.log"
    with open(log, "wb") as output:
        child = subprocess.Popen(
            [sys.executable, "-m", "bench.workbook_child", contender, db_url, str(out_dir)],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        child.wait()
    text = log.read_text(encoding="utf-8", errors="replace")
    if child.returncode != 0:
        raise RuntimeError(f"contender {contender} failed ({child.returncode}):\n{text[-3000:]}")
    result = json.loads(text.strip().splitlines()[-1])
    return Measured(
        contender, result["seconds"], result["peak_rss_kb"] / 1024, result["rows"], result["cells"]
    )


CONTENDERS = ("rows", "ours", "pandas", "xlsxwriter")


def donor_workbook_figures(
    db_url: str, workdir: Path, repeats: int = 1
) -> tuple[list[Figure], list[Measured]]:
    """Speed and memory against pandas and against XlsxWriter constant_memory (the floor): targets
    <= 0.5x / 0.25x of pandas, <= 1.0x / 1.2x of XlsxWriter.

    With repeats > 1 the contenders run again in the reverse order and each keeps its best time
    and its lowest peak: other work on a shared machine comes and goes during a run."""
    best: dict[str, Measured] = {}
    for round_number in range(repeats):
        order = CONTENDERS if round_number % 2 == 0 else tuple(reversed(CONTENDERS))
        for name in order:
            measured = measure(name, db_url, workdir / "workbooks")
            if name in best:
                earlier = best[name]
                measured = replace(
                    measured,
                    seconds=min(measured.seconds, earlier.seconds),
                    peak_mb=min(measured.peak_mb, earlier.peak_mb),
                )
            best[name] = measured
    runs = {name: best[name] for name in CONTENDERS}
    ours, pandas, floor = runs["ours"], runs["pandas"], runs["xlsxwriter"]
    if not (ours.rows == pandas.rows == floor.rows == runs["rows"].rows):
        raise RuntimeError(f"the contenders wrote different rows: {[m.as_dict() for m in runs.values()]}")
    figures = [
        Figure(
            "donor workbook, time",
            ours.seconds,
            pandas.seconds,
            max_ratio=0.5,
            baseline_name="pandas to_excel (openpyxl), Reach rows",
        ),
        Figure(
            "donor workbook, peak RSS",
            ours.peak_mb,
            pandas.peak_mb,
            max_ratio=0.25,
            unit="MB",
            baseline_name="pandas to_excel (openpyxl), Reach rows",
        ),
        # The whole workbook against XlsxWriter writing the Reach rows alone (the practical floor).
        Figure(
            "donor workbook, time vs floor",
            ours.seconds,
            floor.seconds,
            max_ratio=1.0,
            baseline_name="XlsxWriter constant_memory, Reach rows",
        ),
        Figure(
            "donor workbook, peak RSS vs floor",
            ours.peak_mb,
            floor.peak_mb,
            max_ratio=1.2,
            unit="MB",
            baseline_name="XlsxWriter constant_memory, Reach rows",
        ),
    ]
    return figures, list(runs.values())
