"""The programme form: the award it stands for, its dates, and how its results are broken down."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain.codes import currency_names
from ...domain.enums import DEFAULT_AGE_BANDS, DEFAULT_POPULATION_GROUPS, OverlapRule
from ...services.programmes import ProgrammeInput, ProgrammeView
from ...services.registry import Services
from ..widgets.fields import NotesField, RequiredTextField, TextField
from ..widgets.list_fields import TextListField
from ..widgets.pickers import ChoiceCombo, EnumCombo, OptionalDateEdit, labelled_choices
from .record_dialog import FieldSpec, RecordDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("ProgrammeDialog", text)


def programme_dialog(
    services: Services,
    existing: ProgrammeView | None = None,
    *,
    defaults: dict[str, Any] | None = None,
    parent: QWidget | None = None,
) -> RecordDialog:
    return RecordDialog(
        ProgrammeInput,
        _programme_specs(services),
        noun=_t("programme"),
        create=services.programmes.create,
        update=services.programmes.update,
        get=services.programmes.get,
        existing=existing,
        defaults={
            "currency": "USD",
            "overlap_rule": OverlapRule.MAX_PER_LOCATION,
            "age_bands": DEFAULT_AGE_BANDS,
            "population_groups": DEFAULT_POPULATION_GROUPS,
            **(defaults or {}),
        },
        label_of=lambda programme: programme.code,
        parent=parent,
    )


def _programme_specs(services: Services) -> list[FieldSpec]:
    organisations = [(o.name, o.id) for o in services.organisations.find()]
    currencies = ChoiceCombo(labelled_choices(currency_names()))
    currencies.setMaxVisibleItems(20)
    return [
        FieldSpec("code", _t("Code"), RequiredTextField(_t("e.g. BHA-2022")), required=True),
        FieldSpec("name", _t("Name"), RequiredTextField(), required=True),
        FieldSpec(
            "donor_id", _t("Donor"), ChoiceCombo(organisations, none_text=_t("(none)")), aliases=("donor",)
        ),
        FieldSpec(
            "reporting_org_id",
            _t("Reporting organisation"),
            ChoiceCombo(organisations, none_text=_t("(none)")),
            aliases=("reporting organisation",),
        ),
        FieldSpec(
            "award_number",
            _t("Award number"),
            TextField(_t("the donor's number, e.g. 720BHA22GR00123")),
            aliases=("award number",),
        ),
        FieldSpec("currency", _t("Currency"), currencies),
        FieldSpec("start_date", _t("Start"), OptionalDateEdit(), required=True, aliases=("start",)),
        FieldSpec("end_date", _t("End"), OptionalDateEdit(), required=True, aliases=("end",)),
        FieldSpec("overlap_rule", _t("Overlap rule"), EnumCombo(OverlapRule)),
        FieldSpec(
            "age_bands",
            _t("Age bands"),
            TextListField(_t("separated by commas, e.g. 0-17, 18-59, 60+")),
            required=True,
            aliases=("age bands",),
        ),
        FieldSpec(
            "population_groups",
            _t("Population groups"),
            TextListField(_t("separated by commas, e.g. host community, refugees")),
            required=True,
            aliases=("population groups",),
        ),
        FieldSpec(
            "sdg_goals", _t("SDG goals"), TextListField(_t("e.g. 3, 10")), aliases=("sdg goals", "sdg")
        ),
        FieldSpec("description", _t("Description"), NotesField()),
    ]
