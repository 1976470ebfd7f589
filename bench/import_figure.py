"""Importing a Results workbook with full validation, against a bare openpyxl read-only pass.

The file is a data workbook with only its Results sheet (the format of reporting/data_format.py):
the next cells the generator would have made after the database's last one (the months partners
have not reported yet), so every row is checked against programmes, projects, indicators,
periods, locations and the existing cells, and then created.
"""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from diaspora_grants.db.models import Indicator, Location, Period, Programme, Project
from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.reporting.data_format import RESULTS
from diaspora_grants.services.registry import Services

from .figures import Figure, timed
from .generate import Generated, Scale, result_cells


def import_rows(services: Services, scale: Scale, generated: Generated) -> list[tuple[Any, ...]]:
    """Up to `scale.import_rows` Results rows (by names, as a user's file has them) for cells the
    database does not hold yet."""
    wanted = scale.cells + scale.import_rows
    # Same keys in the same order as the generator's (values come from another seed); a small
    # scale may hold fewer cells than asked: then what its periods allow.
    more = replace(scale, cells=wanted)
    cells = result_cells(more, generated.programmes, generated.projects, random.Random(4), exact=False)
    fresh = cells[scale.cells : wanted]
    with services.context.database.session(user="bench", write=False) as session:
        programmes = {i: c for i, c in session.execute(select(Programme.id, Programme.code))}
        projects = {
            i: (c, p) for i, c, p in session.execute(select(Project.id, Project.code, Project.programme_id))
        }
        indicators = {i: c for i, c in session.execute(select(Indicator.id, Indicator.code))}
        periods = {i: label for i, label in session.execute(select(Period.id, Period.label))}
        locations = {i: n for i, n in session.execute(select(Location.id, Location.name))}
    rows = []
    for project_id, indicator_id, period_id, location_id, group, sex, age, value, status in fresh:
        code, programme_id = projects[project_id]
        rows.append(
            (
                programmes[programme_id],
                code,
                indicators[indicator_id],
                periods[period_id],
                locations[location_id] if location_id is not None else None,
                group,
                sex,
                age,
                value,
                status,
                "bench import",
                None,
            )
        )
    return rows


def write_results_workbook(rows: list[tuple[Any, ...]], path: Path) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(RESULTS.name)
    sheet.append(list(RESULTS.headers))
    for row in rows:
        sheet.append(row)
    book.save(path)


def bare_read(path: Path) -> int:
    """The baseline: open read-only and touch every value once."""
    book = load_workbook(path, read_only=True)
    count = 0
    for row in book[RESULTS.name].iter_rows(values_only=True):
        count += sum(1 for value in row if value is not None)
    book.close()
    return count


def import_figures(
    services: Services, scale: Scale, generated: Generated, workdir: Path
) -> tuple[list[Figure], dict[str, Any]]:
    rows = import_rows(services, scale, generated)
    path = workdir / "results-import.xlsx"
    write_results_workbook(rows, path)
    bare_read(path)  # the file in the page cache for every contender alike
    baseline = timed(lambda: bare_read(path))
    previews: list[Any] = []
    preview_s = timed(lambda: previews.append(DataExchange(services).preview_import(path)))
    reports: list[Any] = []
    commit_s = timed(lambda: reports.append(DataExchange(services).commit_import(path)))
    preview, report = previews[0], reports[0]
    created = sum(s.created for s in report.sheets)
    if preview.problems or created != len(rows):
        raise RuntimeError(
            f"the import did not create every row: {created} of {len(rows)}, {preview.problems[:5]}"
        )
    name = "openpyxl read-only pass"
    figures = [
        Figure("import Results, dry run (preview)", preview_s, baseline, max_ratio=2.0, baseline_name=name),
        Figure("import Results (commit)", commit_s, baseline, max_ratio=2.0, baseline_name=name),
    ]
    return figures, {"rows": len(rows), "created": created, "file_bytes": path.stat().st_size}
