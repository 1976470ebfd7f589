"""Argument types and lookups the command modules share."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from ..domain.errors import NotFoundError

if TYPE_CHECKING:  # only annotations: the desktop app parses arguments before loading the database layer
    from ..services.startup import Workspace


def iso_date(text: str) -> dt.date:
    """argparse type: a date written as users and spreadsheets write it, YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2022-07-31") from None


def programme_id_of(workspace: Workspace, code: str) -> int:
    found = workspace.services.programmes.find_id(code)
    if found is None:
        raise NotFoundError("programme", code)
    return found
