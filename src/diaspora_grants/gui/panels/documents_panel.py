"""The documents of a record (an organisation, a call, an application, a project): attach, open,
rename and remove, each undoable (a removed file is kept aside for the session so Undo can bring
it back)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from ...domain.enums import DocumentOwner
from ...services.documents import DocumentView
from .. import desktop, interaction
from ..dialogs.child_dialogs import document_dialog
from ..labels import QT_TRANSLATE_NOOP
from ..models.documents import DocumentTableModel
from ..pages.parts import fit_columns_around
from ..workers import PageReads
from .gateways import DocumentDraft, Documents, session_keep_dir
from .record_panel import RecordPanel

#: One folder per app session for removed files (created on first use).
_KEEP_DIR: list[Path] = []


def _keep_dir() -> Path:
    if not _KEEP_DIR:
        _KEEP_DIR.append(session_keep_dir())
    return _KEEP_DIR[0]


class DocumentsPanel(RecordPanel):
    """The owner given to show_owner is the owner record's view (anything with an ``id``)."""

    noun = QT_TRANSLATE_NOOP("Noun", "document")
    input_type = DocumentDraft

    def __init__(self, context: Any, owner_type: DocumentOwner, parent: QWidget | None = None) -> None:
        super().__init__(context, DocumentTableModel(), parent)
        self.owner_type = owner_type
        fit_columns_around(self.table, DocumentTableModel.COL_NAME)
        self.new_button.setText(self.tr("Attach…"))
        self.attach_button = self.new_button
        self.open_button = self.add_step_button(self.tr("Open"), self.open_document, primary=True)
        self.open_reads = PageReads(self, lambda: [self.open_button])
        self.remove_button = self.delete_button
        self.remove_button.setText(self.tr("Remove…"))
        self.table.doubleClicked.disconnect()
        self.table.doubleClicked.connect(lambda _index: self.open_document())
        self._pending: Path | None = None

    def load_rows(self, owner: Any) -> list[Any]:
        return self.context.services.documents.find(self.owner_type, owner.id)

    def gateway_for(self, owner: Any) -> Documents:
        return Documents(self.context.services, self.owner_type, owner.id, _keep_dir())

    def make_dialog(self, existing: DocumentView | None, defaults: dict[str, Any]) -> Any:
        adapter = self.gateway_for(self.owner)
        pending = self._pending
        attach = (lambda data: adapter.attach(pending, data)) if pending is not None else None
        return document_dialog(adapter, existing, defaults, attach=attach, parent=self)

    def label(self, row: DocumentView) -> str:
        return row.name

    def delete_question(self, row: DocumentView) -> str:
        return self.tr("Remove the document “{name}”?\n\nYou can undo this (Ctrl+Z).").format(name=row.name)

    def steps_of(self, row: DocumentView) -> list[tuple[Any, str | None]]:
        return [(self.open_button, None)]

    def new_record(self) -> None:
        """Choose the file, then name it (the file's name unless changed)."""
        if self.records is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a document"), str(Path.home()))
        if not path:
            return
        self._pending = Path(path)
        try:
            self.records.new({"name": self._pending.name, "sha256": ""})
        finally:
            self._pending = None

    def open_document(self) -> None:
        row = self.selected() or (self.model.row_at(0) if self.model.rowCount() == 1 else None)
        if row is None:
            return
        documents, title = self.context.services.documents, self.tr("Could not open the document")
        self.open_reads.run(
            lambda: documents.path_of(row.id),
            self._open_path,
            failed=lambda error: interaction.show_error(self, error, title=title),
        )

    def _open_path(self, path: Path) -> None:
        if not desktop.open_path(path):
            interaction.inform(
                self, self.tr("Open document"), self.tr("No program could open {path}.").format(path=path)
            )
