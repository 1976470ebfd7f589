"""Reading and exporting the audit trail. There is no API to change it: it is append-only."""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, column, func, or_, select, text
from sqlalchemy.orm import Session

from ..db.models import AuditEntry
from ..domain.enums import AuditAction
from .audit_words import AuditReader
from .base import Service

#: Text starting with these is read as a formula by spreadsheet programs (OWASP CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
_CSV_HEADER = (
    "id",
    "when (UTC)",
    "user",
    "action",
    "table",
    "record id",
    "record",
    "field",
    "old value",
    "new value",
    "change",
    "reason",
)


@dataclass(frozen=True, kw_only=True)
class AuditEntryView:
    id: int
    at: dt.datetime
    user_name: str
    action: AuditAction
    table_name: str
    record_id: int | None
    record_label: str | None
    field: str | None
    old_value: str | None
    new_value: str | None
    reason: str | None
    #: The record as people name it ("LB-VAX-01 · BHA-1 · 2022-Q3 · Akkar · refugees · female · 0-17").
    record_name: str = ""
    #: The change in words: "status: Submitted → Approved", or what a new record held.
    change: str = ""


@dataclass(frozen=True, kw_only=True)
class AuditFilter:
    """Which entries to show. A date for `since` means from its start; for `until`, to its end."""

    table: str | None = None
    record_id: int | None = None
    user: str | None = None
    since: dt.datetime | dt.date | None = None
    until: dt.datetime | dt.date | None = None
    search: str | None = None


def csv_safe(text: str | None) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    if text is None:
        return ""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


class AuditService(Service):
    entity = "audit entry"

    def find(
        self,
        *,
        table: str | None = None,
        record_id: int | None = None,
        user: str | None = None,
        since: dt.datetime | dt.date | None = None,
        until: dt.datetime | dt.date | None = None,
        search: str | None = None,
        limit: int = 500,
        offset: int = 0,
    ) -> list[AuditEntryView]:
        """Newest first."""
        filters = AuditFilter(
            table=table, record_id=record_id, user=user, since=since, until=until, search=search
        )
        with self._read() as session:
            indexed = _index_narrows(session, filters, FIND_BY_INDEX_UP_TO)
            query = _filtered(
                select(AuditEntry),
                filters,
                by_time=not indexed and _walk_by_time(session, filters),
                sqlite=_is_sqlite(session),
                indexed=indexed,
            )
            query = query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit).offset(offset)
            entries = list(session.scalars(query))
            reader = AuditReader(session)
            reader.prefetch(entries)
            return [_view(e, reader) for e in entries]

    def count(
        self,
        *,
        table: str | None = None,
        record_id: int | None = None,
        user: str | None = None,
        since: dt.datetime | dt.date | None = None,
        until: dt.datetime | dt.date | None = None,
        search: str | None = None,
    ) -> int:
        filters = AuditFilter(
            table=table, record_id=record_id, user=user, since=since, until=until, search=search
        )
        with self._read() as session:
            query = _filtered(
                select(func.count()).select_from(AuditEntry),
                filters,
                sqlite=_is_sqlite(session),
                indexed=_index_narrows(session, filters, COUNT_BY_INDEX_UP_TO),
            )
            return session.scalar(query) or 0

    def export_csv(self, path: Path | str, filters: AuditFilter | None = None) -> int:
        """Write every matching entry (newest first) to a CSV file; returns how many were written.

        The file is written under a temporary name in the same folder and moved into place, so a
        failure never leaves half a file under the real name nor destroys an older export.
        """
        target = Path(path)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        written = 0
        try:
            # utf-8-sig: Excel recognises the encoding and shows Arabic and accented names right.
            with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(_CSV_HEADER)
                with self._read() as session:
                    chosen = filters or AuditFilter()
                    query = _filtered(
                        select(AuditEntry),
                        chosen,
                        sqlite=_is_sqlite(session),
                        indexed=_index_narrows(session, chosen, COUNT_BY_INDEX_UP_TO),
                    ).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
                    reader = AuditReader(session, name_numbered=False)
                    for entry in session.scalars(query.execution_options(yield_per=1000)):
                        writer.writerow(_csv_row(entry, reader))
                        written += 1
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return written


#: A table with more entries than this is paged by walking the trail newest first and skipping
#: other tables' entries: SQLite would otherwise pick the table-name index and sort every entry of
#: the table (1.4 s for a million) to return the newest 500.
WALK_BY_TIME_ABOVE = 5_000


def _walk_by_time(session: Session, f: AuditFilter) -> bool:
    if not f.table or f.record_id is not None:
        return False
    entries = select(func.count()).select_from(AuditEntry).where(AuditEntry.table_name == f.table)
    return (session.scalar(entries) or 0) > WALK_BY_TIME_ABOVE


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _filtered(
    query: Select[Any], f: AuditFilter, *, by_time: bool = False, sqlite: bool = False, indexed: bool = False
) -> Select[Any]:
    if f.table:
        # `|| ''` keeps the planner off the table-name index, so it walks the time index instead,
        # or starts from the few entries the full-text index found.
        name = AuditEntry.table_name + "" if by_time or indexed else AuditEntry.table_name
        query = query.where(name == f.table)
    if f.record_id is not None:
        query = query.where(AuditEntry.record_id == f.record_id)
    if f.user:
        query = query.where(func.lower(AuditEntry.user_name) == f.user.strip().lower())
    if f.since is not None:
        query = query.where(AuditEntry.at >= _moment(f.since))
    if f.until is not None:
        if isinstance(f.until, dt.datetime):
            query = query.where(AuditEntry.at <= _moment(f.until))
        else:
            query = query.where(AuditEntry.at < _moment(f.until + dt.timedelta(days=1)))
    if f.search and f.search.strip():
        query = query.where(_search_condition(_needle(f.search), sqlite=sqlite, indexed=indexed))
    return query


#: The searched columns; the SQLite full-text index `audit_search` (revision 0002) covers the same.
_SEARCHED = (
    AuditEntry.record_label,
    AuditEntry.field,
    AuditEntry.old_value,
    AuditEntry.new_value,
    AuditEntry.reason,
)
#: The index holds three-character sequences, so shorter texts cannot be looked up in it.
INDEXED_SEARCH_FROM = 3
#: A text found in more entries than these is searched with LIKE alone. The page of the newest
#: matches then comes from walking the trail newest first until enough are found, quick when
#: matches are many (0.2 s for "cell" in a million entries, 2.4 s by sorting a million
#: candidates from the index); a count reads every entry once (0.2-0.9 s, as without the index).
FIND_BY_INDEX_UP_TO = 20_000
COUNT_BY_INDEX_UP_TO = 200_000
_INDEXED = text("SELECT rowid FROM audit_search WHERE audit_search MATCH :phrase").columns(
    column("rowid", Integer)
)
_CANDIDATES = text(
    "SELECT count(*) FROM (SELECT 1 FROM audit_search WHERE audit_search MATCH :phrase LIMIT :most)"
)


def _needle(search: str) -> str:
    return search.strip().lower()


def _phrase(needle: str) -> str:
    """The text as one FTS5 string, so nothing a user types (AND, NEAR, *, quotes) is query syntax."""
    return '"' + needle.replace('"', '""') + '"'


def _index_narrows(session: Session, f: AuditFilter, up_to: int) -> bool:
    """Whether SQLite's index holds the search text in at most `up_to` entries (a few ms to tell)."""
    if not f.search or len(needle := _needle(f.search)) < INDEXED_SEARCH_FROM or not _is_sqlite(session):
        return False
    found = session.scalar(_CANDIDATES, {"phrase": _phrase(needle), "most": up_to + 1})
    return (found or 0) <= up_to


def _search_condition(needle: str, *, sqlite: bool, indexed: bool) -> ColumnElement[bool]:
    """Entries with `needle` (lowered) in one of the searched columns, ignoring ASCII case.

    % and _ are matched as themselves, not as LIKE's wildcards. SQLite's LIKE ignores case as its
    lower() does (ASCII letters only), at a third of the cost; PostgreSQL's LIKE does not, so it
    compares lowered text (which lowers every script).
    """
    pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    like = or_(
        *(
            c.like(pattern, escape="\\") if sqlite else func.lower(c).like(pattern, escape="\\")
            for c in _SEARCHED
        )
    )
    if not (sqlite and indexed):
        return like
    # The index narrows a million entries to the few candidates, then LIKE decides: the index also
    # folds the case of non-ASCII letters (É, Σ) and signs like the Kelvin sign K, LIKE does not,
    # and users must find the same with or without it.
    return and_(AuditEntry.id.in_(_INDEXED.bindparams(phrase=_phrase(needle))), like)


def _moment(value: dt.datetime | dt.date) -> dt.datetime:
    """Dates are whole UTC days; naive datetimes are taken as UTC, the zone the trail is kept in."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
    return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)


def _csv_row(e: AuditEntry, reader: AuditReader) -> list[str]:
    name = reader.record_name(e)
    return [
        str(e.id),
        e.at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S"),
        csv_safe(e.user_name),
        e.action.value,
        e.table_name,
        "" if e.record_id is None else str(e.record_id),
        csv_safe(e.record_label),
        csv_safe(e.field),
        csv_safe(e.old_value),
        csv_safe(e.new_value),
        csv_safe(reader.change(e, name)),
        csv_safe(e.reason),
    ]


def _view(e: AuditEntry, reader: AuditReader) -> AuditEntryView:
    name = reader.record_name(e)
    return AuditEntryView(
        id=e.id,
        at=e.at,
        user_name=e.user_name,
        action=e.action,
        table_name=e.table_name,
        record_id=e.record_id,
        record_label=e.record_label,
        field=e.field,
        old_value=e.old_value,
        new_value=e.new_value,
        reason=e.reason,
        record_name=name,
        change=reader.change(e, name),
    )
