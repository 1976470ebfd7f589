"""The partner results template: the rows a project must report for one period, ready to fill.

One row per indicator x location x population group x sex x age band (one per location for an
indicator that is not disaggregated), with the project's own labels, drop-down lists, the header
and the labels locked (sheet protection; value cells unlocked), an Instructions sheet, and a
hidden sheet that identifies programme, project and period (with a fingerprint), so that the
import matches every row exactly. Current values are filled in, so re-importing is a no-op.

Written in the partner's language (English, French or Arabic, right to left): the words come from
template_strings by message id, and the lists show labels of the stored values (ChoiceLabels), which
the import maps back exactly. Numbers stay numbers in every language.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.enums import Sex
from .atomic import atomic_target
from .data_format import Column
from .safe_cells import clean_text, is_dangerous
from .template_language import ChoiceLabels, TemplateLanguage, is_right_to_left, say
from .template_narrative import write_narrative_sheet

#: The hidden sheet of the drop-down lists keeps one name in every language: validations refer to it.
LISTS_SHEET = "Lists"
IDENTITY_SHEET = "_template"
#: Part of the fingerprint: changing it refuses every template already sent out.
TEMPLATE_VERSION = "1"
#: The message id of each column's header (template_strings), in the sheet's order.
COLUMN_IDS = tuple(
    f"results.header.{name}"
    for name in (
        "indicator_code", "indicator", "unit", "location", "population_group", "sex", "age_band", "value",
        "source", "note", "row_key",
    )
)  # fmt: skip
#: The columns with their English headers (the import accepts the headers of every language).
COLUMNS = tuple(Column(say(TemplateLanguage.ENGLISH, i), i.endswith("indicator_code")) for i in COLUMN_IDS)
#: Location, population group, sex, age band, value, source and note: what the partner fills in.
_EDITABLE = range(4, 11)
_WIDTHS = (14, 50, 12, 22, 20, 10, 10, 12, 30, 40, 10)
#: The lists behind the drop-downs: (the column's name in COLUMN_IDS, its letter in Results).
_LISTS = (("location", "D"), ("population_group", "E"), ("sex", "F"), ("age_band", "G"))


@dataclass(frozen=True)
class TemplateInfo:
    path: Path
    programme_code: str
    project_code: str
    period_label: str
    rows: int


def fingerprint(programme_code: str, project_id: int, project_code: str, period_id: int, label: str) -> str:
    text = f"{TEMPLATE_VERSION}|{programme_code}|{project_id}|{project_code}|{period_id}|{label}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


@dataclass(frozen=True)
class TemplateIndicator:
    id: int
    code: str
    name: str
    unit: str | None
    disaggregated: bool


@dataclass(frozen=True)
class StoredFigure:
    value: Decimal
    source: str | None
    note: str | None


#: A figure of the period by (indicator id, location id, population group, sex, age band).
FigureKey = tuple[int, int | None, str | None, str | None, str | None]


@dataclass(frozen=True)
class TemplateData:
    """Everything a template shows, read by the services: no database in here."""

    programme_code: str
    programme_name: str
    project_id: int
    project_code: str
    project_title: str
    period_id: int
    period_label: str
    period_start: dt.date
    period_end: dt.date
    indicators: tuple[TemplateIndicator, ...]
    #: (id, name) of the project's locations, sorted by name.
    locations: tuple[tuple[int, str], ...]
    population_groups: tuple[str, ...]
    age_bands: tuple[str, ...]
    existing: dict[FigureKey, StoredFigure]
    #: The partner's language: headers, instructions, lists and error messages are written in it.
    language: TemplateLanguage = TemplateLanguage.ENGLISH
    #: The partner's narrative of the period so far, by section key (the Narrative sheet).
    narrative: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TemplateLists:
    """The labels the template shows for the stored values of each list, in its language."""

    groups: ChoiceLabels
    sexes: ChoiceLabels
    bands: ChoiceLabels

    @classmethod
    def of(cls, language: TemplateLanguage, groups: tuple[str, ...], bands: tuple[str, ...]) -> TemplateLists:
        return cls(
            ChoiceLabels(language, "population group", groups),
            ChoiceLabels(language, "sex", [s.value for s in Sex]),
            ChoiceLabels(language, "age band", bands),
        )


def results_sheet_name(language: TemplateLanguage) -> str:
    return say(language, "sheet.results")


def headers(language: TemplateLanguage) -> tuple[str, ...]:
    return tuple(say(language, i) for i in COLUMN_IDS)


def write_template(data: TemplateData, out: Path) -> TemplateInfo:
    book = Workbook()
    language = data.language
    _instructions(book.active, data)
    sheet = book.create_sheet(results_sheet_name(language))
    _header(sheet, language)
    lists = TemplateLists.of(language, data.population_groups, data.age_bands)
    existing = dict(data.existing)
    sexes = [s.value for s in Sex]
    location_names: list[tuple[int | None, str | None]] = list(data.locations) or [(None, None)]
    names = dict(data.locations)
    rows = 0
    for indicator in data.indicators:
        shapes = (
            [(g, s, a) for g in data.population_groups for s in sexes for a in data.age_bands]
            if indicator.disaggregated
            else [(None, None, None)]
        )
        expected = [(loc_id, name, *shape) for loc_id, name in location_names for shape in shapes]
        # Cells already reported outside the expected rows (e.g. for the whole project) stay visible,
        # so that importing the template back does not drop them.
        expected_keys = {(indicator.id, e[0], *e[2:]) for e in expected}
        extra = [
            (k[1], names.get(k[1]) if k[1] else None, *k[2:])
            for k in existing
            if k[0] == indicator.id and k not in expected_keys
        ]
        for location_id, location_name, group, sex, band in [*expected, *extra]:
            found = existing.get((indicator.id, location_id, group, sex, band))
            rows += 1
            shown = (lists.groups.label(group), lists.sexes.label(sex), lists.bands.label(band))
            _row(sheet, rows + 1, indicator, location_name, shown, found)
    choices = (
        [n for _, n in location_names if n],
        lists.groups.labels,
        lists.sexes.labels,
        lists.bands.labels,
    )
    _validations(book, sheet, rows, choices, language)
    write_narrative_sheet(book, data.narrative, language)
    _identity(book, data, rows)
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.autoFilter = False
    sheet.protection.sort = False
    with atomic_target(out) as temporary:
        book.save(temporary)
    return TemplateInfo(out, data.programme_code, data.project_code, data.period_label, rows)


def set_text(sheet: Worksheet, row: int, column: int, value: Any) -> None:
    """Write user text as text: never a formula, no characters XML forbids."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        text, _ = clean_text(value)
        cell.value = text
        cell.data_type = "s"
        if is_dangerous(value) or is_dangerous(text):
            cell.quotePrefix = True
    else:
        cell.value = value


def _header(sheet: Worksheet, language: TemplateLanguage) -> None:
    fill = PatternFill("solid", fgColor="DDDDDD")
    for index, header in enumerate(headers(language), start=1):
        cell = sheet.cell(row=1, column=index, value=header)
        cell.font = Font(bold=True)
        cell.fill = fill
        sheet.column_dimensions[cell.column_letter].width = max(_WIDTHS[index - 1], len(header) + 3)
    sheet.column_dimensions["K"].hidden = True
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:J{1}"
    sheet.sheet_view.rightToLeft = is_right_to_left(language)


def _row(
    sheet: Worksheet,
    number: int,
    indicator: TemplateIndicator,
    location: str | None,
    shown: tuple[str | None, str | None, str | None],
    found: StoredFigure | None,
) -> None:
    """One row: `shown` is the population group, sex and age band as the template's lists label them."""
    values = (
        indicator.code,
        indicator.name,
        indicator.unit,
        location,
        *shown,
        _number(found.value) if found else None,
        found.source if found else None,
        found.note if found else None,
        str(indicator.id),
    )
    for index, value in enumerate(values, start=1):
        set_text(sheet, number, index, value)
        if index in _EDITABLE:
            sheet.cell(row=number, column=index).protection = Protection(locked=False)


def _number(value: Any) -> Any:
    return int(value) if value == value.to_integral_value() else float(value)


def _validations(
    book: Workbook, sheet: Worksheet, rows: int, choices: tuple[list[str], ...], language: TemplateLanguage
) -> None:
    """Drop-down lists from the hidden Lists sheet (one column per list), and a number check on Value."""
    lists = book.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    lists.sheet_view.rightToLeft = is_right_to_left(language)
    last = rows + 1
    for column, ((message, target), values) in enumerate(zip(_LISTS, choices, strict=True), start=1):
        title = say(language, f"results.header.{message}")
        set_text(lists, 1, column, title)
        for offset, value in enumerate(values, start=2):
            set_text(lists, offset, column, value)
        if not values or rows == 0:
            continue
        letter = "ABCD"[column - 1]
        validation = DataValidation(
            type="list",
            formula1=f"={LISTS_SHEET}!${letter}$2:${letter}${len(values) + 1}",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=title,
            error=say(language, f"list.error.{message}"),
        )
        validation.add(f"{target}2:{target}{last}")
        sheet.add_data_validation(validation)
    if rows:
        numbers = DataValidation(
            type="decimal",
            operator="greaterThanOrEqual",
            formula1="0",
            allow_blank=True,
            showErrorMessage=True,
        )
        numbers.errorTitle = say(language, "results.header.value")
        numbers.error = say(language, "list.error.value")
        numbers.add(f"H2:H{last}")
        sheet.add_data_validation(numbers)


def _identity(book: Workbook, data: TemplateData, rows: int) -> None:
    sheet = book.create_sheet(IDENTITY_SHEET)
    sheet.sheet_state = "veryHidden"
    entries = (
        ("kind", "diaspora-grants results template"),
        ("version", TEMPLATE_VERSION),
        ("language", data.language.value),
        ("programme", data.programme_code),
        ("project", data.project_code),
        ("project id", str(data.project_id)),
        ("period", data.period_label),
        ("period id", str(data.period_id)),
        ("rows", str(rows)),
        (
            "fingerprint",
            fingerprint(
                data.programme_code, data.project_id, data.project_code, data.period_id, data.period_label
            ),
        ),
    )
    for number, (key, value) in enumerate(entries, start=1):
        set_text(sheet, number, 1, key)
        set_text(sheet, number, 2, value)
    sheet.protection.sheet = True


def _instructions(sheet: Any, data: TemplateData) -> None:
    language = data.language
    sheet.title = say(language, "sheet.instructions")
    sheet.sheet_view.rightToLeft = is_right_to_left(language)
    results, value, source, note = (
        say(language, i)
        for i in ("sheet.results", "results.header.value", "results.header.source", "results.header.note")
    )
    lines = (
        say(language, "instructions.title", project_code=data.project_code, project_title=data.project_title),
        say(
            language,
            "instructions.programme",
            programme_code=data.programme_code,
            programme_name=data.programme_name,
        ),
        say(
            language,
            "instructions.period",
            period_label=data.period_label,
            start=data.period_start.isoformat(),
            end=data.period_end.isoformat(),
        ),
        "",
        say(language, "instructions.how"),
        say(language, "instructions.step1", results=results),
        say(language, "instructions.step2", value=value),
        say(language, "instructions.step3"),
        say(language, "instructions.step4", source=source, note=note),
        say(language, "instructions.step5"),
        say(language, "instructions.step6"),
        "   " + say(language, "instructions.step6_more"),
        "",
        say(language, "instructions.filled"),
    )
    # Right to left: each line reads from the right, whatever character it starts with ("1.").
    aligned = Alignment(readingOrder=2) if is_right_to_left(language) else None
    for number, line in enumerate(lines, start=1):
        set_text(sheet, number, 1, line)
        if aligned is not None:
            sheet.cell(row=number, column=1).alignment = aligned
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A5"].font = Font(bold=True)
    sheet.column_dimensions["A"].width = 110
