"""What every create/edit dialog does on Save: the save itself off the GUI thread (the dialog is
disabled meanwhile, not frozen), the service's problems marked on the form, a conflict offered to
reload theirs or keep mine, any other refusal said in one line."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel

from ...domain.errors import ConflictError, DomainError, ValidationError
from .. import interaction
from ..widgets.form import FieldForm
from ..writes import save_off_thread
from .conflict_dialog import Choice, ConflictDialog


class SavingDialog(QDialog):
    """Emits ``saved(view)`` after a successful save; stays open while anything is wrong.

    A subclass builds its form and calls `use_service` with the service's create, update and get;
    it offers `value()` (what the form holds, as the service's input) and `load(view)`.
    """

    saved = Signal(object)

    form: FieldForm
    #: Problems no field claims, above the form.
    general_problem: QLabel
    #: Which version the form holds after a conflict.
    base_notice: QLabel

    def use_service(
        self,
        *,
        create: Callable[..., Any],
        update: Callable[..., Any],
        get: Callable[[int], Any],
        existing: Any | None,
        field_labels: Mapping[str, str],
        extra: Callable[[], dict[str, Any]] = dict,
    ) -> None:
        """`extra()` reads what else create and update take besides the input (a revision's
        reason), as keyword arguments: read in the GUI thread, since the save runs off it."""
        self._create, self._update, self._get, self._extra = create, update, get, extra
        self.existing = existing
        self.base_version: int | None = existing.version if existing is not None else None
        self.field_labels = field_labels
        self.conflict_dialog: ConflictDialog | None = None

    def value(self) -> Any:
        raise NotImplementedError

    def load(self, source: Any) -> None:
        raise NotImplementedError

    def save(self) -> None:
        try:
            data = self.value()
        except TypeError as error:  # a required field the form could not fill
            self.general_problem.setText(str(error))
            self.general_problem.show()
            return
        existing, version, extra = self.existing, self.base_version, self._extra()
        save_off_thread(
            self,
            (lambda: self._create(data, **extra))
            if existing is None
            else (lambda: self._update(existing.id, data, expected_version=version, **extra)),
            done=self._saved,
            failed=lambda error: self._not_saved(error, data),
            busy=[self],
        )

    def _saved(self, view: Any) -> None:
        self.form.clear()
        self.saved.emit(view)
        self.accept()

    def _not_saved(self, error: BaseException, data: Any) -> None:
        if isinstance(error, ValidationError):
            self.form.show_problems_with(error.problems, self.general_problem)
        elif isinstance(error, ConflictError):
            self._show_conflict(error, data)
        elif isinstance(error, DomainError):
            self.refused(error)
        else:
            interaction.show_error(self, error, title=self.tr("Could not save"))

    def refused(self, error: DomainError) -> None:
        """A refusal that is neither a field's problem nor a conflict (a dialog may offer a way out)."""
        interaction.show_error(self, error, title=self.tr("Could not save"))

    def _show_conflict(self, error: ConflictError, mine: Any) -> None:
        assert self.existing is not None
        record_id = self.existing.id
        save_off_thread(
            self,
            lambda: self._get(record_id),
            done=lambda theirs: self._offer_theirs(error, mine, theirs),
            failed=lambda gone: interaction.show_error(self, gone, title=self.tr("Could not save")),
            busy=[self],
        )

    def _offer_theirs(self, error: ConflictError, mine: Any, theirs: Any) -> None:
        self.conflict_dialog = ConflictDialog(error, mine, theirs, dict(self.field_labels), self)

        def resolved() -> None:
            dialog = self.conflict_dialog
            if dialog is None or dialog.choice is Choice.BACK:
                return
            self.base_version = theirs.version
            if dialog.choice is Choice.RELOAD_THEIRS:
                self.existing = theirs
                self.load(theirs)
                self.form.clear()
                self._notice(
                    self.tr("Showing the version {who} saved.").format(
                        who=theirs.updated_by or self.tr("someone")
                    )
                )
            else:
                self._notice(self.tr("You kept your values: saving now replaces the version they saved."))

        self.conflict_dialog.finished.connect(resolved)
        self.conflict_dialog.open()

    def _notice(self, text: str) -> None:
        self.base_notice.setText(text)
        self.base_notice.show()
