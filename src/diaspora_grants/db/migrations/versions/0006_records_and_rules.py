"""records and rules: budget revisions, admin-1 codes, due diligence overrides

Revision ID: 0006
Revises: 0002
Create Date: 2026-12-03 15:00:00

- budget_revisions: each change of a budget line's revised amount, with the amount before, the
  day and the reason (the line keeps the amount in force).
- locations.admin1_code: the ISO 3166-2 code of an admin-1 area chosen from the country's list.
- applications and projects: a due diligence override (the state overridden, the written reason,
  who decided and on which day) when a partner is selected or awarded a grant although its due
  diligence was not cleared or had expired.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import diaspora_grants.db.base

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_OVERRIDE_TABLES = ("applications", "projects")


def _override_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("dd_override_state", sa.String(length=120), nullable=True),
        sa.Column("dd_override_reason", sa.Text(), nullable=True),
        sa.Column("dd_override_by", sa.String(length=120), nullable=True),
        sa.Column("dd_override_on", sa.Date(), nullable=True),
    ]


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            diaspora_grants.db.base.UTCDateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            diaspora_grants.db.base.UTCDateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=120), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
    ]


def upgrade() -> None:
    money = sa.Numeric(precision=18, scale=2)
    op.create_table(
        "budget_revisions",
        sa.Column("budget_line_id", sa.Integer(), nullable=False),
        sa.Column("previous_amount", money, nullable=False),
        sa.Column("revised_amount", money, nullable=True),
        sa.Column("revised_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        *_tracked(),
        sa.CheckConstraint("previous_amount >= 0", name=op.f("ck_budget_revisions_previous_not_negative")),
        sa.CheckConstraint(
            "revised_amount IS NULL OR revised_amount >= 0",
            name=op.f("ck_budget_revisions_revised_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["budget_line_id"],
            ["budget_lines.id"],
            name=op.f("fk_budget_revisions_budget_line_id_budget_lines"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_revisions")),
    )
    with op.batch_alter_table("budget_revisions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_revisions_budget_line_id"), ["budget_line_id"], unique=False
        )
    with op.batch_alter_table("locations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("admin1_code", sa.String(length=10), nullable=True))
    for table in _OVERRIDE_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in _override_columns():
                batch_op.add_column(column)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    added = [(t, c.name) for t in _OVERRIDE_TABLES for c in _override_columns()] + [
        ("locations", "admin1_code")
    ]
    for table, column in added:
        if sqlite:
            # Not batch mode: recreating a table would cascade the delete of every row referring to it.
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        else:
            op.drop_column(table, column)
    op.drop_index(op.f("ix_budget_revisions_budget_line_id"), table_name="budget_revisions")
    op.drop_table("budget_revisions")
