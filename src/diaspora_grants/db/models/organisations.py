"""Partner, donor and other organisations with their contacts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from ...domain.enums import DueDiligenceStatus, OrganisationType, RiskRating
from ...domain.names import name_key, skeleton
from ..base import Base, Tracked, enum_column


class Organisation(Tracked, Base):
    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    #: domain.names.name_key(name): what uniqueness compares (no two organisations share one).
    name_key: Mapped[str | None] = mapped_column(String(200), index=True, unique=True)
    #: domain.names.skeleton(name): names that share it look alike (found by this index).
    name_skeleton: Mapped[str | None] = mapped_column(String(200), index=True)
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

    @validates("name")
    def _keep_keys(self, _field: str, name: str) -> str:
        # Whoever sets the name (a service, the importer), the key and skeleton follow it.
        for column, value in self.keys_of(name).items():
            setattr(self, column, value)
        return name

    @staticmethod
    def keys_of(name: str) -> dict[str, str]:
        """The columns that follow the name (for a row written without an ORM object too)."""
        return {"name_key": name_key(name), "name_skeleton": skeleton(name)}

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
