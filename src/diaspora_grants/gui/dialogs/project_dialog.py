"""The project form: which programme and partner, where, when, how much."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ...domain.codes import DAC_SECTORS, currency_names
from ...domain.enums import ProjectStatus
from ...services.projects import ProjectInput, ProjectView
from ...services.registry import Services
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
    programmes = ChoiceCombo((f"{p.code} – {p.name}", p.id) for p in services.programmes.find())
    partners = ChoiceCombo((o.name, o.id) for o in services.organisations.find())
    currencies = ChoiceCombo(labelled_choices(currency_names()))
    currencies.setMaxVisibleItems(20)
    dac = ChoiceCombo(((f"{code} – {name}", code) for code, name in DAC_SECTORS.items()), none_text="(none)")
    specs = [
        FieldSpec("code", "Code", RequiredTextField("e.g. LB-SAMS-01"), required=True),
        FieldSpec("title", "Title", RequiredTextField(), required=True),
        FieldSpec("programme_id", "Programme", programmes, required=True, aliases=("programme",)),
        FieldSpec("partner_id", "Partner", partners, required=True, aliases=("partner",)),
        FieldSpec("country", "Country", CountryCombo(), required=True),
        FieldSpec("status", "Status", EnumCombo(ProjectStatus)),
        FieldSpec("grant_amount", "Grant amount", MoneyField(), aliases=("grant amount",)),
        FieldSpec("currency", "Currency", currencies),
        FieldSpec("planned_start", "Planned start", OptionalDateEdit(), aliases=("planned start",)),
        FieldSpec("planned_end", "Planned end", OptionalDateEdit(), aliases=("planned end",)),
        FieldSpec("actual_start", "Actual start", OptionalDateEdit(), aliases=("actual start",)),
        FieldSpec("actual_end", "Actual end", OptionalDateEdit(), aliases=("actual end",)),
        FieldSpec("sector", "Sector", TextField("e.g. health")),
        FieldSpec("dac_code", "DAC sector", dac, aliases=("dac code",)),
        FieldSpec(
            "agreement_number",
            "Agreement number",
            TextField("the grant agreement's own number, e.g. 720BHA22-GA-01"),
            aliases=("agreement number",),
        ),
        FieldSpec("description", "Description", NotesField()),
    ]
    project_defaults = {"currency": "USD", "status": ProjectStatus.PIPELINE, **(defaults or {})}
    return RecordDialog(
        ProjectInput,
        specs,
        noun="project",
        create=services.projects.create,
        update=services.projects.update,
        get=services.projects.get,
        existing=existing,
        defaults=project_defaults,
        label_of=lambda p: p.code,
        parent=parent,
    )
