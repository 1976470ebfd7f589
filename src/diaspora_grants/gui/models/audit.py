"""The audit trail: a lazy model, because a busy programme writes hundreds of thousands of entries.

Each entry reads as people say it: who, what (the record by its natural key, not "#2049"), and
the change as "field: old → new" in words, not the stored JSON.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication

from ...services.audit import AuditEntryView
from ..labels import QT_TRANSLATE_NOOP
from .lazy_model import LazyTableModel
from .table_model import Column

_A = AuditEntryView

#: The tables the trail records, by their stored name, and what a person calls them.
TABLE_WORDS: dict[str, str] = {
    "organisations": QT_TRANSLATE_NOOP("AuditTable", "organisations"),
    "contacts": QT_TRANSLATE_NOOP("AuditTable", "contacts"),
    "programmes": QT_TRANSLATE_NOOP("AuditTable", "programmes"),
    "programme_awards": QT_TRANSLATE_NOOP("AuditTable", "donor awards"),
    "calls": QT_TRANSLATE_NOOP("AuditTable", "calls"),
    "criteria": QT_TRANSLATE_NOOP("AuditTable", "criteria"),
    "applications": QT_TRANSLATE_NOOP("AuditTable", "applications"),
    "reviews": QT_TRANSLATE_NOOP("AuditTable", "reviews"),
    "projects": QT_TRANSLATE_NOOP("AuditTable", "projects"),
    "locations": QT_TRANSLATE_NOOP("AuditTable", "locations"),
    "budget_lines": QT_TRANSLATE_NOOP("AuditTable", "budget lines"),
    "tranches": QT_TRANSLATE_NOOP("AuditTable", "tranches"),
    "expenditures": QT_TRANSLATE_NOOP("AuditTable", "expenditures"),
    "reporting_requirements": QT_TRANSLATE_NOOP("AuditTable", "reporting requirements"),
    "indicators": QT_TRANSLATE_NOOP("AuditTable", "indicators"),
    "periods": QT_TRANSLATE_NOOP("AuditTable", "periods"),
    "targets": QT_TRANSLATE_NOOP("AuditTable", "targets"),
    "results": QT_TRANSLATE_NOOP("AuditTable", "results"),
    "documents": QT_TRANSLATE_NOOP("AuditTable", "documents"),
    "exchange_rates": QT_TRANSLATE_NOOP("AuditTable", "exchange rates"),
    "narratives": QT_TRANSLATE_NOOP("AuditTable", "narratives"),
    "partner_narratives": QT_TRANSLATE_NOOP("AuditTable", "partner narratives"),
    "variance_explanations": QT_TRANSLATE_NOOP("AuditTable", "variance explanations"),
}


def table_text(table_name: str) -> str:
    """A table of the trail as the person's language calls it (a table not listed: its name)."""
    words = TABLE_WORDS.get(table_name)
    return QCoreApplication.translate("AuditTable", words) if words else table_name.replace("_", " ")


class AuditTableModel(LazyTableModel[AuditEntryView]):
    COL_AT, COL_USER, COL_ACTION, COL_TABLE, COL_RECORD, COL_CHANGE, COL_REASON = range(7)
    COLUMNS: ClassVar = (
        # The service lists newest first and sorts nothing else, so only "When" has an order key.
        Column[_A](QT_TRANSLATE_NOOP("Columns", "When"), lambda e: e.at, order_key="at"),
        Column[_A](QT_TRANSLATE_NOOP("Columns", "User"), lambda e: e.user_name),
        Column[_A](QT_TRANSLATE_NOOP("Columns", "Action"), lambda e: e.action),
        Column[_A](QT_TRANSLATE_NOOP("Columns", "Table"), lambda e: table_text(e.table_name)),
        Column[_A](
            QT_TRANSLATE_NOOP("Columns", "Record"), lambda e: e.record_name, tooltip=lambda e: e.record_name
        ),
        Column[_A](QT_TRANSLATE_NOOP("Columns", "Change"), lambda e: e.change, tooltip=lambda e: e.change),
        Column[_A](QT_TRANSLATE_NOOP("Columns", "Reason"), lambda e: e.reason, tooltip=lambda e: e.reason),
    )
