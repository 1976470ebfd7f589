"""Reports: export a programme (donor workbook, partner template, IATI, HXL, full data) in the
background with progress and cancel, then open it; and import files with a preview (import_panel)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...importing.exchange import DataExchange
from ...services.periods import PeriodView
from ...services.registry import Services
from .. import desktop, interaction
from ..dialogs.donor_reporting_button import donor_reporting_button
from ..labels import QT_TRANSLATE_NOOP
from ..widgets.pickers import ChoiceCombo
from ..workers import Operation, PageReads, Progress, gather, run_with_progress_dialog
from .base import Page, PageContext
from .import_panel import ImportPanel
from .narrative_actions import NarrativeActions


@dataclass(frozen=True)
class ExportKind:
    key: str
    title: str
    suffix: str
    file_filter: str
    #: Uses the period range (else the whole programme to date).
    uses_periods: bool = True
    #: Made for one project and one period (the "to" period).
    per_project: bool = False


XLSX = QT_TRANSLATE_NOOP("ReportsPage", "Excel workbook (*.xlsx)")
KINDS = (
    ExportKind("donor", QT_TRANSLATE_NOOP("ReportsPage", "Donor report workbook"), "xlsx", XLSX),
    ExportKind(
        "template",
        QT_TRANSLATE_NOOP("ReportsPage", "Partner results template"),
        "xlsx",
        XLSX,
        per_project=True,
    ),
    ExportKind(
        "iati",
        QT_TRANSLATE_NOOP("ReportsPage", "IATI 2.03 activities (XML)"),
        "xml",
        QT_TRANSLATE_NOOP("ReportsPage", "IATI XML (*.xml)"),
        uses_periods=False,
    ),
    ExportKind(
        "hxl-reach",
        QT_TRANSLATE_NOOP("ReportsPage", "HXL people reached (CSV)"),
        "csv",
        "CSV (*.csv)",
        uses_periods=False,
    ),
    ExportKind(
        "hxl-5w",
        QT_TRANSLATE_NOOP("ReportsPage", "HXL 5W: who does what where"),
        "csv",
        "CSV (*.csv)",
        uses_periods=False,
    ),
    ExportKind(
        "data", QT_TRANSLATE_NOOP("ReportsPage", "Full data workbook"), "xlsx", XLSX, uses_periods=False
    ),
)
REPORT_TYPES = {
    "quarterly": QT_TRANSLATE_NOOP("ReportsPage", "Quarterly"),
    "semi-annual": QT_TRANSLATE_NOOP("ReportsPage", "Semi-annual"),
    "annual": QT_TRANSLATE_NOOP("ReportsPage", "Annual"),
    "final": QT_TRANSLATE_NOOP("ReportsPage", "Final"),
}


@dataclass(frozen=True)
class _Reports:
    """What the export form offers, read in one go off the GUI thread."""

    #: (text, id, code) of every programme
    programmes: list[tuple[str, int, str]]
    today: dt.date
    #: The programme shown: the one chosen, else the first (None: there is none)
    programme_id: int | None = None
    periods: list[PeriodView] = field(default_factory=list)
    projects: list[Any] = field(default_factory=list)


def _read_reports(services: Services, chosen: int | None) -> _Reports:
    today = services.context.today()
    if chosen is not None:  # the usual case: its periods and projects read with the programmes
        programmes, *of_chosen = gather(partial(_programmes, services), *_of_programme(services, chosen))
        if chosen in [programme[1] for programme in programmes]:
            return _Reports(programmes, today, chosen, *of_chosen)
    else:
        programmes = _programmes(services)
    if not programmes:
        return _Reports(programmes, today)
    first = programmes[0][1]
    return _Reports(programmes, today, first, *gather(*_of_programme(services, first)))


def _programmes(services: Services) -> list[tuple[str, int, str]]:
    return [(f"{p.code} – {p.name}", p.id, p.code) for p in services.programmes.find()]


def _of_programme(services: Services, programme_id: int) -> list[Callable[[], list[Any]]]:
    return [
        partial(services.periods.find, programme_id),
        partial(services.projects.find, programme_id=programme_id),
    ]


class ReportsPage(Page):
    title = "Reports"
    supports = frozenset()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.kinds = list(KINDS)
        #: The code of each programme in the combo, by id (file names and the data workbook use it).
        self.programme_codes: dict[int, str] = {}
        self.periods: list[PeriodView] = []
        self.operation: Operation | None = None
        self.last_path: Path | None = None
        self.programme = ChoiceCombo(())
        self.programme.setObjectName("programme")
        self.programme.currentIndexChanged.connect(self.refresh)
        self.donor_button = donor_reporting_button(self, context.services, self.programme.value)
        self.kind = ChoiceCombo((self.tr(k.title), k.key) for k in self.kinds)
        self.kind.setObjectName("kind")
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.period_from = ChoiceCombo(())
        self.period_to = ChoiceCombo(())
        self.report_type = ChoiceCombo((self.tr(text), key) for key, text in REPORT_TYPES.items())
        self.project = ChoiceCombo(())
        # The partner's language, for the template only (the donor workbook stays in English).
        self.template_language = ChoiceCombo(
            ((self.tr("English"), "en"), (self.tr("French"), "fr"), (self.tr("Arabic"), "ar"))
        )
        self.template_language.setObjectName("template-language")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setStyleSheet("font-weight: bold;")
        self.export_button.clicked.connect(self.export)
        self.result = QLabel()
        self.result.setObjectName("export-result")
        self.result.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"))
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.open_button.clicked.connect(lambda: self.last_path and desktop.open_path(self.last_path))
        self.folder_button.clicked.connect(lambda: self.last_path and desktop.show_in_folder(self.last_path))
        self.import_panel = ImportPanel(context.services, self)
        self.narrative = NarrativeActions(self)
        self._build_layout()
        self._show_written(None)

    def _build_layout(self) -> None:
        form = QFormLayout()
        programme_row = QHBoxLayout()
        programme_row.addWidget(self.programme, 1)
        programme_row.addWidget(self.donor_button)
        form.addRow(self.tr("Programme"), programme_row)
        form.addRow(self.tr("Kind"), self.kind)
        periods = QHBoxLayout()
        periods.addWidget(self.period_from, 1)
        periods.addWidget(QLabel(self.tr("to")))
        periods.addWidget(self.period_to, 1)
        self.periods_row = QWidget()
        self.periods_row.setLayout(periods)
        periods.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Periods"), self.periods_row)
        form.addRow(self.tr("Report type"), self.report_type)
        form.addRow(self.tr("Narrative"), self.narrative)
        form.addRow(self.tr("Project"), self.project)
        form.addRow(self.tr("Template language"), self.template_language)
        self.form = form
        done = QHBoxLayout()
        done.addWidget(self.result, 1)
        done.addWidget(self.open_button)
        done.addWidget(self.folder_button)
        export_box = QGroupBox(self.tr("Export"))
        export_layout = QVBoxLayout(export_box)
        choices = QWidget()
        #: Read off the GUI thread; the export choices wait, disabled, meanwhile.
        self.reads = PageReads(self, lambda: [choices, self.export_button])
        choices.setLayout(form)
        choices.setMaximumWidth(760)  # a form across a wide screen is hard to read
        export_layout.addWidget(choices)
        export_layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        export_layout.addLayout(done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(export_box)
        layout.addWidget(self.import_panel, 1)

    # Page interface -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the programmes and the chosen one's periods and projects off the GUI thread; the
        export form waits, disabled, meanwhile."""
        self.reads.run(partial(_read_reports, self.services, self.programme.value()), self._show)

    def is_loading(self) -> bool:
        return self.reads.is_loading()

    def _show(self, data: _Reports) -> None:
        self.programme.blockSignals(True)
        self.programme.clear()
        self.programme_codes = {programme_id: code for _text, programme_id, code in data.programmes}
        for text, programme_id, _code in data.programmes:
            self.programme.addItem(text, programme_id)
        self.programme.set_value(data.programme_id)
        self.programme.blockSignals(False)
        self._show_programme(data)

    def status_text(self) -> str:
        return self.tr("Last export: {path}").format(path=self.last_path) if self.last_path else ""

    def screenshot_states(self) -> list[tuple[str, Callable[[], QWidget | None]]]:
        def preview_with_problems() -> None:
            """A partner's template with two mistakes, previewed (run here, not in the background)."""
            import tempfile

            from openpyxl import load_workbook

            kind = next((k for k in self.kinds if k.key == "template"), None)
            if kind is None or not self.project.count():
                return
            folder = Path(tempfile.mkdtemp(prefix="dg-shot-"))
            path = folder / self.suggested_name(kind)
            exchange = DataExchange(self.services)
            exchange.make_template(str(self.project.value()), self.periods[-1].label, path)
            book = load_workbook(path)
            sheet = book["Results"]
            sheet["H2"], sheet["H3"], sheet["H5"] = 120, "about forty", -3
            book.save(path)
            self.import_panel.path = path
            self.import_panel._previewed(exchange.preview_import(path))

        return [("", lambda: None), ("-import-preview", preview_with_problems)]

    def _show_programme(self, data: _Reports) -> None:
        self.periods = data.periods
        today = data.today
        for combo in (self.period_from, self.period_to):
            combo.blockSignals(True)
            combo.clear()
            for period in self.periods:
                combo.addItem(period.label + ("  (locked)" if period.locked else ""), period.id)
            combo.blockSignals(False)
        if self.periods:
            self.period_from.setCurrentIndex(0)
            # Up to the last period that has ended, else the first: what a report usually covers.
            ended = [i for i, p in enumerate(self.periods) if p.end_date < today]
            self.period_to.setCurrentIndex(ended[-1] if ended else 0)
        self.project.clear()
        for project in data.projects:
            self.project.addItem(f"{project.code} – {project.partner_name}", project.code)
        self._kind_chosen()

    def _kind(self) -> ExportKind | None:
        return next((k for k in self.kinds if k.key == self.kind.value()), None)

    def _kind_chosen(self) -> None:
        kind = self._kind()
        self.form.setRowVisible(self.periods_row, bool(kind and kind.uses_periods))
        self.period_from.setEnabled(bool(kind and not kind.per_project))
        self.form.setRowVisible(self.report_type, bool(kind and kind.key == "donor"))
        self.form.setRowVisible(self.project, bool(kind and kind.per_project))
        self.form.setRowVisible(self.template_language, bool(kind and kind.key == "template"))
        ready = kind is not None and self.programme.value() is not None
        if kind is not None and kind.uses_periods and not self.periods:
            ready = False
        self.export_button.setEnabled(ready)

    # Export ---------------------------------------------------------------------------------

    def suggested_name(self, kind: ExportKind) -> str:
        code = self.programme_codes.get(self.programme.value(), "programme")
        if kind.per_project:
            language = self.template_language.value()
            suffix = "" if language == "en" else f"-{language}"
            return (
                f"{self.project.value()}-{self._period_label(self.period_to)}-results{suffix}.{kind.suffix}"
            )
        if kind.uses_periods:
            span = f"{self._period_label(self.period_from)}_{self._period_label(self.period_to)}"
            return f"{code}-{kind.key}-{span}.{kind.suffix}"
        return f"{code}-{kind.key}-{self.services.context.today():%Y-%m-%d}.{kind.suffix}"

    def _period_label(self, combo: ChoiceCombo) -> str:
        period = self._period(combo)
        return period.label.replace(" ", "-") if period else ""

    def _period(self, combo: ChoiceCombo) -> PeriodView | None:
        return next((p for p in self.periods if p.id == combo.value()), None)

    def export(self) -> None:
        kind = self._kind()
        if kind is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export {what}").format(what=self.tr(kind.title)),
            self.suggested_name(kind),
            self.tr(kind.file_filter),
        )
        if path:
            self.export_to(kind, Path(path))

    def export_to(self, kind: ExportKind, path: Path) -> Operation | None:
        try:
            work = self._work(kind, path)
        except ValueError as error:
            interaction.inform(self, self.tr("Export"), str(error))
            return None
        self._show_written(None)
        self.export_button.setEnabled(False)
        self.operation = run_with_progress_dialog(
            self,
            self.tr("Exporting: {what}…").format(what=self.tr(kind.title)),
            work,
            on_success=lambda r: self._exported(path, r),
            on_cancelled=lambda: self.result.setText(self.tr("Export cancelled: no file was written.")),
            late_cancel=self.tr("The file had already been written when Cancel was pressed: {path}").format(
                path=path
            ),
        )
        self.operation.finished.connect(self._kind_chosen)
        return self.operation

    def _work(self, kind: ExportKind, out: Path) -> Callable[[Progress], Any]:
        programme_id = self.programme.value()
        first, last = self._period(self.period_from), self._period(self.period_to)
        if kind.uses_periods and (first is None or last is None):
            raise ValueError(self.tr("Choose the periods to report."))
        if kind.uses_periods and first and last and first.start_date > last.start_date:
            raise ValueError(
                self.tr("The first period comes after the last one: choose them the other way round.")
            )
        services = self.services
        if kind.key == "donor":
            assert first is not None and last is not None
            report_type = str(self.report_type.value())
            start: dt.date = first.start_date
            end: dt.date = last.end_date
            return lambda progress: services.exports.write_donor_report(
                programme_id, start, end, out, report_type=report_type,
                progress=lambda fraction, text: progress.report(int(fraction * 100), 100, text),
                cancel=progress.cancelled,
            )  # fmt: skip
        if kind.key == "template":
            project_code, label = self.project.value(), last.label if last else ""
            language = str(self.template_language.value())
            if not project_code:
                raise ValueError(self.tr("The programme has no project to make a template for."))
            return lambda _progress: DataExchange(services).make_template(project_code, label, out, language)
        if kind.key == "iati":
            return lambda _progress: services.exports.write_iati(programme_id, out)
        if kind.key in ("hxl-reach", "hxl-5w"):
            sheet = "reach" if kind.key == "hxl-reach" else "5w"
            return lambda _progress: services.exports.write_hxl(programme_id, sheet, out)
        code = self.programme_codes.get(programme_id)
        return lambda _progress: DataExchange(services).export_all(out, code)

    def _exported(self, path: Path, result: Any) -> None:
        self._show_written(path, _describe(result))

    def _show_written(self, path: Path | None, detail: str = "") -> None:
        self.last_path = path
        self.open_button.setVisible(path is not None)
        self.folder_button.setVisible(path is not None)
        written = self.tr("Written: <b>{path}</b>").format(path=path) if path else ""
        self.result.setText(written + (f" — {detail}" if path and detail else ""))
        self.status_changed.emit()


def _describe(result: Any) -> str:
    """A line about what was written, from whichever result the service returns."""
    if isinstance(result, dict):  # rows per sheet
        return ", ".join(f"{sheet}: {rows:,}" for sheet, rows in result.items())
    parts = []
    rows = getattr(result, "rows", None)
    if isinstance(rows, int):
        parts.append(QCoreApplication.translate("ReportsPage", "%Ln row(s)", "", rows))
    reached = getattr(result, "people_reached", None)
    if reached is not None:
        parts.append(
            QCoreApplication.translate("ReportsPage", "{count} people reached").format(
                count=QLocale().toString(float(reached), "f", 0)
            )
        )
    return ", ".join(parts)
