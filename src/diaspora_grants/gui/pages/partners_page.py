"""Partners: every organisation with its profile, due diligence and contacts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from ...domain.codes import country_name
from ...domain.enums import OrganisationType
from ...domain.errors import DomainError
from ...services.organisations import ContactInput, ContactView, OrganisationInput, OrganisationView
from .. import interaction
from ..colours import DUE_DILIGENCE_COLOURS, DUE_DILIGENCE_TEXT
from ..dialogs.organisation_dialog import OrganisationDialog
from ..formatting import display_text
from ..models.organisations import OrganisationTableModel
from ..undo import CreateCommand, DeleteCommand, EditCommand, Gateway
from ..widgets.pickers import CountryCombo, EnumCombo
from .base import ListPage, PageContext
from .partner_links import PartnerLinks


class PartnersPage(ListPage):
    title = "Partners"
    noun = "organisation"
    plural = "organisations"
    empty_hint = (
        "No organisations yet.\n\nPress New (Ctrl+N) to add a partner, donor or other organisation, "
        "or load the demo programme from the File menu."
    )

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, OrganisationTableModel(), parent)
        service = context.services.organisations
        self.gateway: Gateway[OrganisationInput, OrganisationView] = Gateway(
            service,
            OrganisationInput,
            "organisation",
            keep=self._keep_contacts,
            restore=self._restore_contacts,
        )
        self.dialog: OrganisationDialog | None = None
        self._build_detail()

    # Filters and rows -----------------------------------------------------------------------

    def filter_widgets(self) -> list[QWidget]:
        self.type_filter = EnumCombo(OrganisationType, none_text="All types")
        self.type_filter.setObjectName("type-filter")
        self.country_filter = CountryCombo(none_text="All countries")
        self.country_filter.setObjectName("country-filter")
        self.type_filter.currentIndexChanged.connect(self.refresh)
        self.country_filter.currentIndexChanged.connect(self.refresh)
        return [self.type_filter, self.country_filter]

    def filters_active(self) -> bool:
        return super().filters_active() or bool(self.type_filter.value() or self.country_filter.value())

    def load_rows(self) -> list[Any]:
        chosen_type = self.type_filter.value()
        return self.services.organisations.find(
            search=self.search.text().strip() or None,
            types=(chosen_type,) if chosen_type else (),
            country=self.country_filter.value(),
        )

    # Detail pane ----------------------------------------------------------------------------

    def _build_detail(self) -> None:
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.detail_title.setWordWrap(True)
        profile = QGroupBox("Profile")
        self.profile = QFormLayout(profile)
        self.profile_labels: dict[str, QLabel] = {}
        for caption in (
            "Type",
            "Headquarters",
            "Origin countries",
            "Operates in",
            "Website",
            "E-mail",
            "Phone",
            "Registration",
            "IATI identifier",
            "Risk rating",
        ):
            self.profile_labels[caption] = self._detail_label()
            self.profile.addRow(caption, self.profile_labels[caption])
        diligence = QGroupBox("Due diligence")
        diligence_form = QFormLayout(diligence)
        self.dd_state = self._detail_label()
        self.dd_dates = self._detail_label()
        diligence_form.addRow("Status", self.dd_state)
        diligence_form.addRow("Cleared / expires", self.dd_dates)
        contacts = QGroupBox("Contacts")
        self.contacts = QListWidget()
        self.contacts.setObjectName("contacts")
        QVBoxLayout(contacts).addWidget(self.contacts)
        self.detail_changed = self._detail_label()
        self.detail_changed.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.detail_title)
        layout.addWidget(profile)
        layout.addWidget(diligence)
        layout.addWidget(contacts, 1)
        self.links = PartnerLinks(self.context, self.detail)
        layout.addWidget(self.links, 2)
        layout.addWidget(self.detail_changed)
        self.show_detail(None)

    def _detail_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_detail(self, row: OrganisationView | None) -> None:
        self.detail.setEnabled(row is not None)
        if row is None:
            self.detail_title.setText("Select an organisation to see its profile")
            for label in (*self.profile_labels.values(), self.dd_state, self.dd_dates, self.detail_changed):
                label.clear()
            self.contacts.clear()
            self.links.show_organisation(None)
            return
        self.links.show_organisation(row)
        self.detail_title.setText(f"{row.name} ({row.acronym})" if row.acronym else row.name)
        values = {
            "Type": row.type,
            "Headquarters": country_name(row.hq_country) if row.hq_country else "",
            "Origin countries": ", ".join(country_name(c) for c in row.origin_countries),
            "Operates in": ", ".join(country_name(c) for c in row.operating_countries),
            "Website": row.website,
            "E-mail": row.email,
            "Phone": row.phone,
            "Registration": row.registration_number,
            "IATI identifier": row.iati_identifier,
            "Risk rating": row.risk_rating or "not rated",
        }
        for caption, value in values.items():
            self.profile_labels[caption].setText(display_text(value) or "—")
        state = DUE_DILIGENCE_TEXT[row.dd_state]
        self.dd_state.setText(f"{row.dd_status.value} — {state}")
        colour = DUE_DILIGENCE_COLOURS.get(row.dd_state)
        self.dd_state.setStyleSheet(f"color: {colour.name()}; font-weight: bold;" if colour else "")
        self.dd_dates.setText(f"{display_text(row.dd_date) or '—'} / {display_text(row.dd_expiry) or '—'}")
        self.detail_changed.setText(
            f"Last changed {display_text(row.updated_at)} by {row.updated_by or 'unknown'}"
        )
        self.contacts.clear()
        try:
            contacts = self.services.organisations.contacts(row.id)
        except DomainError:  # deleted meanwhile; the next refresh drops the row
            contacts = []
        for contact in contacts:
            self.contacts.addItem(_contact_line(contact))
        if not contacts:
            self.contacts.addItem("No contacts recorded")

    def screenshot_states(self) -> list[tuple[str, Callable[[], QWidget | None]]]:
        def edit_first() -> QWidget | None:
            if not self.model.rowCount():
                return None
            self.table.selectRow(0)
            self.edit_selected()
            return self.dialog

        def with_projects() -> None:
            for row in range(self.model.rowCount()):
                view = self.model.row_at(row)
                if view is not None and view.acronym == "SAMS":
                    self.table.selectRow(row)
                    self.links.setCurrentIndex(2)

        return [*super().screenshot_states(), ("-edit", edit_first), ("-projects", with_projects)]

    # Actions --------------------------------------------------------------------------------

    def new_record(self) -> None:
        self._open_dialog(None)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open_dialog(row)

    def _open_dialog(self, existing: OrganisationView | None) -> None:
        self.dialog = OrganisationDialog(self.services.organisations, existing, self)
        dialog = self.dialog
        dialog.saved.connect(lambda view: self._saved(dialog, view))
        dialog.open()

    def _saved(self, dialog: OrganisationDialog, view: OrganisationView) -> None:
        after = self.gateway.input_of(view)
        stack = self.context.undo_stack
        if dialog.existing is None:
            stack.push(
                CreateCommand(
                    self.gateway, after, view, view.name, self.context.ids, self._changed, self._failed
                )
            )
        else:
            before = self.gateway.input_of(dialog.existing)
            stack.push(
                EditCommand(
                    self.gateway,
                    view.id,
                    before,
                    after,
                    view.name,
                    self.context.ids,
                    self._changed,
                    self._failed,
                )
            )
        self._changed(view.id)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        question = (
            f"Delete {row.name}?\n\nIts contacts are deleted with it. "
            "Organisations with applications or projects cannot be deleted. You can undo this (Ctrl+Z)."
        )
        if not interaction.confirm(self, "Delete organisation", question, action="Delete"):
            return
        try:
            kept = self._keep_contacts(row.id)
            self.services.organisations.delete(row.id, expected_version=row.version)
        except DomainError as error:
            interaction.show_error(self, error, title="Could not delete")
            self.refresh()
            return
        data = self.gateway.input_of(row)
        self.context.undo_stack.push(
            DeleteCommand(
                self.gateway, row.id, data, kept, row.name, self.context.ids, self._changed, self._failed
            )
        )
        self._changed(None)

    def _changed(self, record_id: int | None) -> None:
        self.refresh()
        self.select_id(record_id)

    def _failed(self, error: BaseException) -> None:
        interaction.show_error(self, error, title="Could not undo or redo")
        self.refresh()

    def _keep_contacts(self, organisation_id: int) -> list[ContactInput]:
        return [
            ContactInput(name=c.name, role=c.role, email=c.email, phone=c.phone)
            for c in self.services.organisations.contacts(organisation_id)
        ]

    def _restore_contacts(self, organisation_id: int, contacts: list[ContactInput]) -> None:
        for contact in contacts:
            self.services.organisations.add_contact(organisation_id, contact)


def _contact_line(contact: ContactView) -> str:
    parts = [contact.name]
    if contact.role:
        parts.append(contact.role)
    reach = " · ".join(p for p in (contact.email, contact.phone) if p)
    return " — ".join(parts) + (f"  ({reach})" if reach else "")
