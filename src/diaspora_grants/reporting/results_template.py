"""The partner results template: the rows a project must report for one period, ready to fill.

One row per indicator x location x population group x sex x age band (one per location for an
indicator that is not disaggregated), with the project's own labels, drop-down lists, the header
and the labels locked (sheet protection; value cells unlocked), an Instructions sheet, and a
hidden sheet that identifies programme, project and period (with a fingerprint), so that the
import matches every row exactly. Current values are filled in, so re-importing is a no-op.
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
from openpyxl.styles import Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.enums import Sex
from .atomic import atomic_target
from .data_format import Column
from .safe_cells import clean_text, is_dangerous
from .template_narrative import write_narrative_sheet

RESULTS_SHEET = "Results"
LISTS_SHEET = "Lists"
IDENTITY_SHEET = "_template"
TEMPLATE_VERSION = "1"
COLUMNS = (
    Column("Indicator code", True),
    Column("Indicator"),
    Column("Unit"),
    Column("Location"),
    Column("Population group"),
    Column("Sex"),
    Column("Age band"),
    Column("Value"),
    Column("Source"),
    Column("Note"),
    Column("Row key"),
)
_EDITABLE = ("Location", "Population group", "Sex", "Age band", "Value", "Source", "Note")
_WIDTHS = (14, 50, 12, 22, 20, 10, 10, 12, 30, 40, 10)


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
    #: The partner's narrative of the period so far, by section key (the Narrative sheet).
    narrative: Mapping[str, str] = field(default_factory=dict)


def write_template(data: TemplateData, out: Path) -> TemplateInfo:
    book = Workbook()
    _instructions(book.active, data)
    sheet = book.create_sheet(RESULTS_SHEET)
    _header(sheet)
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
            _row(sheet, rows + 1, indicator, location_name, group, sex, band, found)
    _validations(book, sheet, rows, [n for _, n in location_names if n], data, sexes)
    write_narrative_sheet(book, data.narrative)
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


def _header(sheet: Worksheet) -> None:
    fill = PatternFill("solid", fgColor="DDDDDD")
    for index, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index, value=column.header)
        cell.font = Font(bold=True)
        cell.fill = fill
        sheet.column_dimensions[cell.column_letter].width = _WIDTHS[index - 1]
    sheet.column_dimensions["K"].hidden = True
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:J{1}"


def _row(
    sheet: Worksheet,
    number: int,
    indicator: TemplateIndicator,
    location: str | None,
    group: str | None,
    sex: str | None,
    band: str | None,
    found: StoredFigure | None,
) -> None:
    values = (
        indicator.code,
        indicator.name,
        indicator.unit,
        location,
        group,
        sex,
        band,
        _number(found.value) if found else None,
        found.source if found else None,
        found.note if found else None,
        str(indicator.id),
    )
    for index, value in enumerate(values, start=1):
        set_text(sheet, number, index, value)
        if COLUMNS[index - 1].header in _EDITABLE:
            sheet.cell(row=number, column=index).protection = Protection(locked=False)


def _number(value: Any) -> Any:
    return int(value) if value == value.to_integral_value() else float(value)


def _validations(
    book: Workbook, sheet: Worksheet, rows: int, locations: list[str], data: TemplateData, sexes: list[str]
) -> None:
    groups, bands = list(data.population_groups), list(data.age_bands)
    lists = book.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    last = rows + 1
    for column, (title, values, target) in enumerate(
        (
            ("Location", locations, "D"),
            ("Population group", groups, "E"),
            ("Sex", sexes, "F"),
            ("Age band", bands, "G"),
        ),
        start=1,
    ):
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
            error=f"Choose a {title.lower()} from the list",
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
        numbers.error = "Give a number of zero or more"
        numbers.add(f"H2:H{last}")
        sheet.add_data_validation(numbers)


def _identity(book: Workbook, data: TemplateData, rows: int) -> None:
    sheet = book.create_sheet(IDENTITY_SHEET)
    sheet.sheet_state = "veryHidden"
    entries = (
        ("kind", "diaspora-grants results template"),
        ("version", TEMPLATE_VERSION),
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
    sheet.title = "Instructions"
    lines = (
        f"Results template: {data.project_code} - {data.project_title}",
        f"Programme: {data.programme_code} - {data.programme_name}",
        f"Period: {data.period_label} ({data.period_start.isoformat()} to {data.period_end.isoformat()})",
        "",
        "How to fill it in",
        "1. Go to the Results sheet. Each row is one figure the project reports for this period.",
        "2. Type the number in the Value column: 0 if none; leave it blank if it is not known.",
        "3. Location, population group, sex and age band come from drop-down lists; keep the rows.",
        "4. Source and Note are optional (e.g. 'attendance registers').",
        "5. Do not type formulas, merge cells, rename sheets or delete the header row.",
        "6. Save as .xlsx and send it back. The app shows what will change before anything is saved,",
        "   and lists any problem by sheet, row and column with how to fix it.",
        "",
        "Values already reported are filled in; changing them updates the report once the app imports it.",
    )
    for number, line in enumerate(lines, start=1):
        set_text(sheet, number, 1, line)
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A5"].font = Font(bold=True)
    sheet.column_dimensions["A"].width = 110
