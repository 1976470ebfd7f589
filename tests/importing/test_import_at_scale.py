"""Importing 100,000 result rows with full validation costs at most twice a bare openpyxl read."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from diaspora_grants.domain.enums import DEFAULT_POPULATION_GROUPS, OrganisationType, Sex
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


def _bare_read(path: Path) -> float:
    started = time.perf_counter()
    book = load_workbook(path, read_only=True)
    for _ in book["Results"].iter_rows(values_only=True):
        pass
    book.close()
    return time.perf_counter() - started


@pytest.mark.slow
def test_importing_100000_results_costs_at_most_twice_a_bare_read(services: Services, tmp_path: Path) -> None:
    _programme(services)
    path = tmp_path / "big.xlsx"
    rows = _workbook(path)
    assert rows >= 100_000
    bare = min(_bare_read(path) for _ in range(2))
    started = time.perf_counter()
    report = services.data_exchange.commit_import(path)
    imported = time.perf_counter() - started
    ratio = imported / bare
    print(  # noqa: T201 - the figure goes into the closing note
        f"\n{rows:,} result rows: bare openpyxl read-only pass {bare:.2f} s, "
        f"import {imported:.2f} s, ratio {ratio:.2f}"
    )
    assert report.sheets[0].created == rows
    assert services.results.count(ResultFilter()) == rows
    assert ratio <= 2.0
