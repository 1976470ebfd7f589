"""What hangs off a partner: its documents (attach, open), its applications and its projects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import DocumentOwner
from ...domain.errors import DomainError
from ...services.organisations import OrganisationView
from .. import desktop, interaction
from ..formatting import money_text
from ..labels import label_of
from ..models.documents import DocumentTableModel
from .base import PageContext
from .parts import fit_columns_around, record_table

_ID = Qt.ItemDataRole.UserRole


class PartnerLinks(QTabWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation: OrganisationView | None = None
        self.document_model = DocumentTableModel(self)
        self.documents = record_table(self.document_model, "documents")
        fit_columns_around(self.documents, DocumentTableModel.COL_NAME)
        self.documents.doubleClicked.connect(lambda _i: self.open_document())
        self.attach_button = QPushButton("Attach…")
        self.open_button = QPushButton("Open")
        self.remove_button = QPushButton("Remove")
        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_document)
        self.remove_button.clicked.connect(self.remove_document)
        documents_tab = QWidget()
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        documents_layout = QVBoxLayout(documents_tab)
        documents_layout.setContentsMargins(4, 4, 4, 4)
        documents_layout.addWidget(self.documents, 1)
        documents_layout.addLayout(buttons)
        self.applications = QListWidget()
        self.applications.setObjectName("partner-applications")
        self.applications.setToolTip("Double-click to open the application")
        self.applications.itemDoubleClicked.connect(self._open_application)
        self.projects = QListWidget()
        self.projects.setObjectName("partner-projects")
        self.projects.setToolTip("Double-click to open the project")
        self.projects.itemDoubleClicked.connect(self._open_project)
        self.addTab(documents_tab, "Documents")
        self.addTab(self.applications, "Applications")
        self.addTab(self.projects, "Projects")

    def show_organisation(self, organisation: OrganisationView | None) -> None:
        self.organisation = organisation
        self.applications.clear()
        self.projects.clear()
        if organisation is None:
            self.document_model.set_rows([])
            self._update_buttons()
            return
        services = self.context.services
        try:
            documents = services.documents.find(DocumentOwner.ORGANISATION, organisation.id)
            applications = services.applications.find(organisation_id=organisation.id)
            projects = services.projects.find(partner_id=organisation.id)
        except DomainError:  # deleted meanwhile; the next refresh drops it
            documents, applications, projects = [], [], []
        self.document_model.set_rows(documents)
        for a in applications:
            score = "" if a.score is None else f", score {a.score:.2f}"
            self._item(
                self.applications, f"{a.call_reference}: {a.title} — {label_of(a.status)}{score}", a.id
            )
        for p in projects:
            grant = money_text(p.grant_amount, p.currency) or "no grant amount"
            self._item(self.projects, f"{p.code}: {p.title} — {label_of(p.status)}, {grant}", p.id)
        if not applications:
            self.applications.addItem("No applications from this organisation")
        if not projects:
            self.projects.addItem("No projects with this organisation")
        self.setTabText(0, f"Documents ({len(documents)})")
        self.setTabText(1, f"Applications ({len(applications)})")
        self.setTabText(2, f"Projects ({len(projects)})")
        self._update_buttons()

    def _item(self, widget: QListWidget, text: str, record_id: int) -> None:
        item = QListWidgetItem(text, widget)
        item.setData(_ID, record_id)
        item.setToolTip(text)

    def _update_buttons(self) -> None:
        has = self.organisation is not None
        self.attach_button.setEnabled(has)
        self.open_button.setEnabled(has and self.document_model.rowCount() > 0)
        self.remove_button.setEnabled(has and self.document_model.rowCount() > 0)

    # Documents ------------------------------------------------------------------------------

    def attach(self) -> None:
        organisation = self.organisation
        if organisation is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, f"Attach a document to {organisation.name}", str(Path.home())
        )
        if not path:
            return
        try:
            self.context.services.documents.attach(DocumentOwner.ORGANISATION, organisation.id, Path(path))
        except DomainError as error:
            interaction.show_error(self, error, title="Could not attach the document")
            return
        self.show_organisation(organisation)

    def selected_document_id(self) -> int | None:
        index = self.documents.currentIndex()
        if not index.isValid() and self.document_model.rowCount() == 1:
            index = self.document_model.index(0, 0)
        row = self.document_model.row_at(index.row()) if index.isValid() else None
        return row.id if row is not None else None

    def open_document(self) -> None:
        document_id = self.selected_document_id()
        if document_id is None:
            return
        try:
            path = self.context.services.documents.path_of(document_id)
        except DomainError as error:
            interaction.show_error(self, error, title="Could not open the document")
            return
        if not desktop.open_path(path):
            interaction.inform(self, "Open document", f"No program could open {path}.")

    def remove_document(self) -> None:
        document_id = self.selected_document_id()
        if document_id is None or self.organisation is None:
            return
        document = self.context.services.documents.get(document_id)
        question = f"Remove the document '{document.name}' from {self.organisation.name}?"
        if not interaction.confirm(self, "Remove document", question, action="Remove"):
            return
        try:
            self.context.services.documents.delete(document_id, expected_version=document.version)
        except DomainError as error:
            interaction.show_error(self, error, title="Could not remove the document")
        self.show_organisation(self.organisation)

    # Links to other pages ---------------------------------------------------------------------

    def _open_application(self, item: QListWidgetItem) -> None:
        if item.data(_ID) is not None:
            self.context.show_record("applications", int(item.data(_ID)))

    def _open_project(self, item: QListWidgetItem) -> None:
        if item.data(_ID) is not None:
            self.context.show_record("projects", int(item.data(_ID)))
