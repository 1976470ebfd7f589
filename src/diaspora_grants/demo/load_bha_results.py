"""Indicators, periods, targets and disaggregated results of the BHA demo programme.

Direct unique people add up, under the "max per location" rule, to 1,565,000 over six months: the
"upwards of 1.5 million people reached" the programme reported. Two locations are shared by two
projects (Mount Lebanon, Tunis, Masvingo), so the upper bound (sum) is higher and the explanation
shows both.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from ..domain.enums import Counting, Measure, Reach, ResultLevel, ResultStatus, Sex
from ..services.indicators import IndicatorInput
from ..services.inputs import input_of
from ..services.programmes import ProgrammeInput
from ..services.projects import ProjectView
from ..services.registry import Services
from ..services.result_cells import CellInput
from . import bha_programme as bha
from .allocation import allocate

D = Decimal
QUARTERS = ("2022-Q3", "2022-Q4")

#: Population mix by country (groups as the programme names them).
GROUP_WEIGHTS = {
    "LB": {"host community": D(55), "refugees": D(35), "migrants": D(8), "unknown": D(2)},
    "TN": {"host community": D(75), "migrants": D(20), "refugees": D(3), "unknown": D(2)},
    "ZW": {"host community": D(85), "returnees": D(10), "migrants": D(3), "unknown": D(2)},
}
SEX_WEIGHTS = {Sex.FEMALE: D(52), Sex.MALE: D(46), Sex.UNKNOWN: D(2)}
AGE_WEIGHTS = {"0-17": D(40), "18-59": D(48), "60+": D(10), "unknown": D(2)}
#: Young people (15 to 24) fall in the first two bands; the indicator allows only those.
YOUTH_AGES = {"0-17": D(45), "18-59": D(55)}
CHILD_AGES = {"0-17": D(1)}

INDICATORS = (
    IndicatorInput(
        code="BHA-1",
        name="Number of people reached with COVID-19 recovery activities (direct, unique)",
        unit="people",
        result_level=ResultLevel.OUTCOME,
        sector="Multi-sector",
        counting=Counting.UNIQUE_PEOPLE,
        reach=Reach.DIRECT,
        loa_target=D(1500000),
        means_of_verification="Attendance and vaccination registers; each period counts new people only.",
    ),
    IndicatorInput(
        code="BHA-2",
        name="Number of people reached by media literacy and awareness content (indirect, estimated)",
        unit="people",
        result_level=ResultLevel.OUTPUT,
        sector="Protection",
        counting=Counting.UNIQUE_PEOPLE,
        reach=Reach.INDIRECT,
        loa_target=D(2000000),
        means_of_verification="Broadcast and platform audience estimates.",
        disaggregated=False,
    ),
    IndicatorInput(
        code="BHA-3",
        name="Number of people trained in media literacy",
        unit="people",
        sector="Protection",
        counting=Counting.UNIQUE_PEOPLE,
        reach=Reach.DIRECT,
        loa_target=D(5000),
        means_of_verification="Training attendance sheets.",
    ),
    IndicatorInput(
        code="BHA-4",
        name="Number of school classrooms constructed or rehabilitated",
        unit="classrooms",
        sector="Shelter and Settlements",
        counting=Counting.CUMULATIVE,
        reach=Reach.NONE,
        loa_target=D(24),
        means_of_verification="Engineer's completion certificates.",
        disaggregated=False,
    ),
    IndicatorInput(
        code="BHA-5",
        name="Number of children vaccinated in rural areas",
        unit="people",
        sector="Health",
        counting=Counting.UNIQUE_PEOPLE,
        reach=Reach.DIRECT,
        loa_target=D(280000),
        means_of_verification="Vaccination registers of the health directorates.",
    ),
    IndicatorInput(
        code="BHA-6",
        name="Number of vaccine doses administered (with double counting)",
        unit="doses",
        sector="Health",
        counting=Counting.NON_CUMULATIVE,
        reach=Reach.NONE,
        loa_target=D(1200000),
        means_of_verification="Dose tally sheets.",
        disaggregated=False,
    ),
    IndicatorInput(
        code="BHA-7",
        name="Number of young people completing youth development activities",
        unit="people",
        sector="Protection",
        counting=Counting.UNIQUE_PEOPLE,
        reach=Reach.DIRECT,
        loa_target=D(4000),
        means_of_verification="Completion lists.",
    ),
    IndicatorInput(
        code="BHA-8",
        name="Percentage of trained participants with improved media literacy scores",
        unit="%",
        measure=Measure.PERCENT,
        result_level=ResultLevel.OUTCOME,
        sector="Protection",
        counting=Counting.CUMULATIVE,
        reach=Reach.NONE,
        baseline_value=D(0),
        loa_target=D(70),
        means_of_verification="Pre- and post-training tests.",
        disaggregated=False,
    ),
)


def load_bha_results(services: Services, programme_id: int, projects: dict[str, ProjectView]) -> None:
    periods = {p.label: p.id for p in services.periods.generate(programme_id, "quarterly")}
    indicators = {i.code: services.indicators.create(programme_id, i).id for i in INDICATORS}
    youth = services.indicators.get(indicators["BHA-7"])
    services.indicators.set_age_bands(youth.id, tuple(YOUTH_AGES), expected_version=youth.version)
    programme = services.programmes.get(programme_id)
    services.programmes.update(
        programme_id,
        replace(input_of(programme, ProgrammeInput), headline_indicator_id=indicators["BHA-1"]),
        expected_version=programme.version,
    )
    _targets(services, indicators, periods, projects)
    for plan in bha.PROJECTS:
        project = projects[plan.code]
        location_ids = {loc.name: loc.id for loc in project.locations}
        for quarter in QUARTERS:
            for code, cells in _cells_of(plan, quarter, location_ids):
                services.results.save_grid(
                    project.id,
                    indicators[code],
                    periods[quarter],
                    cells,
                    status=ResultStatus.APPROVED,
                    source=f"{plan.partner} quarterly report {quarter}",
                )
    services.periods.lock(periods["2022-Q3"], "Q3 report sent to the donor on 2022-11-15")


def _cells_of(
    plan: bha.ProjectPlan, quarter: str, location_ids: dict[str, int]
) -> Iterator[tuple[str, list[CellInput]]]:
    q3 = quarter == "2022-Q3"
    groups = GROUP_WEIGHTS[plan.country]
    reached = {loc.name: loc.q3 if q3 else loc.q4 for loc in plan.locations}
    yield (
        "BHA-1",
        [c for name, n in reached.items() for c in _grid(location_ids[name], n, groups, AGE_WEIGHTS)],
    )
    if "media" in plan.activity:
        yield (
            "BHA-2",
            [
                CellInput.single(loc.audience_q3 if q3 else loc.audience_q4, location_ids[loc.name])
                for loc in plan.locations
            ],
        )
        yield (
            "BHA-3",
            [c for n, v in reached.items() for c in _grid(location_ids[n], v // 100, groups, AGE_WEIGHTS)],
        )
        if not q3:
            yield "BHA-8", [CellInput.single(D(74) if plan.country == "LB" else D(68))]
    if "vaccination" in plan.activity:
        yield (
            "BHA-5",
            [c for n, v in reached.items() for c in _grid(location_ids[n], v * 2 // 5, groups, CHILD_AGES)],
        )
        yield "BHA-6", [CellInput.single(v * 9 // 5, location_ids[n]) for n, v in reached.items()]
    if "classrooms" in plan.activity:
        built = {"Matabeleland South": (4, 10), "Masvingo": (6, 14)}
        yield "BHA-4", [CellInput.single(built[n][0 if q3 else 1], location_ids[n]) for n in reached]
    if "youth" in plan.activity:
        yield (
            "BHA-7",
            [c for n, v in reached.items() for c in _grid(location_ids[n], v * 3 // 100, groups, YOUTH_AGES)],
        )


def _grid(
    location_id: int, total: int, groups: dict[str, Decimal], ages: dict[str, Decimal]
) -> list[CellInput]:
    """Population group x sex x age band cells that add up to `total` exactly."""
    cells = []
    for group, in_group in zip(groups, allocate(total, list(groups.values())), strict=True):
        for sex, of_sex in zip(SEX_WEIGHTS, allocate(in_group, list(SEX_WEIGHTS.values())), strict=True):
            for age, value in zip(ages, allocate(of_sex, list(ages.values())), strict=True):
                if value:
                    cells.append(CellInput(location_id, group, sex, age, value))
    return cells


def _targets(
    services: Services, indicators: dict[str, int], periods: dict[str, int], projects: dict[str, ProjectView]
) -> None:
    services.results.set_target(indicators["BHA-1"], 800000, period_id=periods["2022-Q3"])
    services.results.set_target(indicators["BHA-1"], 700000, period_id=periods["2022-Q4"])
    for plan in bha.PROJECTS:
        planned = sum(loc.q3 + loc.q4 for loc in plan.locations)
        target = int(planned * 0.95) // 1000 * 1000
        services.results.set_target(indicators["BHA-1"], target, project_id=projects[plan.code].id)
