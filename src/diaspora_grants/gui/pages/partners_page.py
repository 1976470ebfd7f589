"""Partners: every organisation with its profile, due diligence and contacts."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from ...domain.enums import OrganisationType
from ...services.organisations import ContactInput, OrganisationInput, OrganisationView
from ..colours import DUE_DILIGENCE_COLOURS, DUE_DILIGENCE_TEXT
from ..dialogs.organisation_dialog import OrganisationDialog
from ..formatting import display_text
from ..iso_names import country_name
from ..labels import QT_TRANSLATE_NOOP, label_of
from ..models.organisations import OrganisationTableModel
from ..undo import Gateway
from ..widgets.pickers import CountryCombo, EnumCombo
from .base import FilterCombo, ListPage, PageContext
from .partner_links import PartnerLinks
from .parts import fact_label, fact_labels


class PartnersPage(ListPage):
    title = "Partners"
    noun = QT_TRANSLATE_NOOP("Noun", "organisation")
    plural = QT_TRANSLATE_NOOP("Noun", "organisations")
    empty_hint = QT_TRANSLATE_NOOP(
        "EmptyHint",
        "No organisations yet.\n\nPress New (Ctrl+N) to add a partner, donor or other organisation, "
        "or load the demo programme from the File menu.",
    )

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, OrganisationTableModel(), parent)
        gateway = Gateway[OrganisationInput, OrganisationView](
            context.services.organisations,
            OrganisationInput,
            "organisation",
            keep=self._keep_contacts,
            restore=self._restore_contacts,
        )
        self.records = self.record_actions(
            gateway,
            dialog=lambda existing, _defaults: OrganisationDialog(
                self.services.organisations, existing, self
            ),
            label=lambda organisation: organisation.name,
            delete_question=lambda organisation: self.tr(
                "Delete {name}?\n\nIts contacts are deleted with it. Organisations with applications or "
                "projects cannot be deleted. You can undo this (Ctrl+Z)."
            ).format(name=organisation.name),
        )

    # Filters and rows -----------------------------------------------------------------------

    def filter_combos(self) -> list[FilterCombo]:
        self.type_filter = EnumCombo(OrganisationType, none_text=self.tr("All types"))
        self.type_filter.setObjectName("type-filter")
        self.country_filter = CountryCombo(none_text=self.tr("All countries"))
        self.country_filter.setObjectName("country-filter")
        return [self.type_filter, self.country_filter]

    def rows_reader(self) -> Callable[[], list[Any]]:
        chosen_type = self.type_filter.value()
        return partial(
            self.services.organisations.find,
            search=self.search_text(),
            types=(chosen_type,) if chosen_type else (),
            country=self.country_filter.value(),
        )

    # Detail pane ----------------------------------------------------------------------------

    def build_detail(self) -> None:
        layout = self.detail_column()
        profile = QGroupBox(self.tr("Profile"))
        self.profile = QFormLayout(profile)
        captions = (
            QT_TRANSLATE_NOOP("Facts", "Type"),
            QT_TRANSLATE_NOOP("Facts", "Headquarters"),
            QT_TRANSLATE_NOOP("Facts", "Origin countries"),
            QT_TRANSLATE_NOOP("Facts", "Operates in"),
            QT_TRANSLATE_NOOP("Facts", "Website"),
            QT_TRANSLATE_NOOP("Facts", "E-mail"),
            QT_TRANSLATE_NOOP("Facts", "Phone"),
            QT_TRANSLATE_NOOP("Facts", "Registration"),
            QT_TRANSLATE_NOOP("Facts", "IATI identifier"),
            QT_TRANSLATE_NOOP("Facts", "Risk rating"),
        )
        self.profile_labels = fact_labels(self.profile, captions)
        diligence = QGroupBox(self.tr("Due diligence"))
        diligence_form = QFormLayout(diligence)
        self.dd_state = fact_label()
        self.dd_dates = fact_label()
        diligence_form.addRow(self.tr("Status"), self.dd_state)
        diligence_form.addRow(self.tr("Cleared / expires"), self.dd_dates)
        self.detail_changed = fact_label()
        self.detail_changed.setStyleSheet("color: #666;")
        layout.addWidget(profile)
        layout.addWidget(diligence)
        self.links = PartnerLinks(self.context, self.detail)
        self.contacts = self.links.contacts
        layout.addWidget(self.links, 2)
        layout.addWidget(self.detail_changed)
        self.show_detail(None)

    def show_detail(self, row: OrganisationView | None) -> None:
        self.detail.setEnabled(row is not None)
        if row is None:
            self.detail_title.setText(self.tr("Select an organisation to see its profile"))
            for label in (*self.profile_labels.values(), self.dd_state, self.dd_dates, self.detail_changed):
                label.clear()
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
            "Risk rating": row.risk_rating or self.tr("not rated"),
        }
        for caption, value in values.items():
            self.profile_labels[caption].setText(display_text(value) or "—")
        state = QCoreApplication.translate("DueDiligence", DUE_DILIGENCE_TEXT[row.dd_state])
        self.dd_state.setText(f"{label_of(row.dd_status)} — {state}")
        colour = DUE_DILIGENCE_COLOURS.get(row.dd_state)
        self.dd_state.setStyleSheet(f"color: {colour.name()}; font-weight: bold;" if colour else "")
        self.dd_dates.setText(f"{display_text(row.dd_date) or '—'} / {display_text(row.dd_expiry) or '—'}")
        self.detail_changed.setText(
            self.tr("Last changed {when} by {who}").format(
                when=display_text(row.updated_at), who=row.updated_by or self.tr("unknown")
            )
        )

    def screenshot_states(self) -> list[tuple[str, Callable[[], QWidget | None]]]:
        def with_projects() -> None:
            for row in range(self.model.rowCount()):
                view = self.model.row_at(row)
                if view is not None and view.acronym == "SAMS":
                    self.table.selectRow(row)
                    self.links.setCurrentIndex(2)

        def contact() -> QWidget | None:
            if self.model.rowCount():
                self.table.selectRow(0)
            self.links.setCurrentWidget(self.contacts)
            return self.contacts.editing_first()  # type: ignore[no-any-return]

        return [
            *super().screenshot_states(),
            ("-edit", self.editing_first_row),
            ("-projects", with_projects),
            ("-contact", contact),
        ]

    # Contacts go with a deletion and come back with its undo ------------------------------

    def _keep_contacts(self, organisation_id: int) -> list[ContactInput]:
        return [
            ContactInput(name=c.name, role=c.role, email=c.email, phone=c.phone)
            for c in self.services.organisations.contacts(organisation_id)
        ]

    def _restore_contacts(self, organisation_id: int, contacts: list[ContactInput]) -> None:
        for contact in contacts:
            self.services.organisations.add_contact(organisation_id, contact)
