"""The project form: which programme and partner, where, when, how much."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain.codes import DAC_SECTORS
from ...domain.enums import ProjectStatus
from ...services.projects import ProjectInput, ProjectView
from ...services.registry import Services
from ..iso_names import currency_names
from ..widgets.fields import MoneyField, NotesField, RequiredTextField, TextField
from ..widgets.pickers import ChoiceCombo, CountryCombo, EnumCombo, OptionalDateEdit, labelled_choices
from .record_dialog import FieldSpec, RecordDialog


def project_dialog(
    services: Services,
    existing: ProjectView | None = None,
    *,
    defaults: dict[str, Any] | None = None,
    parent: QWidget | None = None,
) -> RecordDialog:
    project_defaults = {"currency": "USD", "status": ProjectStatus.PIPELINE, **(defaults or {})}
    return RecordDialog(
        ProjectInput,
        [*_project_fields(services), *_schedule_fields()],
        noun=QCoreApplication.translate("ProjectDialog", "project"),
        create=services.projects.create,
        update=services.projects.update,
        get=services.projects.get,
        existing=existing,
        defaults=project_defaults,
        label_of=lambda p: p.code,
        parent=parent,
    )


def _project_fields(services: Services) -> list[FieldSpec]:
    """What the project is and who carries it out."""
    programmes = ChoiceCombo(
        lambda: ((f"{p.code} – {p.name}", p.id) for p in services.programmes.find()), deferred=True
    )
    partners = ChoiceCombo(lambda: ((o.name, o.id) for o in services.organisations.find()), deferred=True)
    currencies = ChoiceCombo(labelled_choices(currency_names()))
    currencies.setMaxVisibleItems(20)
    return [
        FieldSpec(
            "code",
            QCoreApplication.translate("ProjectDialog", "Code"),
            RequiredTextField(QCoreApplication.translate("ProjectDialog", "e.g. LB-SAMS-01")),
            required=True,
        ),
        FieldSpec(
            "title", QCoreApplication.translate("ProjectDialog", "Title"), RequiredTextField(), required=True
        ),
        FieldSpec(
            "programme_id",
            QCoreApplication.translate("ProjectDialog", "Programme"),
            programmes,
            required=True,
            aliases=("programme",),
        ),
        FieldSpec(
            "partner_id",
            QCoreApplication.translate("ProjectDialog", "Partner"),
            partners,
            required=True,
            aliases=("partner",),
        ),
        FieldSpec(
            "country", QCoreApplication.translate("ProjectDialog", "Country"), CountryCombo(), required=True
        ),
        FieldSpec("status", QCoreApplication.translate("ProjectDialog", "Status"), EnumCombo(ProjectStatus)),
        FieldSpec(
            "grant_amount",
            QCoreApplication.translate("ProjectDialog", "Grant amount"),
            MoneyField(),
            aliases=("grant amount",),
        ),
        FieldSpec("currency", QCoreApplication.translate("ProjectDialog", "Currency"), currencies),
    ]


def _schedule_fields() -> list[FieldSpec]:
    """When it runs and how it is classified."""
    dac = ChoiceCombo(
        ((f"{code} – {name}", code) for code, name in DAC_SECTORS.items()),
        none_text=QCoreApplication.translate("ProjectDialog", "(none)"),
    )
    return [
        FieldSpec(
            "planned_start",
            QCoreApplication.translate("ProjectDialog", "Planned start"),
            OptionalDateEdit(),
            aliases=("planned start",),
        ),
        FieldSpec(
            "planned_end",
            QCoreApplication.translate("ProjectDialog", "Planned end"),
            OptionalDateEdit(),
            aliases=("planned end",),
        ),
        FieldSpec(
            "actual_start",
            QCoreApplication.translate("ProjectDialog", "Actual start"),
            OptionalDateEdit(),
            aliases=("actual start",),
        ),
        FieldSpec(
            "actual_end",
            QCoreApplication.translate("ProjectDialog", "Actual end"),
            OptionalDateEdit(),
            aliases=("actual end",),
        ),
        FieldSpec(
            "sector",
            QCoreApplication.translate("ProjectDialog", "Sector"),
            TextField(QCoreApplication.translate("ProjectDialog", "e.g. health")),
        ),
        FieldSpec(
            "dac_code", QCoreApplication.translate("ProjectDialog", "DAC sector"), dac, aliases=("dac code",)
        ),
        FieldSpec(
            "agreement_number",
            QCoreApplication.translate("ProjectDialog", "Agreement number"),
            TextField(
                QCoreApplication.translate(
                    "ProjectDialog", "the grant agreement's own number, e.g. 720BHA22-GA-01"
                )
            ),
            aliases=("agreement number",),
        ),
        FieldSpec("description", QCoreApplication.translate("ProjectDialog", "Description"), NotesField()),
    ]
