"""The narrative report (PDF): the text a donor reads, extracted by pdftotext, holds the workbook's
own figures (headline with how it was counted, every indicator's target, actual and the previous
period), the narrative in French and Arabic as written, and the workbook named as its annex."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from diaspora_grants.reporting.donor_workbook.iptt import COMPARE_HEADERS, FIXED_HEADERS, TAIL_HEADERS
from diaspora_grants.services.narratives import NarrativeInput, OutcomeInput
from diaspora_grants.services.registry import Services
from tests.conftest import require_or_skip
from tests.services.donor_demo import BHA, demo_services

FRENCH = "La Fédération des Tunisiens pour une Citoyenneté des deux Rives a formé 120 élèves à Médenine."
ARABIC = "وصلت حملة التطعيم إلى القرى الريفية في عكار وبعلبك الهرمل"
MIXED = "Le partenaire جمعية النهوض بالعلوم a signalé 45,000 personnes à Beyrouth."
#: Bidirectional marks pdftotext puts around right-to-left runs: not part of the text.
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
Q4 = ("2022-10-01", "2022-12-31")
FINAL = ("2022-01-01", "2023-03-31")


def pdf_text(path: Path, *, layout: bool = False) -> str:
    require_or_skip(shutil.which("pdftotext") is not None, "pdftotext (poppler-utils)")
    command = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    text = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return BIDI_MARKS.sub("", text)


@dataclass
class Written:
    pdf: Path
    workbook: Path


@dataclass
class Reports:
    services: Services
    q4: Written
    final: Written


def _narrative(services: Services) -> None:
    programme_id = services.programmes.find_id(BHA)
    assert programme_id is not None
    periods = {p.label: p.id for p in services.periods.find(programme_id)}
    indicators = {i.code: i.id for i in services.indicators.find(programme_id)}
    services.programmes.save_narrative(
        programme_id,
        periods["2022-Q4"],
        periods["2022-Q4"],
        NarrativeInput(
            sections={"executive_summary": FRENCH, "context": ARABIC, "risks": MIXED},
            outcomes=(
                OutcomeInput(
                    title="Rural communities are protected against COVID-19",
                    text="Vaccination teams reached Akkar and Masvingo.",
                    indicator_ids=(indicators["BHA-5"], indicators["BHA-6"]),
                ),
            ),
        ),
        expected_version=0,
    )
    bha5 = indicators["BHA-5"]
    services.programmes.explain_indicator(bha5, periods["2022-Q4"], "Two vaccination rounds instead of one.")
    services.programmes.explain_indicator(bha5, None, "A second district asked to join the campaign.")


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Reports]:
    folder = tmp_path_factory.mktemp("narrative-report")
    services, database = demo_services(folder)
    _narrative(services)
    programme_id = services.programmes.find_id(BHA)
    assert programme_id is not None
    written = {}
    for name, (start, end), kind in (("q4", Q4, "quarterly"), ("final", FINAL, "final")):
        dates = (dt.date.fromisoformat(start), dt.date.fromisoformat(end))
        workbook = folder / f"{name}.xlsx"
        services.exports.write_donor_report(programme_id, *dates, workbook, report_type=kind)
        pdf = folder / f"{name}.pdf"
        services.exports.write_narrative_report(
            programme_id, *dates, pdf, report_type=kind, annex=workbook.name
        )
        written[name] = Written(pdf, workbook)
    yield Reports(services, written["q4"], written["final"])
    database.dispose()


def _shown(value: Any, number_format: str) -> str:
    """A cell as Excel shows it with the workbook's own formats."""
    if value is None or value == "–":
        return "–"
    number = Decimal(str(value))
    if number_format == "0.0%":
        return f"{(number * 100).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP):,.1f}%"
    if number_format == "#,##0.0":
        return f"{number.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP):,.1f}"
    return f"{number.quantize(Decimal('1'), rounding=ROUND_HALF_UP):,.0f}"


def _iptt_rows(workbook: Path) -> dict[str, tuple[Any, ...]]:
    sheet = openpyxl.load_workbook(workbook)["IPTT"]
    return {row[0].value: row for row in sheet.iter_rows(min_row=6) if row[0].value and row[1].value}


def test_the_headline_is_the_workbooks_with_how_it_was_counted(reports: Reports) -> None:
    cover = openpyxl.load_workbook(reports.q4.workbook)["Cover"]
    pairs = [(r[0], r[1]) for r in cover.iter_rows(max_col=2, values_only=True)]
    index = next(
        i for i, (label, _) in enumerate(pairs) if label and label.startswith("People reached in the")
    )
    value, explanation = pairs[index][1], pairs[index + 1][1]
    text = " ".join(pdf_text(reports.q4.pdf).split())
    assert (
        f"{value:,}" == "705,000"
        and "705,000 People reached in the reporting period (unique, direct)" in text
    )
    counted = explanation.replace(" Location by location: see Notes.", "")
    assert "Conservative (max per location) 705,000; upper bound (sum over projects) 805,000." in counted
    assert " ".join(counted.split()) in text


def test_every_indicator_shows_the_workbooks_target_actual_and_previous_period(reports: Reports) -> None:
    for written in (reports.q4, reports.final):
        rows = _iptt_rows(written.workbook)
        lines = pdf_text(written.pdf, layout=True).splitlines()
        start = max(
            i for i, line in enumerate(lines) if "Indicators: targets, actuals and the previous" in line
        )
        table = lines[start:]
        periods = (
            len(next(iter(rows.values()))) - len(FIXED_HEADERS) - len(TAIL_HEADERS) - len(COMPARE_HEADERS)
        ) // 3
        compared = len(FIXED_HEADERS) + 3 * periods + len(TAIL_HEADERS)
        assert rows, "the workbook has indicator rows"
        for number, row in rows.items():
            target, actual, to_date = row[12], row[13], row[15]
            current, previous = row[compared], row[compared + 1]
            expected = [
                _shown(c.value, c.number_format) for c in (target, actual, to_date, current, previous)
            ]
            line = next(line for line in table if line.strip().startswith(f"{number} "))
            tokens = line.split()
            positions = [tokens.index(e, 1) if e in tokens else -1 for e in expected]
            assert -1 not in positions, f"{number}: {expected} not all in {line!r}"


def test_previous_period_values_are_the_workbooks_and_q3_is_the_quarter_before(reports: Reports) -> None:
    sheet = openpyxl.load_workbook(reports.q4.workbook)["IPTT"]
    headers = [c.value for c in sheet[5]]
    previous = headers.index("Previous period")
    row = next(r for r in sheet.iter_rows(min_row=6, values_only=True) if r[0] == "BHA-1" and r[1])
    assert (row[previous - 1], row[previous]) == (705_000, 860_000)
    assert sheet.cell(4, previous).value == "2022-Q4 against 2022-Q3"
    text = " ".join(pdf_text(reports.q4.pdf).split())
    assert "People reached (unique, direct) 705,000 860,000 -155,000 -18.0%" in text


def test_french_and_arabic_come_out_as_written(reports: Reports) -> None:
    text = " ".join(pdf_text(reports.q4.pdf).split())
    for written in (FRENCH, ARABIC):
        assert " ".join(written.split()) in text
    # A mixed line keeps its left-to-right order around the Arabic run.
    assert (
        "Le partenaire" in text and "جمعية النهوض بالعلوم" in text and "45,000 personnes à Beyrouth" in text
    )
    # Shaped letters are extracted as the letters written, not as presentation forms.
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", text)


def test_outcomes_carry_their_indicators_and_explanations(reports: Reports) -> None:
    text = " ".join(pdf_text(reports.q4.pdf).split())
    assert "Outcome 1: Rural communities are protected against COVID-19" in text
    assert "Explanation of variance: Two vaccination rounds instead of one." in text
    # A final report explains the life-of-award variance.
    final = " ".join(pdf_text(reports.final.pdf).split())
    assert "Explanation of variance: A second district asked to join the campaign." in final


def test_the_report_has_its_cover_contents_charts_pages_and_annex(reports: Reports) -> None:
    text = pdf_text(reports.final.pdf)
    flat = " ".join(text.split())
    for expected in (
        "FINAL REPORT TO THE DONOR",
        "Award number 720BHA22-DEMO-0001",
        "Contents",
        "People reached (unique, direct) by country",
        "People reached (unique, direct) by sex and age",
        "People reached (unique, direct) by population group",
        "Indicators against their life-of-award targets",
        "Funds awarded, disbursed and spent (USD)",
        f"Annex: {reports.final.workbook.name}",
    ):
        assert expected in flat, expected
    pages = text.count("\f")
    assert f"Page {pages} of {pages}" in flat
