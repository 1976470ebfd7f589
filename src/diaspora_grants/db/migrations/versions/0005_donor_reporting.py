"""donor reporting: the programme's award, variance explanations, an indicator's age bands

Revision ID: 0005
Revises: 0002
Create Date: 2026-12-03 12:00:00

- programme_awards: what the donor awarded the programme (amount, funds received, the part for
  sub-grants, direct costs, indirect rate), the variance threshold of its reports (10%), and
  whether it is humanitarian aid (with the emergency's GLIDE number), for IATI.
- variance_explanations: why an indicator missed its target in a period (or over the life of the
  award), or why a budget line is over-spent; exported beside the figure.
- indicators.age_bands: the bands an indicator's results may use (empty: all the programme's).
- indicators.unit_value and unit_value_currency: what a unit is worth (1 EGP per point).
- projects.agreement_number: the grant agreement's own number.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import diaspora_grants.db.base

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


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
    fraction = sa.Numeric(precision=6, scale=4)
    op.create_table(
        "programme_awards",
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("amount", money, nullable=True),
        sa.Column("funds_received", money, nullable=True),
        sa.Column("funds_received_on", sa.Date(), nullable=True),
        sa.Column("subgrants", money, nullable=True),
        sa.Column("direct_costs", money, nullable=True),
        sa.Column("indirect_rate", fraction, nullable=True),
        sa.Column("variance_threshold", fraction, server_default="0.10", nullable=False),
        sa.Column("humanitarian", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("emergency_glide", sa.String(length=40), nullable=True),
        *_tracked(),
        sa.CheckConstraint(
            "amount IS NULL OR amount >= 0", name=op.f("ck_programme_awards_amount_not_negative")
        ),
        sa.CheckConstraint(
            "funds_received IS NULL OR funds_received >= 0",
            name=op.f("ck_programme_awards_received_not_negative"),
        ),
        sa.CheckConstraint(
            "subgrants IS NULL OR subgrants >= 0", name=op.f("ck_programme_awards_subgrants_not_negative")
        ),
        sa.CheckConstraint(
            "direct_costs IS NULL OR direct_costs >= 0",
            name=op.f("ck_programme_awards_direct_costs_not_negative"),
        ),
        sa.CheckConstraint(
            "indirect_rate IS NULL OR (indirect_rate >= 0 AND indirect_rate <= 1)",
            name=op.f("ck_programme_awards_indirect_rate_share"),
        ),
        sa.CheckConstraint(
            "variance_threshold > 0 AND variance_threshold < 1",
            name=op.f("ck_programme_awards_threshold_share"),
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programmes.id"],
            name=op.f("fk_programme_awards_programme_id_programmes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_awards")),
    )
    with op.batch_alter_table("programme_awards", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_programme_awards_programme_id"), ["programme_id"], unique=True)

    op.create_table(
        "variance_explanations",
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=True),
        sa.Column("period_id", sa.Integer(), nullable=True),
        sa.Column("budget_line_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        *_tracked(),
        sa.CheckConstraint(
            "(indicator_id IS NULL) <> (budget_line_id IS NULL)",
            name=op.f("ck_variance_explanations_indicator_or_budget_line"),
        ),
        sa.CheckConstraint(
            "period_id IS NULL OR indicator_id IS NOT NULL",
            name=op.f("ck_variance_explanations_period_of_indicator"),
        ),
        sa.ForeignKeyConstraint(
            ["budget_line_id"],
            ["budget_lines.id"],
            name=op.f("fk_variance_explanations_budget_line_id_budget_lines"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicators.id"],
            name=op.f("fk_variance_explanations_indicator_id_indicators"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["periods.id"],
            name=op.f("fk_variance_explanations_period_id_periods"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programmes.id"],
            name=op.f("fk_variance_explanations_programme_id_programmes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_variance_explanations")),
        sa.UniqueConstraint("budget_line_id", name=op.f("uq_variance_explanations_budget_line_id")),
        sa.UniqueConstraint(
            "indicator_id", "period_id", name=op.f("uq_variance_explanations_indicator_id_period_id")
        ),
    )
    with op.batch_alter_table("variance_explanations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_variance_explanations_indicator_id"), ["indicator_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_variance_explanations_period_id"), ["period_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_variance_explanations_programme_id"), ["programme_id"], unique=False
        )

    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "age_bands", diaspora_grants.db.base.CodeList(length=500), server_default="", nullable=False
            )
        )
        batch_op.add_column(sa.Column("unit_value", sa.Numeric(precision=18, scale=4), nullable=True))
        batch_op.add_column(sa.Column("unit_value_currency", sa.String(length=3), nullable=True))
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agreement_number", sa.String(length=100), nullable=True))


_ADDED_COLUMNS = (
    ("indicators", "unit_value_currency"),
    ("indicators", "unit_value"),
    ("indicators", "age_bands"),
    ("projects", "agreement_number"),
)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, column in _ADDED_COLUMNS:
        if sqlite:
            # Not batch mode: recreating the table would cascade the delete of its results and targets.
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        else:
            op.drop_column(table, column)
    op.drop_table("variance_explanations")
    op.drop_table("programme_awards")
