"""How values read on screen: numbers and money as the person's locale writes them (its separators
and digits, through QLocale, from the exact decimal), dates as yyyy-mm-dd (read the same way in
every language the app speaks), codes by label."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain.labels import has_label
from .labels import label_of


def display_text(value: Any) -> str:
    """The text a person reads for a value; never a Python repr or an enum's member name."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return label_of(value) if has_label(value) else str(value.value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Formatting", "yes")
            if value
            else QCoreApplication.translate("Formatting", "no")
        )
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return money_text(value)
    if isinstance(value, int):
        return localised(f"{value:,}")
    if isinstance(value, float):
        return localised(f"{value:,.2f}")
    if isinstance(value, tuple | list | frozenset | set):
        return ", ".join(display_text(v) for v in value)
    return str(value)


def money_text(value: Decimal | None, currency: str | None = None) -> str:
    if value is None:
        return ""
    text = localised(f"{value:,.2f}")
    return f"{text} {currency}" if currency else text


def localised(plain: str) -> str:
    """A number Python wrote exactly ("-1,234.5") in the locale's separators, sign and digits
    ("-1\u202f234,5" in French). Decimals never go through a float on the way."""
    locale = QLocale()
    table = {",": locale.groupSeparator(), ".": locale.decimalPoint(), "-": locale.negativeSign()}
    zero = locale.zeroDigit()
    if zero != "0":
        table.update({str(digit): chr(ord(zero) + digit) for digit in range(10)})
    return "".join(table.get(character, character) for character in plain)


def is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def sort_key(value: Any) -> tuple[int, Any]:
    """A key that orders any column: blanks last, numbers by size, text without regard to case."""
    if value is None or value == "" or value == ():
        return (1, 0)
    if isinstance(value, Enum):
        return (0, display_text(value).lower())
    if isinstance(value, bool):
        return (0, int(value))
    if is_number(value):
        return (0, value)
    if isinstance(value, dt.datetime | dt.date):
        return (0, value.isoformat())
    if isinstance(value, str):
        return (0, value.lower())
    return (0, display_text(value).lower())


def moment_text(value: dt.datetime) -> str:
    """A moment in the user's time zone and their locale's short format ("15/09/2022 14:03")."""
    from PySide6.QtCore import QDateTime

    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
