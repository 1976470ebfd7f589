"""The audit trail: one row per inserted or deleted record and per changed field."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ...domain.enums import AuditAction
from ..base import Base, enum_column, utcnow


class AuditEntry(Base):
    """Append-only: the services never update or delete these rows."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_record", "table_name", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    user_name: Mapped[str] = mapped_column(String(120))
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[int | None] = mapped_column(Integer)
    record_label: Mapped[str | None] = mapped_column(String(300))
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    #: The programme the changed record belongs to (None: not one programme's, or not known). On a
    #: team's PostgreSQL database the server fills it in, and people read only their programmes'.
    programme_id: Mapped[int | None] = mapped_column(Integer, index=True)
