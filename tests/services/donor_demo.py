"""The demo programmes as a reporting officer has them: the award from the donor (BHA:
humanitarian, COVID-19's GLIDE number), partners' IATI identifiers, agreement numbers and what a
clickfunding point is worth come with the demo itself."""

from __future__ import annotations

from pathlib import Path

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.demo.loader import load_demo
from diaspora_grants.services.context import ServiceContext
from diaspora_grants.services.registry import Services

BHA, RDPP = "BHA-DIASPORA-2022", "RDPP-NA-EG"


def demo_services(folder: Path, url: str | None = None) -> tuple[Services, Database]:
    database = Database(url or f"sqlite:///{folder / 'demo.sqlite'}")
    upgrade_to_head(database)
    services = Services(ServiceContext(database=database, user="demo", documents_dir=folder / "documents"))
    load_demo(services)
    return services, database
