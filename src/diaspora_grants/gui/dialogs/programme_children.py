"""The forms of a programme's indicators, reporting periods and targets. Each saves through its
adapter (panels.programme_gateways) and shows what the service refuses inside the form: a field's
problem under the field, any other refusal (results outside the age bands left) above it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain.codes import currency_names
from ...domain.enums import Counting, Direction, Measure, Reach, ResultLevel
from ...domain.errors import DomainError
from ...services.indicators import IndicatorView
from ...services.periods import PeriodView
from ...services.programmes import ProgrammeView
from ...services.registry import Services
from ..panels.programme_gateways import IndicatorDraft, Indicators, PeriodDraft, Periods, TargetDraft, Targets
from ..widgets.fields import MoneyField, NotesField, RequiredTextField, TextField
from ..widgets.list_fields import BandChecks, CheckField
from ..widgets.pickers import ChoiceCombo, EnumCombo, OptionalDateEdit, labelled_choices
from .record_dialog import FieldSpec, RecordDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("ProgrammeChildren", text)


class InlineRecordDialog(RecordDialog):
    """A record form that says a refusal above its fields, where the person is looking, and stays
    open so they can change what was refused."""

    def refused(self, error: DomainError) -> None:
        self.general_problem.setText(error.message)
        self.general_problem.show()


def _indicator_specs(programme: ProgrammeView) -> list[FieldSpec]:
    unit_currency = ChoiceCombo(labelled_choices(currency_names()), none_text=_t("(none)"))
    unit_currency.setMaxVisibleItems(20)
    bands = BandChecks(programme.age_bands)
    bands.setToolTip(_t("The age bands its results may use; all checked: every band of the programme"))
    return [
        FieldSpec("code", _t("Code"), RequiredTextField(_t("e.g. BHA-1")), required=True),
        FieldSpec("name", _t("Name"), RequiredTextField(), required=True),
        FieldSpec("unit", _t("Unit"), TextField(_t("e.g. people, points, %"))),
        FieldSpec("measure", _t("Measure"), EnumCombo(Measure)),
        FieldSpec("result_level", _t("Result level"), EnumCombo(ResultLevel), aliases=("result level",)),
        FieldSpec("counting", _t("Counting"), EnumCombo(Counting)),
        FieldSpec("reach", _t("Reach"), EnumCombo(Reach)),
        FieldSpec("direction", _t("Direction"), EnumCombo(Direction)),
        FieldSpec("baseline_value", _t("Baseline"), MoneyField(), aliases=("baseline value",)),
        FieldSpec("baseline_date", _t("Baseline date"), OptionalDateEdit(), aliases=("baseline date",)),
        FieldSpec("loa_target", _t("LoA target"), MoneyField(), aliases=("life-of-award target",)),
        FieldSpec("disaggregated", _t("Disaggregated"), CheckField(_t("by place, group, sex and age"))),
        FieldSpec("age_bands", _t("Age bands"), bands, aliases=("age bands",)),
        FieldSpec("unit_value", _t("A unit is worth"), MoneyField(), aliases=("unit value",)),
        FieldSpec("unit_value_currency", _t("in currency"), unit_currency, aliases=("currency",)),
        FieldSpec("sector", _t("Sector"), TextField(_t("e.g. health"))),
        FieldSpec("definition", _t("Definition"), NotesField()),
        FieldSpec(
            "means_of_verification",
            _t("Means of verification"),
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
        noun=_t("indicator"),
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
        FieldSpec("label", _t("Label"), RequiredTextField(_t("e.g. 2022-H1")), required=True),
        FieldSpec("start_date", _t("Start"), OptionalDateEdit(), required=True, aliases=("start",)),
        FieldSpec("end_date", _t("End"), OptionalDateEdit(), required=True, aliases=("end",)),
    ]
    return InlineRecordDialog(
        PeriodDraft,
        specs,
        noun=_t("reporting period"),
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
            "indicator_id", _t("Indicator"), ChoiceCombo(indicators), required=True, aliases=("indicator",)
        ),
        FieldSpec(
            "project_id",
            _t("Project"),
            ChoiceCombo(projects, none_text=_t("(whole programme)")),
            aliases=("project",),
        ),
        FieldSpec(
            "period_id",
            _t("Period"),
            ChoiceCombo(periods, none_text=_t("(life of award)")),
            aliases=("period",),
        ),
    ]
    for spec in scope:  # an edit changes the value; another scope is another target
        spec.widget.setEnabled(existing is None)
    dialog = InlineRecordDialog(
        TargetDraft,
        [*scope, FieldSpec("value", _t("Target"), MoneyField(), required=True, aliases=("target",))],
        noun=_t("target"),
        create=adapter.create,
        update=adapter.update,
        get=adapter.get,
        existing=existing,
        label_of=lambda target: getattr(target, "indicator_code", ""),
        parent=parent,
    )
    dialog.resize(460, dialog.height())
    return dialog
