"""Load the demo programmes; loading twice changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..db.models import ExchangeRate, Programme
from .base import Service

if TYPE_CHECKING:
    from .registry import Services


@dataclass(frozen=True)
class DemoReport:
    loaded: tuple[str, ...]
    already_there: tuple[str, ...]


class DemoService(Service):
    entity = "demo programme"

    def is_loaded(self) -> bool:
        from ..demo import bha_programme

        with self._read() as session:
            return (
                session.scalar(select(Programme.id).where(Programme.code == bha_programme.PROGRAMME_CODE))
                is not None
            )

    def load(self) -> DemoReport:
        """Load each demo programme that is not there yet; one that is there is left alone."""
        from ..demo import bha_programme, rdpp_programme
        from ..demo.load_bha import load_bha
        from ..demo.load_rdpp import load_rdpp
        from .registry import Services

        services = Services(self.context)
        self._load_rates(services)
        loaded, present = [], []
        for code, loader in (
            (bha_programme.PROGRAMME_CODE, load_bha),
            (rdpp_programme.PROGRAMME_CODE, load_rdpp),
        ):
            if services.programmes.find_id(code) is not None:
                present.append(code)
                continue
            loader(services)
            loaded.append(code)
        return DemoReport(tuple(loaded), tuple(present))

    def _load_rates(self, services: Services) -> None:
        from ..demo.bha_programme import RATE_MONTHS, RATES
        from .exchange_rates import RateInput

        with self._read() as session:
            present = {(r.currency, r.month) for r in session.scalars(select(ExchangeRate))}
        for currency, rates in RATES.items():
            for month, rate in zip(RATE_MONTHS, rates, strict=True):
                if (currency, month) not in present:
                    services.exchange_rates.create(
                        RateInput(
                            currency=currency,
                            month=month,
                            units_per_base=rate,
                            source="Demo rates (illustrative monthly averages)",
                        )
                    )
