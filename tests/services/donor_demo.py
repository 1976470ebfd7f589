"""The demo programmes, and the same with what a reporting officer records before reporting.

`complete_demo` enters, through the services only, what the demo leaves out: the award from the
donor (BHA: humanitarian, COVID-19's GLIDE number), partners' IATI identifiers, agreement numbers,
what a clickfunding point is worth, and one explanation of an over-spent budget line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.demo.loader import load_demo
from diaspora_grants.services.base import input_of
from diaspora_grants.services.context import ServiceContext
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programme_reporting import AwardInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.registry import Services

BHA, RDPP = "BHA-DIASPORA-2022", "RDPP-NA-EG"
#: Invented but well-formed identifiers (registration agency prefixes of the partners' countries).
PARTNER_REFS = {
    "Society for the Advancement of Science and Technology in the Arab World": "US-EIN-000000001",
    "Syrian American Medical Society": "US-EIN-000000002",
    "Pontes Ricerche e Interventi": "IT-CF-00000000003",
    "Federation des Tunisiens pour une Citoyennete des deux Rives": "FR-RNA-W000000004",
    "Citizens Initiative": "ZA-NPO-000-005",
    "Genesis Entrepreneurship Trust": "ZW-PVO-000006",
}


def demo_services(folder: Path, url: str | None = None) -> tuple[Services, Database]:
    database = Database(url or f"sqlite:///{folder / 'demo.sqlite'}")
    upgrade_to_head(database)
    services = Services(ServiceContext(database=database, user="demo", documents_dir=folder / "documents"))
    load_demo(services)
    return services, database


def complete_demo(services: Services) -> None:
    bha = services.programmes.get_by_code(BHA)
    services.programmes.set_award(
        bha.id,
        AwardInput(
            amount=Decimal(1_800_000),
            funds_received=Decimal(1_400_000),
            funds_received_on=dt.date(2022, 10, 3),
            subgrants=Decimal(1_580_000),
            direct_costs=Decimal(96_500),
            indirect_rate=Decimal("0.07"),
            humanitarian=True,
            emergency_glide="EP-2020-000012-001",
        ),
        expected_version=0,
    )
    rdpp = services.programmes.get_by_code(RDPP)
    services.programmes.set_award(
        rdpp.id,
        AwardInput(
            amount=Decimal(150_000),
            funds_received=Decimal(120_000),
            funds_received_on=dt.date(2022, 6, 1),
            subgrants=Decimal(150_000),
            direct_costs=Decimal(0),
            indirect_rate=Decimal("0.07"),
        ),
        expected_version=0,
    )
    services.programmes.update(
        rdpp.id,
        replace(input_of(rdpp, ProgrammeInput), award_number="NDICI/2022/000-001"),
        expected_version=rdpp.version,
    )
    for programme in (bha, rdpp):
        for number, project in enumerate(services.projects.find(programme_id=programme.id), start=1):
            services.programmes.set_agreement_number(
                project.id, f"{programme.code}-GA-{number:02d}", expected_version=project.version
            )
    for partner in services.organisations.find():
        ref = PARTNER_REFS.get(partner.name)
        if ref:
            services.organisations.update(
                partner.id,
                replace(input_of(partner, OrganisationInput), iati_identifier=ref),
                expected_version=partner.version,
            )
    points = next(i for i in services.indicators.find(rdpp.id) if i.code == "CAMP-POINTS")
    services.indicators.set_unit_value(points.id, Decimal(1), "EGP", expected_version=points.version)
