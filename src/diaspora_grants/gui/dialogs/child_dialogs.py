"""The forms of a project's and an organisation's child records: locations, tranches, reporting
requirements, contacts and documents. Each saves through its adapter (panels.gateways) and marks
the service's problems on its fields, with the same conflict handling as every record form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...services.finance import TrancheInput, TrancheView
from ...services.organisations import ContactInput, ContactView
from ...services.projects import LocationInput, LocationView, ProjectView
from ...services.registry import Services
from ...services.requirements import RequirementInput, RequirementView
from ..iso_names import country_name, currency_names
from ..panels.gateways import Contacts, DocumentDraft, Documents, Locations, Tranches
from ..widgets.admin1 import Admin1CodeLabel, Admin1Picker
from ..widgets.fields import MoneyField, NotesField, NumberField, RequiredTextField, TextField
from ..widgets.pickers import ChoiceCombo, OptionalDateEdit, labelled_choices
from .record_dialog import FieldSpec, RecordDialog


def location_dialog(
    services: Services, project: ProjectView, existing: LocationView | None, parent: QWidget | None = None
) -> RecordDialog:
    adapter = Locations(services, project.id)
    picker = Admin1Picker(project.country)
    picker.setToolTip(
        QCoreApplication.translate(
            "ChildDialogs", "An admin-1 area (governorate, province) of {country}"
        ).format(country=country_name(project.country))
    )
    specs = [
        FieldSpec(
            "name",
            QCoreApplication.translate("ChildDialogs", "Location"),
            picker,
            required=True,
            aliases=("location",),
        ),
        FieldSpec(
            "admin1_code",
            QCoreApplication.translate("ChildDialogs", "Admin-1 area (ISO)"),
            Admin1CodeLabel(picker),
            aliases=("admin-1 area",),
        ),
        FieldSpec(
            "pcode",
            QCoreApplication.translate("ChildDialogs", "P-code"),
            TextField(QCoreApplication.translate("ChildDialogs", "e.g. LB13 (OCHA P-code)")),
            aliases=("p-code",),
        ),
    ]
    return RecordDialog(
        LocationInput,
        specs,
        noun=QCoreApplication.translate("ChildDialogs", "location"),
        create=adapter.create,
        update=adapter.update,
        get=adapter.get,
        existing=existing,
        label_of=lambda location: location.name,
        parent=parent,
    )


def tranche_dialog(
    services: Services,
    project: ProjectView,
    existing: TrancheView | None,
    defaults: dict[str, Any],
    parent: QWidget | None = None,
) -> RecordDialog:
    """The plan of a tranche; approving and paying it are steps of the workflow, not fields."""
    adapter = Tranches(services, project.id)
    currencies = ChoiceCombo(labelled_choices(currency_names()))
    currencies.setMaxVisibleItems(20)
    specs = [
        FieldSpec(
            "number", QCoreApplication.translate("ChildDialogs", "Number"), NumberField(1, 99), required=True
        ),
        FieldSpec(
            "planned_date",
            QCoreApplication.translate("ChildDialogs", "Planned date"),
            OptionalDateEdit(),
            required=True,
            aliases=("planned date",),
        ),
        FieldSpec(
            "planned_amount",
            QCoreApplication.translate("ChildDialogs", "Planned amount"),
            MoneyField(),
            required=True,
            aliases=("planned amount",),
        ),
        FieldSpec("currency", QCoreApplication.translate("ChildDialogs", "Currency"), currencies),
        FieldSpec(
            "condition",
            QCoreApplication.translate("ChildDialogs", "Condition"),
            NotesField(),
            aliases=("condition",),
        ),
    ]
    return RecordDialog(
        TrancheInput,
        specs,
        noun=QCoreApplication.translate("ChildDialogs", "tranche"),
        create=adapter.create,
        update=adapter.update,
        get=adapter.get,
        existing=existing,
        defaults={"currency": project.currency, **defaults},
        label_of=lambda tranche: str(tranche.number),
        parent=parent,
    )


def requirement_dialog(
    services: Services, project: ProjectView, existing: RequirementView | None, parent: QWidget | None = None
) -> RecordDialog:
    specs = [
        FieldSpec(
            "title",
            QCoreApplication.translate("ChildDialogs", "Report"),
            RequiredTextField(QCoreApplication.translate("ChildDialogs", "e.g. Quarterly report 2022-Q3")),
            required=True,
        ),
        FieldSpec(
            "due_date",
            QCoreApplication.translate("ChildDialogs", "Due"),
            OptionalDateEdit(),
            required=True,
            aliases=("due date",),
        ),
        FieldSpec(
            "submitted_on",
            QCoreApplication.translate("ChildDialogs", "Submitted on"),
            OptionalDateEdit(),
            aliases=("submitted on",),
        ),
        FieldSpec(
            "accepted_on",
            QCoreApplication.translate("ChildDialogs", "Accepted on"),
            OptionalDateEdit(),
            aliases=("accepted on",),
        ),
        FieldSpec("notes", QCoreApplication.translate("ChildDialogs", "Notes"), NotesField()),
    ]
    return RecordDialog(
        RequirementInput,
        specs,
        noun=QCoreApplication.translate("ChildDialogs", "reporting requirement"),
        create=services.requirements.create,
        update=services.requirements.update,
        get=services.requirements.get,
        existing=existing,
        defaults={"project_id": project.id},
        label_of=lambda requirement: requirement.title,
        parent=parent,
    )


def contact_dialog(
    services: Services, organisation_id: int, existing: ContactView | None, parent: QWidget | None = None
) -> RecordDialog:
    adapter = Contacts(services, organisation_id)
    email = TextField("name@example.org")
    specs = [
        FieldSpec(
            "name", QCoreApplication.translate("ChildDialogs", "Name"), RequiredTextField(), required=True
        ),
        FieldSpec(
            "role",
            QCoreApplication.translate("ChildDialogs", "Role"),
            TextField(QCoreApplication.translate("ChildDialogs", "e.g. Programme lead")),
        ),
        FieldSpec("email", QCoreApplication.translate("ChildDialogs", "E-mail"), email, aliases=("email",)),
        FieldSpec("phone", QCoreApplication.translate("ChildDialogs", "Phone"), TextField()),
    ]
    return RecordDialog(
        ContactInput,
        specs,
        noun=QCoreApplication.translate("ChildDialogs", "contact"),
        create=adapter.create,
        update=adapter.update,
        get=adapter.get,
        existing=existing,
        label_of=lambda contact: contact.name,
        parent=parent,
    )


def document_dialog(
    adapter: Documents,
    existing: Any,
    defaults: dict[str, Any],
    *,
    attach: Any = None,
    parent: QWidget | None = None,
) -> RecordDialog:
    """The name, kind and date of a document; for a new one, `attach(details)` stores the file."""
    specs = [
        FieldSpec(
            "name", QCoreApplication.translate("ChildDialogs", "Name"), RequiredTextField(), required=True
        ),
        FieldSpec(
            "kind",
            QCoreApplication.translate("ChildDialogs", "Kind"),
            TextField(QCoreApplication.translate("ChildDialogs", "e.g. grant agreement, audit report")),
        ),
        FieldSpec(
            "document_date",
            QCoreApplication.translate("ChildDialogs", "Dated"),
            OptionalDateEdit(),
            aliases=("document date",),
        ),
    ]
    return RecordDialog(
        DocumentDraft,
        specs,
        noun=QCoreApplication.translate("ChildDialogs", "document"),
        create=attach or adapter.create,
        update=adapter.update,
        get=adapter.get,
        existing=existing,
        defaults=defaults,
        label_of=lambda document: document.name,
        parent=parent,
    )
