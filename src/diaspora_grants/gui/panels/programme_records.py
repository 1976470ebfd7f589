"""A programme's indicators, reporting periods and targets, each a table with New, Edit and Delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ...services.indicators import IndicatorView
from ...services.periods import PeriodView
from ...services.programmes import ProgrammeView
from ...services.results import TargetView
from ..dialogs.programme_children import indicator_dialog, period_dialog, target_dialog
from ..models.programmes import IndicatorTableModel, PeriodTableModel, TargetRow, TargetTableModel
from ..pages.parts import fit_columns_around
from ..pages.records import AfterRead
from .programme_gateways import IndicatorDraft, Indicators, PeriodDraft, Periods, TargetDraft, Targets
from .record_panel import RecordPanel

#: The target form's indicators, projects and periods, as (text, id).
TargetChoices = tuple[list[tuple[str, int]], list[tuple[str, int]], list[tuple[str, int]]]


class IndicatorsPanel(RecordPanel):
    noun = "indicator"
    input_type = IndicatorDraft

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, IndicatorTableModel(), parent)

    def reload(self, select_id: int | None = None) -> None:
        super().reload(select_id)
        # Names are long: the codes, bands and targets as wide as they need, the name the rest (its
        # tooltip shows all of it), so they all stay in sight in the detail pane.
        fit_columns_around(self.table, IndicatorTableModel.COL_NAME)

    def load_rows(self, owner: ProgrammeView) -> list[Any]:
        return self.context.services.indicators.find(owner.id)

    def gateway_for(self, owner: ProgrammeView) -> Indicators:
        return Indicators(self.context.services, owner.id)

    def make_dialog(self, existing: IndicatorView | None, _defaults: dict[str, Any]) -> Any:
        return indicator_dialog(self.context.services, self.owner, existing, self)

    def label(self, row: IndicatorView) -> str:
        return row.code

    def delete_question(self, row: IndicatorView) -> str:
        return self.tr(
            "Delete indicator {code} – {name}?\n\nIts targets go with it. An indicator with results "
            "cannot be deleted. You can undo this (Ctrl+Z)."
        ).format(code=row.code, name=row.name)


class PeriodsPanel(RecordPanel):
    """The reporting calendar; a period is locked and unlocked on the Results page, shown here."""

    noun = "reporting period"
    input_type = PeriodDraft

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, PeriodTableModel(), parent)
        fit_columns_around(self.table, PeriodTableModel.COL_LOCKED)

    def load_rows(self, owner: ProgrammeView) -> list[Any]:
        return self.context.services.periods.find(owner.id)

    def gateway_for(self, owner: ProgrammeView) -> Periods:
        return Periods(self.context.services, owner.id)

    def make_dialog(self, existing: PeriodView | None, _defaults: dict[str, Any]) -> Any:
        return period_dialog(self.context.services, self.owner, existing, self)

    def label(self, row: PeriodView) -> str:
        return row.label

    def delete_question(self, row: PeriodView) -> str:
        return self.tr(
            "Delete reporting period {label}?\n\nOnly the first or the last period can be deleted, and "
            "not one with results or locked. Its targets go with it. You can undo this (Ctrl+Z)."
        ).format(label=row.label)


class TargetsPanel(RecordPanel):
    noun = "target"
    input_type = TargetDraft

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, TargetTableModel(), parent)
        fit_columns_around(self.table, TargetTableModel.COL_INDICATOR)
        self._indicator_codes: dict[int, str] = {}

    def _choices(self, owner: ProgrammeView) -> tuple[TargetChoices, dict[int, str]]:
        """What the target form offers, and the indicators' codes (touches no widget: read off
        the GUI thread)."""
        services = self.context.services
        found = services.indicators.find(owner.id)
        indicators = [(f"{i.code} – {i.name}", i.id) for i in found]
        projects = [(p.code, p.id) for p in services.projects.find(programme_id=owner.id)]
        periods = [(p.label, p.id) for p in services.periods.find(owner.id)]
        return (indicators, projects, periods), {i.id: i.code for i in found}

    def load_rows(self, owner: ProgrammeView) -> list[Any]:
        services = self.context.services
        codes = {i.id: i.code for i in services.indicators.find(owner.id)}
        projects = {p.id: p.code for p in services.projects.find(programme_id=owner.id)}
        periods = {p.id: p.label for p in services.periods.find(owner.id)}
        return [
            _target_row(t, codes, projects, periods)
            for t in services.results.find_targets(programme_id=owner.id)
        ]

    def gateway_for(self, owner: ProgrammeView) -> Targets:
        return Targets(self.context.services, owner.id)

    def make_dialog(self, existing: TargetView | None, _defaults: dict[str, Any]) -> Any:
        owner = self.owner
        return AfterRead(lambda: self._choices(owner), lambda read: self._target_dialog(existing, *read))

    def _target_dialog(
        self, existing: TargetView | None, choices: TargetChoices, codes: dict[int, str]
    ) -> Any:
        self._indicator_codes = codes  # what the undo history calls the target saved
        return target_dialog(self.context.services, self.owner, existing, choices, self)

    def label(self, row: TargetView) -> str:
        """The target's indicator code, from the row or the codes read for the form."""
        code = getattr(row, "indicator_code", None)
        return str(code or self._indicator_codes.get(row.indicator_id, ""))

    def delete_question(self, row: TargetView) -> str:
        return self.tr("Delete this target of {indicator}?\n\nYou can undo this (Ctrl+Z).").format(
            indicator=self.label(row)
        )


def _target_row(
    target: TargetView, codes: dict[int, str], projects: dict[int, str], periods: dict[int, str]
) -> TargetRow:
    return TargetRow(
        id=target.id,
        indicator_id=target.indicator_id,
        project_id=target.project_id,
        period_id=target.period_id,
        value=target.value,
        version=target.version,
        indicator_code=codes.get(target.indicator_id, ""),
        project_code=projects.get(target.project_id) if target.project_id is not None else None,
        period_label=periods.get(target.period_id) if target.period_id is not None else None,
    )
