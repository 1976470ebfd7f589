"""The programme form: the award it stands for, its dates, and how its results are broken down."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain.enums import DEFAULT_AGE_BANDS, DEFAULT_POPULATION_GROUPS, OverlapRule
from ...services.programmes import ProgrammeInput, ProgrammeView
from ...services.registry import Services
from ..iso_names import currency_names
from ..widgets.fields import NotesField, RequiredTextField, TextField
from ..widgets.list_fields import TextListField
from ..widgets.pickers import ChoiceCombo, EnumCombo, OptionalDateEdit, labelled_choices
from .record_dialog import FieldSpec, RecordDialog

#: Called by this name so that lupdate finds each text where it is written.
translate = QCoreApplication.translate


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
        noun=translate("ProgrammeDialog", "programme"),
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
    def organisations() -> list[tuple[str, int]]:  # read off the GUI thread by the dialog
        return [(o.name, o.id) for o in services.organisations.find()]

    currencies = ChoiceCombo(labelled_choices(currency_names()))
    currencies.setMaxVisibleItems(20)
    return [*_who_specs(organisations, currencies), *_frame_specs()]


def _who_specs(
    organisations: Callable[[], list[tuple[str, int]]], currencies: ChoiceCombo
) -> list[FieldSpec]:
    """The programme, its donor and its money."""
    return [
        FieldSpec(
            "code",
            translate("ProgrammeDialog", "Code"),
            RequiredTextField(translate("ProgrammeDialog", "e.g. BHA-2022")),
            required=True,
        ),
        FieldSpec("name", translate("ProgrammeDialog", "Name"), RequiredTextField(), required=True),
        FieldSpec(
            "donor_id",
            translate("ProgrammeDialog", "Donor"),
            ChoiceCombo(organisations, none_text=translate("ProgrammeDialog", "(none)"), deferred=True),
            aliases=("donor",),
        ),
        FieldSpec(
            "reporting_org_id",
            translate("ProgrammeDialog", "Reporting organisation"),
            ChoiceCombo(organisations, none_text=translate("ProgrammeDialog", "(none)"), deferred=True),
            aliases=("reporting organisation",),
        ),
        FieldSpec(
            "award_number",
            translate("ProgrammeDialog", "Award number"),
            TextField(translate("ProgrammeDialog", "the donor's number, e.g. 720BHA22GR00123")),
            aliases=("award number",),
        ),
        FieldSpec("currency", translate("ProgrammeDialog", "Currency"), currencies),
    ]


def _frame_specs() -> list[FieldSpec]:
    """Its dates and what frames its results: overlap rule, age bands, groups, goals."""
    return [
        FieldSpec(
            "start_date",
            translate("ProgrammeDialog", "Start"),
            OptionalDateEdit(),
            required=True,
            aliases=("start",),
        ),
        FieldSpec(
            "end_date",
            translate("ProgrammeDialog", "End"),
            OptionalDateEdit(),
            required=True,
            aliases=("end",),
        ),
        FieldSpec(
            "overlap_rule",
            translate("ProgrammeDialog", "Overlap rule"),
            EnumCombo(OverlapRule),
        ),
        FieldSpec(
            "age_bands",
            translate("ProgrammeDialog", "Age bands"),
            TextListField(translate("ProgrammeDialog", "separated by commas, e.g. 0-17, 18-59, 60+")),
            required=True,
            aliases=("age bands",),
        ),
        FieldSpec(
            "population_groups",
            translate("ProgrammeDialog", "Population groups"),
            TextListField(translate("ProgrammeDialog", "separated by commas, e.g. host community, refugees")),
            required=True,
            aliases=("population groups",),
        ),
        FieldSpec(
            "sdg_goals",
            translate("ProgrammeDialog", "SDG goals"),
            TextListField(translate("ProgrammeDialog", "e.g. 3, 10")),
            aliases=("sdg goals", "sdg"),
        ),
        FieldSpec("description", translate("ProgrammeDialog", "Description"), NotesField()),
    ]
