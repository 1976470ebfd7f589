"""The partner results template: the rows a project must report for one period, ready to fill.

One row per indicator x location x population group x sex x age band (one per location for an
indicator that is not disaggregated), with the project's own labels, drop-down lists, the header
and the labels locked (sheet protection; value cells unlocked), an Instructions sheet, and a
hidden sheet that identifies programme, project and period (with a fingerprint), so that the
import matches every row exactly. Current values are filled in, so re-importing is a no-op.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Indicator, Period, Programme, Project, Result
from ..domain.enums import UNKNOWN_AGE_BAND, Sex
from ..domain.errors import NotFoundError, ValidationError
from ..reporting.atomic import atomic_target
from ..reporting.safe_cells import clean_text, is_dangerous
from .workbook_reader import Column

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


def write_template(session: Session, project_code: str, period_label: str, out: Path) -> TemplateInfo:
    project = session.scalars(select(Project).where(Project.code == project_code)).first()
    if project is None:
        raise NotFoundError("project", project_code)
    programme: Programme = project.programme
    period = session.scalars(
        select(Period).where(Period.programme_id == programme.id, Period.label == period_label)
    ).first()
    if period is None:
        raise ValidationError.single("period", f"programme {programme.code} has no period '{period_label}'")
    indicators = list(
        session.scalars(
            select(Indicator)
            .where(Indicator.programme_id == programme.id)
            .order_by(Indicator.position, Indicator.id)
        )
    )
    existing = _existing(session, project.id, period.id)
    locations = sorted(project.locations, key=lambda loc: (loc.name.casefold(), loc.name))
    groups = list(programme.population_groups)
    bands = [*programme.age_bands, UNKNOWN_AGE_BAND]
    sexes = [s.value for s in Sex]
    book = Workbook()
    _instructions(book.active, programme, project, period)
    sheet = book.create_sheet(RESULTS_SHEET)
    _header(sheet)
    rows = 0
    location_names: list[tuple[int | None, str | None]] = [(loc.id, loc.name) for loc in locations] or [
        (None, None)
    ]
    for indicator in indicators:
        shapes = (
            [(g, s, a) for g in groups for s in sexes for a in bands]
            if indicator.disaggregated
            else [(None, None, None)]
        )
        for location_id, location_name in location_names:
            for group, sex, band in shapes:
                found = existing.pop((indicator.id, location_id, group, sex, band), None)
                rows += 1
                _row(sheet, rows + 1, indicator, location_name, group, sex, band, found)
        # Cells already reported outside the expected rows (e.g. for the whole project) stay visible,
        # so that importing the template back does not drop them.
        names = {loc.id: loc.name for loc in locations}
        for key in [k for k in existing if k[0] == indicator.id]:
            found = existing.pop(key)
            rows += 1
            location = names.get(key[1]) if key[1] else None
            _row(sheet, rows + 1, indicator, location, key[2], key[3], key[4], found)
    _validations(book, sheet, rows, [n for _, n in location_names if n], groups, sexes, bands)
    _identity(book, programme, project, period, rows)
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.autoFilter = False
    sheet.protection.sort = False
    with atomic_target(out) as temporary:
        book.save(temporary)
    return TemplateInfo(out, programme.code, project.code, period.label, rows)


def _existing(session: Session, project_id: int, period_id: int) -> dict[tuple[Any, ...], Result]:
    """The period's cells of the project by (indicator, location, group, sex, age band)."""
    found = {}
    for r in session.scalars(
        select(Result).where(Result.project_id == project_id, Result.period_id == period_id)
    ):
        found[
            (r.indicator_id, r.location_id, r.population_group, r.sex.value if r.sex else None, r.age_band)
        ] = r
    return found


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
    indicator: Indicator,
    location: str | None,
    group: str | None,
    sex: str | None,
    band: str | None,
    found: Result | None,
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
    book: Workbook,
    sheet: Worksheet,
    rows: int,
    locations: list[str],
    groups: list[str],
    sexes: list[str],
    bands: list[str],
) -> None:
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


def _identity(book: Workbook, programme: Programme, project: Project, period: Period, rows: int) -> None:
    sheet = book.create_sheet(IDENTITY_SHEET)
    sheet.sheet_state = "veryHidden"
    entries = (
        ("kind", "diaspora-grants results template"),
        ("version", TEMPLATE_VERSION),
        ("programme", programme.code),
        ("project", project.code),
        ("project id", str(project.id)),
        ("period", period.label),
        ("period id", str(period.id)),
        ("rows", str(rows)),
        ("fingerprint", fingerprint(programme.code, project.id, project.code, period.id, period.label)),
    )
    for number, (key, value) in enumerate(entries, start=1):
        set_text(sheet, number, 1, key)
        set_text(sheet, number, 2, value)
    sheet.protection.sheet = True


def _instructions(sheet: Any, programme: Programme, project: Project, period: Period) -> None:
    sheet.title = "Instructions"
    lines = (
        f"Results template: {project.code} - {project.title}",
        f"Programme: {programme.code} - {programme.name}",
        f"Period: {period.label} ({period.start_date.isoformat()} to {period.end_date.isoformat()})",
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
