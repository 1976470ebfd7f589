"""team access: people and their roles, and on PostgreSQL the server's own enforcement of them

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 09:00:00

Every dialect gets the tables of people and role assignments and the programme an audit entry
belongs to (who submitted and approved each result cell came with revision 0007).

On PostgreSQL only (a SQLite file is single-user; there this revision adds the tables and stops):
a group role per team role for this database, grants per table and per group, row-level security
(programme scoping, blind review), triggers that check each write against the person's roles in
the row's programme, sign records, results and audit entries with session_user, keep the audit
trail append-only and refuse results of locked periods (db/team_install.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import diaspora_grants.db.base
from diaspora_grants.db.team_install import install_team_access, uninstall_team_access

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_ROLES = ("administrator", "programme manager", "M&E officer", "finance officer", "reviewer", "viewer")


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


def _create_people() -> None:
    op.create_table(
        "people",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_tracked(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
        sa.UniqueConstraint("login", name=op.f("uq_people_login")),
    )


def _create_assignments() -> None:
    op.create_table(
        "role_assignments",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(*_ROLES, name="access_role", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("programme_id", sa.Integer(), nullable=True),
        sa.Column("call_id", sa.Integer(), nullable=True),
        *_tracked(),
        sa.CheckConstraint(
            "(role = 'administrator' AND programme_id IS NULL AND call_id IS NULL)"
            " OR (role = 'reviewer' AND programme_id IS NOT NULL AND call_id IS NOT NULL)"
            " OR (role NOT IN ('administrator', 'reviewer')"
            " AND programme_id IS NOT NULL AND call_id IS NULL)",
            name=op.f("ck_role_assignments_scope_fits_role"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_role_assignments_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programmes.id"],
            name=op.f("fk_role_assignments_programme_id_programmes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["call_id"], ["calls.id"], name=op.f("fk_role_assignments_call_id_calls"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role_assignments")),
    )
    with op.batch_alter_table("role_assignments", schema=None) as batch_op:
        for column in ("person_id", "programme_id", "call_id"):
            batch_op.create_index(batch_op.f(f"ix_role_assignments_{column}"), [column], unique=False)
        batch_op.create_index(
            "uq_role_assignments_scope",
            ["person_id", "role", sa.text("coalesce(programme_id, 0)"), sa.text("coalesce(call_id, 0)")],
            unique=True,
        )


def upgrade() -> None:
    _create_people()
    _create_assignments()
    # Plain ADD COLUMN, never a rebuild: audit_log and results grow to millions of rows.
    op.add_column("audit_log", sa.Column("programme_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_audit_log_programme_id"), "audit_log", ["programme_id"], unique=False)
    install_team_access(op.get_bind())


def downgrade() -> None:
    uninstall_team_access(op.get_bind())
    op.drop_index(op.f("ix_audit_log_programme_id"), table_name="audit_log")
    op.drop_column("audit_log", "programme_id")
    op.drop_table("role_assignments")
    op.drop_table("people")
