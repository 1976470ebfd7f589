"""Engine and session factory: SQLite tuned for a desktop file, PostgreSQL for a shared team database."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..domain.errors import DatabaseBusyError
from .auditing import install_audit_trail
from .team_install import refusal_from_server

log = logging.getLogger("diaspora_grants.db")

#: How long a writer waits for another program's write to finish before giving up.
BUSY_TIMEOUT_MS = 5000


class Database:
    """One database (a SQLite file or a PostgreSQL server) and the sessions that work on it."""

    def __init__(self, url: str | URL, *, echo: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.url = make_url(url)
        self.busy_timeout_ms = busy_timeout_ms
        self.engine = _create_engine(self.url, echo=echo, busy_timeout_ms=busy_timeout_ms)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        install_audit_trail(self._sessions)
        # Writers on SQLite take the write lock when they begin, not half-way: a transaction that
        # read first and then tried to write could otherwise fail at once instead of waiting.
        self._write_engine = (
            self.engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else self.engine
        )

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def display_url(self) -> str:
        """The URL without its password, for messages and logs."""
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self, *, user: str, write: bool = True, reason: str | None = None) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises."""
        bind = self._write_engine if write else self.engine
        with self._sessions(bind=bind, info={"user": user, "reason": reason}) as session:
            try:
                yield session
                if write:
                    session.commit()
                else:
                    session.rollback()
            except DBAPIError as error:
                session.rollback()
                if isinstance(error, OperationalError) and _is_busy(error):
                    raise DatabaseBusyError(
                        "the database is busy: another program kept it locked for more than "
                        f"{self.busy_timeout_ms / 1000:g} seconds; try again in a moment"
                    ) from error
                # A team's server refuses what a person's roles do not allow: say so in words.
                refused = None if self.is_sqlite else refusal_from_server(error, self.url.username)
                if refused is not None:
                    raise refused from error
                raise
            except StaleDataError as error:
                # Note which records were being saved before the rollback forgets them, so the
                # caller can say who saved them first.
                error.stale_records = _pending_records(session)  # type: ignore[attr-defined]
                session.rollback()
                raise
            except BaseException as error:
                session.rollback()
                # The driver's own error, from work done straight through it (a bulk load).
                refused = None if self.is_sqlite else refusal_from_server(error, self.url.username)
                if refused is not None:
                    raise refused from error
                raise

    def dispose(self) -> None:
        self.engine.dispose()


def _pending_records(session: Session) -> list[tuple[type[Any], Any, int | None]]:
    """(model, primary key, version this session read) of every record the session holds.

    A failed flush has already cleared the session's list of changed records, so the caller
    compares versions to find the one somebody else saved.
    """
    pending = []
    for record in session.identity_map.values():
        state = inspect(record)
        if state.identity is not None:
            key = state.identity[0] if len(state.identity) == 1 else state.identity
            # From the loaded state: touching the attribute would query the failed transaction.
            pending.append((type(record), key, state.dict.get("version")))
    return pending


def _is_busy(error: OperationalError) -> bool:
    text = str(error.orig).lower()
    return "database is locked" in text or "database is busy" in text


def _create_engine(url: URL, *, echo: bool, busy_timeout_ms: int) -> Engine:
    if url.get_backend_name() != "sqlite":
        return create_engine(url, echo=echo, pool_pre_ping=True)
    engine = create_engine(url, echo=echo, connect_args={"timeout": busy_timeout_ms / 1000})

    @event.listens_for(engine, "connect")
    def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own transaction handling would defer BEGIN; we emit it ourselves (see "begin").
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
        if url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine
