"""Where things live: platform folders, the database URL and the name written to the audit trail."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "DiasporaGrants"
ENV_DATABASE = "DIASPORA_GRANTS_DB"
ENV_HOME = "DIASPORA_GRANTS_HOME"
ENV_USER = "DIASPORA_GRANTS_USER"
ENV_KEEP_BACKUPS = "DIASPORA_GRANTS_KEEP_BACKUPS"
#: How many automatic backups of each kind (daily, before an upgrade, before a restore) are kept.
DEFAULT_KEEP_BACKUPS = 10
DEFAULT_DATABASE_NAME = "diaspora-grants.sqlite"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path
    backup_dir: Path
    documents_dir: Path

    @classmethod
    def discover(cls) -> AppPaths:
        """Platform folders, or one folder for everything when DIASPORA_GRANTS_HOME is set (portable use)."""
        home = os.environ.get(ENV_HOME)
        if home:
            root = Path(home).expanduser().resolve()
            return cls(root, root / "logs", root / "backups", root / "documents")
        dirs = PlatformDirs(APP_NAME, appauthor=False)
        data = Path(dirs.user_data_dir)
        return cls(data, Path(dirs.user_log_dir), data / "backups", data / "documents")

    def ensure(self) -> None:
        for folder in (self.data_dir, self.log_dir, self.backup_dir, self.documents_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)

    @property
    def default_database(self) -> Path:
        return self.data_dir / DEFAULT_DATABASE_NAME


def database_url(explicit: str | None, paths: AppPaths) -> str:
    """--db wins, then DIASPORA_GRANTS_DB, then the SQLite file in the data folder.

    A value without a scheme is a path to a SQLite file, so `--db grants.sqlite` just works.
    """
    value = explicit or os.environ.get(ENV_DATABASE) or str(paths.default_database)
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def database_label(url: str) -> str:
    """How a database is named to people: a SQLite file by its name, a server database by its own
    name. Read from the URL as text, so it costs nothing before SQLAlchemy is imported."""
    scheme, separator, rest = url.split("?", 1)[0].partition("://")
    if not separator:
        return Path(url).name  # a plain path to a file
    if scheme.split("+", 1)[0] == "sqlite":
        return rest.rsplit("/", 1)[-1] or "an in-memory database"
    name = rest.rsplit("/", 1)[-1] if "/" in rest else ""
    return name or rest.rsplit("@", 1)[-1]


def keep_backups(explicit: int | None = None) -> int:
    """The number of automatic backups of each kind to keep: the argument, else the environment, else 10."""
    from .domain.errors import DomainError

    if explicit is not None:
        value: object = explicit
    else:
        value = os.environ.get(ENV_KEEP_BACKUPS, "").strip() or DEFAULT_KEEP_BACKUPS
    try:
        count = int(str(value))
    except ValueError:
        count = 0
    if count < 1:
        raise DomainError(
            f"{ENV_KEEP_BACKUPS} must be a whole number of at least 1 (it is '{value}'); "
            f"unset it to keep the last {DEFAULT_KEEP_BACKUPS}"
        )
    return count


def current_user() -> str:
    configured = os.environ.get(ENV_USER)
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name, e.g. in a container without /etc/passwd entry
        return "unknown"
