"""The demo's donor workbooks as a donor's reporting officer audits them, recalculated by LibreOffice:
every figure that appears on two sheets is equal (one test per pair), variances are judged against
the right target with the programme's threshold and explained, tranche advances are right."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl.workbook.workbook import Workbook

from diaspora_grants.reporting.donor_workbook.iptt import COMPARE_HEADERS
from diaspora_grants.services.exports import ExportResult
from diaspora_grants.services.registry import Services
from tests.reporting.libreoffice import recalculate, require_libreoffice
from tests.services.donor_demo import BHA, RDPP, demo_services

pytestmark = pytest.mark.libreoffice
CENT = Decimal("0.005")
Q3 = (dt.date(2022, 7, 1), dt.date(2022, 9, 30))
WHOLE = (dt.date(2022, 1, 1), dt.date(2023, 3, 31))


@dataclass
class Report:
    result: ExportResult
    wb: Workbook  # recalculated by LibreOffice


@dataclass
class Reports:
    services: Services
    q3: Report  # interim: one quarter
    final: Report  # final: the whole award
    rdpp: Report  # the EU programme with its campaign


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Reports]:
    require_libreoffice()
    folder = tmp_path_factory.mktemp("donor")
    services, database = demo_services(folder)
    bha = services.programmes.get_by_code(BHA).id
    rdpp = services.programmes.get_by_code(RDPP).id

    def report(programme: int, span: tuple[dt.date, dt.date], kind: str, name: str) -> Report:
        result = services.exports.write_donor_report(
            programme, *span, folder / f"{name}.xlsx", report_type=kind
        )
        return Report(result, recalculate(result.path, folder / f"lo-{name}"))

    yield Reports(
        services,
        report(bha, Q3, "quarterly", "q3"),
        report(bha, WHOLE, "final", "final"),
        report(rdpp, (dt.date(2022, 6, 1), dt.date(2022, 6, 7)), "final", "rdpp"),
    )
    database.dispose()


def _same(shown: object, expected: object) -> bool:
    if isinstance(expected, int | float | Decimal) and isinstance(shown, int | float | Decimal):
        return abs(Decimal(str(shown)) - Decimal(str(expected))) < CENT
    return shown == expected


def _pairs(sheet: Any, key: int, value: int, min_row: int = 1) -> dict[Any, Any]:
    return {
        r[key]: r[value]
        for r in sheet.iter_rows(min_row=min_row, values_only=True)
        if r and r[key] is not None
    }


def _cover(wb: Workbook) -> dict[str, Any]:
    return _pairs(wb["Cover"], 0, 1)


def _reach_lines(wb: Workbook) -> dict[tuple[Any, Any, Any], tuple[Any, Any, Any]]:
    """Summary rows of Reach: (breakdown, value, reach type) -> (all rows, counted, adjustment)."""
    out = {}
    for r in wb["Reach"].iter_rows(min_row=3, values_only=True):
        if r and r[0] in ("People reached", "Country", "Project", "Population group"):
            out[(r[0], r[1], r[10])] = (r[12], r[13], r[14])
    return out


def _iptt(wb: Workbook) -> dict[tuple[str, str], tuple[Any, ...]]:
    """IPTT rows by (indicator number, disaggregation label; "" for the indicator's total)."""
    return {(r[0], r[9] or ""): r for r in wb["IPTT"].iter_rows(min_row=6, values_only=True) if r and r[0]}


def test_every_live_formula_shows_the_apps_figure(reports: Reports) -> None:
    for report in (reports.q3, reports.final, reports.rdpp):
        wrong = [
            (f.sheet, f.cell, f.label, report.wb[f.sheet][f.cell].value, f.value)
            for f in report.result.figures
            if not (
                report.wb[f.sheet][f.cell].value in (None, "")
                if f.value is None
                else _same(report.wb[f.sheet][f.cell].value, f.value)
            )
        ]
        assert wrong == []


# Cover <-> Reach <-> Notes: the headline and how the rows reconcile with it --------------------------


@pytest.mark.parametrize("which", ["q3", "final"])
def test_reach_reconciles_its_rows_with_the_covers_headline(reports: Reports, which: str) -> None:
    wb = getattr(reports, which).wb
    headline = _cover(wb)["People reached in the reporting period (unique, direct) [direct]"]
    rows, counted, adjustment = _reach_lines(wb)[("People reached", None, "Direct")]
    assert counted == headline  # the rows the overlap rule counts add up to the Cover's figure
    assert rows + adjustment == headline and adjustment < 0  # shared areas: an upper bound, adjusted
    shown = next(
        r for r in wb["Reach"].iter_rows(values_only=True) if r and r[0] == "Headline on the Cover (direct)"
    )
    assert shown[13] == headline


def test_the_final_reach_is_the_1_565_000_of_the_programme_with_its_upper_bound(reports: Reports) -> None:
    rows, counted, adjustment = _reach_lines(reports.final.wb)[("People reached", None, "Direct")]
    assert (rows, counted, adjustment) == (1_785_000, 1_565_000, -220_000)


def test_notes_give_the_covers_headline(reports: Reports) -> None:
    wb = reports.final.wb
    headline = _cover(wb)["People reached in the reporting period (unique, direct) [direct]"]
    notes = _pairs(wb["Notes"], 0, 1)
    assert notes["People reached in the reporting period (unique, direct)"].startswith(
        f"{headline:,} (direct)"
    )


# Reach <-> IPTT: population groups and projects -----------------------------------------------------


def test_population_groups_counted_on_reach_equal_the_iptt_life_of_award(reports: Reports) -> None:
    """The final report covers the award: Reach's counted rows per group are the IPTT's LoA rows."""
    wb = reports.final.wb
    iptt = _iptt(wb)
    groups = {
        key[1]: v
        for key, v in _reach_lines(wb).items()
        if key[0] == "Population group" and key[2] == "Direct"
    }
    assert groups["host community"][1] == iptt[("BHA-1", "Host community")][13] == 1_106_250
    for group, (_rows, counted, _adj) in groups.items():
        assert iptt[("BHA-1", group[:1].upper() + group[1:])][13] == counted, group


def test_population_groups_counted_on_reach_equal_the_iptt_quarter(reports: Reports) -> None:
    wb = reports.q3.wb
    iptt = _iptt(wb)
    q3_actual = 18 + 1
    for (kind, group, reach), (_rows, counted, _adj) in _reach_lines(wb).items():
        if kind == "Population group" and reach == "Direct":
            assert iptt[("BHA-1", group[:1].upper() + group[1:])][q3_actual] == counted, group


def test_each_projects_rows_on_reach_equal_its_iptt_row(reports: Reports) -> None:
    wb = reports.q3.wb
    iptt = _iptt(wb)
    for (kind, project, reach), (rows, _counted, _adj) in _reach_lines(wb).items():
        if kind == "Project" and reach == "Direct":
            assert iptt[("BHA-1", f"Project {project}")][18 + 1] == rows, project


def test_sex_unknown_and_age_unknown_stay_apart_on_reach_as_on_the_iptt(reports: Reports) -> None:
    wb = reports.final.wb
    iptt = _iptt(wb)
    header = [c.value for c in wb["Reach"][1]]
    all_rows = next(
        r for r in wb["Reach"].iter_rows(values_only=True) if r and r[0] == "All rows" and r[10] == "Direct"
    )
    sex_unknown = all_rows[header.index("Sex unknown (all ages)")]
    age_unknown = all_rows[header.index("All age unknown")]
    assert sex_unknown > 0 and age_unknown > 0 and sex_unknown != age_unknown
    # Every location counts one project in the final report (no overlap in unknowns' shares here):
    assert iptt[("BHA-1", "Sex unknown")][13] <= sex_unknown
    assert iptt[("BHA-1", "Age unknown")][13] <= age_unknown


# 5W <-> Reach, 5W <-> Budget_vs_Actual, 5W <-> Tranches -------------------------------------------------


def test_five_w_reached_per_project_equals_reach_rows(reports: Reports) -> None:
    wb = reports.q3.wb
    reached: dict[str, int] = defaultdict(int)
    for r in wb["5W"].iter_rows(min_row=3, values_only=True):
        if r and r[23]:
            reached[r[5]] += r[23]
    lines = {
        key[1]: v[0] for key, v in _reach_lines(wb).items() if key[0] == "Project" and key[2] == "Direct"
    }
    assert reached == lines


def test_project_dates_are_the_same_on_five_w_and_budget(reports: Reports) -> None:
    wb = reports.q3.wb
    five_w = {r[5]: (r[18], r[19]) for r in wb["5W"].iter_rows(min_row=3, values_only=True) if r and r[5]}
    budget = {
        r[2]: (r[15], r[16])
        for r in wb["Budget_vs_Actual"].iter_rows(min_row=2, values_only=True)
        if r and r[14]
    }
    assert budget and all(five_w[p] == dates for p, dates in budget.items())


def test_five_w_budget_equals_the_grants_on_tranches(reports: Reports) -> None:
    wb = reports.q3.wb
    budgets = {r[5]: r[24] for r in wb["5W"].iter_rows(min_row=3, values_only=True) if r and r[24]}
    grants = {r[2]: r[5] for r in wb["Tranches"].iter_rows(min_row=2, values_only=True) if r and r[6]}
    agreements = {p.code: p.agreement_number for p in reports.services.projects.find()}
    assert {agreements[p]: v for p, v in budgets.items()} == pytest.approx(grants)


# Budget_vs_Actual, Tranches <-> Financial_Report <-> Cover ------------------------------------------------


def _fr(wb: Workbook) -> dict[str, Any]:
    return {r[1]: r[2] for r in wb["Financial_Report"].iter_rows(min_row=5, values_only=True) if r and r[1]}


def test_partner_expenditure_is_the_same_on_budget_financial_report_and_cover(reports: Reports) -> None:
    wb = reports.q3.wb
    grand = next(r for r in wb["Budget_vs_Actual"].iter_rows(values_only=True) if r and r[0] == "Grand total")
    assert _same(_fr(wb)["of which expenditure reported by partners"], grand[7])
    assert _same(_cover(wb)["Expenditure reported by partners"], grand[7])


def test_disbursed_to_partners_is_the_same_on_tranches_financial_report_and_cover(reports: Reports) -> None:
    wb = reports.q3.wb
    total = next(r for r in wb["Tranches"].iter_rows(values_only=True) if r and r[0] == "Total disbursed")
    assert _same(_fr(wb)["of which disbursed to partners"], total[14])
    assert _same(_cover(wb)["Disbursed to partners to the report end"], total[14])


def test_sf425_lines_add_up(reports: Reports) -> None:
    fr = _fr(reports.q3.wb)
    assert _same(fr["Cash on hand (10a - 10b)"], fr["Cash receipts"] - fr["Cash disbursements"])
    assert _same(
        fr["Unobligated balance of federal funds (10d - 10g)"],
        1_800_000 - fr["Total federal share (10e + 10f)"],
    )
    assert _same(
        fr["Indirect expense: amount charged"],
        Decimal("0.07")
        * Decimal(str(fr["Indirect expense: base (direct costs incl. partners' expenditure)"])),
    )


def test_the_eu_programme_gets_a_financial_statement_in_euro(reports: Reports) -> None:
    wb = reports.rdpp.wb
    assert wb["Financial_Report"]["A1"].value == "Financial statement (EUR)"
    fr = _fr(wb)
    assert _same(
        fr["Balance held (6 - 5)"],
        fr["Funds received from the donor"] - fr["Total eligible costs incurred (3 + 4)"],
    )


# IPTT <-> Campaign ----------------------------------------------------------------------------------------


def test_campaign_target_and_figure_to_date_equal_the_iptt(reports: Reports) -> None:
    wb = reports.rdpp.wb
    iptt = _iptt(wb)
    to_date = {
        r[3]: r for r in wb["Campaign"].iter_rows(min_row=3, values_only=True) if r and r[0] is None and r[3]
    }
    points = to_date["points: Clickfunding points raised (1 EGP per point)"]
    assert points[4] == "Running total" and points[5] == 486_000  # never 312,000 + 486,000
    assert points[6] == iptt[("CAMP-POINTS", "")][12] == 1_000_000  # the target, on both sheets
    assert points[5] == iptt[("CAMP-POINTS", "")][13]
    rows = [
        r
        for r in wb["Campaign"].iter_rows(min_row=3, values_only=True)
        if r and r[0] and r[3].startswith("points")
    ]
    assert [(r[8], r[9]) for r in rows] == [(312_000, "EGP"), (486_000, "EGP")]  # 1 point = 1 EGP
    assert all(r[10] and r[10] < r[8] for r in rows)  # and in EUR at the month's rate


def test_the_eu_report_names_its_award_and_its_sectors_plainly(reports: Reports) -> None:
    wb = reports.rdpp.wb
    assert wb["IPTT"]["D5"].value == "Sector"
    assert "award NDICI/2022/000-001" in wb["IPTT"]["A2"].value
    cover = [str(v) for v in _cover(wb).values()] + [
        str(r[1]) for r in wb["Cover"].iter_rows(values_only=True) if r
    ]
    assert not any("add one (counting" in v for v in cover)  # the app's instruction to its user is not shown
    assert any(v.startswith("No people-reached figure") for v in cover)


# Variances --------------------------------------------------------------------------------------------


def test_an_interim_report_compares_with_the_target_to_date(reports: Reports) -> None:
    """Q3 beat its target (860,000 of 800,000: 107.5%), so it is not flagged at 57% of the LoA."""
    row = _iptt(reports.q3.wb)[("BHA-1", "")]
    assert row[15] == 800_000 and _same(row[16], Decimal(860_000) / 800_000)
    assert row[17] in (None, "")  # no variance flag
    assert not any("BHA-1" in item for item in reports.q3.result.to_complete)


def test_a_missing_explanation_is_listed_on_the_cover_and_an_entered_one_is_exported(
    reports: Reports, tmp_path: Path
) -> None:
    services = reports.services
    bha = services.programmes.get_by_code(BHA).id
    q3 = next(p for p in services.periods.find(bha) if p.label == "2022-Q3")
    bha5 = services.indicators.find_id(bha, "BHA-5")
    assert bha5 is not None
    services.results.set_target(bha5, 50_000, period_id=q3.id)  # the vaccination target is far exceeded
    try:
        first = services.exports.write_donor_report(bha, *Q3, tmp_path / "a.xlsx")
        assert any(item.startswith("Explain the variance of indicator BHA-5") for item in first.to_complete)
        services.programmes.explain_indicator(bha5, q3.id, "Two vaccination rounds instead of one.")
        second = services.exports.write_donor_report(bha, *Q3, tmp_path / "b.xlsx")
    finally:
        target = next(t for t in services.results.find_targets(indicator_id=bha5) if t.period_id == q3.id)
        services.results.delete_target(target.id)
        services.programmes.explain_indicator(bha5, q3.id, "")
    assert not any("BHA-5" in item for item in second.to_complete)
    import openpyxl

    row = _iptt(openpyxl.load_workbook(second.path))[("BHA-5", "")]
    # The explanation comes before the comparison with the previous period (the last columns).
    explanation = row[-2 - len(COMPARE_HEADERS)]
    assert row[17].startswith("Outside ±10%") and explanation == "Two vaccination rounds instead of one."


def test_over_spent_budget_lines_are_flagged_and_explained(reports: Reports) -> None:
    wb = reports.q3.wb
    lines = [r for r in wb["Budget_vs_Actual"].iter_rows(min_row=2, values_only=True) if r and r[14]]
    over = [r for r in lines if r[7] > r[5]]
    assert over and all(r[13] == "Over-spent" for r in over)
    assert all(r[13] in (None, "") for r in lines if r[7] <= r[5])
    assert all(r[14].startswith("TO COMPLETE") for r in over)  # none explained in the demo
    assert sum(item.startswith("Explain why budget line") for item in reports.q3.result.to_complete) == len(
        over
    )


# Tranches ---------------------------------------------------------------------------------------------


def test_unliquidated_advances_are_counted_at_each_tranches_date(reports: Reports) -> None:
    rows = [r for r in reports.q3.wb["Tranches"].iter_rows(min_row=2, values_only=True) if r and r[6]]
    paid = [r for r in rows if r[10] is not None]
    assert paid and all(_same(r[18], r[15] - r[17]) for r in paid)  # cumulative disbursed - spent then
    assert len({r[17] for r in paid}) > 1  # the expenditure at each date, not one figure repeated
    assert all(r[19] == "over-expenditure" for r in paid if r[18] < 0)
    planned = [r for r in rows if r[10] is None]
    assert planned and all(r[21] == "planned" and r[18] is None for r in planned)  # no IATI type 3
    agreements = {p.agreement_number for p in reports.services.projects.find()}
    assert {r[2] for r in rows} <= agreements  # the agreement's own number, not the project code
    assert all(r[1] != "not recorded" for r in rows)  # partners' IATI refs
