"""Writes the audit trail from the ORM's own change tracking, so no write path can forget it."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from enum import Enum
from types import SimpleNamespace
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Mapper, Session, sessionmaker

from ..domain.enums import AuditAction
from .base import Tracked, utcnow
from .models.audit import AuditEntry
from .plain_insert import insert_plain

#: Bookkeeping columns: they change on every save, or follow another column (an organisation's
#: name keys follow its name), and say nothing a reader of the trail needs.
_UNAUDITED = frozenset(
    {"created_at", "updated_at", "updated_by", "version", "name_key", "name_skeleton"}
    # Who moved a result to submitted or approved: the status change itself is audited with its author.
    | {"submitted_by", "submitted_at", "approved_by", "approved_at"}
)
#: json.dumps with an option builds a new encoder on every call; an import snapshots thousands.
_SNAPSHOT_JSON = json.JSONEncoder(ensure_ascii=False)
#: session.info key: records whose field changes a service summarises in one entry of its own.
_SUMMARISED = "audit_summarised"


def install_audit_trail(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _stamp_author)
    event.listen(factory, "after_flush", _record_changes)


def audit_text(value: Any) -> str | None:
    """One readable text form per value type, so old and new values compare as users expect."""
    if value is None:
        return None
    if type(value) is str:  # most values are text: answered first, an import writes thousands
        return value
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


@contextmanager
def one_entry_for(session: Session, records: Iterable[Tracked]) -> Iterator[dict[str, Any]]:
    """One audit entry for one user action that changes `records` (locking a period, approving a
    scope of results), instead of one entry per changed field. The caller makes the changes inside
    the block and fills the dict with the entry's columns (action, table_name, record_label, field,
    old_value, new_value); who and why come from the session, as for every other entry."""
    summarised: set[int] = session.info.setdefault(_SUMMARISED, set())
    keys = {id(record) for record in records}
    summarised |= keys
    entry: dict[str, Any] = {}
    try:
        yield entry
        session.add(
            AuditEntry(
                at=utcnow(),
                user_name=session.info.get("user") or "unknown",
                reason=session.info.get("reason"),
                **entry,
            )
        )
        session.flush()
    finally:
        summarised -= keys


def _stamp_author(session: Session, _context: Any, _instances: Any) -> None:
    user = session.info.get("user")
    # session.new builds a new set on every access: read it once, or a flush of thousands of new
    # records (an import) takes quadratic time.
    new = session.new
    for obj in (*new, *session.dirty):
        if isinstance(obj, Tracked) and (obj in new or session.is_modified(obj)):
            obj.updated_by = user


def _record_changes(session: Session, _context: Any) -> None:
    rows: list[dict[str, Any]] = []

    def entry(obj: Tracked, action: AuditAction, **values: Any) -> dict[str, Any]:
        return _entry(obj, action, _safe_label(obj), **values)

    for obj in session.new:
        if isinstance(obj, Tracked):
            rows.append(entry(obj, AuditAction.INSERT, new_value=_snapshot(obj)))
    for obj in session.deleted:
        if isinstance(obj, Tracked):
            rows.append(entry(obj, AuditAction.DELETE, old_value=_snapshot(obj)))
    summarised = session.info.get(_SUMMARISED, ())
    deleted = session.deleted
    for obj in session.dirty:
        if not isinstance(obj, Tracked) or obj in deleted or id(obj) in summarised:
            continue
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            if attr.key in _UNAUDITED:
                continue
            history = state.attrs[attr.key].history
            if not history.has_changes():
                continue
            old = audit_text(history.deleted[0]) if history.deleted else None
            new = audit_text(history.added[0]) if history.added else None
            if old != new:
                rows.append(entry(obj, AuditAction.UPDATE, field=attr.key, old_value=old, new_value=new))
    if rows:
        _insert_entries(session, rows)


def _insert_entries(session: Session, rows: list[dict[str, Any]], at: dt.datetime | None = None) -> None:
    """The entries, written at `at` (now) by the session's author, in a few multi-row INSERTs
    rather than one statement per entry: SQLite's full-text index of the trail writes out its
    pending terms at the start of every statement, which made a flush of thousands of entries (an
    import) three times slower."""
    user, reason = _author(session)
    same = {"at": at or utcnow(), "user_name": user, "reason": reason}
    insert_plain(session.connection(), AuditEntry.__table__, rows, same)  # type: ignore[arg-type]


def _snapshot(obj: Tracked) -> str:
    return _snapshot_json((key, getattr(obj, key)) for key in _snapshot_keys(inspect(obj).mapper))


def _snapshot_json(values: Iterable[tuple[str, Any]]) -> str:
    """The values that say something (not None, not empty), as text, in one JSON object."""
    texts: dict[str, str] = {}
    for key, value in values:
        if value is not None and (text := value if type(value) is str else audit_text(value)):
            texts[key] = text
    return _SNAPSHOT_JSON.encode(texts)


@functools.cache
def _snapshot_keys(mapper: Mapper[Any]) -> tuple[str, ...]:
    """The columns a snapshot holds, found once per model (an import snapshots thousands)."""
    return tuple(attr.key for attr in mapper.column_attrs if attr.key not in _UNAUDITED and attr.key != "id")


def _safe_label(obj: Any) -> str | None:
    try:
        return str(obj.audit_label()[:300])
    except Exception:  # a label must never stop a save; the record id still identifies the row
        return None


def _author(session: Session) -> tuple[str, str | None]:
    """Who makes the session's changes, and why: said on every entry."""
    return session.info.get("user") or "unknown", session.info.get("reason")


def _entry(record: Any, action: AuditAction, label: str | None, **values: Any) -> dict[str, Any]:
    """An entry's own columns; when, by whom and why are the same for all of a write's entries."""
    return {
        "action": action,
        "table_name": record.__tablename__,
        "record_id": record.id,
        "record_label": label,
        "field": None,
        "old_value": None,
        "new_value": None,
        **values,
    }


class InsertedRecords:
    """The audit entries of new records written as plain rows rather than ORM objects (a batch of
    an import): the same entries the trail holds for records the ORM inserts, in the order given.

    Call `add` for each row once it has its id, then `write` once for all of them.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.now = utcnow()
        self.entries: list[dict[str, Any]] = []

    def add(self, model: type[Tracked], values: dict[str, Any], **related: Any) -> None:
        """The row `values` (by attribute name) of `model`; `related` gives what its label names
        through a relationship (a location's project)."""
        record = SimpleNamespace(__tablename__=model.__tablename__, **values, **related)  # type: ignore[attr-defined]
        keys = _snapshot_keys(inspect(model))
        label = _safe_label(_Labelled(model, record))
        snapshot = _snapshot_json((key, values.get(key)) for key in keys)
        self.entries.append(_entry(record, AuditAction.INSERT, label, new_value=snapshot))

    def write(self) -> None:
        if self.entries:
            _insert_entries(self.session, self.entries, self.now)
            self.entries = []


class _Labelled:
    """A row's label by its model's own audit_label, without building the ORM object."""

    def __init__(self, model: type[Tracked], record: SimpleNamespace) -> None:
        self.model, self.record = model, record

    def audit_label(self) -> str:
        return self.model.audit_label(self.record)  # type: ignore[arg-type]
