"""narratives: the donor report's narrative, its progress per outcome, and partners' narratives

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 09:00:00

- narratives: one per programme and report (its first and last period), a text per section; the
  last period (period_id) locks it.
- narrative_outcomes and narrative_outcome_indicators: progress per outcome, with the indicators
  under each.
- partner_narratives: a partner's own narrative per project and period (its results template).

On PostgreSQL the team's rules are refreshed so the new tables have theirs (db/team_install.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import diaspora_grants.db.base
from diaspora_grants.db.team_install import install_team_access

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

NARRATIVE_SECTIONS = (
    "executive_summary",
    "context",
    "challenges",
    "lessons_learned",
    "accountability",
    "psea",
    "risks",
    "next_period",
)
PARTNER_SECTIONS = ("progress", "challenges", "lessons_learned", "accountability", "next_period")


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


def _foreign_key(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete="CASCADE"
    )


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def _create_narratives() -> None:
    op.create_table(
        "narratives",
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("first_period_id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.Text(), nullable=True) for name in NARRATIVE_SECTIONS),
        *_tracked(),
        _foreign_key("narratives", "programme_id", "programmes"),
        _foreign_key("narratives", "first_period_id", "periods"),
        _foreign_key("narratives", "period_id", "periods"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_narratives")),
        sa.UniqueConstraint(
            "programme_id",
            "first_period_id",
            "period_id",
            name=op.f("uq_narratives_programme_id_first_period_id_period_id"),
        ),
    )
    _indexes("narratives", "programme_id", "first_period_id", "period_id")


def _create_outcomes() -> None:
    op.create_table(
        "narrative_outcomes",
        sa.Column("narrative_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=400), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        *_tracked(),
        _foreign_key("narrative_outcomes", "narrative_id", "narratives"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_narrative_outcomes")),
        sa.UniqueConstraint(
            "narrative_id", "position", name=op.f("uq_narrative_outcomes_narrative_id_position")
        ),
    )
    _indexes("narrative_outcomes", "narrative_id")
    op.create_table(
        "narrative_outcome_indicators",
        sa.Column("outcome_id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        *_tracked(),
        _foreign_key("narrative_outcome_indicators", "outcome_id", "narrative_outcomes"),
        _foreign_key("narrative_outcome_indicators", "indicator_id", "indicators"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_narrative_outcome_indicators")),
        sa.UniqueConstraint(
            "outcome_id", "indicator_id", name=op.f("uq_narrative_outcome_indicators_outcome_id_indicator_id")
        ),
    )
    _indexes("narrative_outcome_indicators", "outcome_id", "indicator_id")


def _create_partner_narratives() -> None:
    op.create_table(
        "partner_narratives",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.Text(), nullable=True) for name in PARTNER_SECTIONS),
        *_tracked(),
        _foreign_key("partner_narratives", "project_id", "projects"),
        _foreign_key("partner_narratives", "period_id", "periods"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_narratives")),
        sa.UniqueConstraint(
            "project_id", "period_id", name=op.f("uq_partner_narratives_project_id_period_id")
        ),
    )
    _indexes("partner_narratives", "project_id", "period_id")


def upgrade() -> None:
    _create_narratives()
    _create_outcomes()
    _create_partner_narratives()
    install_team_access(op.get_bind())


def downgrade() -> None:
    for table in ("partner_narratives", "narrative_outcome_indicators", "narrative_outcomes", "narratives"):
        op.drop_table(table)
