"""A small programme to import into: two indicators, two periods, one project with two locations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from diaspora_grants.domain.enums import Measure, OrganisationType
from diaspora_grants.services.indicators import IndicatorInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.projects import ProjectInput
from diaspora_grants.services.registry import Services

RESULT_HEADERS = (
    "Programme", "Project", "Indicator", "Period", "Location", "Population group", "Sex", "Age band", "Value",
    "Status", "Source", "Note",
)  # fmt: skip


@dataclass(frozen=True)
class Small:
    programme_id: int
    project_id: int
    people: int
    share: int
    q1: int
    q2: int


def small_programme(services: Services) -> Small:
    partner = services.organisations.create(OrganisationInput(name="Pontes", type=OrganisationType.DIASPORA))
    programme = services.programmes.create(
        ProgrammeInput(
            code="P1", name="Programme one", start_date=dt.date(2022, 1, 1), end_date=dt.date(2022, 12, 31)
        )
    )
    people = services.indicators.create(programme.id, IndicatorInput(code="PEOPLE", name="People reached"))
    share = services.indicators.create(
        programme.id,
        IndicatorInput(code="SHARE", name="Share satisfied", measure=Measure.PERCENT, disaggregated=False),
    )
    q1 = services.periods.create(programme.id, "2022-Q1", dt.date(2022, 1, 1), dt.date(2022, 3, 31))
    q2 = services.periods.create(programme.id, "2022-Q2", dt.date(2022, 4, 1), dt.date(2022, 6, 30))
    project = services.projects.create(
        ProjectInput(
            code="TN-01", title="Youth", programme_id=programme.id, partner_id=partner.id, country="TN"
        )
    )
    services.projects.set_locations(project.id, ["Tunis", "Sfax"])
    return Small(programme.id, project.id, people.id, share.id, q1.id, q2.id)


def result_row(**changes: Any) -> list[Any]:
    row = {
        "Programme": "P1", "Project": "TN-01", "Indicator": "PEOPLE", "Period": "2022-Q1",
        "Location": "Tunis", "Population group": "migrants", "Sex": "female", "Age band": "18-59",
        "Value": 10, "Status": None, "Source": None, "Note": None,
    }  # fmt: skip
    row.update(changes)
    return [row[h] for h in RESULT_HEADERS]


def write_book(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def results_book(path: Path, rows: list[list[Any]]) -> Path:
    return write_book(path, {"Results": [list(RESULT_HEADERS), *rows]})
