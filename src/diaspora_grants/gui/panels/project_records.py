"""A project's locations (admin-1 areas with their P-codes) and its reporting calendar (due,
submitted, accepted)."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import QWidget

from ...domain.enums import RequirementStatus
from ...services.projects import LocationInput, LocationView, ProjectView
from ...services.requirements import RequirementInput, RequirementView
from ..dialogs.child_dialogs import location_dialog, requirement_dialog
from ..dialogs.step_dialogs import DateDialog
from ..labels import QT_TRANSLATE_NOOP
from ..models.projects import LocationTableModel, RequirementTableModel
from ..pages.parts import fit_columns_around
from ..pages.records import open_decision
from .gateways import Locations
from .record_panel import RecordPanel


class LocationsPanel(RecordPanel):
    noun = QT_TRANSLATE_NOOP("Noun", "location")
    input_type = LocationInput

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, LocationTableModel(), parent)
        fit_columns_around(self.table, LocationTableModel.COL_AREA)

    def load_rows(self, owner: ProjectView) -> list[Any]:
        return self.context.services.projects.locations(owner.id)

    def gateway_for(self, owner: ProjectView) -> Locations:
        return Locations(self.context.services, owner.id)

    def make_dialog(self, existing: LocationView | None, _defaults: dict[str, Any]) -> Any:
        return location_dialog(self.context.services, self.owner, existing, self)

    def label(self, row: LocationView) -> str:
        return row.name

    def delete_question(self, row: LocationView) -> str:
        return self.tr(
            "Remove {name} from the project's locations?\n\n"
            "A location with reported results cannot be removed. You can undo this (Ctrl+Z)."
        ).format(name=row.name)


class RequirementsPanel(RecordPanel):
    """Reports the partner owes: New/Edit/Delete, and the two steps: submitted, then accepted."""

    noun = QT_TRANSLATE_NOOP("Noun", "reporting requirement")
    input_type = RequirementInput

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, RequirementTableModel(), parent)
        fit_columns_around(self.table, RequirementTableModel.COL_REPORT)
        self.submit_button = self.add_step_button(
            self.tr("Mark submitted…"), self.mark_submitted, primary=True
        )
        self.accept_button = self.add_step_button(self.tr("Mark accepted…"), self.mark_accepted)
        self.step_dialog: DateDialog | None = None

    def load_rows(self, owner: ProjectView) -> list[Any]:
        return self.context.services.requirements.find(project_id=owner.id)

    def gateway_for(self, owner: ProjectView) -> Any:
        return self.context.services.requirements

    def make_dialog(self, existing: RequirementView | None, _defaults: dict[str, Any]) -> Any:
        return requirement_dialog(self.context.services, self.owner, existing, self)

    def label(self, row: RequirementView) -> str:
        return row.title

    def steps_of(self, row: RequirementView) -> list[tuple[Any, str | None]]:
        submitted = row.submitted_on is not None
        return [
            (
                self.submit_button,
                self.tr("submitted on {day}").format(day=row.submitted_on) if submitted else None,
            ),
            (
                self.accept_button,
                self.tr("accepted on {day}").format(day=row.accepted_on)
                if row.status is RequirementStatus.ACCEPTED
                else None
                if submitted
                else self.tr("mark it submitted first"),
            ),
        ]

    def mark_submitted(self) -> None:
        self._date_step(
            self.tr("Report submitted"),
            self.tr("The day the partner handed in “{title}”."),
            "submitted on",
            self.tr("Submitted on"),
            lambda row, day: self.context.services.requirements.mark_submitted(
                row.id, day, expected_version=row.version
            ),
        )

    def mark_accepted(self) -> None:
        self._date_step(
            self.tr("Report accepted"),
            self.tr("The day “{title}” was accepted."),
            "accepted on",
            self.tr("Accepted on"),
            lambda row, day: self.context.services.requirements.mark_accepted(
                row.id, day, expected_version=row.version
            ),
        )

    def _date_step(self, title: str, text: str, field: str, caption: str, step: Any) -> None:
        row = self.selected()
        if row is None:
            return
        note = self.tr(
            " This is a step of the reporting calendar, not undone with Undo; edit the dates to correct it."
        )
        dialog = DateDialog(
            title,
            text.format(title=row.title) + note,
            field,
            caption,
            self.context.services.context.today(),
            self,
        )
        self.step_dialog = dialog
        open_decision(
            self,
            dialog,
            lambda: partial(step, row, dialog.day.value()),
            done=lambda saved: self._changed(saved.id),
            error_title=title,
            after_error=self.reload,
        )
