"""The donor workbook's structure, as a donor opening it would see it (read back with openpyxl)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook

from diaspora_grants.reporting.donor_workbook import build_donor_workbook
from diaspora_grants.reporting.donor_workbook.columns import reach_columns
from tests.reporting.sample_data import bha_report, reach_rows

FORBIDDEN_IN_SHEET_NAMES = set("\\*?:/[]")


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Workbook:
    path = tmp_path_factory.mktemp("wb") / "bha.xlsx"
    build_donor_workbook(bha_report(), path)
    return openpyxl.load_workbook(path)


def test_sheets_in_the_order_of_the_specification(workbook: Workbook) -> None:
    assert workbook.sheetnames == [
        "Cover",
        "IPTT",
        "Reach",
        "5W",
        "Budget_vs_Actual",
        "Tranches",
        "Financial_Report",
        "FX",
        "Lists",
        "Notes",
    ]
    for name in workbook.sheetnames:
        assert len(name) <= 31
        assert not FORBIDDEN_IN_SHEET_NAMES & set(name)


def test_campaign_sheet_only_with_engagement_metrics(tmp_path: Path) -> None:
    result = build_donor_workbook(bha_report(with_campaign=True), tmp_path / "rdpp.xlsx")
    assert result.sheets.index("Campaign") == result.sheets.index("FX") + 1
    sheet = openpyxl.load_workbook(tmp_path / "rdpp.xlsx")["Campaign"]
    assert [c.value for c in sheet[2]][:4] == [
        "#date+reported",
        "#country+code+v_iso3",
        "#activity+name",
        "#indicator+name",
    ]
    metrics = [r[3] for r in sheet.iter_rows(min_row=3, max_row=7, values_only=True)]
    assert metrics == ["Views", "Likes", "Shares", "Comments", "Funding points"]


def test_cover_has_period_names_contents_links_and_headline(workbook: Workbook) -> None:
    start = workbook.defined_names["RptStart"]
    end = workbook.defined_names["RptEnd"]
    cover = workbook["Cover"]
    assert cover[start.attr_text.split("!")[1].replace("$", "")].value == dt.datetime(2022, 4, 1)
    assert cover[end.attr_text.split("!")[1].replace("$", "")].value == dt.datetime(2022, 9, 30)
    links = {c.value: c.hyperlink.location for row in cover.iter_rows() for c in row if c.hyperlink}
    shown = [n for n in workbook.sheetnames[1:] if workbook[n].sheet_state == "visible"]
    assert links == {name: f"'{name}'!A1" for name in shown}
    assert "Lists" not in links and workbook["Lists"].sheet_state == "hidden"  # a helper: not printed
    values = [c.value for row in cover.iter_rows() for c in row]
    assert 412_380 in values  # the unique figure is given, not summed from Reach
    assert "People reached (unique, direct) [direct]" in values


def test_reach_has_hxl_row_frozen_panes_filter_and_numbers(workbook: Workbook) -> None:
    reach = workbook["Reach"]
    columns = reach_columns()
    assert [c.value for c in reach[1]] == [c.header for c in columns]
    assert [c.value for c in reach[2]] == [c.tag for c in columns]
    assert reach.freeze_panes == "C3"
    assert reach.auto_filter.ref.startswith("A2:")
    assert not reach.tables  # an Excel Table would turn the HXL row into data
    assert reach.print_title_rows == "$1:$2"
    assert reach.page_setup.orientation == "landscape"
    first = next(reach_rows())
    row = [c for c in reach[3]]
    assert row[0].value == first.row_id
    f_children = [c.header for c in columns].index("F 0-17")
    assert row[f_children].value == first.female[0] and row[f_children].data_type == "n"
    assert row[f_children].number_format == "#,##0"
    assert row[8].number_format == "yyyy-mm-dd"
    first_cell, last_cell = get_column_letter(f_children + 1), get_column_letter(f_children + 12)
    assert row[12].value == f"=SUM({first_cell}3:{last_cell}3)"  # the direct total adds up the sex x age grid


def test_every_data_sheet_has_filter_frozen_panes_and_landscape(workbook: Workbook) -> None:
    for name in ("IPTT", "Reach", "5W", "Budget_vs_Actual", "Tranches", "FX", "Lists", "Notes"):
        sheet = workbook[name]
        assert sheet.freeze_panes, name
        assert sheet.page_setup.orientation == "landscape", name
    for name in ("IPTT", "Reach", "5W", "Budget_vs_Actual", "Tranches", "FX"):
        assert workbook[name].auto_filter.ref, name


def test_five_w_has_hxl_row(workbook: Workbook) -> None:
    sheet = workbook["5W"]
    tags = [c.value for c in sheet[2]]
    assert tags[:3] == ["#date+reported", "#org+funding+name", "#org+prog+name"]
    assert "#value+budget+c_usd" in tags and "#sector+code+v_dac" in tags
    assert sheet.freeze_panes == "A3"


def test_money_headers_name_the_currency_and_totals_are_formulas(workbook: Workbook) -> None:
    budget = workbook["Budget_vs_Actual"]
    headers = [c.value for c in budget[1]]
    assert "Revised budget (USD)" in headers
    grand = next(r for r in budget.iter_rows() if r[0].value == "Grand total")
    assert grand[5].value.startswith("=SUBTOTAL(109,")
    assert grand[5].number_format == "#,##0.00"


def test_iptt_percent_met_is_a_live_iferror_formula(workbook: Workbook) -> None:
    iptt = workbook["IPTT"]
    assert iptt.freeze_panes == "C6"
    c1 = next(r for r in iptt.iter_rows(min_row=6) if r[0].value == "C1" and r[1].value)
    assert c1[14].value == '=IFERROR(N{0}/M{0},"")'.format(c1[0].row)
    assert c1[14].number_format == "0.0%"
    levels = [
        r[0].value
        for r in iptt.iter_rows(min_row=6)
        if r[1].value is None and r[0].value in ("Outcome", "Output")
    ]
    assert levels == ["Outcome", "Output"]
    merged = {str(m) for m in iptt.merged_cells.ranges}
    assert {"M4:O4", "P4:R4", "S4:U4"} <= merged  # life of award, then one triple per period


def test_hostile_user_text_stays_text_everywhere(tmp_path: Path) -> None:
    evil = '=HYPERLINK("http://evil.example","Click")'
    data = bha_report()
    rows = list(data.reach_rows)
    rows[0] = dataclasses.replace(rows[0], source=evil, location="+1", admin1="-2")
    indicators = list(data.indicators)
    indicators[0] = dataclasses.replace(indicators[0], comments="@SUM(A1:A9)", name="\tx")
    lines = list(data.budget_lines)
    lines[0] = dataclasses.replace(lines[0], justification=evil)
    path = tmp_path / "evil.xlsx"
    build_donor_workbook(
        dataclasses.replace(data, reach_rows=rows, indicators=tuple(indicators), budget_lines=tuple(lines)),
        path,
    )
    wb = openpyxl.load_workbook(path)
    found = {
        c.value: c
        for ws in wb
        for row in ws.iter_rows()
        for c in row
        if c.value in (evil, "+1", "-2", "@SUM(A1:A9)", "\tx")
    }
    assert set(found) == {evil, "+1", "-2", "@SUM(A1:A9)", "\tx"}
    for cell in found.values():
        assert cell.data_type == "s" and cell.quotePrefix


def test_texts_cut_are_counted_and_noted(tmp_path: Path) -> None:
    data = bha_report()
    indicators = (
        dataclasses.replace(data.indicators[0], deviation_narrative="x" * 40_000),
        *data.indicators[1:],
    )
    result = build_donor_workbook(dataclasses.replace(data, indicators=indicators), tmp_path / "long.xlsx")
    assert result.cut_texts == 1
    notes = [
        c.value for row in openpyxl.load_workbook(tmp_path / "long.xlsx")["Notes"].iter_rows() for c in row
    ]
    assert any(isinstance(v, str) and "were cut" in v for v in notes)
