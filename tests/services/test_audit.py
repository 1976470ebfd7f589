"""The audit trail as users read it: who changed what, when, from what to what; and its CSV export."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from diaspora_grants.db.engine import Database
from diaspora_grants.domain.enums import AuditAction
from diaspora_grants.services.audit import AuditFilter, csv_safe
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.projects import ProjectInput
from diaspora_grants.services.registry import Services
from tests.conftest import make_services

PONTES = OrganisationInput(name="Pontes Ricerche e Interventi", hq_country="IT", phone="+39 06 000")


def test_insert_field_updates_and_delete_are_recorded_with_the_user(
    services: Services, database: Database, tmp_path: Path
) -> None:
    alice = make_services(database, tmp_path, user="alice")
    created = services.organisations.create(PONTES)
    updated = alice.organisations.update(
        created.id,
        replace(PONTES, phone="+39 06 111", email="info@pontes.it"),
        expected_version=created.version,
    )
    services.organisations.delete(created.id, expected_version=updated.version)

    entries = services.audit.find(table="organisations", record_id=created.id)

    steps = [
        (e.action, e.user_name, e.field, e.old_value, e.new_value) for e in entries if e.field or e.action
    ]
    assert steps[0][:2] == (AuditAction.DELETE, "tester")
    assert sorted(steps[1:3], key=lambda s: s[2] or "") == [
        (AuditAction.UPDATE, "alice", "email", None, "info@pontes.it"),
        (AuditAction.UPDATE, "alice", "phone", "+39 06 000", "+39 06 111"),
    ]
    assert steps[3][:2] == (AuditAction.INSERT, "tester")
    assert len(entries) == 4
    assert "Pontes Ricerche e Interventi" in (entries[0].old_value or "")
    assert all(e.record_label == "Pontes Ricerche e Interventi" for e in entries)
    assert services.audit.count(table="organisations", record_id=created.id) == 4


def test_filters_by_user_search_and_dates(services: Services, database: Database, tmp_path: Path) -> None:
    alice = make_services(database, tmp_path, user="alice")
    created = services.organisations.create(PONTES)
    alice.organisations.update(
        created.id, replace(PONTES, notes="Met in Tunis"), expected_version=created.version
    )
    today = dt.datetime.now(dt.UTC).date()

    assert [e.field for e in services.audit.find(user="Alice")] == ["notes"]
    assert [e.new_value for e in services.audit.find(search="tunis")] == ["Met in Tunis"]
    assert services.audit.count(since=today, until=today) == 2
    assert services.audit.count(until=today - dt.timedelta(days=1)) == 0
    assert services.audit.count(since=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)) == 0


def test_paging_is_newest_first(services: Services) -> None:
    for n in range(5):
        services.organisations.create(OrganisationInput(name=f"Partner {n}"))

    first_page = services.audit.find(limit=2)
    second_page = services.audit.find(limit=2, offset=2)

    assert [e.record_label for e in first_page + second_page] == [
        "Partner 4",
        "Partner 3",
        "Partner 2",
        "Partner 1",
    ]
    assert services.audit.count() == 5


def test_project_edit_is_audited_field_by_field(services: Services) -> None:
    programme = services.programmes.create(
        ProgrammeInput(code="P", name="P", start_date=dt.date(2022, 1, 1), end_date=dt.date(2022, 12, 31))
    )
    partner = services.organisations.create(PONTES)
    data = ProjectInput(
        code="TN-01",
        title="Media literacy",
        programme_id=programme.id,
        partner_id=partner.id,
        country="TN",
        grant_amount=Decimal("50000"),
    )
    project = services.projects.create(data)
    services.projects.update(project.id, replace(data, grant_amount=Decimal("55000.50")), expected_version=1)

    (change,) = services.audit.find(table="projects", record_id=project.id, search="55000")
    assert (change.field, change.old_value, change.new_value) == ("grant_amount", "50000", "55000.50")


def test_csv_export_neutralises_formulas_and_replaces_the_file_whole(
    services: Services, tmp_path: Path
) -> None:
    services.organisations.create(OrganisationInput(name='=HYPERLINK("http://evil.example","click")'))
    services.organisations.create(OrganisationInput(name="@SUM(A1)", notes="-2+3"))
    target = tmp_path / "exports" / "audit.csv"
    target.parent.mkdir()
    target.write_text("an older export that must be replaced")

    written = services.audit.export_csv(target, AuditFilter(table="organisations"))

    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert written == len(rows) == 2
    assert [row["record"] for row in rows] == ["'@SUM(A1)", '\'=HYPERLINK("http://evil.example","click")']
    assert all(row["user"] == "tester" and row["action"] == "insert" for row in rows)
    assert [p.name for p in target.parent.iterdir()] == ["audit.csv"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+44 20", "'+44 20"),
        ("-5", "'-5"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        (None, ""),
        ("a=b", "a=b"),
    ],
)
def test_csv_safe(text: str | None, expected: str) -> None:
    assert csv_safe(text) == expected


def test_the_trail_offers_no_way_to_change_it(services: Services) -> None:
    public = {name for name in dir(services.audit) if not name.startswith("_")}
    assert not public & {"create", "update", "delete", "clear", "purge"}
