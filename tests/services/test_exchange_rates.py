"""Exchange rates: monthly rates per currency, and conversions that refuse to guess."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from diaspora_grants.domain.errors import (
    ConflictError,
    DuplicateError,
    MissingExchangeRateError,
    ValidationError,
)
from diaspora_grants.services.exchange_rates import RateInput
from diaspora_grants.services.registry import Services

MAY = dt.date(2022, 5, 1)


def add_may_rates(services: Services) -> None:
    for currency, units in (("LBP", "1507.5"), ("TND", "3.1"), ("ZWL", "400"), ("EUR", "0.95")):
        services.exchange_rates.create(
            RateInput(currency=currency, month=MAY, units_per_base=Decimal(units), source="central bank")
        )


def test_rate_month_is_kept_as_its_first_day_and_codes_upper_case(services: Services) -> None:
    created = services.exchange_rates.create(
        RateInput(currency="lbp", month=dt.date(2022, 5, 20), units_per_base=Decimal("1507.5"))
    )
    assert (created.base_currency, created.currency, created.month) == ("USD", "LBP", MAY)
    assert created.units_per_base == Decimal("1507.5")
    assert [r.id for r in services.exchange_rates.find(currency="LBP")] == [created.id]


def test_a_second_rate_for_the_same_month_is_refused(services: Services) -> None:
    services.exchange_rates.create(RateInput(currency="LBP", month=MAY, units_per_base=Decimal("1507.5")))
    with pytest.raises(DuplicateError, match="2022-05"):
        services.exchange_rates.create(
            RateInput(currency="LBP", month=dt.date(2022, 5, 31), units_per_base=Decimal("1510"))
        )


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (RateInput(currency="LBP", month=MAY, units_per_base=Decimal(0)), "units per base"),
        (RateInput(currency="LBP", month=MAY, units_per_base=Decimal(-3)), "units per base"),
        (RateInput(currency="USD", month=MAY, units_per_base=Decimal(1)), "currency"),
        (RateInput(currency="LIRA", month=MAY, units_per_base=Decimal(1)), "currency"),
    ],
)
def test_invalid_rates_are_refused_naming_the_field(services: Services, data: RateInput, field: str) -> None:
    with pytest.raises(ValidationError) as error:
        services.exchange_rates.create(data)
    assert [p.field for p in error.value.problems] == [field]
    assert services.exchange_rates.find() == []


@pytest.mark.parametrize(
    ("amount", "currency", "to_currency", "expected"),
    [
        ("3015000", "LBP", "USD", "2000.00"),
        ("31000", "TND", "USD", "10000.00"),
        ("1000000", "ZWL", "USD", "2500.00"),
        ("9500", "EUR", "USD", "10000.00"),
        ("100", "USD", "LBP", "150750.00"),
        # Through the base: 3,100 TND = 1,000 USD = 1,507,500 LBP; 400 ZWL = 1 USD = 0.95 EUR.
        ("3100", "TND", "LBP", "1507500.00"),
        ("4000", "ZWL", "EUR", "9.50"),
        ("1", "TND", "USD", "0.32"),
    ],
)
def test_convert_uses_the_rate_of_the_month(
    services: Services, amount: str, currency: str, to_currency: str, expected: str
) -> None:
    add_may_rates(services)
    on = dt.date(2022, 5, 18)
    assert services.exchange_rates.convert(Decimal(amount), currency, to_currency, on) == Decimal(expected)


def test_same_currency_is_returned_unchanged_without_any_rate(services: Services) -> None:
    assert services.exchange_rates.convert(Decimal("12.345"), "ZWL", "ZWL", MAY) == Decimal("12.345")


def test_missing_rate_is_an_explicit_error_not_a_rate_of_one(services: Services) -> None:
    add_may_rates(services)
    with pytest.raises(MissingExchangeRateError, match=r"TND.*2022-06"):
        services.exchange_rates.convert(Decimal(100), "TND", "USD", dt.date(2022, 6, 2))
    with pytest.raises(MissingExchangeRateError, match=r"EGP.*2022-05"):
        services.exchange_rates.convert(Decimal(100), "USD", "EGP", MAY)


def test_updated_rate_is_used_and_stale_edit_refused(services: Services) -> None:
    rate = services.exchange_rates.create(
        RateInput(currency="LBP", month=MAY, units_per_base=Decimal("1507.5"))
    )
    market = RateInput(currency="LBP", month=MAY, units_per_base=Decimal("27000"), source="market")
    updated = services.exchange_rates.update(rate.id, market, expected_version=rate.version)

    assert services.exchange_rates.convert(Decimal(54000), "LBP", "USD", MAY) == Decimal("2.00")
    with pytest.raises(ConflictError):
        services.exchange_rates.update(rate.id, market, expected_version=rate.version)

    services.exchange_rates.delete(rate.id, expected_version=updated.version)
    with pytest.raises(MissingExchangeRateError):
        services.exchange_rates.convert(Decimal(54000), "LBP", "USD", MAY)


def test_find_filters_by_base_and_currency(services: Services) -> None:
    add_may_rates(services)
    services.exchange_rates.create(
        RateInput(base_currency="EUR", currency="EGP", month=MAY, units_per_base=Decimal("19.7"))
    )
    assert [r.currency for r in services.exchange_rates.find(base_currency="EUR")] == ["EGP"]
    assert [r.currency for r in services.exchange_rates.find(base_currency="USD")] == [
        "EUR",
        "LBP",
        "TND",
        "ZWL",
    ]
    assert services.exchange_rates.convert(Decimal(1000), "EUR", "EGP", MAY) == Decimal("19700.00")
