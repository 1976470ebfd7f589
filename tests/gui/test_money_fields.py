"""Money and rate fields refuse, as the user types, exactly what the domain's one check refuses."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from diaspora_grants.gui.dialogs.rate_dialog import RateField
from diaspora_grants.gui.widgets.fields import MoneyField


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("1e308", "more than 10,000,000,000,000"),
        ("123456789012345.67", "more than 10,000,000,000,000"),
        ("12.345", "more than two decimals"),
        ("lots", "not a number"),
    ],
)
def test_a_money_field_refuses_what_the_check_refuses_and_keeps_the_text(
    qtbot: QtBot, typed: str, problem: str
) -> None:
    field = MoneyField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, typed)
    field.editingFinished.emit()
    assert problem in (field.problem() or "")
    assert field.text() == typed  # never "tidied" into another amount
    assert problem in field.toolTip()


def test_a_money_field_accepts_the_largest_amount_to_the_cent(qtbot: QtBot) -> None:
    field = MoneyField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "9999999999999.99")
    field.editingFinished.emit()
    assert field.problem() is None
    assert field.value() == Decimal("9999999999999.99")
    assert field.text() == "9,999,999,999,999.99"


@pytest.mark.parametrize(("typed", "ok"), [("0.0000123457", True), ("1e308", False), ("12345.678901", False)])
def test_a_rate_field_refuses_what_the_check_refuses(qtbot: QtBot, typed: str, ok: bool) -> None:
    field = RateField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, typed)
    field.editingFinished.emit()
    assert (field.problem() is None) is ok
