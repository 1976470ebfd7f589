"""Turning a spreadsheet cell into a value, or into an error that says how to fix the cell.

Spreadsheets hold numbers that look like text, text that looks like dates, and dates that are
numbers. Only what is unambiguous is accepted: a date is a date cell or text yyyy-mm-dd, a number
is a number cell or plain digits; anything else is refused with the form it should take.

Digits policy: text is read as a number or a date only when written with the digits 0-9. Digits
of other scripts (Arabic-Indic ١٢, Eastern Arabic-Indic ۱۲, full-width １２...) are refused, always,
and the message shows the same value in plain digits to type instead (docs/spreadsheet-format.md).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from .problems import CellError

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)
_PLAIN_NUMBER = re.compile(r"^-?\d+(\.\d+)?$", re.ASCII)
#: Control characters no text field should hold (tab and line breaks are fine in notes).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: Longest text any imported field holds, whatever its column allows.
DEFAULT_MAX_TEXT = 10_000


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any, max_length: int | None = None) -> str | None:
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise CellError("is TRUE/FALSE where text belongs", "type the text itself")
    if isinstance(value, int):
        result = str(value)
    elif isinstance(value, float):
        if not math.isfinite(value) or value != int(value):
            raise CellError(f"is the number {value} where text belongs", "type the text itself")
        result = str(int(value))
    elif isinstance(value, Decimal):
        result = str(value)
    elif isinstance(value, str):
        result = value.strip()
    else:
        raise CellError(f"is a {_kind(value)} where text belongs", "type the text itself")
    if _CONTROL.search(result):
        raise CellError("contains invisible control characters", "retype the text without them")
    limit = max_length or DEFAULT_MAX_TEXT
    if len(result) > limit:
        raise CellError(f"is {len(result):,} characters long", f"shorten it to at most {limit:,} characters")
    return result


def number(value: Any) -> Decimal | None:
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise CellError("is TRUE/FALSE where a number belongs", "type the number, e.g. 120")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CellError(f"is {value}, not a usable number", "type a number, e.g. 120")
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise CellError(f"is {value}, not a usable number", "type a number, e.g. 120")
        return value
    if isinstance(value, str):
        raw = value.strip()
        if _PLAIN_NUMBER.match(raw):
            try:
                return Decimal(raw)
            except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
                pass
        _refuse_other_digits(raw)
        raise CellError(
            f"'{_short(raw)}' is not a number",
            "type digits only, with a point for decimals and no thousands separators (e.g. 1250.5)",
        )
    raise CellError(f"is a {_kind(value)} where a number belongs", "type the number, e.g. 120")


def whole_number(value: Any) -> int | None:
    found = number(value)
    if found is None:
        return None
    if found != found.to_integral_value():
        raise CellError(f"{found} is not a whole number", "type a whole number, e.g. 3")
    if abs(found) > 2**31:
        raise CellError(f"{found} is far too large", "type a realistic whole number")
    return int(found)


def date(value: Any) -> dt.date | None:
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0, 0):
            raise CellError("holds a time of day as well as a date", "give the date only, as yyyy-mm-dd")
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        raw = value.strip()
        _refuse_other_digits(raw)
        if _ISO_DATE.match(raw):
            try:
                return dt.date.fromisoformat(raw)
            except ValueError:
                raise CellError(
                    f"'{raw}' is not a real date", "give a date that exists, as yyyy-mm-dd"
                ) from None
        raise CellError(
            f"'{_short(raw)}' is text that may be read as more than one date",
            "give the date as yyyy-mm-dd (e.g. 2022-03-31) or as a date cell",
        )
    raise CellError(
        f"is a {_kind(value)} where a date belongs", "give the date as yyyy-mm-dd (e.g. 2022-03-31)"
    )


def yes_no(value: Any) -> bool | None:
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("yes", "no"):
        return value.strip().lower() == "yes"
    raise CellError(f"'{_short(str(value))}' is not yes or no", "write yes or no")


def choice(value: Any, options: Iterable[str]) -> str | None:
    found = text(value)
    if found is None:
        return None
    allowed = tuple(options)
    option = _by_folded(allowed).get(found.casefold())
    if option is not None:
        return option
    raise CellError(
        f"'{_short(found)}' is not one of the allowed values", f"write one of: {', '.join(allowed)}"
    )


@functools.lru_cache(maxsize=256)
def _by_folded(options: tuple[str, ...]) -> dict[str, str]:
    """Each option by its case-folded spelling (the first one, should two fold alike)."""
    found: dict[str, str] = {}
    for option in options:
        found.setdefault(option.casefold(), option)
    return found


def code_list(value: Any, separator: str = ",") -> tuple[str, ...]:
    found = text(value)
    if found is None:
        return ()
    return tuple(dict.fromkeys(part.strip() for part in found.split(separator) if part.strip()))


def _refuse_other_digits(raw: str) -> None:
    """The digits policy: only 0-9 make numbers and dates; other scripts' digits are refused."""
    if not any(ch.isdecimal() and not ch.isascii() for ch in raw):
        return
    plain = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in raw)
    raise CellError(
        f"'{_short(raw)}' is written with digits other than 0-9",
        f"type it with the digits 0-9: {_short(plain)}",
    )


def _kind(value: Any) -> str:
    if isinstance(value, dt.datetime | dt.date):
        return "date"
    if isinstance(value, dt.time):
        return "time"
    if isinstance(value, dt.timedelta):
        return "duration"
    return type(value).__name__


def _short(raw: str) -> str:
    return raw if len(raw) <= 40 else raw[:37] + "..."
