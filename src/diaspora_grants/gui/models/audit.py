"""The audit trail: a lazy model, because a busy programme writes hundreds of thousands of entries."""

from __future__ import annotations

from typing import ClassVar

from ...services.audit import AuditEntryView
from .lazy_model import LazyTableModel
from .table_model import Column

_A = AuditEntryView


class AuditTableModel(LazyTableModel[AuditEntryView]):
    COL_AT, COL_USER, COL_ACTION, COL_TABLE, COL_RECORD, COL_FIELD, COL_OLD, COL_NEW, COL_REASON = range(9)
    COLUMNS: ClassVar = (
        # The service lists newest first and sorts nothing else, so only "When" has an order key.
        Column[_A]("When", lambda e: e.at, order_key="at"),
        Column[_A]("User", lambda e: e.user_name),
        Column[_A]("Action", lambda e: e.action),
        Column[_A]("Table", lambda e: e.table_name.replace("_", " ")),
        Column[_A]("Record", lambda e: e.record_label or (f"#{e.record_id}" if e.record_id else "")),
        Column[_A]("Field", lambda e: (e.field or "").replace("_", " ")),
        Column[_A]("Old value", lambda e: e.old_value, tooltip=lambda e: e.old_value),
        Column[_A]("New value", lambda e: e.new_value, tooltip=lambda e: e.new_value),
        Column[_A]("Reason", lambda e: e.reason, tooltip=lambda e: e.reason),
    )
