"""Alembic migrations. HEAD_REVISION names the newest one (a test checks it against Alembic's own),
so opening an up-to-date database does not need to load Alembic at all."""

HEAD_REVISION = "0009"

#: The SQLite full-text index of the audit trail (revision 0002) and the tables FTS5 keeps for it.
#: No model describes them, so comparing the models with a database must leave them out.
AUDIT_SEARCH_TABLES = frozenset(
    {"audit_search", "audit_search_data", "audit_search_idx", "audit_search_docsize", "audit_search_config"}
)


def described_by_models(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic's `include_name` hook: False for the tables the models do not describe."""
    return not (type_ == "table" and name in AUDIT_SEARCH_TABLES)
