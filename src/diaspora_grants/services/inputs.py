"""Starting an edit from what was read: every XxxView extends its XxxInput."""

from __future__ import annotations

import dataclasses
from typing import TypeVar

InputT = TypeVar("InputT")


def input_of(view: object, input_type: type[InputT]) -> InputT:
    """The input a view was made from, so that `dataclasses.replace` on it changes only what the
    user changed and the service saves only that."""
    names = [f.name for f in dataclasses.fields(input_type)]  # type: ignore[arg-type]
    return input_type(**{name: getattr(view, name) for name in names})
