"""Spreadsheets in and out: partner results templates, and the full data workbook.

`preview_import` runs the whole import and rolls it back, so what it reports is exactly what
`commit_import` would do; `commit_import` saves all of it in one transaction or nothing.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from ..db.models import Programme
from ..domain.errors import NotFoundError
from ..importing.data_export import write_data_workbook
from ..importing.preview import ImportPreview, ImportReport, run_import
from ..importing.template import TemplateInfo, write_template
from .base import Service

__all__ = ["DataExchangeService", "ImportPreview", "ImportReport", "TemplateInfo"]


class DataExchangeService(Service):
    entity = "data exchange"

    def make_template(self, project_code: str, period_label: str, out: Path | str) -> TemplateInfo:
        """Write the results template of one project and period to `out` (atomically)."""
        with self._read() as session:
            return write_template(session, project_code.strip(), period_label.strip(), Path(out))

    def preview_import(self, path: Path | str) -> ImportPreview:
        """What importing `path` would create and change, and every problem; nothing is saved."""
        report = run_import(
            self.context.database, self.context.user, self.context.today(), Path(path), commit=False
        )
        return ImportPreview(
            file=report.file, kind=report.kind, sheets=report.sheets, problems=report.problems
        )

    def commit_import(self, path: Path | str) -> ImportReport:
        """Import `path` all or nothing; raises ImportRejectedError listing every problem otherwise."""
        return run_import(
            self.context.database, self.context.user, self.context.today(), Path(path), commit=True
        )

    def export_all(self, out: Path | str, programme_code: str | None = None) -> dict[str, int]:
        """Write the data workbook (all programmes, or one); returns the number of rows per sheet."""
        with self._read() as session:
            programme_ids = None
            if programme_code is not None:
                found = session.scalar(select(Programme.id).where(Programme.code == programme_code.strip()))
                if found is None:
                    raise NotFoundError("programme", programme_code)
                programme_ids = {found}
            return write_data_workbook(session, Path(out), programme_ids)
