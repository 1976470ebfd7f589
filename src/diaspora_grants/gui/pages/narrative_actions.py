"""The narrative on the Reports page: write it (the editor) and make its PDF, previewed before it is
saved. The programme, periods and report type are the page's own choices."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.periods import PeriodView
from .. import interaction
from ..dialogs.narrative_dialog import NarrativeDialog, read_narrative
from ..workers import Operation, PageReads, Progress, run_with_progress_dialog

if TYPE_CHECKING:
    from .reports_page import ReportsPage


class PdfPreview(QDialog):
    """The PDF as it will be saved, page after page; Save asks where."""

    def __init__(self, path: Path, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf-preview")
        self.setWindowTitle(self.tr("Narrative report: preview"))
        self.path = path
        self.suggested = suggested
        self.saved: Path | None = None
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setObjectName("pdf-view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("save-pdf")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        pages = QLabel(self.tr("%n page(s)", "", self.document.pageCount()))
        pages.setObjectName("pages")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(pages, 1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.resize(820, 900)

    def save(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the narrative report"), self.suggested, "PDF (*.pdf)"
        )
        if not chosen:
            return
        try:
            shutil.copyfile(self.path, chosen)
        except OSError as error:
            interaction.show_error(self, error, title=self.tr("The report was not saved"))
            return
        self.saved = Path(chosen)
        self.accept()


class NarrativeActions(QWidget):
    def __init__(self, page: ReportsPage) -> None:
        super().__init__(page)
        self.page = page
        self.operation: Operation | None = None
        self.preview: PdfPreview | None = None
        self.editor: NarrativeDialog | None = None
        self.write_button = QPushButton(self.tr("Write the narrative…"))
        self.write_button.setObjectName("write-narrative")
        self.pdf_button = QPushButton(self.tr("Narrative report (PDF)…"))
        self.pdf_button.setObjectName("narrative-pdf")
        self.result = QLabel()
        self.result.setObjectName("narrative-result")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.write_button)
        layout.addWidget(self.pdf_button)
        layout.addWidget(self.result, 1)
        self.write_button.clicked.connect(self.write)
        # The draft and what it quotes are read off the GUI thread; the button waits meanwhile.
        self.editor_reads = PageReads(self, lambda: [self.write_button])
        self.pdf_button.clicked.connect(self.make_pdf)

    def _span(self) -> tuple[int, PeriodView, PeriodView] | None:
        page = self.page
        programme_id = page.programme.value()
        periods = {p.id: p for p in page.periods}
        first, last = periods.get(page.period_from.value()), periods.get(page.period_to.value())
        if programme_id is None or first is None or last is None:
            interaction.inform(
                self, self.tr("Narrative"), self.tr("Choose the programme and the periods to report.")
            )
            return None
        if first.start_date > last.start_date:
            interaction.inform(
                self,
                self.tr("Narrative"),
                self.tr("The first period comes after the last one: choose them the other way round."),
            )
            return None
        return programme_id, first, last

    def write(self) -> None:
        span = self._span()
        if span is None:
            return
        programme_id, first, last = span
        services = self.page.services
        self.editor_reads.run(
            lambda: read_narrative(services, programme_id, first.id, last.id),
            lambda read: self._open_editor(NarrativeDialog(services, read, self)),
        )

    def _open_editor(self, editor: NarrativeDialog) -> None:
        self.editor = editor
        editor.open()

    def suggested_name(self, first: PeriodView, last: PeriodView) -> str:
        code = self.page.programme_codes.get(self.page.programme.value(), "programme")
        return f"{code}-narrative-{first.label.replace(' ', '-')}_{last.label.replace(' ', '-')}.pdf"

    def make_pdf(self) -> Operation | None:
        """Write the PDF to a private folder in the background, then preview it before saving."""
        span = self._span()
        if span is None:
            return None
        programme_id, first, last = span
        folder = Path(tempfile.mkdtemp(prefix="dg-narrative-"))
        name = self.suggested_name(first, last)
        target = folder / name
        services = self.page.services
        report_type = str(self.page.report_type.value())
        annex = name.replace("-narrative-", "-donor-").removesuffix(".pdf") + ".xlsx"

        def work(progress: Progress) -> Any:
            return services.exports.write_narrative_report(
                programme_id, first.start_date, last.end_date, target, report_type=report_type, annex=annex,
                progress=lambda fraction, text: progress.report(int(fraction * 100), 100, text),
                cancel=progress.cancelled,
            )  # fmt: skip

        self.pdf_button.setEnabled(False)
        self.operation = run_with_progress_dialog(
            self,
            self.tr("Preparing the narrative report…"),
            work,
            on_success=lambda _r: self._preview(target, name),
        )
        self.operation.finished.connect(lambda: self.pdf_button.setEnabled(True))
        return self.operation

    def _preview(self, path: Path, name: str) -> None:
        self.preview = PdfPreview(path, name, self)
        self.preview.finished.connect(self._previewed)
        self.preview.open()

    def _previewed(self) -> None:
        saved = self.preview.saved if self.preview else None
        self.result.setText(self.tr("Saved: %1").replace("%1", str(saved)) if saved else "")
