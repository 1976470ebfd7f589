"""Conversion with monthly rates, without a database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diaspora_grants.domain.errors import MissingExchangeRateError
from diaspora_grants.domain.money import RateTable, convert, month_of, round_money

JUNE = dt.date(2022, 6, 1)
# Units per one US dollar in June 2022 (official LBP rate; TND and EUR close to the market).
JUNE_RATES = {
    ("USD", "LBP", JUNE): Decimal("1507.5"),
    ("USD", "TND", JUNE): Decimal("3.05"),
    ("USD", "EUR", JUNE): Decimal("0.95"),
}
TABLE = RateTable(JUNE_RATES)

amounts = st.decimals(min_value=Decimal("0.00"), max_value=Decimal("1000000000"), places=2)
rates = st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("100000"), places=4)
currencies = st.sampled_from(["USD", "EUR", "LBP", "TND", "ZWL", "EGP"])
days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31))


@given(amount=amounts, currency=currencies, day=days)
def test_same_currency_is_the_identity_and_needs_no_rate(
    amount: Decimal, currency: str, day: dt.date
) -> None:
    assert convert(amount, currency, currency, day, {}) == amount


@given(amount=amounts, units_a=rates, units_b=rates, day=days)
def test_there_and_back_is_within_rounding(
    amount: Decimal, units_a: Decimal, units_b: Decimal, day: dt.date
) -> None:
    month = month_of(day)
    table = RateTable({("USD", "AAA", month): units_a, ("USD", "BBB", month): units_b})

    there = round_money(table.convert(amount, "AAA", "BBB", day))
    back = round_money(table.convert(there, "BBB", "AAA", day))

    # Half a cent lost going there grows by the rate on the way back; half a cent more at the end.
    allowed = Decimal("0.005") * units_a / units_b + Decimal("0.005") + Decimal("1e-20")
    assert abs(back - amount) <= allowed


@given(amount=amounts, units=rates, day=days)
def test_unrounded_round_trip_through_the_base_is_exact_to_many_places(
    amount: Decimal, units: Decimal, day: dt.date
) -> None:
    table = RateTable({("USD", "LBP", month_of(day)): units})
    back = table.convert(table.convert(amount, "USD", "LBP", day), "LBP", "USD", day)
    assert abs(back - amount) <= Decimal("1e-20")


@pytest.mark.parametrize(
    ("amount", "currency", "to_currency", "expected"),
    [
        ("1507500", "LBP", "USD", "1000.00"),
        ("1000", "USD", "LBP", "1507500.00"),
        ("3050", "TND", "USD", "1000.00"),
        ("950", "EUR", "USD", "1000.00"),
        # Cross rates go through the base: 1,507,500 LBP = 1,000 USD = 3,050 TND = 950 EUR.
        ("1507500", "LBP", "TND", "3050.00"),
        ("3050", "TND", "EUR", "950.00"),
        ("100", "EUR", "LBP", "158684.21"),
    ],
)
def test_conversions_with_june_rates(amount: str, currency: str, to_currency: str, expected: str) -> None:
    on = dt.date(2022, 6, 17)
    assert round_money(TABLE.convert(Decimal(amount), currency, to_currency, on)) == Decimal(expected)


def test_a_missing_rate_is_an_error_naming_currency_and_month_never_one() -> None:
    with pytest.raises(MissingExchangeRateError) as error:
        TABLE.convert(Decimal(100), "ZWL", "USD", dt.date(2022, 6, 30))

    assert (error.value.currency, error.value.base, error.value.month) == ("ZWL", "USD", "2022-06")
    assert "ZWL" in str(error.value)
    assert "2022-06" in str(error.value)


def test_the_rate_of_another_month_is_not_used() -> None:
    with pytest.raises(MissingExchangeRateError) as error:
        TABLE.convert(Decimal(100), "LBP", "USD", dt.date(2022, 7, 1))
    assert error.value.month == "2022-07"


def test_missing_target_currency_is_named_when_the_source_is_known() -> None:
    with pytest.raises(MissingExchangeRateError) as error:
        TABLE.convert(Decimal(100), "LBP", "ZAR", JUNE)
    assert error.value.currency == "ZAR"


def test_rates_against_another_base_work_too() -> None:
    table = RateTable({("EUR", "EGP", JUNE): Decimal("19.70")}, preferred_base="EUR")
    assert round_money(table.convert(Decimal(1000), "EUR", "EGP", JUNE)) == Decimal("19700.00")
    assert round_money(table.convert(Decimal(1970), "EGP", "EUR", JUNE)) == Decimal("100.00")


def test_empty_table_names_the_source_currency_against_the_target() -> None:
    with pytest.raises(MissingExchangeRateError) as error:
        convert(Decimal(5), "TND", "USD", JUNE, {})
    assert (error.value.currency, error.value.base) == ("TND", "USD")


def test_rounding_is_half_up_to_cents() -> None:
    assert round_money(Decimal("0.125")) == Decimal("0.13")
    assert round_money(Decimal("2.675")) == Decimal("2.68")
    assert round_money(Decimal("-0.125")) == Decimal("-0.13")
