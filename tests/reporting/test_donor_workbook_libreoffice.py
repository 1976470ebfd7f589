"""Recalculated by LibreOffice, every live total equals the figure in the app's own data."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from diaspora_grants.reporting.donor_workbook import WorkbookResult, build_donor_workbook
from tests.reporting.libreoffice import recalculate, recalculated_copy, require_libreoffice
from tests.reporting.sample_data import bha_report, budget_lines, indicators, reach_rows, tranches

pytestmark = pytest.mark.libreoffice
CENT = Decimal("0.005")
HOSTILE = ['=HYPERLINK("http://evil.example","Click")', "+1", "-2", "@SUM(A1:A9)", "\tx"]


def _same(shown: object, expected: Decimal | str | None) -> bool:
    if expected is None:
        return shown in (None, "")
    if isinstance(expected, str):
        return shown == expected
    return isinstance(shown, int | float) and abs(Decimal(str(shown)) - expected) < CENT


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[WorkbookResult, Workbook]:
    require_libreoffice()
    folder = tmp_path_factory.mktemp("lo")
    result = build_donor_workbook(bha_report(with_campaign=True), folder / "bha.xlsx")
    return result, recalculate(result.path, folder / "recalculated")


def test_every_formula_shows_the_apps_figure(built: tuple[WorkbookResult, Workbook]) -> None:
    result, wb = built
    wrong = [
        (f, wb[f.sheet][f.cell].value)
        for f in result.figures
        if not _same(wb[f.sheet][f.cell].value, f.value)
    ]
    assert len(result.figures) > 250
    assert wrong == []


def test_iptt_percent_met_equals_actual_over_target(built: tuple[WorkbookResult, Workbook]) -> None:
    _, wb = built
    rows = {r[0]: r for r in wb["IPTT"].iter_rows(min_row=6, values_only=True) if r[1]}
    for indicator in indicators():
        shown = rows[indicator.number][14]
        assert _same(shown, Decimal(indicator.loa_actual) / Decimal(indicator.loa_target)), indicator.number
    hl1 = rows["HL.1"]
    q4_actual, q4_met = 18 + 3 + 1, 18 + 3 + 2  # fixed columns, then Q3, then Q4's target, actual, % met
    assert hl1[q4_actual] == "–" and hl1[q4_met] in (None, "")  # Q4 actual missing: no % met, not 0 %


def test_reach_row_totals_and_summary(built: tuple[WorkbookResult, Workbook]) -> None:
    _, wb = built
    sheet = wb["Reach"]
    data = list(reach_rows())
    for index, row in enumerate(data, start=3):
        shown = sheet[f"M{index}"].value  # Total (direct): blank on the indirect audience's row
        assert shown == (row.total if row.reach_type == "direct" else None)
    summary = {
        (r[0], r[1], r[10]): r[12] for r in sheet.iter_rows(min_row=len(data) + 5, values_only=True) if r[0]
    }
    by_country: dict[tuple[str, str], int] = defaultdict(int)
    for row in data:
        by_country[(row.country_iso3, row.reach_type.capitalize())] += row.total
    for (country, reach), total in by_country.items():
        assert summary[("Country", country, reach)] == total
    direct = sum(r.total for r in data if r.reach_type == "direct")
    assert summary[("All rows", None, "Direct")] == direct
    audience = next(
        r
        for r in sheet.iter_rows(min_row=len(data) + 5, values_only=True)
        if r[0] == "All rows" and r[10] == "Indirect"
    )
    assert audience[12] is None and 1_150_000 in audience  # in its own column, never added to direct


def test_budget_grand_total_and_subtotals(built: tuple[WorkbookResult, Workbook]) -> None:
    _, wb = built
    lines = budget_lines()
    rows = {r[0]: r for r in wb["Budget_vs_Actual"].iter_rows(values_only=True) if isinstance(r[0], str)}
    grand = rows["Grand total"]
    assert _same(grand[5], sum((x.revised_budget for x in lines), Decimal(0)))
    assert _same(grand[7], sum((x.expenditure_cumulative for x in lines), Decimal(0)))
    dpg2 = [x for x in lines if x.project_code == "DPG-02"]
    assert _same(rows["Subtotal DPG-02"][4], sum((x.original_budget for x in dpg2), Decimal(0)))


def test_tranche_totals(built: tuple[WorkbookResult, Workbook]) -> None:
    _, wb = built
    total = next(r for r in wb["Tranches"].iter_rows(values_only=True) if r[0] == "Total disbursed")
    assert _same(total[14], sum((t.amount_usd or Decimal(0) for t in tranches()), Decimal(0)))


def test_hostile_text_stays_text_after_libreoffice(tmp_path: Path) -> None:
    data = bha_report()
    rows = list(data.reach_rows)
    rows[0] = dataclasses.replace(
        rows[0],
        source=HOSTILE[0],
        location=HOSTILE[1],
        admin1=HOSTILE[2],
        sector=HOSTILE[3],
        dedup_method=HOSTILE[4],
    )
    source = build_donor_workbook(dataclasses.replace(data, reach_rows=rows), tmp_path / "evil.xlsx").path
    converted = recalculated_copy(source, tmp_path / "lo")
    for data_only in (False, True):
        reach = openpyxl.load_workbook(converted, data_only=data_only)["Reach"]
        values = {c.value: c for c in reach[3]}
        for text in HOSTILE:
            assert text in values, (text, data_only)
            assert values[text].data_type == "s"
