"""Passwords of team databases live in the system keyring (Windows Credential Locker, macOS
Keychain, the Secret Service on Linux), never in settings, saved URLs or logs.

A database URL names the server, the database and the person (`postgresql+psycopg://alice@host/
grants?sslmode=verify-full`); the password is looked up in the keyring under that person, server
and database. Without a keyring, or without an entry, the connection goes on without one, and
PostgreSQL's own means apply (PGPASSWORD, ~/.pgpass, a client certificate).
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import URL, make_url

from ..domain.errors import DomainError
from ..domain.wording import QT_TRANSLATE_NOOP, say

log = logging.getLogger("diaspora_grants.credentials")

#: The keyring's service name for every Diaspora Grants database.
KEYRING_SERVICE = "diaspora-grants"

#: How the app shows a hidden password in URLs it displays (and a saved recent URL may hold).
HIDDEN_PASSWORD = "***"


def keyring_entry(url: URL) -> str:
    """The keyring's user name for a database: "alice@db.example.org:5432/grants"."""
    return f"{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def needs_password(url: URL) -> bool:
    return url.get_backend_name() == "postgresql" and bool(url.username)


def with_stored_password(url: str | URL) -> URL:
    """The URL to connect with: a PostgreSQL URL without a password gets the one kept in the keyring."""
    parsed = make_url(url)
    if not needs_password(parsed) or (parsed.password and parsed.password != HIDDEN_PASSWORD):
        return parsed
    password = _keyring_get(keyring_entry(parsed))
    return parsed.set(password=password) if password else parsed.set(password=None)


def store_password(url: str | URL, password: str) -> str:
    """Keep the password of this database's person in the keyring; returns the entry's name."""
    parsed = make_url(url)
    if not needs_password(parsed):
        raise DomainError(
            say(
                QT_TRANSLATE_NOOP(
                    "Core", "a password is kept only for a PostgreSQL URL that names the person (user@host)"
                )
            )
        )
    entry = keyring_entry(parsed)
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, entry, password)
    except KeyringError as error:
        raise DomainError(
            say(
                QT_TRANSLATE_NOOP("Core", "the system keyring refused to keep the password: {error}"),
                error=error,
            )
        ) from None
    log.info("password for %s kept in the system keyring", entry)
    return entry


def check_and_store(url: str | URL, password: str) -> str:
    """Connect with the password first (a wrong one is never kept), then keep it in the keyring."""
    from sqlalchemy import text

    from ..db.engine import Database
    from ..domain.errors import DatabaseUnavailableError

    parsed = make_url(url)
    if not needs_password(parsed):
        raise DomainError(
            say(
                QT_TRANSLATE_NOOP(
                    "Core", "a password is kept only for a PostgreSQL URL that names the person (user@host)"
                )
            )
        )
    database = Database(parsed.set(password=password))
    try:
        with database.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise DatabaseUnavailableError(
            say(
                QT_TRANSLATE_NOOP("Core", "cannot connect to {value}: {reason}"),
                value=database.display_url(),
                reason=reason,
            )
        ) from None
    finally:
        database.dispose()
    return store_password(parsed, password)


def forget_password(url: str | URL) -> bool:
    """Remove the stored password; False when there was none (or no keyring)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.delete_password(KEYRING_SERVICE, keyring_entry(make_url(url)))
    except KeyringError:
        return False
    return True


def _keyring_get(entry: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, entry)
    except KeyringError as error:  # no keyring on this machine (a server, CI): go on without it
        log.info("no system keyring for %s: %s", entry, type(error).__name__)
        return None
