"""A generic create/edit dialog over an Input dataclass: fields, inline problems, conflicts.

    dialog = RecordDialog(
        RecordForm(ProjectInput, [FieldSpec("code", "Code", RequiredTextField(), required=True), ...]),
        create=services.projects.create,
        update=services.projects.update,
        get=services.projects.get,
        existing=view,             # None for a new record
        defaults={"programme_id": 1},
    )

Fields of the Input dataclass that are not on the form keep the existing record's values (or
the defaults), so a form never blanks what it does not show.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from ...domain.errors import ConflictError, DomainError, ValidationError
from .. import interaction
from ..colours import ERROR
from ..widgets.form import INVALID_STYLE, FieldForm
from .conflict_dialog import Choice, ConflictDialog
from .form_frame import frame_form


@dataclass
class FieldSpec:
    name: str
    label: str
    #: Any widget with value() and set_value().
    widget: Any
    required: bool = False
    #: Other names the service may use for this field in its problems ("programme" for programme_id).
    aliases: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


class RecordDialog(QDialog):
    saved = Signal(object)

    def __init__(
        self,
        input_type: type[Any],
        specs: Sequence[FieldSpec],
        *,
        noun: str,
        create: Callable[[Any], Any],
        update: Callable[..., Any],
        get: Callable[[int], Any],
        existing: Any | None = None,
        defaults: dict[str, Any] | None = None,
        label_of: Callable[[Any], str] = lambda v: str(getattr(v, "name", getattr(v, "code", ""))),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.input_type = input_type
        self.specs = list(specs)
        self.widgets = {spec.name: spec.widget for spec in specs}
        self._create, self._update, self._get = create, update, get
        self.existing = existing
        self.base_version = existing.version if existing is not None else None
        self._defaults = defaults or {}
        self.conflict_dialog: ConflictDialog | None = None
        self.setWindowTitle(f"Edit {noun} {label_of(existing)}" if existing is not None else f"New {noun}")
        self.setStyleSheet(INVALID_STYLE)

        form_layout = QFormLayout()
        form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = FieldForm(form_layout)
        for spec in specs:
            self.form.add(spec.label, spec.widget, spec.name, *spec.aliases, required=spec.required)
        self.general_problem = QLabel()
        self.general_problem.setWordWrap(True)
        self.general_problem.setStyleSheet(f"color: {ERROR.name()};")
        self.general_problem.hide()
        self.base_notice = QLabel()
        self.base_notice.setWordWrap(True)
        self.base_notice.hide()
        self.buttons, self.ok_button = frame_form(
            self,
            form_layout,
            notices=(self.general_problem, self.base_notice),
            has_required=any(spec.required for spec in specs),
            save=self.save,
        )
        self.resize(560, min(720, 120 + 40 * len(specs)))
        self.load(existing if existing is not None else self._defaults)

    def load(self, source: Any) -> None:
        for name, widget in self.widgets.items():
            value = source.get(name) if isinstance(source, dict) else getattr(source, name, None)
            if value is not None or not isinstance(source, dict):
                widget.set_value(value)

    def value(self) -> Any:
        names = [f.name for f in dataclasses.fields(self.input_type)]
        values: dict[str, Any] = {}
        for name in names:
            if name in self.widgets:
                values[name] = self.widgets[name].value()
            elif self.existing is not None:
                values[name] = getattr(self.existing, name)
            elif name in self._defaults:
                values[name] = self._defaults[name]
        return self.input_type(**values)

    def save(self) -> None:
        try:
            data = self.value()
        except TypeError as error:  # a required field the form could not fill
            self.general_problem.setText(str(error))
            self.general_problem.show()
            return
        try:
            if self.existing is None:
                view = self._create(data)
            else:
                view = self._update(self.existing.id, data, expected_version=self.base_version)
        except ValidationError as error:
            self.form.show_problems_with(error.problems, self.general_problem)
            return
        except ConflictError as error:
            self._show_conflict(error, data)
            return
        except DomainError as error:
            interaction.show_error(self, error, title="Could not save")
            return
        self.form.clear()
        self.saved.emit(view)
        self.accept()

    def _show_conflict(self, error: ConflictError, mine: Any) -> None:
        assert self.existing is not None
        try:
            theirs = self._get(self.existing.id)
        except DomainError as gone:
            interaction.show_error(self, gone, title="Could not save")
            return
        labels = {spec.name: spec.label for spec in self.specs}
        self.conflict_dialog = ConflictDialog(error, mine, theirs, labels, self)

        def resolved() -> None:
            dialog = self.conflict_dialog
            if dialog is None or dialog.choice is Choice.BACK:
                return
            self.base_version = theirs.version
            if dialog.choice is Choice.RELOAD_THEIRS:
                self.existing = theirs
                self.load(theirs)
                self.form.clear()
                self._notice(f"Showing the version {theirs.updated_by or 'someone'} saved.")
            else:
                self._notice("You kept your values: saving now replaces the version they saved.")

        self.conflict_dialog.finished.connect(resolved)
        self.conflict_dialog.open()

    def _notice(self, text: str) -> None:
        self.base_notice.setText(text)
        self.base_notice.show()
