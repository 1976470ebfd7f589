"""A partner's narrative comes in with its results template: the Narrative sheet, read back on
import (in French and Arabic as written), shown in the template made again, twice changes nothing,
and refused in a locked period with the locked-period wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from diaspora_grants.domain.errors import LockedPeriodError
from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.importing.problems import ImportRejectedError
from diaspora_grants.services.registry import Services

from .fixtures import small_programme

FRENCH = "Les jeunes de Médenine ont animé 14 ateliers."
ARABIC = "تأخر وصول المعدات بسبب الإغلاق"


def _write(path: Path, texts: dict[str, str]) -> Path:
    book = load_workbook(path)
    sheet = book["Narrative"]
    for row in sheet.iter_rows(min_row=2):
        if row[3].value in texts:
            row[2].value = texts[row[3].value]
    book.save(path)
    return path


def test_the_narrative_sheet_is_open_for_the_text_only(services: Services, tmp_path: Path) -> None:
    small_programme(services)
    book = load_workbook(DataExchange(services).make_template("TN-01", "2022-Q1", tmp_path / "t.xlsx").path)
    sheet = book["Narrative"]
    titles = [sheet.cell(row=r, column=1).value for r in range(2, sheet.max_row + 1)]
    assert titles[0] == "Progress" and "Accountability to affected people" in titles
    assert sheet.protection.sheet and sheet["A2"].protection.locked and not sheet["C2"].protection.locked
    assert sheet.column_dimensions["D"].hidden


def test_the_partners_words_are_saved_shown_again_and_twice_change_nothing(
    services: Services, tmp_path: Path
) -> None:
    small = small_programme(services)
    exchange = DataExchange(services)
    path = exchange.make_template("TN-01", "2022-Q1", tmp_path / "t.xlsx").path
    _write(path, {"progress": FRENCH, "challenges": ARABIC})

    report = exchange.commit_import(path)

    assert [s.created for s in report.sheets if s.sheet == "Narrative"] == [1]
    saved = services.programmes.partner_narrative(small.project_id, small.q1)
    assert (saved.text("progress"), saved.text("challenges")) == (FRENCH, ARABIC)
    assert exchange.commit_import(path).changes == 0
    again = load_workbook(exchange.make_template("TN-01", "2022-Q1", tmp_path / "again.xlsx").path)
    assert [again["Narrative"].cell(row=r, column=3).value for r in (2, 3)] == [FRENCH, ARABIC]


def test_a_locked_period_refuses_the_narrative(services: Services, tmp_path: Path) -> None:
    small = small_programme(services)
    exchange = DataExchange(services)
    path = _write(exchange.make_template("TN-01", "2022-Q1", tmp_path / "t.xlsx").path, {"progress": FRENCH})
    services.periods.lock(small.q1, "reported")
    with pytest.raises(ImportRejectedError) as refused:
        exchange.commit_import(path)
    assert any(p.message == LockedPeriodError("2022-Q1").message for p in refused.value.problems)
    assert not services.programmes.partner_narrative(small.project_id, small.q1).written


@pytest.mark.parametrize(
    ("language", "sheet_name", "headers", "first_title"),
    [
        ("fr", "Rapport narratif", ["Section", "Quoi écrire", "Texte"], "Avancement"),
        ("ar", "التقرير السردي", ["القسم", "ما يُكتب", "النص"], "التقدم المحرز"),
    ],
)
def test_a_french_or_arabic_template_has_its_narrative_in_that_language_and_reads_it_back(
    services: Services, tmp_path: Path, language: str, sheet_name: str, headers: list[str], first_title: str
) -> None:
    small = small_programme(services)
    exchange = DataExchange(services)
    path = exchange.make_template("TN-01", "2022-Q1", tmp_path / f"{language}.xlsx", language=language).path
    book = load_workbook(path)
    sheet = book[sheet_name]
    assert [sheet.cell(row=1, column=c).value for c in (1, 2, 3)] == headers
    assert sheet["A2"].value == first_title and sheet.sheet_view.rightToLeft == (language == "ar")
    sheet["C2"].value = FRENCH if language == "fr" else ARABIC
    book.save(path)

    report = exchange.commit_import(path)

    assert [s.created for s in report.sheets if s.sheet == sheet_name] == [1]
    saved = services.programmes.partner_narrative(small.project_id, small.q1)
    assert saved.text("progress") == (FRENCH if language == "fr" else ARABIC)
    assert exchange.commit_import(path).changes == 0
