"""Revision 0008: people and roles on every database; the server's rules on PostgreSQL only."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import alembic_config, upgrade_to_head
from diaspora_grants.db.team_install import group_roles


def _downgrade(database: Database, revision: str) -> None:
    from alembic import command

    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def _server_rules(database: Database) -> tuple[int, int, int, set[str]]:
    with database.engine.connect() as connection:
        name = connection.execute(text("SELECT current_database()")).scalar()
        functions = connection.execute(
            text("SELECT count(*) FROM pg_proc WHERE proname LIKE 'dg\\_%'")
        ).scalar()
        policies = connection.execute(text("SELECT count(*) FROM pg_policies")).scalar()
        triggers = connection.execute(
            text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'dg\\_%' AND NOT tgisinternal")
        ).scalar()
        roles = set(
            connection.execute(
                text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :p)"), {"p": f"{name}_"}
            )
            .scalars()
            .all()
        )
    return int(functions or 0), int(policies or 0), int(triggers or 0), roles


@pytest.mark.postgres
def test_the_server_rules_come_and_go_with_the_revision(postgres_url: str, tmp_path: Path) -> None:
    database = Database(postgres_url)
    try:
        upgrade_to_head(database)
        installed = _server_rules(database)
        name = database.url.database or ""
        _downgrade(database, "0002")
        removed = _server_rules(database)
        upgrade_to_head(database, backup_dir=tmp_path)  # an upgrade backs the database up first
        again = _server_rules(database)
    finally:
        database.dispose()
    functions, policies, triggers, roles = installed
    assert functions >= 20 and policies >= 50 and triggers >= 40
    assert roles == set(group_roles(name).values())
    assert removed == (0, 0, 0, set())
    assert again == installed


def test_on_sqlite_the_revision_adds_tables_and_no_server_rules(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'one.sqlite'}")
    try:
        upgrade_to_head(database)
        with database.engine.connect() as connection:
            tables = set(
                connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars()
            )
            triggers = set(
                connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars()
            )
    finally:
        database.dispose()
    assert {"people", "role_assignments"} <= tables
    assert not {t for t in triggers if t.startswith("dg_")}
