"""Audit: who changed what and when, read page by page from the database (never all at once)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...services.audit import AuditEntryView
from .. import interaction
from ..formatting import display_text
from ..labels import QT_TRANSLATE_NOOP
from ..models.audit import TABLE_WORDS, AuditTableModel, table_text
from ..models.lazy_model import PageSource
from ..widgets.pickers import ChoiceCombo, OptionalDateEdit
from ..workers import PageReads, run_with_progress_dialog
from .base import ListPage, PageContext


class AuditPage(ListPage):
    title = "Audit"
    noun = QT_TRANSLATE_NOOP("Noun", "change")
    plural = QT_TRANSLATE_NOOP("Noun", "changes")
    empty_hint = QT_TRANSLATE_NOOP(
        "EmptyHint", "No changes recorded yet. Every change made in the app or by an import is listed here."
    )
    supports = frozenset({"search", "export"})

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        self.audit_model = AuditTableModel()
        super().__init__(context, self.audit_model, parent)
        # More entries as the list scrolls, and another order, are read off the GUI thread too.
        self.audit_model.reads = PageReads(self, lambda: [])
        self.search.setPlaceholderText(self.tr("Search records, fields and values (Ctrl+F)"))
        self.table.setSortingEnabled(False)  # newest first, always: sorted by the database
        self.detail_text = QLabel()
        self.detail_text.setWordWrap(True)
        self.detail_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self.detail)
        layout.addWidget(self.detail_text, 1)
        self.splitter.setSizes([1000, 300])

    def filter_widgets(self) -> list[QWidget]:
        self.table_filter = ChoiceCombo(
            ((table_text(t), t) for t in TABLE_WORDS), none_text=self.tr("All tables")
        )
        self.user_filter = QLineEdit()
        self.user_filter.setPlaceholderText(self.tr("User"))
        self.since = OptionalDateEdit(empty_text=self.tr("from any day"))
        self.since.setToolTip(self.tr("From this day"))
        self.until = OptionalDateEdit(empty_text=self.tr("to any day"))
        self.until.setToolTip(self.tr("Up to and including this day"))
        self.table_filter.currentIndexChanged.connect(self.refresh)
        self.user_filter.editingFinished.connect(self.refresh)
        self.since.changed.connect(self.refresh)
        self.until.changed.connect(self.refresh)
        return [self.table_filter, self.user_filter, self.since, self.until]

    def filters(self) -> dict[str, Any]:
        return {
            "table": self.table_filter.value(),
            "user": self.user_filter.text().strip() or None,
            "since": self.since.valid_value(),
            "until": self.until.valid_value(),
            "search": self.search.text().strip() or None,
        }

    def filters_active(self) -> bool:
        return any(v is not None for v in self.filters().values())

    def refresh(self) -> None:
        """Count and read the first page off the GUI thread; the list waits, disabled, meanwhile."""
        self._search_timer.stop()
        audit = self.services.audit
        chosen = self.filters()
        source = PageSource[AuditEntryView](
            count=lambda: audit.count(**chosen),
            page=lambda _order, _desc, limit, offset: audit.find(**chosen, limit=limit, offset=offset),
        )
        self.reads.run(
            self.audit_model.read_first_page(source),
            lambda loaded: self._show_entries(source, loaded),
            failed=self._not_read,
        )

    def _show_entries(self, source: PageSource[AuditEntryView], loaded: tuple[int, list[Any]]) -> None:
        self.audit_model.show_first_page(source, loaded)
        if not self._columns_fitted and self.audit_model.rowCount():
            self.fit_columns(widest=260)

    def is_loading(self) -> bool:
        return super().is_loading() or self.audit_model.is_reading()

    def _not_read(self, error: BaseException) -> None:
        interaction.show_error(self, error, title=self.tr("Could not read the audit trail"))

    def status_text(self) -> str:
        total = self.audit_model.total()
        shown = self.audit_model.rowCount()
        text = self.tr("1 change") if total == 1 else self.tr("%Ln changes", "", total)
        return text + (self.tr(" (%Ln loaded; scroll for more)", "", shown) if shown < total else "")

    def show_detail(self, row: AuditEntryView | None) -> None:
        if row is None:
            self.detail_text.setText(self.tr("Select a change to see it in full."))
            return
        lines = [
            self.tr("<b>{action}</b>: {table} <b>{record}</b>").format(
                action=display_text(row.action),
                table=_html(table_text(row.table_name)),
                record=_html(row.record_name),
            ),
            self.tr("by {user} at {when}").format(user=_html(row.user_name), when=display_text(row.at)),
        ]
        if row.change:
            lines.append("<br>" + "<br>".join(_html(part) for part in row.change.split("; ")))
        if row.reason:
            lines.append(self.tr("<br>Reason: {reason}").format(reason=_html(row.reason)))
        self.detail_text.setText("<br>".join(lines))

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), "audit-trail.csv", "CSV (*.csv)"
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        from ...services.audit import AuditFilter

        chosen = AuditFilter(**self.filters())
        audit = self.services.audit
        run_with_progress_dialog(
            self,
            self.tr("Exporting the audit trail…"),
            lambda _progress: audit.export_csv(path, chosen),
            on_success=lambda written: interaction.inform(
                self,
                self.tr("Audit trail exported"),
                self.tr("%Ln change(s) written to {path}", "", written).format(path=path),
            ),
        )

    def new_record(self) -> None: ...
    def edit_selected(self) -> None: ...
    def delete_selected(self) -> None: ...


def _html(text: str | None) -> str:
    from html import escape

    return escape(text) if text else ""
