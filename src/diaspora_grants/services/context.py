"""What every service needs: the database, who is working, where files go, and today's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..db.engine import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass
class ServiceContext:
    database: Database
    user: str
    documents_dir: Path
    backup_dir: Path | None = None
    #: Injected so that tests and reports can ask "as of" a given day.
    today: Callable[[], dt.date] = field(default=dt.date.today)
    #: The open unit of work that every service call joins (see Services.unit_of_work); None when
    #: each call runs in a transaction of its own.
    session: Session | None = None
