"""The audit trail: a lazy model, because a busy programme writes hundreds of thousands of entries.

Each entry reads as people say it: who, what (the record by its natural key, not "#2049"), and
the change as "field: old → new" in words, not the stored JSON.
"""

from __future__ import annotations

from typing import ClassVar

from ...services.audit import AuditEntryView
from ..labels import QT_TRANSLATE_NOOP
from .lazy_model import LazyTableModel
from .table_model import Column

_A = AuditEntryView


class AuditTableModel(LazyTableModel[AuditEntryView]):
    COL_AT, COL_USER, COL_ACTION, COL_TABLE, COL_RECORD, COL_CHANGE, COL_REASON = range(7)
    COLUMNS: ClassVar = (
        # The service lists newest first and sorts nothing else, so only "When" has an order key.
        Column[_A](QT_TRANSLATE_NOOP("Columns", "When"), lambda e: e.at, order_key="at"),
        Column[_A](QT_TRANSLATE_NOOP("Columns", "User"), lambda e: e.user_name),
        Column[_A](QT_TRANSLATE_NOOP("Columns", "Action"), lambda e: e.action),
        Column[_A](QT_TRANSLATE_NOOP("Columns", "Table"), lambda e: e.table_name.replace("_", " ")),
        Column[_A](
            QT_TRANSLATE_NOOP("Columns", "Record"), lambda e: e.record_name, tooltip=lambda e: e.record_name
        ),
        Column[_A](QT_TRANSLATE_NOOP("Columns", "Change"), lambda e: e.change, tooltip=lambda e: e.change),
        Column[_A](QT_TRANSLATE_NOOP("Columns", "Reason"), lambda e: e.reason, tooltip=lambda e: e.reason),
    )
