"""What hangs off a partner: its documents (attach, open, rename, remove), its applications, its
projects and its contacts."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTabWidget, QWidget

from ...domain.enums import DocumentOwner
from ...services.applications import ApplicationView
from ...services.organisations import OrganisationView
from ...services.projects import ProjectView
from ..formatting import localised, money_text
from ..labels import label_of
from ..panels.contacts_panel import ContactsPanel
from ..panels.documents_panel import DocumentsPanel
from ..workers import PageReads, gather
from .base import PageContext
from .parts import show_every_tab

_ID = Qt.ItemDataRole.UserRole


class PartnerLinks(QTabWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        show_every_tab(self)
        self.context = context
        self.organisation: OrganisationView | None = None
        self.documents_panel = DocumentsPanel(context, DocumentOwner.ORGANISATION, self)
        self.documents_panel.changed.connect(self._count_documents)
        # The panel's parts, by the names the rest of the app and its tests use.
        self.document_model = self.documents_panel.model
        self.documents = self.documents_panel.table
        self.attach_button = self.documents_panel.attach_button
        self.open_button = self.documents_panel.open_button
        self.remove_button = self.documents_panel.remove_button
        self.applications = QListWidget()
        self.applications.setObjectName("partner-applications")
        self.applications.setToolTip(self.tr("Double-click to open the application"))
        self.applications.itemDoubleClicked.connect(self._open_application)
        self.projects = QListWidget()
        self.projects.setObjectName("partner-projects")
        self.projects.setToolTip(self.tr("Double-click to open the project"))
        self.projects.itemDoubleClicked.connect(self._open_project)
        self.addTab(self.documents_panel, self.tr("Documents"))
        self.addTab(self.applications, self.tr("Applications"))
        self.addTab(self.projects, self.tr("Projects"))
        self.contacts = ContactsPanel(context, self)
        self.contacts.setObjectName("contacts")
        self.contacts.changed.connect(self._count_contacts)
        self.addTab(self.contacts, self.tr("Contacts"))
        self.reads = PageReads(self, lambda: [self.applications, self.projects])

    def show_organisation(self, organisation: OrganisationView | None) -> None:
        self.organisation = organisation
        self.applications.clear()
        self.projects.clear()
        self.documents_panel.show_owner(organisation)
        self.contacts.show_owner(organisation)
        self._count_contacts()
        if organisation is None:
            self.reads.drop()
            return
        services, organisation_id = self.context.services, organisation.id
        self.reads.run(
            lambda: gather(
                partial(services.applications.find, organisation_id=organisation_id),
                partial(services.projects.find, partner_id=organisation_id),
            ),
            lambda found: self._show_links(*found),
            failed=lambda _gone: self._show_links([], []),  # deleted meanwhile; the next refresh drops it
        )

    def _show_links(self, applications: list[ApplicationView], projects: list[ProjectView]) -> None:
        for a in applications:
            score = (
                ""
                if a.score is None
                else self.tr(", score {score}").format(score=localised(f"{a.score:.2f}"))
            )
            self._item(
                self.applications, f"{a.call_reference}: {a.title} — {label_of(a.status)}{score}", a.id
            )
        for p in projects:
            grant = money_text(p.grant_amount, p.currency) or self.tr("no grant amount")
            self._item(self.projects, f"{p.code}: {p.title} — {label_of(p.status)}, {grant}", p.id)
        if not applications:
            self.applications.addItem(self.tr("No applications from this organisation"))
        if not projects:
            self.projects.addItem(self.tr("No projects with this organisation"))
        self._count_documents()
        self.setTabText(1, self.tr("Applications ({count})").format(count=len(applications)))
        self.setTabText(2, self.tr("Projects ({count})").format(count=len(projects)))

    def _count_contacts(self) -> None:
        self.setTabText(3, self.tr("Contacts ({count})").format(count=self.contacts.model.rowCount()))

    def _count_documents(self) -> None:
        self.setTabText(0, self.tr("Documents ({count})").format(count=self.document_model.rowCount()))

    def _item(self, widget: QListWidget, text: str, record_id: int) -> None:
        item = QListWidgetItem(text, widget)
        item.setData(_ID, record_id)
        item.setToolTip(text)

    # Links to other pages ---------------------------------------------------------------------

    def _open_application(self, item: QListWidgetItem) -> None:
        if item.data(_ID) is not None:
            self.context.show_record("applications", int(item.data(_ID)))

    def _open_project(self, item: QListWidgetItem) -> None:
        if item.data(_ID) is not None:
            self.context.show_record("projects", int(item.data(_ID)))
