"""Small field checks shared by the services; each returns a problem or None."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal

from .errors import FieldProblem, ValidationError
from .wording import QT_TRANSLATE_NOOP, say

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
#: The largest result, target or baseline: a count of ten trillion. With two decimals that is 15
#: significant digits, which a stored value keeps exactly on SQLite and PostgreSQL alike.


def required(field: str, value: str | None, *, max_length: int | None = None) -> FieldProblem | None:
    if value is None or not value.strip():
        return FieldProblem(field, say(QT_TRANSLATE_NOOP("Core", "is required")))
    return max_length_of(field, value, max_length)


def required_date(field: str, value: dt.date | None) -> FieldProblem | None:
    return FieldProblem(field, say(QT_TRANSLATE_NOOP("Core", "is required"))) if value is None else None


def max_length_of(field: str, value: str | None, max_length: int | None) -> FieldProblem | None:
    if value is not None and max_length is not None and len(value) > max_length:
        return FieldProblem(
            field,
            say(
                QT_TRANSLATE_NOOP("Core", "is {length} characters long; at most {most} fit"),
                length=len(value),
                most=max_length,
            ),
        )
    return None


def email(field: str, value: str | None) -> FieldProblem | None:
    if value and not _EMAIL.match(value):
        return FieldProblem(
            field,
            say(
                QT_TRANSLATE_NOOP("Core", "'{value}' is not an e-mail address (name@example.org)"),
                value=value,
            ),
        )
    return None


def not_negative(field: str, value: Decimal | None) -> FieldProblem | None:
    if value is not None and (not value.is_finite() or value < 0):
        return FieldProblem(field, say(QT_TRANSLATE_NOOP("Core", "must be a number of zero or more")))
    return None


def positive(field: str, value: Decimal | None) -> FieldProblem | None:
    if value is not None and (value.is_nan() or value <= 0):
        return FieldProblem(field, say(QT_TRANSLATE_NOOP("Core", "must be more than zero")))
    return None


def date_order(
    start_field: str, start: dt.date | None, end_field: str, end: dt.date | None
) -> FieldProblem | None:
    if start and end and end < start:
        return FieldProblem(
            end_field,
            say(
                QT_TRANSLATE_NOOP("Core", "({end}) is before {start_field} ({start})"),
                end=end.isoformat(),
                start_field=start_field,
                start=start.isoformat(),
            ),
        )
    return None


def check_report_range(date_from: dt.date | None, date_to: dt.date | None) -> None:
    """A reporting range (from, to) runs forwards; either end may be open."""
    if date_from and date_to and date_to < date_from:
        raise ValidationError.single(
            "to",
            say(
                QT_TRANSLATE_NOOP("Core", "({to}) is before from ({since}); swap the dates"),
                to=date_to.isoformat(),
                since=date_from.isoformat(),
            ),
        )


def raise_if_any(problems: Iterable[FieldProblem | None]) -> None:
    found = [p for p in problems if p is not None]
    if found:
        raise ValidationError(found)


def clean(text: str | None) -> str | None:
    """Trim surrounding blanks; an empty text is no text."""
    if text is None:
        return None
    stripped = text.strip()
    return stripped or None
