"""Monthly exchange rates and conversions with them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import ExchangeRate
from ..domain import codes
from ..domain import validation as v
from ..domain.errors import DuplicateError, FieldProblem
from ..domain.money import RateTable, month_label, month_of, rate_problem, round_money
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import Service, assign, check_version


@dataclass(frozen=True, kw_only=True)
class RateInput:
    currency: str
    #: Any day of the month; stored as the first day.
    month: dt.date
    #: Units of `currency` that one unit of `base_currency` bought in that month.
    units_per_base: Decimal
    base_currency: str = "USD"
    source: str | None = None
    value_date: dt.date | None = None


@dataclass(frozen=True, kw_only=True)
class RateView(RateInput):
    id: int
    version: int
    updated_at: dt.datetime
    updated_by: str | None


_INPUT_FIELDS = tuple(f.name for f in fields(RateInput))


def load_rate_table(session: Session, preferred_base: str = "USD") -> RateTable:
    """Every stored rate, for summaries and reports that convert many amounts in one go."""
    rows = session.execute(
        select(
            ExchangeRate.base_currency, ExchangeRate.currency, ExchangeRate.month, ExchangeRate.units_per_base
        )
    )
    return RateTable.of(((b, c, m, Decimal(u)) for b, c, m, u in rows), preferred_base=preferred_base)


class ExchangeRateService(Service):
    entity = "exchange rate"

    def find(self, *, base_currency: str | None = None, currency: str | None = None) -> list[RateView]:
        query = select(ExchangeRate).order_by(
            ExchangeRate.base_currency, ExchangeRate.currency, ExchangeRate.month
        )
        if base_currency:
            query = query.where(ExchangeRate.base_currency == base_currency.upper())
        if currency:
            query = query.where(ExchangeRate.currency == currency.upper())
        with self._read() as session:
            return [_view(r) for r in session.scalars(query)]

    def get(self, rate_id: int) -> RateView:
        with self._read() as session:
            return _view(self._get(session, ExchangeRate, rate_id))

    def create(self, data: RateInput) -> RateView:
        values = _validated(data)
        with self._write() as session:
            _check_free(session, values, None)
            rate = ExchangeRate(**values)
            session.add(rate)
            session.flush()
            return _view(rate)

    def update(self, rate_id: int, data: RateInput, *, expected_version: int) -> RateView:
        values = _validated(data)
        with self._write() as session:
            rate = self._get(session, ExchangeRate, rate_id)
            check_version(rate, expected_version, self.entity)
            _check_free(session, values, rate_id)
            assign(rate, values)
            session.flush()
            return _view(rate)

    def delete(self, rate_id: int, *, expected_version: int) -> None:
        with self._write() as session:
            rate = self._get(session, ExchangeRate, rate_id)
            check_version(rate, expected_version, self.entity)
            session.delete(rate)

    def rate_table(self, preferred_base: str = "USD") -> RateTable:
        with self._read() as session:
            return load_rate_table(session, preferred_base)

    def convert(self, amount: Decimal, currency: str, to_currency: str, on: dt.date) -> Decimal:
        """The amount in to_currency at the rate of the month of `on`, rounded to cents.

        Raises MissingExchangeRateError naming the currency and month when no rate is stored.
        """
        if currency == to_currency:
            return amount
        return round_money(self.rate_table(to_currency).convert(amount, currency, to_currency, on))


def _validated(data: RateInput) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _INPUT_FIELDS}
    values["currency"] = (data.currency or "").strip().upper()
    values["base_currency"] = (data.base_currency or "").strip().upper()
    values["source"] = v.clean(data.source)
    values["month"] = month_of(data.month) if data.month else None
    v.raise_if_any(
        [
            codes.check_currency("currency", values["currency"]),
            codes.check_currency("base currency", values["base_currency"]),
            None if data.month else FieldProblem("month", say(QT_TRANSLATE_NOOP("Core", "is required"))),
            FieldProblem("units per base", say(QT_TRANSLATE_NOOP("Core", "is required")))
            if data.units_per_base is None
            else rate_problem("units per base", data.units_per_base),
            FieldProblem("currency", say(QT_TRANSLATE_NOOP("Core", "must differ from the base currency")))
            if values["currency"] and values["currency"] == values["base_currency"]
            else None,
            v.max_length_of("source", values["source"], 200),
        ]
    )
    return values


def _check_free(session: Session, values: dict[str, Any], own_id: int | None) -> None:
    clash = session.scalar(
        select(ExchangeRate.id).where(
            ExchangeRate.base_currency == values["base_currency"],
            ExchangeRate.currency == values["currency"],
            ExchangeRate.month == values["month"],
            ExchangeRate.id != (own_id or 0),
        )
    )
    if clash is not None:
        raise DuplicateError(
            FieldProblem(
                "month",
                say(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "a rate for {value} against {value2} in {value3} already exists; edit that one",
                    ),
                    value=values["currency"],
                    value2=values["base_currency"],
                    value3=month_label(values["month"]),
                ),
            )
        )


def _view(r: ExchangeRate) -> RateView:
    return RateView(
        **{name: getattr(r, name) for name in _INPUT_FIELDS},
        id=r.id,
        version=r.version,
        updated_at=r.updated_at,
        updated_by=r.updated_by,
    )
