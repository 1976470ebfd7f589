"""The audit trail, compared entry by entry with a working session: organisations, programmes,
projects, result cells, a period locked and unlocked, an import; then exported to CSV. The trail
offers no way to change or remove an entry."""

from __future__ import annotations

import csv
import inspect
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from diaspora_grants.domain.enums import AuditAction
from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.services.audit import AuditService
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.projects import ProjectInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.results import CellInput
from tests.reliability.conftest import Ledger
from tests.reliability.helpers import small_programme

SCENARIO = "audit trail matches the edits"
pytestmark = pytest.mark.scenario(SCENARIO)

#: (action, table, field, old value, new value); inserts and deletes leave field and values out.
Entry = tuple[str, str, str | None, str | None, str | None]


def _cell(location: int, value: int) -> CellInput:
    return CellInput(location_id=location, population_group=None, sex=None, age_band=None, value=value)


def test_every_edit_has_its_entries_and_nothing_else(
    services: Services, tmp_path: Path, ledger: Ledger
) -> None:
    ids = small_programme(services)
    dakar, thies = ids.location_ids
    scope = (ids.project_id, ids.sessions_id, ids.q1_id)
    org = OrganisationInput(name="Afrika Diaspora Netzwerk", hq_country="DE")
    created: dict[str, Any] = {}
    workbook = tmp_path / "organisations.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Organisations"  # type: ignore[union-attr]
    book.active.append(["Name", "HQ country"])  # type: ignore[union-attr]
    book.active.append(["Imported association", "FR"])  # type: ignore[union-attr]
    book.save(workbook)

    retitled = ProjectInput(
        code="FUZZ-P1",
        title="Skills for returnees",
        programme_id=ids.programme_id,
        partner_id=ids.partner_id,
        country="SN",
    )
    org_id = lambda: created["org"].id  # noqa: E731 - known only once the first step ran
    insert_org: Entry = ("insert", "organisations", None, None, None)
    steps: list[tuple[str, Callable[[], object], list[Entry]]] = [
        ("create an organisation", lambda: created.setdefault("org", services.organisations.create(org)),
         [insert_org]),
        ("change two fields", lambda: services.organisations.update(
            org_id(), replace(org, acronym="ADN", phone="+49 30 1"), expected_version=1),
         [("update", "organisations", "acronym", None, "ADN"),
          ("update", "organisations", "phone", None, "+49 30 1")]),
        ("enter two result cells",
         lambda: services.results.save_grid(*scope, [_cell(dakar, 5), _cell(thies, 8)]),
         [("insert", "results", None, None, None)] * 2),
        ("change one cell, clear the other", lambda: services.results.save_grid(*scope, [_cell(dakar, 7)]),
         [("update", "results", "value", "5", "7"), ("delete", "results", None, None, None)]),
        ("lock the period", lambda: services.periods.lock(ids.q1_id, "reported to the donor"),
         # One entry per user action: the lock, with its reason (not one more per changed column).
         [("lock", "periods", "locked", "no", "yes")]),
        ("unlock the period", lambda: services.periods.unlock(ids.q1_id, "late correction"),
         [("unlock", "periods", "locked", "yes", "no")]),
        ("retitle the project",
         lambda: services.projects.update(ids.project_id, retitled, expected_version=1),
         [("update", "projects", "title", "Fuzz", "Skills for returnees")]),
        ("import an organisation", lambda: DataExchange(services).commit_import(workbook), [insert_org]),
        ("delete the cells", lambda: services.results.delete_scope(*scope),
         [("delete", "results", None, None, None)]),
        ("delete an organisation", lambda: services.organisations.delete(org_id(), expected_version=2),
         [("delete", "organisations", None, None, None)]),
    ]  # fmt: skip

    last = _newest_id(services)
    mismatches = []
    for name, action, expected in steps:
        action()
        entries = [e for e in services.audit.find(limit=100) if e.id > last]
        last = max([last, *(e.id for e in entries)])
        found = sorted(_shape(e) for e in entries if e.table_name in {t for _, t, *_ in expected})
        unexpected_tables = {e.table_name for e in entries} - {t for _, t, *_ in expected}
        authors = {e.user_name for e in entries}
        if found != sorted(expected) or unexpected_tables or authors != {"tester"}:
            mismatches.append((name, found, sorted(expected), unexpected_tables, authors))
    ledger.add(SCENARIO, cases=len(steps), lost=len(mismatches))
    assert mismatches == []

    reasons = {e.action: e.reason for e in services.audit.find(table="periods")}
    assert reasons[AuditAction.LOCK] == "reported to the donor"
    assert reasons[AuditAction.UNLOCK] == "late correction"
    imported = services.audit.find(search="Imported association")
    assert imported and all(e.reason and "organisations.xlsx" in e.reason for e in imported)


def test_the_trail_exports_to_csv_entry_for_entry(services: Services, tmp_path: Path) -> None:
    ids = small_programme(services)
    services.periods.lock(ids.q1_id, "=cmd|' /C calc'!A0")
    out = tmp_path / "audit.csv"

    written = services.audit.export_csv(out)

    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert written == services.audit.count() == len(rows) - 1
    assert written >= 8
    assert not any(cell.startswith(("=", "+", "@")) for row in rows[1:] for cell in row), "formula-safe"
    assert any("cmd|' /C calc'!A0" in cell for row in rows for cell in row)


def test_the_app_offers_no_way_to_change_or_remove_an_audit_entry() -> None:
    public = {name for name, _ in inspect.getmembers(AuditService, callable) if not name.startswith("_")}
    assert public == {"find", "count", "export_csv"}


def _newest_id(services: Services) -> int:
    newest = services.audit.find(limit=1)
    return newest[0].id if newest else 0


def _shape(entry: Any) -> Entry:
    if entry.action in (AuditAction.INSERT, AuditAction.DELETE):
        return (entry.action.value, entry.table_name, None, None, None)
    old, new = entry.old_value, entry.new_value
    if entry.field == "locked_at":  # the moment itself differs from run to run
        old, new = (None if v is None else "<time>" for v in (old, new))
    return (entry.action.value, entry.table_name, entry.field, old, new)
