"""An organisation's contacts: name, role, e-mail, phone."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ...services.organisations import ContactInput, ContactView, OrganisationView
from ..dialogs.child_dialogs import contact_dialog
from ..labels import QT_TRANSLATE_NOOP
from ..models.organisations import ContactTableModel
from ..pages.parts import fit_columns_around
from .gateways import Contacts
from .record_panel import RecordPanel


class ContactsPanel(RecordPanel):
    noun = QT_TRANSLATE_NOOP("Noun", "contact")
    input_type = ContactInput

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, ContactTableModel(), parent)
        fit_columns_around(self.table, ContactTableModel.COL_EMAIL)

    def load_rows(self, owner: OrganisationView) -> list[Any]:
        return self.context.services.organisations.contacts(owner.id)

    def gateway_for(self, owner: OrganisationView) -> Contacts:
        return Contacts(self.context.services, owner.id)

    def make_dialog(self, existing: ContactView | None, _defaults: dict[str, Any]) -> Any:
        return contact_dialog(self.context.services, self.owner.id, existing, self)

    def label(self, row: ContactView) -> str:
        return row.name
