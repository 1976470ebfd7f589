"""Form rows that can show what is wrong with them, and the mapping from service problems to rows."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ...domain.errors import FieldProblem
from ..colours import ERROR, ERROR_BACKGROUND

#: Applied to the dialog: any widget with the property invalid=true gets a red frame.
INVALID_STYLE = f'*[invalid="true"] {{ border: 1px solid {ERROR.name()}; background: {ERROR_BACKGROUND}; }}'


class FieldRow(QWidget):
    """An input with a message line under it, empty until the service names a problem."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR.name()};")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.message)
        self.setFocusProxy(editor)

    def mark(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
        self._set_invalid(True)

    def clear(self) -> None:
        self.message.clear()
        self.message.hide()
        self._set_invalid(False)

    def is_marked(self) -> bool:
        return bool(self.editor.property("invalid"))

    def _set_invalid(self, invalid: bool) -> None:
        targets = [self.editor, *self.editor.findChildren(QWidget)]
        for widget in targets:
            widget.setProperty("invalid", invalid)
            style = widget.style()
            style.unpolish(widget)
            style.polish(widget)


class FieldForm:
    """Rows of a QFormLayout keyed by every name a service may use for the field."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        self._rows: dict[str, FieldRow] = {}

    def add(self, label: str, editor: QWidget, *names: str, required: bool = False) -> FieldRow:
        row = FieldRow(editor)
        caption = QLabel(f"{label} <span style='color:{ERROR.name()}'>*</span>" if required else label)
        caption.setBuddy(editor)
        if required:
            caption.setToolTip(QCoreApplication.translate("FieldForm", "required"))
        self.layout.addRow(caption, row)
        for name in (label.lower(), *names):
            self._rows[name.lower()] = row
        return row

    def row(self, name: str) -> FieldRow | None:
        return self._rows.get(name.lower())

    def show_problems(self, problems: Iterable[FieldProblem]) -> list[FieldProblem]:
        """Mark the rows the problems name; return the ones no row claims (shown at the top)."""
        self.clear()
        unclaimed = []
        first: FieldRow | None = None
        for problem in problems:
            row = self.row(problem.field)
            if row is None:
                unclaimed.append(problem)
                continue
            row.mark(_sentence(problem))
            first = first or row
        if first is not None:
            first.editor.setFocus()
        return unclaimed

    def show_problems_with(self, problems: Iterable[FieldProblem], general: QLabel) -> None:
        """Mark the rows the problems name; the ones no row claims go in `general` (hidden if none)."""
        unclaimed = self.show_problems(problems)
        general.setText("\n".join(str(p) for p in unclaimed))
        general.setVisible(bool(unclaimed))

    def clear(self) -> None:
        for row in set(self._rows.values()):
            row.clear()


def _sentence(problem: FieldProblem) -> str:
    text = problem.message
    # "is required" reads oddly alone under a field; name the field in front of verbs.
    if text.startswith(("is ", "must ", "(")):
        text = f"{problem.field.capitalize()} {text}"
    return text[:1].upper() + text[1:]
