"""Export -> import into an empty database -> export again gives the same content (the demo programmes)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.demo.loader import load_demo
from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.services.context import ServiceContext
from diaspora_grants.services.registry import Services


def _content(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    book = load_workbook(path, read_only=True)
    try:
        return {name: list(book[name].iter_rows(values_only=True)) for name in book.sheetnames}
    finally:
        book.close()


def _after_the_demo(database: Database, tmp_path: Path, user: str) -> Services:
    """Services dated after the demo's last payment (the demo records payments up to early 2023)."""
    context = ServiceContext(
        database=database, user=user, documents_dir=tmp_path, today=lambda: dt.date(2023, 9, 15)
    )
    return Services(context)


def test_demo_survives_export_import_export(database: Database, tmp_path: Path) -> None:
    services = _after_the_demo(database, tmp_path, "tester")
    load_demo(services)
    first = tmp_path / "first.xlsx"
    counts = DataExchange(services).export_all(first)
    assert counts["Results"] > 1000 and counts["Reviews"] > 0

    empty = Database(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    upgrade_to_head(empty)
    try:
        target = _after_the_demo(empty, tmp_path, "importer")
        report = DataExchange(target).commit_import(first)
        assert report.changes == sum(counts.values())
        assert DataExchange(target).commit_import(first).changes == 0
        second = tmp_path / "second.xlsx"
        DataExchange(target).export_all(second)
        assert _content(second) == _content(first)
        # The audit trail records the import: per-record inserts and one summary row for the bulk results.
        for table in ("organisations", "projects", "periods", "results"):
            assert target.audit.count(table=table, user="importer") > 0
    finally:
        empty.dispose()
