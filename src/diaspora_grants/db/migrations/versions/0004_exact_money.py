"""exact money: amounts in whole cents on SQLite, rates as exact decimals everywhere

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-03 12:00:00

SQLite has no decimal type: a NUMERIC(18, 2) column kept 12.34 as a binary REAL and SUM added
REALs. From this revision such a column holds whole cents (an INTEGER under the same NUMERIC(18, 2)
declaration, so no table is rebuilt: rebuilding a parent table would cascade deletes to its
children). Each stored amount becomes exactly what the application read back before, which was the
REAL printed to two decimals; an amount no cent count can hold (beyond +/-10^13, or not a number)
stops the upgrade with a line naming the record, and the database is left as it was.

Exchange rates were NUMERIC(20, 8), which rounded 0.0000123457 to 0.00001235 (on PostgreSQL too);
they become decimal text on SQLite (the small exchange_rates table, which nothing references, is
rebuilt) and NUMERIC without a fixed scale on PostgreSQL, a widening that changes no value.
PostgreSQL's amounts are NUMERIC(18, 2) already, which is exact: they are left as they are.

Organisations get the key their names are compared by (domain.names.name_key: case, blanks and
invisible characters do not count) under a unique index, and the skeleton look-alikes share
(domain.names.skeleton) under a plain one. Both are added columns, on SQLite and PostgreSQL alike.
Two organisations whose names already share a key keep their names; the later one's key gets its
id appended so the index can hold, and `look_alikes` still pairs them by their skeleton.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import sqlalchemy as sa
from alembic import op

from diaspora_grants.domain.errors import DomainError
from diaspora_grants.domain.names import name_key, skeleton

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None

#: Every money column (db.base.Money): table -> columns.
MONEY_COLUMNS = {
    "calls": ("envelope_amount", "ceiling_per_grant"),
    "applications": ("requested_amount",),
    "projects": ("grant_amount",),
    "budget_lines": ("original_amount", "revised_amount"),
    "tranches": ("planned_amount", "actual_amount"),
    "expenditures": ("amount",),
}
_LIMIT = Decimal(10) ** 13


def upgrade() -> None:
    bind = op.get_bind()
    _organisation_keys(bind)
    if bind.dialect.name != "sqlite":
        op.alter_column(
            "exchange_rates", "units_per_base", type_=sa.Numeric(), existing_type=sa.Numeric(20, 8)
        )
        return
    for table, columns in MONEY_COLUMNS.items():
        for column in columns:
            _amounts_to_cents(bind, table, column)
    rates = [
        (row_id, _exact(value, kind, "exchange_rates", "units_per_base", row_id))
        for row_id, value, kind in bind.exec_driver_sql(
            "SELECT id, units_per_base, typeof(units_per_base) FROM exchange_rates"
        )
    ]
    with op.batch_alter_table("exchange_rates") as batch:
        batch.alter_column("units_per_base", type_=sa.String(40), existing_type=sa.Numeric(20, 8))
    for row_id, rate in rates:
        # Fixed notation, as the Rate type writes it: 0.0000123457, never 1.23457E-5.
        bind.exec_driver_sql(
            "UPDATE exchange_rates SET units_per_base = ? WHERE id = ?", (format(rate, "f"), row_id)
        )


def _organisation_keys(bind: sa.Connection) -> None:
    op.add_column("organisations", sa.Column("name_key", sa.String(200), nullable=True))
    op.add_column("organisations", sa.Column("name_skeleton", sa.String(200), nullable=True))
    taken: set[str] = set()
    updates = []
    for row_id, name in bind.execute(sa.text("SELECT id, name FROM organisations ORDER BY id")):
        key = name_key(name)
        if key in taken:
            key = f"{key} #{row_id}"
        taken.add(key)
        updates.append({"key": key, "shape": skeleton(name), "id": row_id})
    if updates:
        bind.execute(
            sa.text("UPDATE organisations SET name_key = :key, name_skeleton = :shape WHERE id = :id"),
            updates,
        )
    op.create_index("ix_organisations_name_key", "organisations", ["name_key"], unique=True)
    op.create_index("ix_organisations_name_skeleton", "organisations", ["name_skeleton"], unique=False)


def _amounts_to_cents(bind: sa.Connection, table: str, column: str) -> None:
    rows = bind.exec_driver_sql(
        f"SELECT id, {column}, typeof({column}) FROM {table} WHERE {column} IS NOT NULL"
    ).fetchall()
    updates = []
    for row_id, value, kind in rows:
        amount = _exact(value, kind, table, column, row_id)
        if abs(amount) > _LIMIT:
            raise _refusal(table, column, row_id, value)
        amount = amount.quantize(Decimal("0.01"))
        updates.append((int(amount.scaleb(2)), row_id))
    if updates:
        bind.exec_driver_sql(f"UPDATE {table} SET {column} = ? WHERE id = ?", updates)


def _exact(value: object, kind: str, table: str, column: str, row_id: int) -> Decimal:
    """The decimal the application read back before: a REAL printed to two decimals (SQLAlchemy's
    Numeric(18, 2) did exactly that), a rate by its shortest round-trip text, an integer as it is."""
    try:
        if kind == "integer":
            return Decimal(int(value))  # type: ignore[call-overload]
        if kind == "real":
            number = float(value)  # type: ignore[arg-type]
            text = repr(number) if table == "exchange_rates" else f"{number:.2f}"
            result = Decimal(text)
        else:
            result = Decimal(str(value).strip())
    except (InvalidOperation, ValueError, TypeError, OverflowError):
        raise _refusal(table, column, row_id, value) from None
    if not result.is_finite():
        raise _refusal(table, column, row_id, value)
    return result


def _refusal(table: str, column: str, row_id: int, value: object) -> DomainError:
    return DomainError(
        f"cannot upgrade the database: {table} #{row_id} holds {column} = {value!r}, which no amount "
        f"can be (at most {_LIMIT:,.0f}); correct it with the previous version of the application, "
        "then open the database with this one again"
    )


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_index("ix_organisations_name_skeleton", "organisations")
    op.drop_index("ix_organisations_name_key", "organisations")
    with op.batch_alter_table("organisations") as batch:
        batch.drop_column("name_skeleton")
        batch.drop_column("name_key")
    if bind.dialect.name != "sqlite":
        op.alter_column(
            "exchange_rates", "units_per_base", type_=sa.Numeric(20, 8), existing_type=sa.Numeric()
        )
        return
    for table, columns in MONEY_COLUMNS.items():
        for column in columns:
            bind.exec_driver_sql(f"UPDATE {table} SET {column} = {column} / 100.0 WHERE {column} IS NOT NULL")
    with op.batch_alter_table("exchange_rates") as batch:
        batch.alter_column("units_per_base", type_=sa.Numeric(20, 8), existing_type=sa.String(40))
    bind.exec_driver_sql("UPDATE exchange_rates SET units_per_base = CAST(units_per_base AS REAL)")
