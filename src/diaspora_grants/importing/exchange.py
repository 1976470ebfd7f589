"""Spreadsheets in and out, for the desktop app and the command line: partner results templates,
the data workbook, and importing either (preview, then all or nothing).

`preview` runs the whole import and rolls it back, so what it reports is exactly what `commit`
would do; `commit` saves all of it in one unit of work or nothing.
"""

from __future__ import annotations

from pathlib import Path

from ..services.registry import Services
from ..services.spreadsheets import TemplateInfo
from .preview import ImportPreview, ImportReport, run_import

__all__ = ["DataExchange", "ImportPreview", "ImportReport", "TemplateInfo"]


class DataExchange:
    def __init__(self, services: Services) -> None:
        self.services = services

    def make_template(
        self, project_code: str, period_label: str, out: Path | str, language: str = "en"
    ) -> TemplateInfo:
        """Write the results template of one project and period to `out` (atomically), in the
        partner's language ("en", "fr" or "ar"); a filled template in any of them imports."""
        return self.services.spreadsheets.write_results_template(project_code, period_label, out, language)

    def export_all(self, out: Path | str, programme_code: str | None = None) -> dict[str, int]:
        """Write the data workbook (all programmes, or one); returns the number of rows per sheet."""
        return self.services.spreadsheets.write_data_workbook(out, programme_code)

    def preview_import(self, path: Path | str) -> ImportPreview:
        """What importing `path` would create and change, and every problem; nothing is saved."""
        report = run_import(self.services, Path(path), commit=False)
        return ImportPreview(
            file=report.file,
            kind=report.kind,
            sheets=report.sheets,
            problems=report.problems,
            warnings=report.warnings,
        )

    def commit_import(self, path: Path | str) -> ImportReport:
        """Import `path` all or nothing; raises ImportRejectedError listing every problem otherwise."""
        return run_import(self.services, Path(path), commit=True)
