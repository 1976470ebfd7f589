"""Declarative base: constraint naming, column types for domain values, and the columns every table has."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, Enum, Integer, MetaData, Numeric, String, func
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

# Stable names let Alembic's batch mode on SQLite drop and recreate constraints.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class _WholeCents(Numeric):  # type: ignore[type-arg]
    """NUMERIC(18, 2) in the schema, holding whole cents: SQLite's NUMERIC affinity keeps an integer
    as an INTEGER, so nothing is converted on the way in or out (no float, unlike Numeric's own
    processors on SQLite)."""

    def bind_processor(self, dialect: Dialect) -> None:
        return None

    def result_processor(self, dialect: Dialect, coltype: object) -> None:
        return None


class Money(TypeDecorator[Decimal]):
    """An amount exact to the cent on every database: never a float on the way in or out.

    SQLite has no decimal type (a NUMERIC column kept 12.34 as a binary REAL, and SUM adds REALs),
    so there the column holds integer minor units (cents): exact, summed exactly and fast by SQL.
    The declared type stays NUMERIC(18, 2), so no table is rebuilt (a rebuild of a parent table
    would cascade deletes). PostgreSQL keeps NUMERIC(18, 2), which is exact already. Amounts are at
    most 10^13 either side of zero (domain.money.amount_problem): cents fit a 64-bit integer with
    room for any sum of a million of them.
    """

    impl = Numeric(18, 2)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(_WholeCents(18, 2))
        return dialect.type_descriptor(Numeric(18, 2))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None or dialect.name != "sqlite":
            return value
        return cents_of(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return Decimal(int(value)).scaleb(-2)
        return value if isinstance(value, Decimal) else Decimal(str(value))


def cents_of(amount: Decimal) -> int:
    """Whole cents; an amount with more than two decimals is refused, never rounded silently (the
    validation every path goes through refuses it first)."""
    cents = amount.scaleb(2)
    if not cents.is_finite() or cents != cents.to_integral_value():
        raise ValueError(f"amount {amount} is not a whole number of cents")
    return int(cents)


class Rate(TypeDecorator[Decimal]):
    """An exchange rate exactly as given (up to ten significant digits, 10^-9 to 10^12).

    SQLite keeps it as decimal text (a REAL or a fixed scale would change 0.0000123457 or round
    it), PostgreSQL as NUMERIC without a fixed scale. Rates are looked up, never summed in SQL.
    """

    impl = Numeric()
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(40))
        return dialect.type_descriptor(Numeric())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None or dialect.name != "sqlite":
            return value
        return format(Decimal(value), "f")

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return value if isinstance(value, Decimal) else Decimal(str(value))


class CodeList(TypeDecorator[tuple[str, ...]]):
    """A short list of codes (countries, target groups) stored as 'LB,TN,ZW'.

    The lists are small and read as a whole; a join table per list would cost a query per row
    in every table view for no gain.
    """

    impl = String(500)
    cache_ok = True

    def process_bind_param(self, value: tuple[str, ...] | None, dialect: Dialect) -> str:
        return ",".join(value or ())

    def process_result_value(self, value: str | None, dialect: Dialect) -> tuple[str, ...]:
        return tuple(v for v in (value or "").split(",") if v)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on SQLite and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(dt.UTC) if value is not None else None

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value


def enum_column(enum_class: type[StrEnum]) -> Enum:
    """Store the enum's value (what users read), checked by a named CHECK constraint."""
    return Enum(
        enum_class,
        name=_snake(enum_class.__name__),
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in enum_class),
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def _snake(name: str) -> str:
    return "".join("_" + ch.lower() if ch.isupper() else ch for ch in name).lstrip("_")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - read by SQLAlchemy at class creation
        Decimal: Money(),
        dt.datetime: UTCDateTime(),
        tuple[str, ...]: CodeList(),
    }


class Tracked:
    """Identity, timestamps and the version used for optimistic concurrency."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, server_default=func.current_timestamp())
    updated_at: Mapped[dt.datetime] = mapped_column(
        default=utcnow, onupdate=utcnow, server_default=func.current_timestamp()
    )
    updated_by: Mapped[str | None] = mapped_column(String(120))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy passes the class
        # SQLAlchemy adds "AND version = :old" to every UPDATE and DELETE and raises StaleDataError
        # when another session got there first: the database, not the caller, guards lost updates.
        return {"version_id_col": cls.version}

    def audit_label(self) -> str:
        """How a user names this record in messages and the audit trail."""
        return f"#{self.id}"
