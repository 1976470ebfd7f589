"""The reason of the unit of work a service call joins (an import names its file, the demo itself).

A step that needs a written reason accepts this one: a workbook import is the user's decision,
recorded under the file's name."""

from __future__ import annotations

from .context import ServiceContext


def work_reason(context: ServiceContext) -> str | None:
    session = context.session
    reason = session.info.get("reason") if session is not None else None
    return reason if isinstance(reason, str) and reason.strip() else None
