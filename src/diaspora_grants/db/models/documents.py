"""Documents attached to an organisation, call, application or project, stored by content hash."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ...domain.enums import DocumentOwner
from ..base import Base, Tracked, enum_column


class Document(Tracked, Base):
    __tablename__ = "documents"
    __table_args__ = (Index("ix_documents_owner", "owner_type", "owner_id"),)

    owner_type: Mapped[DocumentOwner] = mapped_column(enum_column(DocumentOwner))
    owner_id: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str | None] = mapped_column(String(120))
    document_date: Mapped[dt.date | None]
    original_filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size_bytes: Mapped[int] = mapped_column(BigInteger)

    def audit_label(self) -> str:
        return self.name
