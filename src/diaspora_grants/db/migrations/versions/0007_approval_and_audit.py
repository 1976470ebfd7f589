"""who submitted and who approved results, and the programme's four-eyes approval rule

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 12:00:00

Results record who submitted them and who approved them (and when), so that a programme can
require the approver to differ from the submitter. The rule is stored per programme; it is on by
default for a shared PostgreSQL database (a team) and off for a SQLite file (one person).
Results submitted or approved before this revision name nobody: the rule then looks at who last
wrote them (updated_by), which is who submitted or approved them as far as anyone can tell.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import diaspora_grants.db.base

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_RESULT_COLUMNS = ("submitted_by", "submitted_at", "approved_by", "approved_at")


def upgrade() -> None:
    # Plain ADD COLUMN, never a rebuild: other tables refer to programmes, and results can hold
    # millions of rows.
    op.add_column(
        "programmes",
        sa.Column("approver_must_differ", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    for name in _RESULT_COLUMNS:
        kind = (
            diaspora_grants.db.base.UTCDateTime(timezone=True)
            if name.endswith("_at")
            else sa.String(length=120)
        )
        op.add_column("results", sa.Column(name, kind, nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("UPDATE programmes SET approver_must_differ = true")


def downgrade() -> None:
    # DROP COLUMN (SQLite 3.35 and later): the columns hold no constraint, nothing is rebuilt.
    for name in reversed(_RESULT_COLUMNS):
        op.drop_column("results", name)
    op.drop_column("programmes", "approver_must_differ")
