"""Exports of the demo programme: the donor workbook, IATI and HXL carry the services' own figures."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import hxl
import openpyxl
import pytest
from lxml import etree
from openpyxl.workbook.workbook import Workbook

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.demo.loader import load_demo
from diaspora_grants.domain import codes
from diaspora_grants.domain.enums import ResultStatus
from diaspora_grants.services.context import ServiceContext
from diaspora_grants.services.exports import ExportCancelledError, ExportResult
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.projects import ProjectInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.result_queries import ResultFilter
from tests.reporting.libreoffice import recalculate

PROGRAMME = "BHA-DIASPORA-2022"
FROM, TO = dt.date(2022, 7, 1), dt.date(2022, 12, 31)
HOSTILE_PARTNER = '=HYPERLINK("http://x")'
HOSTILE_LOCATION = "+33"
SCHEMA = Path(__file__).parents[1] / "schemas" / "iati-2.03" / "iati-activities-schema.xsd"
CENT = Decimal("0.005")


@dataclass
class Demo:
    services: Services
    programme_id: int
    folder: Path
    workbook: ExportResult


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """The demo programme (as of the real today) plus a partner and a location that look like formulas."""
    folder = tmp_path_factory.mktemp("exports")
    url = f"sqlite:///{folder / 'demo.sqlite'}" if request.param == "sqlite" else None
    database = Database(url or request.getfixturevalue("postgres_url_module"))
    upgrade_to_head(database)
    services = Services(ServiceContext(database=database, user="demo", documents_dir=folder / "documents"))
    load_demo(services)
    programme_id = services.programmes.find_id(PROGRAMME)
    assert programme_id is not None
    partner = services.organisations.create(OrganisationInput(name=HOSTILE_PARTNER, hq_country="LB"))
    project = services.projects.create(
        ProjectInput(
            code="LB-ZZ-01",
            title="Partner without results",
            programme_id=programme_id,
            partner_id=partner.id,
            country="LB",
        )
    )
    services.projects.add_location(project.id, HOSTILE_LOCATION)
    result = services.exports.write_donor_report(programme_id, FROM, TO, folder / "bha.xlsx")
    yield Demo(services, programme_id, folder, result)
    database.dispose()


def test_sheets_in_the_order_of_the_specification(demo: Demo) -> None:
    wb = openpyxl.load_workbook(demo.workbook.path, read_only=True)
    names = [
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
    assert wb.sheetnames == names
    assert list(demo.workbook.sheets) == names


def test_cover_shows_the_reach_services_people_reached(demo: Demo) -> None:
    expected = demo.services.reach.people_reached(demo.programme_id, date_from=FROM, date_to=TO).direct_unique
    assert expected == 1_565_000
    wb = openpyxl.load_workbook(demo.workbook.path, read_only=True)
    shown = {r[0]: r[1] for r in wb["Cover"].iter_rows(max_col=2, values_only=True) if r and r[0]}
    assert shown["People reached in the reporting period (unique, direct) [direct]"] == expected
    assert demo.workbook.people_reached == expected
    indirect = shown["People reached in the reporting period (unique, indirect, estimated) [indirect]"]
    assert indirect == 2_450_000  # reported beside direct, never added to it


def test_campaign_sheet_only_where_engagement_metrics_exist(demo: Demo) -> None:
    rdpp = demo.services.programmes.find_id("RDPP-NA-EG")
    assert rdpp is not None
    result = demo.services.exports.write_donor_report(
        rdpp, dt.date(2022, 6, 1), dt.date(2022, 6, 30), demo.folder / "rdpp.xlsx", report_type="final"
    )
    assert "Campaign" in result.sheets
    wb = openpyxl.load_workbook(result.path, read_only=True)
    metrics = {
        row[3]: row[5] for row in wb["Campaign"].iter_rows(min_row=3, values_only=True) if row and row[0]
    }
    assert metrics["views: Campaign views"] == 176_000
    assert metrics["points: Clickfunding points raised (1 EGP per point)"] == 486_000


def test_reach_rows_stream_from_the_database(demo: Demo) -> None:
    data = demo.services.exports.donor_report_data(
        demo.programme_id, FROM, TO, report_type="quarterly", prepared_by="M&E unit"
    )
    assert isinstance(data.reach_rows, Iterator)
    first = next(iter(data.reach_rows))
    assert first.reach_type == "direct" and first.total > 0
    assert data.cover.prepared_by == "M&E unit"


def test_cancelled_export_leaves_no_file_and_keeps_the_old_one(demo: Demo) -> None:
    target = demo.folder / "cancelled.xlsx"
    target.write_bytes(b"previous report")
    calls: list[float] = []

    def progress(fraction: float, _text: str) -> None:
        calls.append(fraction)

    with pytest.raises(ExportCancelledError):
        demo.services.exports.write_donor_report(
            demo.programme_id, FROM, TO, target, progress=progress, cancel=lambda: len(calls) >= 6
        )
    assert target.read_bytes() == b"previous report"
    assert [p.name for p in demo.folder.iterdir() if p.name.startswith(".~dg-")] == []


def test_progress_rises_to_one(demo: Demo) -> None:
    seen: list[float] = []
    demo.services.exports.write_donor_report(
        demo.programme_id, FROM, TO, demo.folder / "progress.xlsx", progress=lambda f, _t: seen.append(f)
    )
    assert seen == sorted(seen) and seen[-1] == 1.0


def _approved_by_country(demo: Demo, indicator_code: str) -> dict[str, int]:
    services = demo.services
    indicator_id = services.indicators.find_id(demo.programme_id, indicator_code)
    countries = {p.code: p.country for p in services.projects.find(programme_id=demo.programme_id)}
    cells = services.results.find(
        ResultFilter(
            programme_id=demo.programme_id, indicator_id=indicator_id, statuses=(ResultStatus.APPROVED,)
        ),
        limit=None,
    )
    sums: dict[str, int] = defaultdict(int)
    for cell in cells:
        sums[countries[cell.project_code]] += int(cell.value)
    return dict(sums)


def test_hxl_reach_sums_per_country_equal_the_approved_cells(demo: Demo) -> None:
    path = demo.folder / "reach.csv"
    demo.services.exports.write_hxl(demo.programme_id, "reach", path)
    dataset = hxl.data(str(path), hxl.InputOptions(allow_local=True)).cache()
    direct: dict[str, int] = defaultdict(int)
    indirect: dict[str, int] = defaultdict(int)
    for row in dataset:  # direct reach under #reached, audiences under #x_audience: never mixed
        country = row.get("#country+code+v_iso3")
        direct[country] += int(row.get("#reached+ind") or 0)
        indirect[country] += int(row.get("#x_audience+est") or 0)
    assert {c: v for c, v in direct.items() if v} == _iso3(_approved_by_country(demo, "BHA-1"))
    assert {c: v for c, v in indirect.items() if v} == _iso3(_approved_by_country(demo, "BHA-2"))


def _iso3(by_iso2: dict[str, int]) -> dict[str, int]:
    return {codes.country_alpha3(c): v for c, v in by_iso2.items()}


def test_hxl_five_w_keeps_formula_like_text_as_text(demo: Demo) -> None:
    path = demo.folder / "5w.csv"
    result = demo.services.exports.write_hxl(demo.programme_id, "5w", path)
    dataset = hxl.data(str(path), hxl.InputOptions(allow_local=True)).cache()
    assert result.rows == len(list(dataset))
    partners = dataset.get_value_set("#org+impl+name")
    assert "'" + HOSTILE_PARTNER in partners and HOSTILE_PARTNER not in partners


def test_iati_validates_against_the_2_03_schema(demo: Demo) -> None:
    path = demo.services.exports.write_iati(demo.programme_id, demo.folder / "bha.xml").path
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    document = etree.parse(str(path))
    assert schema.validate(document), schema.error_log
    activities = document.getroot().findall("iati-activity")
    assert [a.get("hierarchy") for a in activities] == ["1"] + ["2"] * 7
    percentages = [Decimal(c.get("percentage")) for c in activities[0].findall("recipient-country")]
    assert sum(percentages) == 100


def test_formula_like_text_stays_text_in_the_workbook(demo: Demo) -> None:
    sheet = openpyxl.load_workbook(demo.workbook.path)["5W"]
    row = next(r for r in sheet.iter_rows(min_row=3) if r[5].value == "LB-ZZ-01" and r[13].value)
    assert row[3].value == HOSTILE_PARTNER and row[3].data_type == "s"
    assert row[13].value == HOSTILE_LOCATION and row[13].data_type == "s"


@pytest.fixture(scope="module")
def recalculated(demo: Demo) -> Workbook:
    return recalculate(demo.workbook.path, demo.folder / "recalculated")


def _same(shown: object, expected: Decimal) -> bool:
    return isinstance(shown, int | float) and abs(Decimal(str(shown)) - expected) < CENT


@pytest.mark.libreoffice
def test_every_formula_recalculates_to_the_expected_figure(demo: Demo, recalculated: Workbook) -> None:
    wrong = []
    for figure in demo.workbook.figures:
        shown = recalculated[figure.sheet][figure.cell].value
        if figure.value is None:
            ok = shown in (None, "")
        elif isinstance(figure.value, str):
            ok = shown == figure.value
        else:
            ok = _same(shown, figure.value)
        if not ok:
            wrong.append((figure, shown))
    assert demo.workbook.figures and wrong == []


@pytest.mark.libreoffice
def test_reach_subtotals_per_country_equal_the_approved_cells(demo: Demo, recalculated: Workbook) -> None:
    sheet = recalculated["Reach"]
    header = [c.value for c in sheet[1]]
    reach_col, total_col = header.index("Reach type"), header.index("Total (direct)")
    shown = {
        (row[1], row[reach_col]): row[total_col]
        for row in sheet.iter_rows(min_row=3, values_only=True)
        if row[0] == "Country"
    }
    for country, total in _iso3(_approved_by_country(demo, "BHA-1")).items():
        assert shown[(country, "Direct")] == total
    for country, total in _iso3(_approved_by_country(demo, "BHA-2")).items():
        assert shown[(country, "Indirect")] == total


@pytest.mark.libreoffice
def test_budget_and_tranche_totals_equal_the_finance_service(demo: Demo, recalculated: Workbook) -> None:
    finance = demo.services.finance
    projects = demo.services.projects.find(programme_id=demo.programme_id)
    summaries = [finance.project_summary(p.id, as_of=TO).in_reporting_currency for p in projects]
    rows = {
        r[0]: r for r in recalculated["Budget_vs_Actual"].iter_rows(values_only=True) if isinstance(r[0], str)
    }
    assert _same(rows["Grand total"][5], sum((s.budget_revised for s in summaries), Decimal(0)))
    assert _same(rows["Grand total"][7], sum((s.spent for s in summaries), Decimal(0)))
    tranches = {
        r[0]: r for r in recalculated["Tranches"].iter_rows(values_only=True) if isinstance(r[0], str)
    }
    assert _same(tranches["Total disbursed"][14], sum((s.disbursed for s in summaries), Decimal(0)))


@pytest.mark.libreoffice
def test_iptt_percent_met_equals_the_results_summary(demo: Demo, recalculated: Workbook) -> None:
    summaries = demo.services.reach.results_summary(demo.programme_id, date_to=TO)
    rows = {r[0]: r for r in recalculated["IPTT"].iter_rows(min_row=6, values_only=True) if r[0] and r[1]}
    checked = 0
    for summary in summaries:
        line = summary.programme
        if line.life_of_award is None or not line.target:
            continue
        assert _same(rows[summary.code][14], line.life_of_award / line.target), summary.code
        checked += 1
    assert checked >= 4


@pytest.mark.libreoffice
def test_formula_like_text_stays_text_after_recalculation(recalculated: Workbook) -> None:
    row = next(
        r for r in recalculated["5W"].iter_rows(min_row=3, values_only=True) if r[5] == "LB-ZZ-01" and r[13]
    )
    assert row[3] == HOSTILE_PARTNER
    assert row[13] == HOSTILE_LOCATION
