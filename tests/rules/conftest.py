"""A small programme reached through every path that writes result cells."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from diaspora_grants.domain.enums import Counting, OrganisationType, Reach
from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.services.indicators import IndicatorInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.projects import ProjectInput
from diaspora_grants.services.registry import Services

RESULT_HEADERS = (
    "Programme", "Project", "Indicator", "Period", "Location", "Population group", "Sex", "Age band", "Value",
)  # fmt: skip


@dataclass(frozen=True)
class Scope:
    programme_id: int
    project_id: int
    people_id: int
    beirut: int
    q1: int
    q2: int


@pytest.fixture
def scope(services: Services) -> Scope:
    partner = services.organisations.create(OrganisationInput(name="Amel", type=OrganisationType.DIASPORA))
    programme = services.programmes.create(
        ProgrammeInput(code="P1", name="One", start_date=dt.date(2022, 1, 1), end_date=dt.date(2022, 12, 31))
    )
    people = services.indicators.create(
        programme.id,
        IndicatorInput(
            code="PEOPLE", name="People reached", counting=Counting.UNIQUE_PEOPLE, reach=Reach.DIRECT
        ),
    )
    q1 = services.periods.create(programme.id, "2022-Q1", dt.date(2022, 1, 1), dt.date(2022, 3, 31))
    q2 = services.periods.create(programme.id, "2022-Q2", dt.date(2022, 4, 1), dt.date(2022, 6, 30))
    project = services.projects.create(
        ProjectInput(
            code="LB-1", title="Lebanon", programme_id=programme.id, partner_id=partner.id, country="LB"
        )
    )
    beirut = services.projects.add_location(project.id, "Beirut")
    return Scope(programme.id, project.id, people.id, beirut.id, q1.id, q2.id)


def results_workbook(path: Path, rows: list[tuple[Any, ...]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Results"
    sheet.append(RESULT_HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def import_problems(services: Services, path: Path) -> list[str]:
    """The messages of every problem a dry run of `path` reports."""
    return [p.message for p in DataExchange(services).preview_import(path).problems]
