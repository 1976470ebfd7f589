"""Records named in a row by their natural keys, found through the services (case does not matter)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ..domain.errors import NotFoundError
from .rows import Row

V = TypeVar("V")


def required_ref(row: Row, header: str, find: Callable[[str], V | None], *, sheet_hint: str) -> V | None:
    """The record named in the row's `header` cell, or a problem saying where to add it."""
    name = row.text(header, required=True)
    if name is None:
        return None
    found = find(name)
    if found is None:
        row.problem(
            header, f"'{name}' does not exist", f"add it on the {sheet_hint} sheet or correct the name"
        )
    return found


def optional_ref(
    row: Row, header: str, find: Callable[[str], V | None], *, sheet_hint: str, keep: Any = None
) -> Any:
    """Like required_ref; an absent column keeps `keep`, an empty cell names no record."""
    if not row.present(header):
        return keep
    name = row.text(header)
    if name is None:
        return None
    found = find(name)
    if found is None:
        row.problem(
            header, f"'{name}' does not exist", f"add it on the {sheet_hint} sheet or correct the name"
        )
    return found


def found(get: Callable[..., V], *key: Any) -> V | None:
    """The record a service's get_by_... returns, or None where there is none."""
    try:
        return get(*key)
    except NotFoundError:
        return None


def by(get: Callable[..., V], *scope: Any) -> Callable[[str], V | None]:
    """A finder for required_ref / optional_ref: `by(uow.indicators.get_by_code, programme_id)`."""
    return lambda key: found(get, *scope, key)
