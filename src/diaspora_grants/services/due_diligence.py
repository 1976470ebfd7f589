"""The due diligence rule of grant decisions, in one place: selecting or awarding to an organisation
whose due diligence is not cleared (or has expired) needs an override with a written reason, kept
with who decided and when on the application and on the project (and, like every change, in the
audit trail)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..db.models import Application, Organisation, Project
from ..domain import validation as v
from ..domain.due_diligence import not_cleared
from ..domain.errors import DueDiligenceError


@dataclass(frozen=True, kw_only=True)
class DueDiligenceOverride:
    #: What was overridden, as it read on the day ("in progress (not cleared)", "expired on ...").
    state: str
    reason: str
    by: str | None
    on: dt.date


def due_diligence_problem(organisation: Organisation, today: dt.date) -> str | None:
    return not_cleared(organisation.dd_status, organisation.dd_expiry, today)


def required_override(
    organisation: Organisation,
    today: dt.date,
    reason: str | None,
    *,
    step: str,
    user: str | None,
    work_reason: str | None = None,
) -> DueDiligenceOverride | None:
    """None when due diligence is cleared; the override when `reason` gives one; else refuse.

    Inside a unit of work that names its own reason (the import of a workbook, the demo), a
    decision taken without a written override is kept, marked as such, rather than refused: the
    records it brings were decided elsewhere. Interactive decisions always write one.
    """
    problem = due_diligence_problem(organisation, today)
    if problem is None:
        return None
    written = v.clean(reason)
    if written is None and work_reason is not None:
        written = f"{work_reason}: recorded without a written override"
    if written is None:
        raise DueDiligenceError(organisation.name, problem, step)
    v.raise_if_any([v.max_length_of("due diligence override", written, 2000)])
    return DueDiligenceOverride(state=problem[:120], reason=written, by=user, on=today)


def recorded_override(record: Application | Project) -> DueDiligenceOverride | None:
    if record.dd_override_reason is None or record.dd_override_on is None:
        return None
    return DueDiligenceOverride(
        state=record.dd_override_state or "",
        reason=record.dd_override_reason,
        by=record.dd_override_by,
        on=record.dd_override_on,
    )


def keep_override(record: Application | Project, override: DueDiligenceOverride | None) -> None:
    if override is None:
        return
    record.dd_override_state = override.state
    record.dd_override_reason = override.reason
    record.dd_override_by = override.by
    record.dd_override_on = override.on
