"""Import a partner's results template or a data workbook: preview everything, then commit or cancel.

The preview runs the whole import in a transaction that is rolled back, in the background, so the
counts and problems shown are exactly what Commit would do; Commit saves all of it or nothing.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...importing.exchange import DataExchange
from ...importing.preview import DATA_WORKBOOK, RESULTS_TEMPLATE
from ...importing.problems import ImportRejectedError, Problem
from ...services.registry import Services
from .. import interaction
from ..colours import ERROR, OK
from ..labels import QT_TRANSLATE_NOOP
from ..models.imports import ProblemTableModel, SheetSummaryTableModel
from ..workers import Operation, run_with_progress_dialog
from .parts import fit_to_contents, record_table

#: What the preview calls each kind of workbook (the core's kind is an identifier, not words).
KIND_WORDS = {
    RESULTS_TEMPLATE: QT_TRANSLATE_NOOP("ImportPanel", "results template"),
    DATA_WORKBOOK: QT_TRANSLATE_NOOP("ImportPanel", "data workbook"),
}


def kind_text(kind: str) -> str:
    words = KIND_WORDS.get(kind)
    return QCoreApplication.translate("ImportPanel", words) if words else kind


class ImportPanel(QGroupBox):
    #: An import was committed: pages that show its data must ask again.
    imported = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Import"))
        self.services = services
        self.path: Path | None = None
        self.operation: Operation | None = None
        self.choose_button = QPushButton(self.tr("Import a file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.summary = QLabel(
            self.tr(
                "Pick a results template returned by a partner, or a data workbook, to see what it would "
                "change before anything is saved."
            )
        )
        self.summary.setWordWrap(True)
        # Said, not stopping the import: columns it ignores, new names that read like existing ones.
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sheet_model = SheetSummaryTableModel(self)
        self.problem_model = ProblemTableModel(self)
        self.sheets = record_table(self.sheet_model, "import-sheets")
        self.problems = record_table(self.problem_model, "import-problems")
        self.problems.setWordWrap(True)  # what to fix is read in full, over as many lines as it takes
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.commit_button = QPushButton(self.tr("Commit import"))
        self.commit_button.setStyleSheet("font-weight: bold;")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.commit_button.clicked.connect(self.confirm_commit)
        self.cancel_button.clicked.connect(self.clear)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.summary, 1)
        tables = QSplitter()
        tables.addWidget(self.sheets)
        tables.addWidget(self.problems)
        tables.setSizes([320, 860])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.commit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warnings)
        layout.addWidget(tables, 1)
        layout.addLayout(buttons)
        self.clear()

    def clear(self) -> None:
        self.path = None
        self.sheet_model.set_rows([])
        self.problem_model.set_rows([])
        self.show_warnings(())
        self.commit_button.setEnabled(False)
        self.cancel_button.setEnabled(False)

    def show_warnings(self, warnings: Sequence[Problem]) -> None:
        """Each warning on a line: where (sheet, row, column) and what, in the file's own words."""
        lines = [
            self.tr("{sheet}, row {row}, {column}: {message}").format(
                sheet=w.sheet, row=w.row, column=w.column, message=html.escape(w.message)
            )
            for w in warnings
        ]
        title = self.tr("To check before committing (the import does not stop for these):")
        self.warnings.setText(f"<b>{title}</b><br>" + "<br>".join(lines) if lines else "")
        self.warnings.setVisible(bool(lines))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a results template or data workbook"),
            "",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            self.preview(Path(path))

    def preview(self, path: Path) -> Operation:
        self.clear()
        self.path = path
        self.summary.setText(self.tr("Checking {file}…").format(file=path.name))
        exchange = DataExchange(self.services)
        self.operation = run_with_progress_dialog(
            self,
            self.tr("Checking {file}…").format(file=path.name),
            lambda _progress: exchange.preview_import(path),
            on_success=self._previewed,
            on_error=self._refused,
            on_cancelled=self._preview_cancelled,
        )
        return self.operation

    def _preview_cancelled(self) -> None:
        self.clear()
        self.summary.setText(self.tr("Checking the file was cancelled; nothing was saved."))

    def _previewed(self, preview: Any) -> None:
        if self.operation is not None and self.operation.finished_despite_cancel:
            self._preview_cancelled()  # it only read the file: a preview nobody waits for is dropped
            return
        self.sheet_model.set_rows(list(preview.sheets))
        self.problem_model.set_rows(list(preview.problems))
        self.show_warnings(preview.warnings)
        self.sheets.resizeColumnsToContents()
        self._fit_problems()
        changes = sum(s.created + s.changed for s in preview.sheets)
        if preview.problems:
            count = len(preview.problems)
            problems = self.tr("1 problem") if count == 1 else self.tr("%n problems", "", count)
            self.summary.setText(
                self.tr(
                    "<b>{file}</b> ({kind}): <span style='color:{colour}'>{problems} to fix</span> "
                    "before it can be imported; nothing was saved."
                ).format(
                    file=preview.file, kind=kind_text(preview.kind), colour=ERROR.name(), problems=problems
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "<b>{file}</b> ({kind}): <span style='color:{colour}'>no problems</span>. "
                    "%Ln row(s) would be created or changed. Commit to save them, or cancel.",
                    "",
                    changes,
                ).format(file=preview.file, kind=kind_text(preview.kind), colour=OK.name())
            )
        self.commit_button.setEnabled(not preview.problems and changes > 0)
        self.cancel_button.setEnabled(True)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, ImportRejectedError):
            self._show_problems(error.problems)
            return
        self.summary.setText("")
        self.clear()
        interaction.show_error(self, error, title=self.tr("Could not read the file"))

    def _show_problems(self, problems: list[Problem]) -> None:
        name = self.path.name if self.path else self.tr("the file")
        self.problem_model.set_rows(problems)
        self._fit_problems()
        self.summary.setText(
            self.tr(
                "<b>{file}</b>: <span style='color:{colour}'>refused</span>; nothing was saved. "
                "See below for what to fix."
            ).format(file=name, colour=ERROR.name())
        )
        self.commit_button.setEnabled(False)
        self.cancel_button.setEnabled(True)

    def _fit_problems(self) -> None:
        fit_to_contents(self.problems, widest=380)
        self.problems.resizeRowsToContents()

    def confirm_commit(self) -> Operation | None:
        """Commit, after saying that an import is not taken back with Undo."""
        if self.path is None:
            return None
        question = self.tr(
            "Import {file} now?\n\nEverything the preview shows is saved at once. An import cannot be "
            "undone with Undo: each change is in the audit trail, and the day's backup holds the data "
            "as it was before."
        ).format(file=self.path.name)
        if not interaction.confirm(self, self.tr("Import"), question, action=self.tr("Import")):
            return None
        return self.commit()

    def commit(self) -> Operation | None:
        path = self.path
        if path is None:
            return None
        exchange = DataExchange(self.services)
        self.commit_button.setEnabled(False)
        self.operation = run_with_progress_dialog(
            self,
            self.tr("Importing {file}…").format(file=path.name),
            lambda _progress: exchange.commit_import(path),
            on_success=self._committed,
            on_error=self._refused,
            on_cancelled=self._commit_cancelled,
            late_cancel=self.tr(
                "The import of {file} had already been saved when Cancel was pressed. Nothing was lost: "
                "the pages now show the imported data, and every change is in the audit trail."
            ).format(file=path.name),
        )
        return self.operation

    def _commit_cancelled(self) -> None:
        self.commit_button.setEnabled(True)
        self.summary.setText(self.tr("The import was cancelled before it started; nothing was saved."))

    def _committed(self, report: Any) -> None:
        created = sum(s.created for s in report.sheets)
        changed = sum(s.changed for s in report.sheets)
        self.clear()
        late = self.operation is not None and self.operation.finished_despite_cancel
        self.summary.setText(
            (self.tr("Cancel came too late: ") if late else "")
            + self.tr(
                "<b>{file}</b> imported: {created} row(s) created, {changed} changed. Every change is in "
                "the audit trail."
            ).format(file=report.file, created=f"{created:,}", changed=f"{changed:,}")
        )
        self.imported.emit()
