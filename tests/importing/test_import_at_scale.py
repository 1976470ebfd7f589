"""Importing 100,000 result rows with full validation: every row checked and created."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from diaspora_grants.domain.enums import DEFAULT_POPULATION_GROUPS, OrganisationType, Sex
from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.services.indicators import IndicatorInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.projects import ProjectInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.results import ResultFilter

from .fixtures import RESULT_HEADERS

PROJECTS, LOCATIONS, INDICATORS, PERIODS = 30, 4, 3, 4
AGE_BANDS = ("0-17", "18-59", "60+", "unknown")


def _programme(services: Services) -> None:
    partner = services.organisations.create(OrganisationInput(name="Partner", type=OrganisationType.DIASPORA))
    programme = services.programmes.create(
        ProgrammeInput(code="BIG", name="Big", start_date=dt.date(2022, 1, 1), end_date=dt.date(2022, 12, 31))
    )
    for number in range(INDICATORS):
        services.indicators.create(
            programme.id, IndicatorInput(code=f"I{number}", name=f"Indicator {number}")
        )
    for quarter in range(PERIODS):
        start = dt.date(2022, 3 * quarter + 1, 1)
        end = (
            dt.date(2022, 3 * quarter + 4, 1) - dt.timedelta(days=1) if quarter < 3 else dt.date(2022, 12, 31)
        )
        services.periods.create(programme.id, f"Q{quarter + 1}", start, end)
    for number in range(PROJECTS):
        project = services.projects.create(
            ProjectInput(
                code=f"P{number:03}",
                title="T",
                programme_id=programme.id,
                partner_id=partner.id,
                country="TN",
            )
        )
        services.projects.set_locations(project.id, [f"Area {n}" for n in range(LOCATIONS)])


def _workbook(path: Path) -> int:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Results")
    sheet.append(list(RESULT_HEADERS))
    rows = 0
    for project in range(PROJECTS):
        for location in range(LOCATIONS):
            for indicator in range(INDICATORS):
                for period in range(PERIODS):
                    for group in DEFAULT_POPULATION_GROUPS:
                        for sex in Sex:
                            for band in AGE_BANDS:
                                rows += 1
                                sheet.append(
                                    ["BIG", f"P{project:03}", f"I{indicator}", f"Q{period + 1}",
                                     f"Area {location}", group, sex.value, band, rows % 997, "submitted",
                                     "registers", None]
                                )  # fmt: skip
    book.save(path)
    return rows


@pytest.mark.slow
def test_importing_100000_results_creates_every_cell(services: Services, tmp_path: Path) -> None:
    """At scale, every row becomes a cell; how long it takes is the bench's (bench/import_figure.py)."""
    _programme(services)
    path = tmp_path / "big.xlsx"
    rows = _workbook(path)
    assert rows >= 100_000
    report = DataExchange(services).commit_import(path)
    assert report.sheets[0].created == rows
    assert services.results.count(ResultFilter()) == rows
