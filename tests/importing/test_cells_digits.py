"""The digits policy: numbers and dates in text cells are written with the digits 0-9. Digits of other
scripts (Arabic-Indic ١٢, Eastern Arabic-Indic ۱۲, full-width １２, ...) are refused, every time, with
a message that shows the number in plain digits to type instead."""

from __future__ import annotations

from decimal import Decimal

import pytest

from diaspora_grants.importing import cells
from diaspora_grants.importing.problems import CellError


@pytest.mark.parametrize(
    ("typed", "plain"), [("١٢", "12"), ("۱۲۵٠", "1250"), ("١٢.٥", "12.5"), ("１２", "12"), ("-٣", "-3")]
)
def test_digits_of_other_scripts_are_refused_with_the_plain_number_shown(typed: str, plain: str) -> None:
    with pytest.raises(CellError) as refused:
        cells.number(typed)
    assert "0-9" in refused.value.fix and plain in refused.value.fix
    with pytest.raises(CellError):
        cells.whole_number(typed)


def test_dates_in_other_digits_are_refused_too() -> None:
    with pytest.raises(CellError) as refused:
        cells.date("٢٠٢٢-٠٣-٣١")
    assert "2022-03-31" in refused.value.fix


def test_plain_digits_and_number_cells_are_read() -> None:
    assert cells.number("1250.5") == Decimal("1250.5")
    assert cells.number(12) == Decimal(12)
    assert cells.date("2022-03-31").isoformat() == "2022-03-31"
