"""A small programme for the results and reach tests: services where they exist, ORM rows for projects.

Projects and their locations are written with the ORM until the project service exists.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from diaspora_grants.db.models import Location, Project
from diaspora_grants.domain.enums import Counting, Measure, OverlapRule, ProjectStatus, Reach
from diaspora_grants.services.indicators import IndicatorInput, IndicatorView
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.periods import Frequency
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.registry import Services


@dataclass
class ProjectRef:
    id: int
    code: str
    country: str
    locations: dict[str, int] = field(default_factory=dict)


@dataclass
class Programme:
    id: int
    code: str
    periods: list[int]
    projects: dict[str, ProjectRef] = field(default_factory=dict)


def make_programme(
    services: Services,
    *,
    code: str = "BHA-DIASPORA",
    rule: OverlapRule = OverlapRule.MAX_PER_LOCATION,
    start: dt.date = dt.date(2022, 7, 1),
    end: dt.date = dt.date(2022, 12, 31),
    frequency: Frequency = Frequency.QUARTERLY,
) -> Programme:
    programme = services.programmes.create(
        ProgrammeInput(code=code, name=f"Programme {code}", start_date=start, end_date=end, overlap_rule=rule)
    )
    periods = services.periods.generate(programme.id, frequency)
    return Programme(programme.id, code, [p.id for p in periods])


def add_project(
    services: Services,
    programme: Programme,
    code: str,
    country: str,
    locations: dict[str, str | None],
    *,
    partner: str | None = None,
) -> ProjectRef:
    """A project with admin-1 locations given as name -> P-code (or None)."""
    partner_name = partner or f"Partner of {code}"
    partner_id = services.organisations.find_id(partner_name)
    if partner_id is None:
        partner_id = services.organisations.create(OrganisationInput(name=partner_name)).id
    with services.context.database.session(user="tester") as session:
        project = Project(
            code=code,
            title=f"Project {code}",
            programme_id=programme.id,
            partner_id=partner_id,
            country=country,
            status=ProjectStatus.IMPLEMENTATION,
        )
        project.locations = [Location(name=name, pcode=pcode) for name, pcode in locations.items()]
        session.add(project)
        session.flush()
        ref = ProjectRef(project.id, code, country, {loc.name: loc.id for loc in project.locations})
    programme.projects[code] = ref
    return ref


def add_indicator(
    services: Services,
    programme: Programme,
    code: str,
    *,
    counting: Counting = Counting.NON_CUMULATIVE,
    reach: Reach = Reach.NONE,
    measure: Measure = Measure.NUMBER,
    disaggregated: bool = False,
) -> IndicatorView:
    return services.indicators.create(
        programme.id,
        IndicatorInput(
            code=code,
            name=f"Indicator {code}",
            counting=counting,
            reach=reach,
            measure=measure,
            disaggregated=disaggregated,
        ),
    )


def people_indicator(services: Services, programme: Programme, code: str = "PPL") -> IndicatorView:
    return add_indicator(
        services, programme, code, counting=Counting.UNIQUE_PEOPLE, reach=Reach.DIRECT, disaggregated=True
    )
