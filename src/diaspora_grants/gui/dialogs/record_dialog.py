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

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QWidget,
)

from ..colours import ERROR
from ..widgets.form import INVALID_STYLE, FieldForm
from ..widgets.pickers import ChoiceCombo
from ..workers import PageReads, gather
from .form_frame import frame_form
from .saving_dialog import SavingDialog


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


class RecordDialog(SavingDialog):
    def __init__(
        self,
        input_type: type[Any],
        specs: Sequence[FieldSpec],
        *,
        noun: str,
        create: Callable[..., Any],
        update: Callable[..., Any],
        get: Callable[[int], Any],
        existing: Any | None = None,
        defaults: dict[str, Any] | None = None,
        label_of: Callable[[Any], str] = lambda v: str(getattr(v, "name", getattr(v, "code", ""))),
        extra: Callable[[], dict[str, Any]] = dict,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.input_type = input_type
        self.specs = list(specs)
        self.widgets = {spec.name: spec.widget for spec in specs}
        self.use_service(
            create=create,
            update=update,
            get=get,
            existing=existing,
            field_labels={spec.name: spec.label for spec in self.specs},
            extra=extra,
        )
        self._defaults = defaults or {}
        self.setWindowTitle(
            self.tr("Edit {record} {label}").format(record=noun, label=label_of(existing))
            if existing is not None
            else self.tr("New {record}").format(record=noun)
        )
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
        # At most 600 high, so a form fits a 1024x700 screen with its title bar (longer forms scroll).
        self.resize(560, min(600, 120 + 40 * len(specs)))
        self.load(existing if existing is not None else self._defaults)
        self._read_choices()

    def _read_choices(self) -> None:
        """Lists read from the database (programmes, partners, calls) arrive off the GUI thread;
        the dialog waits disabled, and the values loaded above are chosen once they are in."""
        combos = [
            widget
            for widget in self.widgets.values()
            if isinstance(widget, ChoiceCombo) and widget.is_awaiting_choices()
        ]
        self.choice_reads = PageReads(self, lambda: [self])
        if combos:
            self.choice_reads.run(
                lambda: gather(*(combo.read_choices for combo in combos)),
                lambda lists: _show_choices(combos, lists),
            )

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


def _show_choices(combos: list[ChoiceCombo], lists: list[list[tuple[str, Any]] | None]) -> None:
    for combo, fresh in zip(combos, lists, strict=True):
        combo.show_choices(fresh or [])
