"""Load the demo programmes in one unit of work: a load cut short leaves nothing, never half a programme.

Loading twice changes nothing: a programme already in the database is left as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..services.exchange_rates import RateInput
from ..services.registry import Services
from . import bha_programme, rdpp_programme
from .load_bha import load_bha
from .load_rdpp import load_rdpp

#: Who the audit trail names for the demo's records: nobody typed them.
DEMO_USER = "demo"


@dataclass(frozen=True)
class DemoReport:
    loaded: tuple[str, ...]
    already_there: tuple[str, ...]


def is_loaded(services: Services) -> bool:
    return services.programmes.find_id(bha_programme.PROGRAMME_CODE) is not None


def load_demo(services: Services) -> DemoReport:
    """Load each demo programme that is not there yet, all in one transaction."""
    loaded, present = [], []
    with services.unit_of_work(reason="demo programmes", user=DEMO_USER) as uow:
        _load_rates(uow)
        for code, loader in (
            (bha_programme.PROGRAMME_CODE, load_bha),
            (rdpp_programme.PROGRAMME_CODE, load_rdpp),
        ):
            if uow.programmes.find_id(code) is not None:
                present.append(code)
                continue
            loader(uow)
            loaded.append(code)
    return DemoReport(tuple(loaded), tuple(present))


def _load_rates(uow: Services) -> None:
    present = {(r.currency, r.month) for r in uow.exchange_rates.find()}
    for currency, rates in bha_programme.RATES.items():
        for month, rate in zip(bha_programme.RATE_MONTHS, rates, strict=True):
            if (currency, month) not in present:
                uow.exchange_rates.create(
                    RateInput(
                        currency=currency,
                        month=month,
                        units_per_base=rate,
                        source="Demo rates (illustrative monthly averages)",
                    )
                )
