"""New rows of one table inserted by the thousand, without SQLAlchemy's work per row, on SQLite.

An import inserts tens of thousands of plain rows: its records and their audit entries. Given a
list of rows, SQLAlchemy builds each row's parameters one by one and sends every value through its
column's type: on SQLite, where the database itself is quick, that was a third of the writing.
Here each column's type is asked once for its conversion, values that are the same on every row
(when, by whom) are converted once, and the rows reach the driver as positional parameters, a
few hundred rows per statement. Many rows per statement also matter for the audit trail: its
full-text index (revision 0002) writes out its pending terms at the start of every statement.

PostgreSQL keeps SQLAlchemy's own insert of the list: the network, not the conversion, is what an
insert costs there, and its types (row security, server-side enums) are SQLAlchemy's to handle.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert

#: Rows per statement, at most: past a few hundred a longer statement saves nothing measurable.
ROWS_PER_STATEMENT = 500
#: SQLite's limit on a statement's parameters when the driver cannot say (the oldest default).
_OLDEST_PARAMETER_LIMIT = 999


def insert_plain(
    connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]], same: Mapping[str, Any]
) -> None:
    """Insert `rows` (values by column name, every row the same columns) into `table`, each with
    the values of `same` besides (over any the row gives)."""
    if not rows:
        return
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), [{**row, **same} for row in rows])
        return
    keys = [name for name in rows[0] if name not in same]
    constant = [_converter(connection, table, name)(value) for name, value in same.items()]
    converters = [_converter(connection, table, name) for name in keys]
    quote = connection.dialect.identifier_preparer
    columns = [*keys, *same]
    head = f"INSERT INTO {quote.format_table(table)} ({', '.join(map(quote.quote, columns))}) VALUES "
    one_row = "(" + ", ".join("?" * len(columns)) + ")"
    per_statement = max(1, min(ROWS_PER_STATEMENT, _parameter_limit(connection) // len(columns)))
    for start in range(0, len(rows), per_statement):
        part = rows[start : start + per_statement]
        parameters: list[Any] = []
        for row in part:
            parameters.extend(convert(row[name]) for name, convert in zip(keys, converters, strict=True))
            parameters.extend(constant)
        connection.exec_driver_sql(head + ", ".join([one_row] * len(part)), tuple(parameters))


def _converter(connection: Connection, table: Table, name: str) -> Callable[[Any], Any]:
    """The conversion SQLAlchemy gives the column's values, None included."""
    process = table.c[name].type.dialect_impl(connection.dialect).bind_processor(connection.dialect)
    return _unchanged if process is None else process


def _unchanged(value: Any) -> Any:
    return value


def _parameter_limit(connection: Connection) -> int:
    driver = connection.connection.driver_connection
    if isinstance(driver, sqlite3.Connection):
        return int(driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
    return _OLDEST_PARAMETER_LIMIT
