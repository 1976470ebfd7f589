"""The forms of a programme's indicators, reporting periods and targets. Each saves through its
adapter (panels.programme_gateways) and shows what the service refuses inside the form: a field's
problem under the field, any other refusal (results outside the age bands left) above it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain.enums import Counting, Direction, Measure, Reach, ResultLevel
from ...domain.errors import DomainError
from ...services.indicators import IndicatorView
from ...services.periods import PeriodView
from ...services.programmes import ProgrammeView
from ...services.registry import Services
from ..iso_names import currency_names
from ..panels.programme_gateways import IndicatorDraft, Indicators, PeriodDraft, Periods, TargetDraft, Targets
from ..widgets.fields import MoneyField, NotesField, RequiredTextField, TextField
from ..widgets.list_fields import BandChecks, CheckField
from ..widgets.pickers import ChoiceCombo, EnumCombo, OptionalDateEdit, labelled_choices
from .record_dialog import FieldSpec, RecordDialog

#: Called by this name so that lupdate finds each text where it is written.
translate = QCoreApplication.translate


class InlineRecordDialog(RecordDialog):
    """A record form that says a refusal above its fields, where the person is looking, and stays
    open so they can change what was refused."""

    def refused(self, error: DomainError) -> None:
        self.general_problem.setText(error.message)
        self.general_problem.show()


def _indicator_specs(programme: ProgrammeView) -> list[FieldSpec]:
    unit_currency = ChoiceCombo(
        labelled_choices(currency_names()),
        none_text=translate("ProgrammeChildren", "(none)"),
    )
    unit_currency.setMaxVisibleItems(20)
    bands = BandChecks(programme.age_bands)
    bands.setToolTip(
        translate(
            "ProgrammeChildren", "The age bands its results may use; all checked: every band of the programme"
        )
    )
    return [*_indicator_kind_specs(), *_indicator_value_specs(bands, unit_currency)]


def _indicator_kind_specs() -> list[FieldSpec]:
    """What the indicator is: its code, name, unit and how it is counted."""
    return [
        FieldSpec(
            "code",
            translate("ProgrammeChildren", "Code"),
            RequiredTextField(translate("ProgrammeChildren", "e.g. BHA-1")),
            required=True,
        ),
        FieldSpec(
            "name",
            translate("ProgrammeChildren", "Name"),
            RequiredTextField(),
            required=True,
        ),
        FieldSpec(
            "unit",
            translate("ProgrammeChildren", "Unit"),
            TextField(translate("ProgrammeChildren", "e.g. people, points, %")),
        ),
        FieldSpec("measure", translate("ProgrammeChildren", "Measure"), EnumCombo(Measure)),
        FieldSpec(
            "result_level",
            translate("ProgrammeChildren", "Result level"),
            EnumCombo(ResultLevel),
            aliases=("result level",),
        ),
        FieldSpec("counting", translate("ProgrammeChildren", "Counting"), EnumCombo(Counting)),
        FieldSpec("reach", translate("ProgrammeChildren", "Reach"), EnumCombo(Reach)),
        FieldSpec("direction", translate("ProgrammeChildren", "Direction"), EnumCombo(Direction)),
    ]


def _indicator_value_specs(bands: BandChecks, unit_currency: ChoiceCombo) -> list[FieldSpec]:
    """Where it starts, where it should end, what a unit is worth and how it is checked."""
    return [
        FieldSpec(
            "baseline_value",
            translate("ProgrammeChildren", "Baseline"),
            MoneyField(),
            aliases=("baseline value",),
        ),
        FieldSpec(
            "baseline_date",
            translate("ProgrammeChildren", "Baseline date"),
            OptionalDateEdit(),
            aliases=("baseline date",),
        ),
        FieldSpec(
            "loa_target",
            translate("ProgrammeChildren", "LoA target"),
            MoneyField(),
            aliases=("life-of-award target",),
        ),
        FieldSpec(
            "disaggregated",
            translate("ProgrammeChildren", "Disaggregated"),
            CheckField(translate("ProgrammeChildren", "by place, group, sex and age")),
        ),
        FieldSpec(
            "age_bands",
            translate("ProgrammeChildren", "Age bands"),
            bands,
            aliases=("age bands",),
        ),
        FieldSpec(
            "unit_value",
            translate("ProgrammeChildren", "A unit is worth"),
            MoneyField(),
            aliases=("unit value",),
        ),
        FieldSpec(
            "unit_value_currency",
            translate("ProgrammeChildren", "in currency"),
            unit_currency,
            aliases=("currency",),
        ),
        FieldSpec(
            "sector",
            translate("ProgrammeChildren", "Sector"),
            TextField(translate("ProgrammeChildren", "e.g. health")),
        ),
        FieldSpec("definition", translate("ProgrammeChildren", "Definition"), NotesField()),
        FieldSpec(
            "means_of_verification",
            translate("ProgrammeChildren", "Means of verification"),
            NotesField(),
            aliases=("means of verification",),
        ),
    ]


def indicator_dialog(
    services: Services,
    programme: ProgrammeView,
    existing: IndicatorView | None,
    parent: QWidget | None = None,
) -> RecordDialog:
    adapter = Indicators(services, programme.id)
    return InlineRecordDialog(
        IndicatorDraft,
        _indicator_specs(programme),
        noun=translate("ProgrammeChildren", "indicator"),
        create=adapter.create,
        update=adapter.update,
        get=adapter.get,
        existing=existing,
        defaults={
            "measure": Measure.NUMBER,
            "result_level": ResultLevel.OUTPUT,
            "counting": Counting.NON_CUMULATIVE,
            "reach": Reach.NONE,
            "direction": Direction.INCREASE,
            "disaggregated": True,
        },
        label_of=lambda indicator: indicator.code,
        parent=parent,
    )


def period_dialog(
    services: Services,
    programme: ProgrammeView,
    existing: PeriodView | None,
    parent: QWidget | None = None,
) -> RecordDialog:
    """A reporting period's label and dates; locking it is a step of the Results page."""
    adapter = Periods(services, programme.id)
    specs = [
        FieldSpec(
            "label",
            translate("ProgrammeChildren", "Label"),
            RequiredTextField(translate("ProgrammeChildren", "e.g. 2022-H1")),
            required=True,
        ),
        FieldSpec(
            "start_date",
            translate("ProgrammeChildren", "Start"),
            OptionalDateEdit(),
            required=True,
            aliases=("start",),
        ),
        FieldSpec(
            "end_date",
            translate("ProgrammeChildren", "End"),
            OptionalDateEdit(),
            required=True,
            aliases=("end",),
        ),
    ]
    return InlineRecordDialog(
        PeriodDraft,
        specs,
        noun=translate("ProgrammeChildren", "reporting period"),
        create=adapter.create,
        update=adapter.update,
        get=adapter.get,
        existing=existing,
        label_of=lambda period: period.label,
        parent=parent,
    )


def target_dialog(
    services: Services,
    programme: ProgrammeView,
    existing: Any,
    choices: tuple[Sequence[tuple[str, int]], Sequence[tuple[str, int]], Sequence[tuple[str, int]]],
    parent: QWidget | None = None,
) -> RecordDialog:
    """A target of an indicator for a project (or the whole programme) and a period (or the life of
    the award). `choices` are the programme's indicators, projects and periods as (text, id)."""
    adapter = Targets(services, programme.id)
    indicators, projects, periods = choices
    scope = [
        FieldSpec(
            "indicator_id",
            translate("ProgrammeChildren", "Indicator"),
            ChoiceCombo(indicators),
            required=True,
            aliases=("indicator",),
        ),
        FieldSpec(
            "project_id",
            translate("ProgrammeChildren", "Project"),
            ChoiceCombo(projects, none_text=translate("ProgrammeChildren", "(whole programme)")),
            aliases=("project",),
        ),
        FieldSpec(
            "period_id",
            translate("ProgrammeChildren", "Period"),
            ChoiceCombo(periods, none_text=translate("ProgrammeChildren", "(life of award)")),
            aliases=("period",),
        ),
    ]
    for spec in scope:  # an edit changes the value; another scope is another target
        spec.widget.setEnabled(existing is None)
    dialog = InlineRecordDialog(
        TargetDraft,
        [
            *scope,
            FieldSpec(
                "value",
                translate("ProgrammeChildren", "Target"),
                MoneyField(),
                required=True,
                aliases=("target",),
            ),
        ],
        noun=translate("ProgrammeChildren", "target"),
        create=adapter.create,
        update=adapter.update,
        get=adapter.get,
        existing=existing,
        label_of=lambda target: getattr(target, "indicator_code", ""),
        parent=parent,
    )
    dialog.resize(460, dialog.height())
    return dialog
