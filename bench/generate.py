"""A deterministic, realistic large database: programmes, partners, projects with admin-1 locations,
indicators, monthly periods, result cells (through the services' bulk path), expenditure, tranches.

The same scale and seed always give the same rows in the same order, so figures of two runs compare.
Programmes, partners, indicators and periods go through their services; projects, locations,
expenditures and tranches (thousands of rows, not the subject of these figures) through one Core
executemany each; the result cells are built as plain tuples and handed to `ResultService.bulk_insert`.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select

from diaspora_grants.db.models import Expenditure, Location, Project, Tranche
from diaspora_grants.domain.enums import Counting, OrganisationType, ProjectStatus, Reach, ResultStatus
from diaspora_grants.services.indicators import IndicatorInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.periods import Frequency
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.registry import Services

COUNTRIES = ("LB", "TN", "ZW", "EG", "JO", "MA", "SN", "NG", "KE", "ET", "SO", "IQ")
SEXES = ("female", "male")
AGE_BANDS = ("0-17", "18-59", "60+")
AREAS_PER_COUNTRY = 5


@dataclass(frozen=True)
class Scale:
    name: str
    programmes: int
    partners: int
    projects: int
    countries: int
    indicators: int
    periods: int
    cells: int
    expenditures: int
    tranches: int
    #: Rows of the Results workbook the import figure reads (cells not in the database yet).
    import_rows: int = 100
    #: Rounds of the donor workbook contenders (best of): a shared machine's load comes and goes.
    workbook_rounds: int = 1
    #: Rounds of the sheet import figures (best of, each side), for the same reason.
    import_rounds: int = 1


FULL = Scale("full", 3, 60, 600, 12, 40, 36, 1_000_000, 20_000, 2_000, 100_000, 2, 3)
SMOKE = Scale("smoke", 3, 6, 24, 6, 15, 12, 10_000, 200, 20, 1_000)
SCALES = {s.name: s for s in (FULL, SMOKE)}


@dataclass(frozen=True)
class ProgrammeData:
    id: int
    code: str
    countries: tuple[str, ...]
    indicator_ids: tuple[int, ...]
    headline_id: int
    indirect_id: int | None
    period_ids: tuple[int, ...]
    population_groups: tuple[str, ...]


@dataclass(frozen=True)
class ProjectData:
    id: int
    programme: ProgrammeData
    location_ids: tuple[int, ...]


@dataclass(frozen=True)
class Generated:
    programmes: tuple[ProgrammeData, ...]
    projects: tuple[ProjectData, ...]
    #: The result cells, not yet inserted: the benchmark times their insertion.
    cells: list[tuple[Any, ...]]


def generate_frame(services: Services, scale: Scale, seed: int = 2022) -> Generated:
    """Everything but the result cells, which are returned as tuples for the caller to insert."""
    rng = random.Random(seed)
    partner_ids = [
        services.organisations.create(
            OrganisationInput(
                name=f"Diaspora partner {n:03d}", type=OrganisationType.DIASPORA, hq_country="US"
            )
        ).id
        for n in range(scale.partners)
    ]
    countries = COUNTRIES[: scale.countries]
    programmes = tuple(
        _programme(services, number, scale, countries[number :: scale.programmes])
        for number in range(scale.programmes)
    )
    projects = _projects(services, scale, programmes, partner_ids, rng)
    _finance(services, scale, projects, rng)
    return Generated(programmes, projects, result_cells(scale, programmes, projects, rng))


def _programme(services: Services, number: int, scale: Scale, countries: tuple[str, ...]) -> ProgrammeData:
    start = dt.date(2022, 1, 1)
    end_month = start.month - 1 + scale.periods
    end = dt.date(start.year + end_month // 12, end_month % 12 + 1, 1) - dt.timedelta(days=1)
    programme = services.programmes.create(
        ProgrammeInput(
            code=f"BENCH-{number + 1}",
            name=f"Benchmark programme {number + 1}",
            start_date=start,
            end_date=end,
        )
    )
    count = scale.indicators // scale.programmes + (1 if number < scale.indicators % scale.programmes else 0)
    indicator_ids = []
    for position in range(count):
        counting, reach, disaggregated = Counting.NON_CUMULATIVE, Reach.NONE, False
        if position == 0:
            counting, reach, disaggregated = Counting.UNIQUE_PEOPLE, Reach.DIRECT, True
        elif position == 1:
            counting, reach = Counting.UNIQUE_PEOPLE, Reach.INDIRECT
        elif position == 3:
            counting = Counting.CUMULATIVE
        indicator = services.indicators.create(
            programme.id,
            IndicatorInput(
                code=f"IND-{position + 1:02d}",
                name=f"Indicator {position + 1}",
                counting=counting,
                reach=reach,
                disaggregated=disaggregated,
            ),
        )
        indicator_ids.append(indicator.id)
    periods = services.periods.generate(programme.id, Frequency.MONTHLY)
    return ProgrammeData(
        id=programme.id,
        code=programme.code,
        countries=countries,
        indicator_ids=tuple(indicator_ids),
        headline_id=indicator_ids[0],
        indirect_id=indicator_ids[1] if count > 1 else None,
        period_ids=tuple(p.id for p in periods),
        population_groups=programme.population_groups[:3],
    )


def _projects(
    services: Services,
    scale: Scale,
    programmes: tuple[ProgrammeData, ...],
    partner_ids: list[int],
    rng: random.Random,
) -> tuple[ProjectData, ...]:
    plan = []
    for number in range(scale.projects):
        programme = programmes[number % len(programmes)]
        country = programme.countries[(number // len(programmes)) % len(programme.countries)]
        areas = rng.sample(range(1, AREAS_PER_COUNTRY + 1), 2 + number % 2)
        plan.append((number, programme, country, sorted(areas)))
    with services.context.database.session(user="bench") as session:
        session.execute(
            insert(Project),
            [
                {
                    "code": f"PRJ-{number + 1:04d}",
                    "title": f"Project {number + 1}",
                    "programme_id": programme.id,
                    "partner_id": partner_ids[number % len(partner_ids)],
                    "country": country,
                    "status": ProjectStatus.IMPLEMENTATION,
                    "updated_by": "bench",
                }
                for number, programme, country, _ in plan
            ],
        )
        ids = dict(session.execute(select(Project.code, Project.id)).all())
        session.execute(
            insert(Location),
            [
                {
                    "project_id": ids[f"PRJ-{number + 1:04d}"],
                    "name": f"{country} area {area}",
                    "pcode": f"{country}{area:02d}",
                    "updated_by": "bench",
                }
                for number, _, country, areas in plan
                for area in areas
            ],
        )
        locations: dict[int, list[int]] = {}
        for location_id, project_id in session.execute(
            select(Location.id, Location.project_id).order_by(Location.id)
        ).all():
            locations.setdefault(project_id, []).append(location_id)
    return tuple(
        ProjectData(ids[f"PRJ-{number + 1:04d}"], programme, tuple(locations[ids[f"PRJ-{number + 1:04d}"]]))
        for number, programme, _, _ in plan
    )


def _finance(services: Services, scale: Scale, projects: tuple[ProjectData, ...], rng: random.Random) -> None:
    start = dt.date(2022, 1, 1)
    with services.context.database.session(user="bench") as session:
        session.execute(
            insert(Expenditure),
            [
                {
                    "project_id": projects[n % len(projects)].id,
                    "spent_on": start + dt.timedelta(days=rng.randrange(30 * scale.periods)),
                    "amount": Decimal(rng.randrange(10_000, 5_000_000)) / 100,
                    "currency": "USD",
                    "updated_by": "bench",
                }
                for n in range(scale.expenditures)
            ],
        )
        session.execute(
            insert(Tranche),
            [
                {
                    "project_id": projects[n % len(projects)].id,
                    "number": n // len(projects) + 1,
                    "planned_date": start + dt.timedelta(days=90 * (n // len(projects))),
                    "planned_amount": Decimal(rng.randrange(1_000, 50_000)) * 10,
                    "currency": "USD",
                    "updated_by": "bench",
                }
                for n in range(scale.tranches)
            ],
        )


def result_cells(
    scale: Scale,
    programmes: tuple[ProgrammeData, ...],
    projects: tuple[ProjectData, ...],
    rng: random.Random,
    *,
    exact: bool = True,
) -> list[tuple[Any, ...]]:
    """Exactly `scale.cells` cells, period by period (later months are the ones not yet reported):
    the headline indicator disaggregated by sex x age band x group, the others one cell per location.
    With exact=False, as many as the periods hold when that is fewer."""
    cells: list[tuple[Any, ...]] = []
    statuses = (ResultStatus.APPROVED.value,) * 17 + (ResultStatus.SUBMITTED.value,) * 2 + ("draft",)
    for month in range(scale.periods):
        for project in projects:
            programme = project.programme
            period = programme.period_ids[month]
            status = rng.choice(statuses)
            for location in project.location_ids:
                for group in programme.population_groups[:2]:
                    for sex in SEXES:
                        for age in AGE_BANDS:
                            value = rng.randrange(0, 400)
                            cells.append(
                                (
                                    project.id,
                                    programme.headline_id,
                                    period,
                                    location,
                                    group,
                                    sex,
                                    age,
                                    value,
                                    status,
                                )
                            )
                for indicator in programme.indicator_ids[1:]:
                    cells.append(
                        (
                            project.id,
                            indicator,
                            period,
                            location,
                            None,
                            None,
                            None,
                            rng.randrange(0, 5000),
                            status,
                        )
                    )
            if len(cells) >= scale.cells:
                return cells[: scale.cells]
    if not exact:
        return cells
    raise ValueError(
        f"scale {scale.name} holds only {len(cells):,} cells; raise projects, indicators or periods"
    )
