"""What the services share: units of work, lookups that fail in words, and optimistic locking."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import func, inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.orm.exc import StaleDataError

from ..db.base import Tracked, utcnow
from ..db.plain_insert import insert_plain
from ..domain.errors import ConflictError, DuplicateError, FieldProblem, NotFoundError, ValidationError
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .context import ServiceContext

T = TypeVar("T", bound=Tracked)

_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: ([\w.]+(?:, [\w.]+)*)")
_PG_UNIQUE = re.compile(r'duplicate key value violates unique constraint "(\w+)"')


class Service:
    #: How the entity is named in messages ("organisation", "call").
    entity = "record"

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    @contextmanager
    def _write(self, *, reason: str | None = None) -> Iterator[Session]:
        """The session to write in: the caller's unit of work when one is open (flushed, not
        committed: the caller commits once), else a transaction of its own. Database refusals come
        back as errors a user can act on."""
        try:
            if self.context.session is None:
                with self.context.database.session(user=self.context.user, reason=reason) as session:
                    yield session
            else:
                with _joined(self.context.session, reason) as session:
                    yield session
        except StaleDataError as error:
            raise self._conflict_after_race(error) from error
        except IntegrityError as error:
            raise integrity_problem(error) from error

    def _conflict_after_race(self, error: StaleDataError) -> ConflictError:
        """Two saves passed the version check together and the database refused the second:
        name who saved first and when, read afresh, as the check before saving would have.

        Read in a session of its own: a unit of work that failed to flush cannot be read from."""
        with self.context.database.session(user=self.context.user, write=False) as session:
            for model, key, version_read in getattr(error, "stale_records", []):
                current = session.get(model, key)
                if current is None:
                    return ConflictError(self.entity, f"#{key}", "another user, who deleted it", None)
                if isinstance(current, Tracked) and current.version != version_read:
                    return ConflictError(
                        self.entity, current.audit_label(), current.updated_by, current.updated_at
                    )
        return ConflictError(self.entity, "", None, None)

    @contextmanager
    def _read(self) -> Iterator[Session]:
        """Reads inside a unit of work see what it has written so far."""
        if self.context.session is not None:
            yield self.context.session
            return
        with self.context.database.session(user=self.context.user, write=False) as session:
            yield session

    def _get(self, session: Session, model: type[T], record_id: int, entity: str | None = None) -> T:
        record = session.get(model, record_id)
        if record is None:
            raise NotFoundError(entity or self.entity, f"#{record_id}")
        return record

    def _get_by(self, session: Session, model: type[T], entity: str, **key: Any) -> T:
        """The record with this natural key; names and codes match in any case, as users type them."""
        conditions = [
            func.lower(getattr(model, name)) == value.strip().lower()
            if isinstance(value, str)
            else getattr(model, name) == value
            for name, value in key.items()
        ]
        record = session.scalars(select(model).where(*conditions).limit(1)).first()
        if record is None:
            raise NotFoundError(entity, " ".join(str(v).strip() for v in key.values()))
        return record


@contextmanager
def _joined(session: Session, reason: str | None) -> Iterator[Session]:
    """A service call inside a unit of work: its reason labels only its own changes, and its
    changes reach the database before it returns, so a refusal names the call that caused it."""
    previous = session.info.get("reason")
    if reason is not None:
        session.info["reason"] = reason
    try:
        yield session
        session.flush()
    finally:
        session.info["reason"] = previous


def insert_rows(session: Session, model: type[Tracked], rows: Sequence[dict[str, Any]]) -> None:
    """Insert new records of one table as plain rows, in one executemany, without ORM objects.

    For a batch of thousands (an import), building, tracking and flushing ORM objects costs more
    than the checks and the writing together. Each row (values by attribute name, already
    checked by the service) is completed here as the ORM would complete it: its id, the
    bookkeeping columns (created, updated, by whom, version 1) and the columns' defaults. The
    rows get their ids in place. The caller writes their audit entries (db.auditing.InsertedRecords):
    the after-flush hook that audits ORM objects does not see these rows.
    """
    if not rows:
        return
    session.flush()  # what the unit of work holds goes first, as a flush would order it
    defaults = _column_defaults(inspect(model))
    now = utcnow()
    bookkeeping = {"created_at": now, "updated_at": now, "version": 1, "updated_by": session.info.get("user")}
    ids = _next_ids(session, model, len(rows))
    for row, record_id in zip(rows, ids, strict=True):
        for key, default in defaults.items():
            row.setdefault(key, default)
        row["id"] = record_id
    # The bookkeeping is the same for every row: given to the insert once, converted once.
    insert_plain(session.connection(), model.__table__, rows, bookkeeping)  # type: ignore[attr-defined]
    for row in rows:
        row.update(bookkeeping)


@functools.cache
def _column_defaults(mapper: Mapper[Any]) -> dict[str, Any]:
    """Each column's value when a row does not give it: its scalar default, else None."""
    defaults: dict[str, Any] = {}
    for key, column in mapper.columns.items():
        if key != column.key:  # rows are given by attribute name and inserted by column name
            raise TypeError(f"{mapper.class_.__name__}.{key} is stored in a column of another name")
        default = column.default
        defaults[key] = getattr(default, "arg", None) if default is not None and default.is_scalar else None
    return defaults


def _next_ids(session: Session, model: type[Tracked], count: int) -> list[int]:
    """Ids for `count` new records: on PostgreSQL from the table's sequence; on SQLite the next free
    ones, those SQLite would pick itself (no table has AUTOINCREMENT), which no other writer can
    take meanwhile: a SQLite write transaction holds the file's write lock from its start (BEGIN
    IMMEDIATE)."""
    table = model.__tablename__  # type: ignore[attr-defined]
    if session.get_bind().dialect.name == "sqlite":
        last = session.scalar(select(func.max(model.id))) or 0
        return list(range(last + 1, last + 1 + count))
    query = text(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, :count)")
    return list(session.scalars(query, {"count": count}))


def check_version(record: Tracked, expected_version: int | None, entity: str) -> None:
    """Refuse to save over a change made since the caller read the record.

    The caller passes the version it read; the database's own version check (version_id_col)
    covers the moment between this check and the commit.
    """
    if expected_version is not None and record.version != expected_version:
        raise ConflictError(entity, record.audit_label(), record.updated_by, record.updated_at)


def assign(record: object, values: dict[str, Any]) -> None:
    """Set only what differs, so the audit trail records real changes and nothing else."""
    for name, value in values.items():
        if getattr(record, name) != value:
            setattr(record, name, value)


def integrity_problem(error: IntegrityError) -> ValidationError:
    text = str(error.orig)
    match = _SQLITE_UNIQUE.search(text) or _PG_UNIQUE.search(text)
    if match:
        columns = match.group(1)
        return DuplicateError(
            FieldProblem(
                columns, say(QT_TRANSLATE_NOOP("Core", "this value is already used by another record"))
            )
        )
    if "FOREIGN KEY" in text.upper() or "foreign key" in text:
        return ValidationError(
            FieldProblem(
                "record",
                say(
                    QT_TRANSLATE_NOOP(
                        "Core", "it is still referred to by other records, or refers to one that is gone"
                    )
                ),
            )
        )
    if "CHECK" in text.upper():
        return ValidationError(
            FieldProblem(
                "value", say(QT_TRANSLATE_NOOP("Core", "refused by the database rule: {text}"), text=text)
            )
        )
    return ValidationError(
        FieldProblem(
            "record", say(QT_TRANSLATE_NOOP("Core", "the database refused the change: {text}"), text=text)
        )
    )
