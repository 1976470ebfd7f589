"""Submitting, approving and reopening the results of a scope, and knowing that nobody changed them
since they were read.

A scope is one project, indicator and period, optionally narrowed to some of its locations (the
grid shows one location at a time: Approve acts on what is shown). Each status change is one user
action and writes one audit entry; who submitted and who approved is kept on every cell.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Collection, Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.auditing import one_entry_for
from ..db.base import utcnow
from ..db.models import AuditEntry, Indicator, Period, Project, Result
from ..domain.approval import edit_problem, status_change_problem
from ..domain.enums import AuditAction, ResultStatus
from ..domain.errors import ConflictError, WorkflowError
from ..domain.wording import QT_TRANSLATE_NOOP, say

WHOLE_PROJECT = "whole project"


def scope_label(project: Project, indicator: Indicator, period: Period) -> str:
    """The scope as people name it; every cell's audit label starts with it."""
    return f"{project.code} · {indicator.code} · {period.label}"


def place_names(project: Project, location_ids: Iterable[int | None]) -> str:
    names = {location.id: location.name for location in project.locations}
    return ", ".join(
        sorted(
            names.get(lid, WHOLE_PROJECT) if lid is not None else WHOLE_PROJECT for lid in set(location_ids)
        )
    )


def revision_of(records: Iterable[Result]) -> str:
    """A fingerprint of the scope's cells and their versions: any save, status change, new or
    deleted cell changes it, so a writer can tell whether the cells are still what it read."""
    stamp = ";".join(f"{r.id}:{r.version}" for r in sorted(records, key=lambda r: r.id))
    return hashlib.sha1(stamp.encode(), usedforsecurity=False).hexdigest()[:16]


def check_revision(session: Session, records: Sequence[Result], expected: str | None, label: str) -> None:
    """Refuse to write over the scope when its cells changed since the caller read them, naming
    who changed them last and when."""
    if expected is None or revision_of(records) == expected:
        return
    who, when = last_change(session, records, label)
    raise ConflictError("the results grid", label, who, when)


def last_change(
    session: Session, records: Sequence[Result], label: str
) -> tuple[str | None, dt.datetime | None]:
    """Who changed the scope last and when: from the audit trail (deletions leave no cell behind),
    else from the newest cell."""
    pattern = label.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    entry = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.table_name == Result.__tablename__, AuditEntry.record_label.like(pattern, escape="\\")
        )
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(1)
    ).first()
    if entry is not None:
        return entry.user_name, entry.at
    newest = max(records, key=lambda r: r.updated_at, default=None)
    return (newest.updated_by, newest.updated_at) if newest is not None else (None, None)


def submitter_of(record: Result) -> str | None:
    """Who submitted the cell; for cells submitted before this was recorded, who last wrote it."""
    if record.status == ResultStatus.DRAFT:
        return None
    return record.submitted_by or record.updated_by


def stamp(record: Result, status: ResultStatus, user: str, now: dt.datetime) -> None:
    """Give the cell `status` and record who moved it there (a draft names nobody)."""
    if record.status == status and record.id is not None:
        return
    record.status = status
    if status == ResultStatus.DRAFT:
        record.submitted_by = record.submitted_at = record.approved_by = record.approved_at = None
        return
    if status == ResultStatus.SUBMITTED or record.submitted_by is None:
        record.submitted_by, record.submitted_at = user, now
    if status == ResultStatus.APPROVED:
        record.approved_by, record.approved_at = user, now
    else:
        record.approved_by = record.approved_at = None


def in_locations(records: Iterable[Result], location_ids: Collection[int | None] | None) -> list[Result]:
    return [r for r in records if location_ids is None or r.location_id in location_ids]


def change_status(
    session: Session,
    user: str,
    scope: tuple[Project, Indicator, Period],
    records: Sequence[Result],
    wanted: ResultStatus,
    location_ids: Collection[int | None] | None,
) -> int:
    """Move `records` (the scope's, in `location_ids` or all) to `wanted` under the approval
    rules; one audit entry."""
    indicator = scope[1]
    label = described(scope, location_ids)
    if not records:
        raise WorkflowError(
            say(
                QT_TRANSLATE_NOOP("Core", "there are no results of {label} to mark {wanted}"),
                label=label,
                wanted=wanted,
            )
        )
    rule = indicator.programme.approver_must_differ
    for record in records:
        problem = status_change_problem(
            record.status,
            wanted,
            scope=label,
            user=user,
            submitter=submitter_of(record),
            approver_must_differ=rule,
        )
        if problem:
            raise WorkflowError(problem)
    changing = [r for r in records if r.status != wanted]
    if not changing:
        return 0
    _apply(session, user, changing, wanted, label)
    return len(changing)


def reopen(
    session: Session,
    user: str,
    scope: tuple[Project, Indicator, Period],
    records: Sequence[Result],
    location_ids: Collection[int | None] | None,
) -> int:
    """Approved cells back to draft, to be corrected and submitted again (the reason is the session's)."""
    label = described(scope, location_ids)
    approved = [r for r in records if r.status == ResultStatus.APPROVED]
    if not approved:
        raise WorkflowError(
            say(
                QT_TRANSLATE_NOOP("Core", "no result of {label} is approved: there is nothing to reopen"),
                label=label,
            )
        )
    _apply(session, user, approved, ResultStatus.DRAFT, label)
    return len(approved)


def check_editable(
    scope: tuple[Project, Indicator, Period], existing: Sequence[Result], changed_locations: set[int | None]
) -> None:
    """Approved cells are read-only: a save may not touch a location whose results are approved."""
    approved = {r.location_id for r in existing if r.status == ResultStatus.APPROVED}
    touched = approved & changed_locations
    if touched:
        label = f"{scope_label(*scope)} · {place_names(scope[0], touched)}"
        problem = edit_problem(ResultStatus.APPROVED, scope=label)
        assert problem is not None
        raise WorkflowError(problem)


def _apply(session: Session, user: str, records: Sequence[Result], wanted: ResultStatus, label: str) -> None:
    before = sorted({r.status.value for r in records})
    now = utcnow()
    count = len(records)
    with one_entry_for(session, records) as entry:
        for record in records:
            stamp(record, wanted, user, now)
        entry.update(
            action=AuditAction.UPDATE,
            table_name=Result.__tablename__,
            record_id=None,
            record_label=f"{label} ({count:,} result{'s' if count != 1 else ''})"[:300],
            field="status",
            old_value=", ".join(before),
            new_value=wanted.value,
        )


def described(scope: tuple[Project, Indicator, Period], location_ids: Collection[int | None] | None) -> str:
    """The scope, and the locations concerned when only some are."""
    label = scope_label(*scope)
    return label if location_ids is None else f"{label} · {place_names(scope[0], location_ids)}"
