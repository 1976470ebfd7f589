"""Partner templates in French and Arabic: written in the partner's language, filled, imported with
problems in that language, fixed, imported exactly, and imported twice without change."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.importing.problems import ImportRejectedError
from diaspora_grants.importing.template_import import matching_headers
from diaspora_grants.reporting.template_language import TemplateLanguage
from diaspora_grants.services.registry import Services

from .fixtures import Small, small_programme

#: (indicator code, location, population group, sex, age band) as the sheet shows them.
RowLabels = tuple[str, str, str | None, str | None, str | None]

NBSP = "\u00a0"


def fill(path: Path, sheet_name: str, values: dict[RowLabels, object]) -> dict[RowLabels, int]:
    """Type `values` into the Value cells of the rows with these labels; returns each row's number."""
    book = load_workbook(path)
    sheet = book[sheet_name]
    rows = {}
    for row in sheet.iter_rows(min_row=2):
        key = (row[0].value, row[3].value, row[4].value, row[5].value, row[6].value)
        if key in values:
            row[7].value = values[key]
            rows[key] = int(row[7].row)
    book.save(path)
    assert rows.keys() == values.keys(), f"rows not found: {set(values) - set(rows)}"
    return rows


def location_ids(services: Services, small: Small) -> dict[str, int]:
    return {loc.name: loc.id for loc in services.projects.get(small.project_id).locations}


def saved(services: Services, small: Small, indicator: int) -> dict[tuple[object, ...], Decimal]:
    grid = services.results.grid(small.project_id, indicator, small.q1)
    return {cell.key: cell.value for cell in grid.cells}


def test_a_french_template_speaks_french_and_keeps_numbers_as_numbers(
    services: Services, tmp_path: Path
) -> None:
    small_programme(services)
    info = DataExchange(services).make_template("TN-01", "2022-Q1", tmp_path / "fr.xlsx", language="fr")
    book = load_workbook(info.path)
    assert book.sheetnames[:2] == ["Instructions", "Résultats"]
    sheet = book["Résultats"]
    assert [c.value for c in sheet[1]][:8] == [
        "Code de l'indicateur", "Indicateur", "Unité", "Lieu", "Groupe de population", "Sexe",
        "Tranche d'âge", "Valeur",
    ]  # fmt: skip
    shown = {(r[4].value, r[5].value, r[6].value) for r in sheet.iter_rows(min_row=2)}
    assert ("communauté d'accueil", "féminin", "0-17 ans") in shown
    assert ("personnes déplacées internes", "sexe inconnu", "60 ans et plus") in shown
    assert ("groupe inconnu", "masculin", "âge inconnu") in shown
    instructions = [c.value for c in book["Instructions"]["A"] if c.value]
    assert instructions[0] == f"Modèle de résultats du partenaire{NBSP}: TN-01 - Youth"
    assert any("colonne Valeur" in line for line in instructions)
    assert not sheet.sheet_view.rightToLeft
    identity = {row[0]: row[1] for row in book["_template"].iter_rows(values_only=True)}
    assert identity["language"] == "fr"


def test_an_arabic_template_reads_right_to_left_with_arabic_headers_and_lists(
    services: Services, tmp_path: Path
) -> None:
    small = small_programme(services)
    tunis = location_ids(services, small)["Tunis"]
    services.results.save_grid(
        small.project_id, small.share, small.q1, [_cell(tunis, None, None, None, Decimal("61.5"))]
    )
    info = DataExchange(services).make_template("TN-01", "2022-Q1", tmp_path / "ar.xlsx", language="ar")
    book = load_workbook(info.path)
    assert book.sheetnames[:2] == ["التعليمات", "النتائج"]
    sheet = book["النتائج"]
    assert sheet.sheet_view.rightToLeft and book["التعليمات"].sheet_view.rightToLeft
    assert [c.value for c in sheet[1]][3:8] == [
        "الموقع",
        "الفئة السكانية",
        "الجنس",
        "الفئة العمرية",
        "القيمة",
    ]
    shown = {(r[4].value, r[5].value, r[6].value) for r in sheet.iter_rows(min_row=2)}
    assert ("المجتمع المضيف", "إناث", "0-17 سنة") in shown
    assert ("اللاجئون", "ذكور", "60 سنة فأكثر") in shown
    share = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "SHARE" and r[3].value == "Tunis")
    assert share[7].value == 61.5 and share[7].data_type == "n"
    lists = book["Lists"]
    assert lists.sheet_state == "hidden" and lists["C1"].value == "الجنس"
    assert [lists.cell(row=r, column=3).value for r in (2, 3, 4)] == ["إناث", "ذكور", "الجنس غير معروف"]


def test_a_french_template_round_trips_with_problems_in_french(services: Services, tmp_path: Path) -> None:
    small = small_programme(services)
    exchange = DataExchange(services)
    path = exchange.make_template("TN-01", "2022-Q1", tmp_path / "fr.xlsx", language="fr").path
    people_tunis = ("PEOPLE", "Tunis", "migrants", "féminin", "18-59 ans")
    people_sfax = ("PEOPLE", "Sfax", "réfugiés", "masculin", "0-17 ans")
    share_tunis = ("SHARE", "Tunis", None, None, None)
    rows = fill(path, "Résultats", {people_tunis: 40, people_sfax: "douze", share_tunis: 61.5})
    before = services.maintenance.checksums()

    with pytest.raises(ImportRejectedError) as caught:
        exchange.commit_import(path)
    [problem] = caught.value.problems
    assert (problem.sheet, problem.row, problem.column) == ("Résultats", rows[people_sfax], "Valeur")
    assert problem.message == f"«{NBSP}douze{NBSP}» n'est pas un nombre"
    assert problem.fix.startswith("saisissez uniquement des chiffres, avec un point pour les décimales")
    assert services.maintenance.checksums() == before

    fill(path, "Résultats", {people_sfax: 12})
    assert exchange.commit_import(path).changes == 3
    ids = location_ids(services, small)
    assert saved(services, small, small.people) == {
        (ids["Tunis"], "migrants", "female", "18-59"): Decimal(40),
        (ids["Sfax"], "refugees", "male", "0-17"): Decimal(12),
    }
    assert saved(services, small, small.share) == {(ids["Tunis"], None, None, None): Decimal("61.5")}
    after = services.maintenance.checksums()
    assert exchange.commit_import(path).changes == 0
    assert services.maintenance.checksums() == after


def test_an_arabic_template_round_trips_with_problems_in_arabic(services: Services, tmp_path: Path) -> None:
    small = small_programme(services)
    exchange = DataExchange(services)
    path = exchange.make_template("TN-01", "2022-Q1", tmp_path / "ar.xlsx", language="ar").path
    host = ("PEOPLE", "Tunis", "المجتمع المضيف", "إناث", "0-17 سنة")
    returnees = ("PEOPLE", "Sfax", "العائدون", "الجنس غير معروف", "60 سنة فأكثر")
    share = ("SHARE", "Sfax", None, None, None)
    rows = fill(path, "النتائج", {host: 4.5, returnees: "١٢", share: 75})

    with pytest.raises(ImportRejectedError) as caught:
        exchange.commit_import(path)
    problems = {p.row: p for p in caught.value.problems}
    assert problems.keys() == {rows[host], rows[returnees]}
    assert {(p.sheet, p.column) for p in problems.values()} == {("النتائج", "القيمة")}
    assert problems[rows[host]].message == "4.5 ليس عدداً صحيحاً؛ هذا المؤشر مؤشر عدّ"
    assert problems[rows[returnees]].message == "«١٢» مكتوب بأرقام غير الأرقام 0-9"
    assert problems[rows[returnees]].fix == "يُرجى كتابته بالأرقام 0-9: 12"
    assert services.results.grid(small.project_id, small.people, small.q1).is_empty

    fill(path, "النتائج", {host: 4, returnees: 12})
    assert exchange.commit_import(path).changes == 3
    ids = location_ids(services, small)
    assert saved(services, small, small.people) == {
        (ids["Tunis"], "host community", "female", "0-17"): Decimal(4),
        (ids["Sfax"], "returnees", "unknown", "60+"): Decimal(12),
    }
    assert saved(services, small, small.share) == {(ids["Sfax"], None, None, None): Decimal(75)}
    assert exchange.commit_import(path).changes == 0
    # A new Arabic template shows the stored figures under Arabic labels: importing it changes nothing.
    again = exchange.make_template("TN-01", "2022-Q1", tmp_path / "ar2.xlsx", language="ar").path
    assert exchange.commit_import(again).changes == 0


def test_a_french_template_with_english_headers_and_labels_still_imports(
    services: Services, tmp_path: Path
) -> None:
    small = small_programme(services)
    exchange = DataExchange(services)
    english = load_workbook(exchange.make_template("TN-01", "2022-Q1", tmp_path / "en.xlsx").path)
    path = exchange.make_template("TN-01", "2022-Q1", tmp_path / "fr.xlsx", language="fr").path
    rows = fill(path, "Résultats", {("PEOPLE", "Tunis", "communauté d'accueil", "masculin", "18-59 ans"): 7})
    book = load_workbook(path)
    sheet = book["Résultats"]
    sheet.protection.sheet = False
    for cell, header in zip(sheet[1], english["Results"][1], strict=True):
        cell.value = header.value
    # The partner typed the English words in one row: the stored values, which every template accepts.
    row = next(iter(rows.values()))
    sheet.cell(row=row, column=5).value = "host community"
    sheet.cell(row=row, column=7).value = "18-59"
    book.save(path)

    assert exchange.commit_import(path).changes == 1
    tunis = location_ids(services, small)["Tunis"]
    assert saved(services, small, small.people) == {(tunis, "host community", "male", "18-59"): Decimal(7)}


def test_problems_of_a_french_template_name_the_list_and_the_rule_in_french(
    services: Services, tmp_path: Path
) -> None:
    small_programme(services)
    exchange = DataExchange(services)
    path = exchange.make_template("TN-01", "2022-Q1", tmp_path / "fr.xlsx", language="fr").path
    first = ("PEOPLE", "Tunis", "migrants", "féminin", "18-59 ans")
    rows = fill(path, "Résultats", {first: 3, ("SHARE", "Sfax", None, None, None): -2})
    book = load_workbook(path)
    book["Résultats"].cell(row=rows[first], column=6).value = "femme"
    book.save(path)

    problems = exchange.preview_import(path).problems
    assert [(p.column, p.message, p.fix) for p in problems] == [
        (
            "Sexe",
            f"«{NBSP}femme{NBSP}» n'est pas dans la liste",
            "choisissez une valeur dans la liste déroulante",
        ),
        (
            "Valeur",
            "doit être un nombre supérieur ou égal à zéro",
            "donnez un nombre supérieur ou égal à zéro, entier pour un comptage",
        ),
    ]


def test_headers_are_found_in_any_of_the_three_languages() -> None:
    ids = ("results.header.indicator_code", "results.header.value", "results.header.note")
    found = matching_headers(TemplateLanguage.FRENCH, ids, ["Indicator code", "Valeur", "ملاحظة"])
    assert found == ("Indicator code", "Valeur", "ملاحظة")
    assert matching_headers(TemplateLanguage.ARABIC, ids, [None, " valeur "]) == (
        "رمز المؤشر",
        "Valeur",
        "ملاحظة",
    )


def test_a_template_in_an_unknown_language_is_refused(services: Services, tmp_path: Path) -> None:
    from diaspora_grants.domain.errors import ValidationError

    small_programme(services)
    with pytest.raises(ValidationError) as caught:
        DataExchange(services).make_template("TN-01", "2022-Q1", tmp_path / "x.xlsx", language="de")
    assert "en, fr or ar" in caught.value.message
    assert not (tmp_path / "x.xlsx").exists()


def _cell(location: int, group: str | None, sex: str | None, band: str | None, value: Decimal) -> object:
    from diaspora_grants.services.result_cells import CellInput

    return CellInput(location, group, sex, band, value)


def test_a_locked_period_refuses_a_french_template_in_french(services: Services, tmp_path: Path) -> None:
    small = small_programme(services)
    exchange = DataExchange(services)
    path = exchange.make_template("TN-01", "2022-Q1", tmp_path / "fr.xlsx", language="fr").path
    rows = fill(path, "Résultats", {("PEOPLE", "Tunis", "migrants", "féminin", "18-59 ans"): 40})
    services.periods.lock(small.q1, "Q1 reported")
    with pytest.raises(ImportRejectedError) as caught:
        exchange.commit_import(path)
    [problem] = caught.value.problems
    assert (problem.row, problem.column) == (next(iter(rows.values())), "Valeur")
    assert problem.message.startswith(
        f"la période 2022-Q1 est verrouillée (ses résultats ont été déclarés){NBSP};"
    )
    assert problem.fix == f"rien n'a été enregistré{NBSP}; voir le message"


def test_a_source_too_long_is_said_in_arabic(services: Services, tmp_path: Path) -> None:
    small_programme(services)
    exchange = DataExchange(services)
    path = exchange.make_template("TN-01", "2022-Q1", tmp_path / "ar.xlsx", language="ar").path
    rows = fill(path, "النتائج", {("SHARE", "Tunis", None, None, None): 50})
    book = load_workbook(path)
    book["النتائج"].cell(row=next(iter(rows.values())), column=9).value = "س" * 301
    book.save(path)
    [problem] = exchange.preview_import(path).problems
    assert (problem.column, problem.message) == ("المصدر", "عدد أحرف النص: 301")
    assert problem.fix == "يُرجى اختصاره بحيث لا يتجاوز عدد أحرفه 300"
