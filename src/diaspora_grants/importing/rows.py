"""One row being imported: its cells converted by column, and every problem named by its column.

Converters record a problem and return None instead of raising, so a row reports all its bad cells
at once. A column that is absent from the sheet keeps the record's current value (`keep=`), so a
sheet with fewer columns updates only what it has.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any, TypeVar

from ..domain.errors import FieldProblem
from . import cells
from .problems import CellError, Problem

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class SkipRow(Exception):  # noqa: N818 - a signal, not an error: the row's problems are already listed
    """The row has problems already recorded; it is not written."""


class Row:
    def __init__(
        self,
        sheet: str,
        number: int,
        headers: tuple[str, ...],
        present: set[str],
        values: tuple[Any, ...],
        today: dt.date,
    ) -> None:
        self.sheet = sheet
        self.number = number
        self.today = today
        self._values = dict(zip(headers, values, strict=True))
        self._present = present
        self.problems: list[Problem] = []

    # Raw access ------------------------------------------------------------------------------

    def present(self, header: str) -> bool:
        return header in self._present

    def raw(self, header: str) -> Any:
        """The cell as read, unconverted (None for an absent column)."""
        return self._values[header] if header in self._present else None

    def problem(self, column: str, message: str, fix: str) -> None:
        self.problems.append(Problem(self.sheet, self.number, column, message, fix))

    def check(self) -> None:
        if self.problems:
            raise SkipRow

    def _convert(self, header: str, convert: Callable[[Any], T | None], required: bool, keep: Any) -> Any:
        if header not in self._present:
            return keep
        raw = self._values[header]
        try:
            value = convert(raw)
        except CellError as error:
            self.problem(header, error.message, error.fix)
            return keep
        if value is None and required:
            self.problem(header, "is empty", f"fill in the {header.lower()}")
        return value

    # Typed cells -----------------------------------------------------------------------------

    def text(
        self, header: str, max_length: int | None = None, *, required: bool = False, keep: Any = None
    ) -> Any:
        return self._convert(header, lambda v: cells.text(v, max_length), required, keep)

    def decimal(self, header: str, *, required: bool = False, keep: Any = None) -> Any:
        return self._convert(header, cells.number, required, keep)

    def whole(self, header: str, *, required: bool = False, keep: Any = None) -> Any:
        return self._convert(header, cells.whole_number, required, keep)

    def date(self, header: str, *, required: bool = False, keep: Any = None) -> Any:
        return self._convert(header, cells.date, required, keep)

    def yes_no(self, header: str, *, default: bool = False, keep: Any = None) -> Any:
        value = self._convert(header, cells.yes_no, False, keep)
        return default if value is None else value

    def codes(self, header: str, *, separator: str = ",", upper: bool = False, keep: Any = ()) -> Any:
        found = self._convert(header, lambda v: cells.code_list(v, separator), False, keep)
        return tuple(c.upper() for c in found) if upper else found

    def choice(self, header: str, enum: type[E], *, default: E | None = None, keep: Any = None) -> Any:
        options = _values_of(enum)
        value = self._convert(header, lambda v: cells.choice(v, options), False, keep)
        if isinstance(value, str) and not isinstance(value, StrEnum):
            return enum(value)
        return default if value is None else value

    # Service validation errors, named by column -----------------------------------------------

    def field_problems(
        self, problems: Iterable[FieldProblem], aliases: dict[str, str], fallback: str
    ) -> None:
        for problem in problems:
            column = column_for(problem.field, self._values.keys(), aliases, fallback)
            self.problem(column, f"{problem.message}", _fix_for(problem.message))


@functools.cache
def _values_of(enum: type[StrEnum]) -> tuple[str, ...]:
    """The stored values of an enum's members, in their order (asked for on every row)."""
    return tuple(m.value for m in enum)


def column_for(field: str, headers: Iterable[str], aliases: dict[str, str], fallback: str) -> str:
    wanted = field.casefold().replace("_", " ")
    if wanted in aliases:
        return aliases[wanted]
    listed = list(headers)
    for header in listed:
        if header.casefold() == wanted:
            return header
    for header in listed:
        if wanted.startswith(header.casefold()) or header.casefold().startswith(wanted):
            return header
    return fallback


def _fix_for(message: str) -> str:
    if ";" in message:
        return message.split(";", 1)[1].strip()
    return "correct the value"
