"""a full-text index for searching the audit trail (SQLite)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 18:00:00

Searching a million audit entries with LIKE '%text%' reads every one of them (about a second).
On SQLite an FTS5 table with the trigram tokenizer indexes every three-character sequence of the
searched columns, so a substring of three or more characters is found from the index. It holds
no copy of the text (external content: it reads `audit_log`), and triggers keep it in step with
every insert, update and delete, whoever writes them.

On PostgreSQL nothing changes: the search stays a LIKE over lowered text. pg_trgm would index it,
but creating an extension needs rights a team's database server may not grant.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: The columns services/audit.py searches; the index's columns carry the same names.
_COLUMNS = ("record_label", "field", "old_value", "new_value", "reason")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    names = ", ".join(_COLUMNS)
    new = ", ".join(f"new.{c}" for c in _COLUMNS)
    old = ", ".join(f"old.{c}" for c in _COLUMNS)
    # case_sensitive 0: matches ignore case (ASCII like LIKE, and other scripts' letters too; the
    # service checks candidates with LIKE, so users find exactly what LIKE finds).
    # columnsize=0: no per-row token counts, which only ranking would need.
    op.execute(
        f"CREATE VIRTUAL TABLE audit_search USING fts5({names}, content='audit_log', content_rowid='id',"
        " tokenize='trigram case_sensitive 0', columnsize=0)"
    )
    op.execute(
        "CREATE TRIGGER audit_search_after_insert AFTER INSERT ON audit_log BEGIN"
        f" INSERT INTO audit_search(rowid, {names}) VALUES (new.id, {new}); END"
    )
    op.execute(
        "CREATE TRIGGER audit_search_after_delete AFTER DELETE ON audit_log BEGIN"
        f" INSERT INTO audit_search(audit_search, rowid, {names}) VALUES ('delete', old.id, {old}); END"
    )
    op.execute(
        "CREATE TRIGGER audit_search_after_update AFTER UPDATE ON audit_log BEGIN"
        f" INSERT INTO audit_search(audit_search, rowid, {names}) VALUES ('delete', old.id, {old});"
        f" INSERT INTO audit_search(rowid, {names}) VALUES (new.id, {new}); END"
    )
    # Index the entries written before this revision.
    op.execute("INSERT INTO audit_search(audit_search) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("audit_search_after_update", "audit_search_after_delete", "audit_search_after_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS audit_search")
