"""Partner, donor and other organisations with their contacts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.enums import DueDiligenceStatus, OrganisationType, RiskRating
from ..base import Base, Tracked, enum_column


class Organisation(Tracked, Base):
    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    acronym: Mapped[str | None] = mapped_column(String(40))
    type: Mapped[OrganisationType] = mapped_column(
        enum_column(OrganisationType), default=OrganisationType.DIASPORA
    )
    hq_country: Mapped[str | None] = mapped_column(String(2), index=True)
    origin_countries: Mapped[tuple[str, ...]] = mapped_column(default=())
    operating_countries: Mapped[tuple[str, ...]] = mapped_column(default=())
    website: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    registration_number: Mapped[str | None] = mapped_column(String(100))
    iati_identifier: Mapped[str | None] = mapped_column(String(100))
    dd_status: Mapped[DueDiligenceStatus] = mapped_column(
        enum_column(DueDiligenceStatus), default=DueDiligenceStatus.NOT_STARTED
    )
    dd_date: Mapped[dt.date | None]
    dd_expiry: Mapped[dt.date | None]
    risk_rating: Mapped[RiskRating | None] = mapped_column(enum_column(RiskRating))
    notes: Mapped[str | None] = mapped_column(Text)

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="Contact.name"
    )

    def audit_label(self) -> str:
        return self.name


class Contact(Tracked, Base):
    __tablename__ = "contacts"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))

    organisation: Mapped[Organisation] = relationship(back_populates="contacts")

    def audit_label(self) -> str:
        return f"{self.organisation.name} · {self.name}"
