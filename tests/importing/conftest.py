"""A SQLite-only services fixture for property tests (hypothesis reuses it across examples)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.services.registry import Services
from tests.conftest import make_services

from .fixtures import small_programme


@pytest.fixture
def sqlite_services(tmp_path: Path) -> Iterator[Services]:
    database = Database(f"sqlite:///{tmp_path / 'property.sqlite'}")
    upgrade_to_head(database)
    services = make_services(database, tmp_path)
    small_programme(services)
    yield services
    database.dispose()
