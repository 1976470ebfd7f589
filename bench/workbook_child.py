"""One contender of the donor workbook figure, run alone in a fresh process so that its peak RSS is
its own: python -m bench.workbook_child CONTENDER DATABASE_URL OUT_DIR.

Every contender writes the Reach rows of every programme over its whole duration (so every result
cell of the database is read), reading them from the database through the same streaming query
the workbook uses, and prints one JSON line: seconds, Reach rows and cells written.

- ours: `ExportService.write_donor_report`, the whole workbook (Cover, IPTT, Reach, 5W, ...).
- pandas: the Reach rows (same columns and values) in a DataFrame, then `to_excel` (openpyxl).
- xlsxwriter: the same rows streamed through XlsxWriter in constant_memory mode (the floor).
- rows: only reading the rows (what every contender spends before writing).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from diaspora_grants.db.engine import Database
from diaspora_grants.reporting.donor_workbook import ReachRow
from diaspora_grants.reporting.donor_workbook.columns import Kind, reach_columns
from diaspora_grants.services.context import ServiceContext
from diaspora_grants.services.export_assembly.facts import load_facts
from diaspora_grants.services.export_assembly.reach_rows import ReachSource, stream_reach_rows
from diaspora_grants.services.programmes import ProgrammeView
from diaspora_grants.services.reach_queries import counted_statuses
from diaspora_grants.services.registry import Services


class Run:
    def __init__(self, url: str, out_dir: Path) -> None:
        self.database = Database(url)
        self.services = Services(
            ServiceContext(database=self.database, user="bench", documents_dir=out_dir / "documents")
        )
        self.out_dir = out_dir
        self.programmes: list[ProgrammeView] = sorted(self.services.programmes.find(), key=lambda p: p.code)
        self.rows = 0
        self.cells = 0

    def reach_rows(self, programme: ProgrammeView) -> tuple[Iterator[ReachRow], tuple[str, ...]]:
        """The rows the workbook's Reach sheet shows for the programme's whole duration."""
        services = self.services
        facts = load_facts(services, programme.id)
        report = services.reach.people_reached(programme.id)
        indicators = []
        if report.headline_indicator is not None:
            indicators.append((report.headline_indicator.id, "direct"))
        if report.indirect_indicator is not None:
            indicators.append((report.indirect_indicator.id, "indirect"))
        source = ReachSource(
            tuple(indicators),
            counted_statuses(False),
            tuple(facts.periods_between(programme.start_date, programme.end_date)),
            programme.overlap_rule.value,
        )
        return stream_reach_rows(self.database, "bench", facts, source), facts.age_bands

    def counted(self, rows: Iterator[ReachRow], width: int) -> Iterator[ReachRow]:
        for row in rows:
            self.rows += 1
            self.cells += width
            yield row


def ours(run: Run) -> None:
    for programme in run.programmes:
        result = run.services.exports.write_donor_report(
            programme.id,
            programme.start_date,
            programme.end_date,
            run.out_dir / f"ours-{programme.code}.xlsx",
        )
        run.rows += result.rows
        run.cells += result.rows * len(reach_columns(programme.age_bands))


def pandas(run: Run) -> None:
    import pandas as pd

    for programme in run.programmes:
        rows, bands = run.reach_rows(programme)
        columns = reach_columns(bands)
        frame = pd.DataFrame(
            [[c.value(r) for c in columns] for r in run.counted(rows, len(columns))],
            columns=[c.header for c in columns],
        )
        frame.to_excel(
            run.out_dir / f"pandas-{programme.code}.xlsx", sheet_name="Reach", index=False, engine="openpyxl"
        )


def xlsxwriter(run: Run) -> None:
    import xlsxwriter as xw

    for programme in run.programmes:
        rows, bands = run.reach_rows(programme)
        columns = reach_columns(bands)
        book = xw.Workbook(str(run.out_dir / f"xlsxwriter-{programme.code}.xlsx"), {"constant_memory": True})
        sheet = book.add_worksheet("Reach")
        date = book.add_format({"num_format": "yyyy-mm-dd"})
        count = book.add_format({"num_format": "#,##0"})
        formats = [date if c.kind is Kind.DATE else None if c.kind is Kind.TEXT else count for c in columns]
        sheet.write_row(0, 0, [c.header for c in columns])
        for index, record in enumerate(run.counted(rows, len(columns)), start=1):
            for col, (spec, style) in enumerate(zip(columns, formats, strict=True)):
                value = spec.value(record)
                if value is None or value == "":
                    continue
                if isinstance(value, dt.date):
                    sheet.write_datetime(index, col, dt.datetime.combine(value, dt.time()), style)
                elif style is None:
                    sheet.write_string(index, col, str(value))
                else:
                    sheet.write_number(index, col, value, style)
        book.close()


def rows_only(run: Run) -> None:
    for programme in run.programmes:
        rows, bands = run.reach_rows(programme)
        for _ in run.counted(rows, len(reach_columns(bands))):
            pass


def peak_rss_kb() -> int:
    """This process's own peak resident set size. Linux's VmHWM, because getrusage's ru_maxrss
    (and wait4's) starts at the parent's size: the kernel carries the high-water mark over exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


CONTENDERS: dict[str, Callable[[Run], None]] = {
    "ours": ours,
    "pandas": pandas,
    "xlsxwriter": xlsxwriter,
    "rows": rows_only,
}


def main(argv: list[str]) -> int:
    name, url, out_dir = argv
    run = Run(url, Path(out_dir))
    started = time.perf_counter()
    CONTENDERS[name](run)
    seconds = time.perf_counter() - started
    run.database.dispose()
    result: dict[str, Any] = {
        "contender": name,
        "seconds": seconds,
        "rows": run.rows,
        "cells": run.cells,
        "peak_rss_kb": peak_rss_kb(),
    }
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
