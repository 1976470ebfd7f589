"""Two people, one record: the second save is refused with who and when; nothing is lost."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.db.models import AuditEntry, Organisation
from diaspora_grants.domain.errors import ConflictError, DatabaseBusyError
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeService
from tests.conftest import make_services

PONTES = OrganisationInput(name="Pontes Ricerche e Interventi", hq_country="IT")


def test_second_save_is_refused_naming_the_first_editor(database: Database, tmp_path: Path) -> None:
    amina = make_services(database, tmp_path, user="amina")
    bruno = make_services(database, tmp_path, user="bruno")
    opened_by_amina = amina.organisations.create(PONTES)
    opened_by_bruno = bruno.organisations.get(opened_by_amina.id)

    bruno.organisations.update(opened_by_bruno.id, replace(PONTES, phone="+39 06 000"), expected_version=1)
    with pytest.raises(ConflictError) as refused:
        amina.organisations.update(opened_by_amina.id, replace(PONTES, acronym="PRI"), expected_version=1)

    assert refused.value.changed_by == "bruno"
    assert refused.value.changed_at is not None
    saved = amina.organisations.get(opened_by_amina.id)
    assert (saved.phone, saved.acronym, saved.version) == ("+39 06 000", None, 2)


@pytest.fixture
def pg_database(postgres_url: str) -> Iterator[Database]:
    """On SQLite writers queue behind BEGIN IMMEDIATE, so two writes cannot interleave; on a shared
    PostgreSQL server they can, and the version column is what stops the second one."""
    database = Database(postgres_url)
    upgrade_to_head(database)
    yield database
    database.dispose()


@pytest.mark.postgres
def test_the_database_refuses_a_stale_write_even_past_the_service_check(pg_database: Database) -> None:
    """Two transactions that both passed the version check: the database's own check stops the second."""
    database = pg_database
    with database.session(user="setup") as session:
        session.add(Organisation(name="FTCR", hq_country="FR"))

    first = database._sessions(bind=database.engine, info={"user": "amina"})
    record = first.scalars(select(Organisation)).one()
    with database.session(user="bruno") as second:
        second.scalars(select(Organisation)).one().acronym = "F.T.C.R."
    record.acronym = "FTCR-FR"
    from sqlalchemy.orm.exc import StaleDataError

    with pytest.raises(StaleDataError):
        first.commit()
    first.close()
    with database.session(user="check", write=False) as session:
        assert session.scalars(select(Organisation.acronym)).one() == "F.T.C.R."


@pytest.mark.postgres
def test_service_translates_the_database_refusal_into_a_conflict(
    pg_database: Database, tmp_path: Path
) -> None:
    database = pg_database
    services = make_services(database, tmp_path)
    created = services.organisations.create(PONTES)
    service = ProgrammeService(services.context)
    with pytest.raises(ConflictError) as refused, service._write() as session:
        record = session.get(Organisation, created.id)
        assert record is not None
        with database.session(user="bruno") as other:
            other_record = other.get(Organisation, created.id)
            assert other_record is not None
            other_record.phone = "1"
        record.phone = "2"
    assert refused.value.changed_by == "bruno"
    assert refused.value.changed_at is not None
    assert refused.value.label == "Pontes Ricerche e Interventi"


def test_every_change_leaves_an_audit_row_with_the_author(database: Database, tmp_path: Path) -> None:
    services = make_services(database, tmp_path, user="amina")
    created = services.organisations.create(PONTES)
    services.organisations.update(created.id, replace(PONTES, acronym="PRI"), expected_version=1)
    services.organisations.delete(created.id, expected_version=2)

    with database.session(user="check", write=False) as session:
        trail = session.execute(
            select(
                AuditEntry.action,
                AuditEntry.user_name,
                AuditEntry.field,
                AuditEntry.old_value,
                AuditEntry.new_value,
            )
            .where(AuditEntry.table_name == "organisations")
            .order_by(AuditEntry.id)
        ).all()
    assert [(a.value, u, f, o) for a, u, f, o, _ in trail] == [
        ("insert", "amina", None, None),
        ("update", "amina", "acronym", None),
        (
            "delete",
            "amina",
            None,
            '{"name": "Pontes Ricerche e Interventi", "acronym": "PRI", '
            '"type": "diaspora organisation", "hq_country": "IT", "dd_status": "not started"}',
        ),
    ]
    assert trail[1].new_value == "PRI"


def test_a_locked_sqlite_database_is_reported_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "busy.sqlite"
    database = Database(f"sqlite:///{path}", busy_timeout_ms=300)
    upgrade_to_head(database)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        services = make_services(database, tmp_path)
        with pytest.raises(DatabaseBusyError, match="busy"):
            services.organisations.create(PONTES)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert services.organisations.create(PONTES).name == PONTES.name


def test_a_short_lock_is_waited_out_within_the_busy_timeout(tmp_path: Path) -> None:
    path = tmp_path / "wait.sqlite"
    database = Database(f"sqlite:///{path}", busy_timeout_ms=5000)
    upgrade_to_head(database)
    blocker = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, lambda: blocker.execute("COMMIT"))
    release.start()
    try:
        created = make_services(database, tmp_path).organisations.create(PONTES)
    finally:
        release.join()
        blocker.close()
    assert created.version == 1
