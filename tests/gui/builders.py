"""Small grant chains for the GUI tests: a programme with periods and indicators, a partner, a project."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from diaspora_grants.domain.enums import Measure, ProjectStatus, Reach
from diaspora_grants.services.indicators import IndicatorInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.projects import ProjectInput
from diaspora_grants.services.registry import Services


@dataclass(frozen=True)
class Chain:
    programme_id: int
    partner_id: int
    project_id: int
    #: Disaggregated people count.
    people_id: int
    #: One value per location.
    classrooms_id: int
    #: label -> id
    periods: dict[str, int]
    #: location name -> id
    locations: dict[str, int]


def grant_chain(services: Services) -> Chain:
    programme = services.programmes.create(
        ProgrammeInput(
            code="BHA-2022",
            name="Diaspora BHA",
            start_date=dt.date(2022, 1, 1),
            end_date=dt.date(2022, 12, 31),
        )
    )
    partner = services.organisations.create(
        OrganisationInput(name="Syrian American Medical Society", acronym="SAMS", hq_country="US")
    )
    project = services.projects.create(
        ProjectInput(
            code="LB-VAX-01",
            title="Rural vaccination",
            programme_id=programme.id,
            partner_id=partner.id,
            country="LB",
            status=ProjectStatus.IMPLEMENTATION,
            grant_amount=Decimal(250000),
            planned_start=dt.date(2022, 2, 1),
            planned_end=dt.date(2022, 12, 31),
        )
    )
    locations = services.projects.set_locations(project.id, ["Akkar", "Baalbek-Hermel"])
    people = services.indicators.create(
        programme.id,
        IndicatorInput(code="BHA-1", name="People reached", reach=Reach.DIRECT, measure=Measure.NUMBER),
    )
    classrooms = services.indicators.create(
        programme.id, IndicatorInput(code="BHA-4", name="Classrooms rehabilitated", disaggregated=False)
    )
    periods = {
        label: services.periods.create(programme.id, label, start, end).id
        for label, start, end in (
            ("2022-H1", dt.date(2022, 1, 1), dt.date(2022, 6, 30)),
            ("2022-H2", dt.date(2022, 7, 1), dt.date(2022, 12, 31)),
        )
    }
    return Chain(
        programme.id,
        partner.id,
        project.id,
        people.id,
        classrooms.id,
        periods,
        {location.name: location.id for location in locations},
    )
