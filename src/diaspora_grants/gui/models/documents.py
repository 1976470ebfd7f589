"""Documents attached to a record: name, kind, date, size, who added it."""

from __future__ import annotations

from typing import ClassVar

from ...services.documents import DocumentView
from ..labels import QT_TRANSLATE_NOOP
from .table_model import Column, RowTableModel


def size_text(size: int) -> str:
    for unit in ("bytes", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:,} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return f"{size:,}"


class DocumentTableModel(RowTableModel[DocumentView]):
    COL_NAME, COL_KIND, COL_DATE, COL_SIZE, COL_ADDED = range(5)
    COLUMNS: ClassVar = (
        Column[DocumentView](
            QT_TRANSLATE_NOOP("Columns", "Name"), lambda d: d.name, tooltip=lambda d: d.original_filename
        ),
        Column[DocumentView](QT_TRANSLATE_NOOP("Columns", "Kind"), lambda d: d.kind),
        Column[DocumentView](QT_TRANSLATE_NOOP("Columns", "Dated"), lambda d: d.document_date),
        Column[DocumentView](
            QT_TRANSLATE_NOOP("Columns", "Size"),
            lambda d: d.size_bytes,
            text=lambda d: size_text(d.size_bytes),
        ),
        Column[DocumentView](QT_TRANSLATE_NOOP("Columns", "Added"), lambda d: d.updated_at),
    )
