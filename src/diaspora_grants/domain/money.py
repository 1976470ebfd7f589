"""Money arithmetic without a database: rounding and conversion with monthly exchange rates.

A rate says how many units of `currency` one unit of `base` bought in a month (1 USD = 1,507.5
LBP is stored as base USD, currency LBP, 1507.5). Converting between two currencies that are not
the base goes through the base: amount / units(from) * units(to). A missing rate is an error,
never a silent 1.0: a budget converted at a made-up rate is a wrong report that looks right.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, localcontext

from .errors import FieldProblem, MissingExchangeRateError
from .wording import QT_TRANSLATE_NOOP, say

CENT = Decimal("0.01")
#: The largest amount, either side of zero: ten trillion (13 digits before the point, 2 after),
#: far above any grant and small enough that sums of a million of them stay exact everywhere.
MAX_AMOUNT = Decimal(10) ** 13
#: Exchange rates carry at most this many significant digits (banks publish 4 to 8).
RATE_DIGITS = 10
#: Rates lie between these (one unit of a base buys at least 10^-9 and at most 10^12 units).
MIN_RATE = Decimal(10) ** -9
MAX_RATE = Decimal(10) ** 12
#: Rates, burn rates and shares of time are kept to this many places.
FRACTION = Decimal("0.0001")

#: (base currency, currency, first day of the month) -> units of currency per one unit of base.
RateKey = tuple[str, str, dt.date]


def amount_problem(field: str, value: Decimal | None, *, negative: bool = False) -> FieldProblem | None:
    """The one check of a money amount, on every path (form, service, import): a number within
    +/-10^13 with at most two decimals, and not below zero unless `negative` is allowed."""
    if value is None:
        return None
    if not isinstance(value, Decimal) or not value.is_finite():
        return FieldProblem(
            field, say(QT_TRANSLATE_NOOP("Core", "is not a number; type an amount such as 1250.50"))
        )
    if abs(value) > MAX_AMOUNT:
        return FieldProblem(
            field,
            say(
                QT_TRANSLATE_NOOP("Core", "is more than {most}; check the amount"), most=f"{MAX_AMOUNT:,.0f}"
            ),
        )
    if not negative and value < 0:
        return FieldProblem(field, say(QT_TRANSLATE_NOOP("Core", "must be a number of zero or more")))
    if value != value.quantize(CENT):
        return FieldProblem(
            field, say(QT_TRANSLATE_NOOP("Core", "has more than two decimals; round it to cents"))
        )
    return None


def rate_problem(field: str, value: Decimal | None) -> FieldProblem | None:
    """The one check of an exchange rate: positive, at most ten significant digits, between
    10^-9 and 10^12 units of the currency per unit of the base."""
    if value is None:
        return None
    if not isinstance(value, Decimal) or not value.is_finite():
        return FieldProblem(
            field, say(QT_TRANSLATE_NOOP("Core", "is not a number; type the rate such as 89.5"))
        )
    if value <= 0:
        return FieldProblem(field, say(QT_TRANSLATE_NOOP("Core", "must be more than zero")))
    if not MIN_RATE <= value <= MAX_RATE:
        return FieldProblem(
            field,
            say(
                QT_TRANSLATE_NOOP("Core", "is outside {least} to {most}; check the rate and its direction"),
                least=f"{MIN_RATE:f}",
                most=f"{MAX_RATE:,.0f}",
            ),
        )
    if len(value.normalize().as_tuple().digits) > RATE_DIGITS:
        return FieldProblem(
            field,
            say(
                QT_TRANSLATE_NOOP("Core", "has more than {digits} significant digits; round it"),
                digits=RATE_DIGITS,
            ),
        )
    return None


def round_money(amount: Decimal) -> Decimal:
    """Round to cents the way finance officers do on paper: halves away from zero.

    Converted sums can have more digits than the default context holds (34 before the point would
    make quantize fail), so the rounding runs with room to spare.
    """
    with localcontext() as context:
        context.prec = 60
        return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def round_fraction(value: Decimal) -> Decimal:
    return value.quantize(FRACTION, rounding=ROUND_HALF_UP)


def month_of(day: dt.date) -> dt.date:
    """The first day of the month a date falls in: rates are kept per month."""
    return day.replace(day=1)


def month_label(day: dt.date) -> str:
    return f"{day:%Y-%m}"


@dataclass(frozen=True)
class RateTable:
    """All known rates, looked up by month. Build one per report or summary and reuse it."""

    rates: Mapping[RateKey, Decimal]
    #: The base tried first when a conversion could go through several (the reporting currency).
    preferred_base: str = "USD"
    _bases: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        bases = sorted({base for base, _, _ in self.rates})
        object.__setattr__(self, "_bases", tuple(bases))

    @classmethod
    def of(cls, rows: Iterable[tuple[str, str, dt.date, Decimal]], preferred_base: str = "USD") -> RateTable:
        return cls({(base, cur, month_of(month)): units for base, cur, month, units in rows}, preferred_base)

    def units_per_base(self, base: str, currency: str, on: dt.date) -> Decimal | None:
        if currency == base:
            return Decimal(1)
        return self.rates.get((base, currency, month_of(on)))

    def rate(self, currency: str, to_currency: str, on: dt.date) -> Decimal:
        """Units of to_currency that one unit of currency bought in the month of `on`."""
        if currency == to_currency:
            return Decimal(1)
        for base in self._candidate_bases(currency, to_currency):
            units_from = self.units_per_base(base, currency, on)
            units_to = self.units_per_base(base, to_currency, on)
            if units_from is not None and units_to is not None:
                with localcontext() as context:
                    context.prec = 34
                    return units_to / units_from
        raise self._missing(currency, to_currency, on)

    def convert(self, amount: Decimal, currency: str, to_currency: str, on: dt.date) -> Decimal:
        """The amount in to_currency, unrounded: round sums, not each term."""
        if currency == to_currency:
            return amount
        with localcontext() as context:
            context.prec = 34
            return amount * self.rate(currency, to_currency, on)

    def _candidate_bases(self, currency: str, to_currency: str) -> list[str]:
        first = [to_currency, currency, self.preferred_base]
        return list(dict.fromkeys([b for b in first if b in self._bases] + list(self._bases)))

    def _missing(self, currency: str, to_currency: str, on: dt.date) -> MissingExchangeRateError:
        """Name the rate a user would add: against the base the table already uses for these."""
        bases = self._candidate_bases(currency, to_currency)
        if bases:
            base = bases[0]
        else:
            base = self.preferred_base if self.preferred_base in (currency, to_currency) else to_currency
        lacking = currency if self.units_per_base(base, currency, on) is None else to_currency
        return MissingExchangeRateError(lacking, base, month_label(on))


def convert(
    amount: Decimal, currency: str, to_currency: str, on: dt.date, rates: Mapping[RateKey, Decimal]
) -> Decimal:
    """One conversion with a plain mapping of rates (see RateTable for many)."""
    return RateTable(rates, preferred_base=to_currency).convert(amount, currency, to_currency, on)
