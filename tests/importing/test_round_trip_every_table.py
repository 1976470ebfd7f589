"""A database exported and imported into an empty one comes back whole: every table a user can change.

The exported workbooks are compared cell by cell, and the two databases table by table: every row
of every table, by its own values (ids, bookkeeping stamps and the audit trail differ by nature).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import literal, select

from diaspora_grants.db.base import Base
from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.demo.loader import load_demo
from diaspora_grants.domain.enums import DocumentOwner, OrganisationType
from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.services.context import ServiceContext
from diaspora_grants.services.finance import BudgetLineInput
from diaspora_grants.services.inputs import input_of
from diaspora_grants.services.narratives import NarrativeInput, OutcomeInput
from diaspora_grants.services.organisations import ContactInput, OrganisationInput
from diaspora_grants.services.registry import Services

#: Columns that say when and by whom, not what: they differ between the two databases by nature.
BOOKKEEPING = frozenset(
    {"id", "created_at", "updated_at", "updated_by", "version", "locked_at", "locked_by"}
    # Who moved a result to submitted or approved, and when: the workbook carries the status, and
    # an import is signed by whoever runs it, like every other save.
    | {"submitted_by", "submitted_at", "approved_by", "approved_at"}
)
#: Not records a user changes: the trail of what happened, and the schema's own tables.
NOT_RECORDS = frozenset({"audit_log", "alembic_version"})
HOSTILE = (
    '=HYPERLINK("http://x","y")',
    "+1 ; -1 @SUM(1)",
    "Fédération des Tunisiens pour une Citoyenneté des deux Rives",
    "منظمة الشتات «الأمل»",
    "line one\nline two\ttab",
    "  spaces around  ",
    "x" * 5000,
)


def _services(database: Database, folder: Path, user: str) -> Services:
    """Dated after the demo's last payment (the demo records payments up to early 2023)."""
    folder.mkdir(exist_ok=True)
    context = ServiceContext(
        database=database, user=user, documents_dir=folder, today=lambda: dt.date(2023, 9, 15)
    )
    return Services(context)


def _content(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    book = load_workbook(path, read_only=True)
    try:
        return {name: list(book[name].iter_rows(values_only=True)) for name in book.sheetnames}
    finally:
        book.close()


def _rows(database: Database) -> dict[str, Counter[tuple[Any, ...]]]:
    """Every table's rows by their own values; references to other rows (`*_id`) are left out, as
    ids differ between databases (the workbooks compared by natural keys stand for them)."""
    found: dict[str, Counter[tuple[Any, ...]]] = {}
    with database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name in NOT_RECORDS:
                continue
            columns = [c for c in table.columns if c.name not in BOOKKEEPING and not c.name.endswith("_id")]
            # A table of references only (an outcome's indicators) is compared by its count of rows.
            query = select(*columns) if columns else select(literal(1)).select_from(table)
            found[table.name] = Counter(tuple(row) for row in connection.execute(query))
    return found


def _differences(
    before: dict[str, Counter[tuple[Any, ...]]], after: dict[str, Counter[tuple[Any, ...]]]
) -> dict[str, dict[str, tuple[Any, Any]]]:
    """Per table, the columns whose values differ between a row lost and a row gained."""
    found = {}
    for table in Base.metadata.sorted_tables:
        lost = before.get(table.name, Counter()) - after.get(table.name, Counter())
        gained = after.get(table.name, Counter()) - before.get(table.name, Counter())
        if not lost and not gained:
            continue
        names = [c.name for c in table.columns if c.name not in BOOKKEEPING and not c.name.endswith("_id")]
        old = next(iter(lost), ())
        # The gained row most like the lost one: the same record with what the round trip changed.
        new = max(gained, key=lambda row: sum(a == b for a, b in zip(row, old, strict=False)), default=())
        found[table.name] = {
            name: (a, b)
            for name, a, b in zip(names, old or [None] * len(names), new or [None] * len(names), strict=True)
            if a != b
        }
    return found


def _hostile_records(services: Services, folder: Path) -> None:
    for number, text in enumerate(HOSTILE):
        organisation = services.organisations.create(
            OrganisationInput(name=f"{text[:150]} {number}", type=OrganisationType.NGO, notes=text)
        )
        services.organisations.add_contact(
            organisation.id, ContactInput(name=f"Contact {number}", role=text[:120])
        )
    attachment = folder / "agreement.pdf"
    attachment.write_bytes(b"%PDF-1.4 signed agreement")
    project = services.projects.get_by_code("LB-VAX-01")
    services.documents.attach(
        DocumentOwner.PROJECT, project.id, attachment, name="Grant agreement", kind="agreement"
    )
    line = services.finance.budget_lines(project.id)[0]
    revised = replace(input_of(line, BudgetLineInput), revised_amount=line.original_amount - 1000)
    services.finance.update_budget_line(line.id, revised, expected_version=line.version, reason=HOSTILE[4])
    partner = services.organisations.get(project.partner_id)
    services.documents.attach(
        DocumentOwner.ORGANISATION, partner.id, attachment, name=HOSTILE[0], kind=HOSTILE[1]
    )
    _narratives(services, project.id)
    indicator = services.indicators.find(project.programme_id)[0]
    periods = services.periods.find(project.programme_id)
    services.programmes.explain_indicator(indicator.id, periods[0].id, HOSTILE[0])
    services.programmes.explain_indicator(indicator.id, None, HOSTILE[3])
    services.programmes.explain_budget_line(line.id, HOSTILE[4])


def _narratives(services: Services, project_id: int) -> None:
    """A report's narrative in French and Arabic, with outcomes and their indicators, and a partner's."""
    programme_id = services.programmes.find_id("BHA-DIASPORA-2022")
    assert programme_id is not None
    periods = {p.label: p.id for p in services.periods.find(programme_id)}
    indicators = [i.id for i in services.indicators.find(programme_id)]
    keys = (
        "executive_summary",
        "context",
        "challenges",
        "lessons_learned",
        "accountability",
        "psea",
        "risks",
    )
    sections = dict(zip(keys, HOSTILE, strict=True))
    outcomes = (
        OutcomeInput(title=HOSTILE[3], text=HOSTILE[2], indicator_ids=tuple(indicators[:2])),
        OutcomeInput(title="Vaccination", indicator_ids=(indicators[4],)),
    )
    services.programmes.save_narrative(
        programme_id,
        periods["2022-Q1"],
        periods["2022-Q4"],
        NarrativeInput(sections=sections, outcomes=outcomes),
        expected_version=0,
    )
    services.programmes.save_partner_narrative(
        project_id,
        periods["2022-Q4"],
        {"progress": HOSTILE[2], "challenges": HOSTILE[3], "next_period": HOSTILE[0]},
    )


@pytest.mark.slow
def test_every_table_survives_export_and_import_into_an_empty_database(
    database: Database, tmp_path: Path
) -> None:
    source = _services(database, tmp_path / "source-documents", "tester")
    load_demo(source)
    _hostile_records(source, tmp_path)
    first = tmp_path / "first.xlsx"
    DataExchange(source).export_all(first)

    empty = Database(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    upgrade_to_head(empty)
    try:
        target = _services(empty, tmp_path / "target-documents", "importer")
        DataExchange(target).commit_import(first)
        assert DataExchange(target).commit_import(first).changes == 0
        second = tmp_path / "second.xlsx"
        DataExchange(target).export_all(second)
        assert _content(second) == _content(first)
        before, after = _rows(database), _rows(empty)
        assert {name: sum(rows.values()) for name, rows in after.items()} == {
            name: sum(rows.values()) for name, rows in before.items()
        }
        differences = _differences(before, after)
        assert differences == {}
    finally:
        empty.dispose()
