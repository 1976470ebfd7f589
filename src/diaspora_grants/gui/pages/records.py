"""New, Edit and Delete of one kind of record, each undoable, and dialogs that confirm a decision.

A page (or a panel) says what is particular about its records: the dialog that edits one, the
label the undo stack shows and the question asked before a deletion. :class:`RecordActions` does
the rest the same way everywhere: open the dialog, push the create or edit on the undo stack
after it saved, confirm and delete, and ask the page to show the result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from ...domain.access import Allowed
from ...domain.errors import DomainError, ValidationError
from .. import interaction
from ..labels import noun_text
from ..undo import CreateCommand, DeleteCommand, EditCommand, Gateway
from ..widgets.form import FieldForm
from ..workers import PageReads
from ..writes import save_off_thread

if TYPE_CHECKING:
    from .base import PageContext

I = TypeVar("I")  # noqa: E741 - the input dataclass
V = TypeVar("V", bound="Versioned")  # the view dataclass
D = TypeVar("D", bound="EditDialog")
T = TypeVar("T")


class Versioned(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def version(self) -> int: ...


class EditDialog(Protocol):
    """A dialog that saves one record itself and then emits ``saved(view)``."""

    @property
    def saved(self) -> SignalInstance: ...

    #: The record being edited (None for a new one); a conflict may replace it with theirs.
    existing: Any

    def open(self) -> None: ...


@dataclass(frozen=True)
class AfterRead(Generic[T]):
    """What a dialog factory returns when the dialog needs the database before it can be built
    (the criteria a review scores, the budget lines spending is charged to): ``read`` runs off the
    GUI thread while the page waits disabled, then ``build(result)`` makes the dialog."""

    read: Callable[[], T]
    build: Callable[[T], Any]


class RecordActions(Generic[I, V, D]):
    """What New, Edit and Delete do for one kind of record.

    ``dialog(existing, defaults)`` builds the edit dialog (it may raise DomainError, which is shown),
    or says what to read first (:class:`AfterRead`);
    ``changed(record_id)`` shows the record after a save, deletion, undo or redo (None: it is gone);
    ``reload()`` asks again after something failed.
    """

    def __init__(
        self,
        owner: QWidget,
        context: PageContext,
        gateway: Gateway[I, V],
        *,
        dialog: Callable[[V | None, dict[str, Any]], D | AfterRead[Any] | None],
        label: Callable[[V], str],
        delete_question: Callable[[V], str],
        changed: Callable[[int | None], None],
        reload: Callable[[], None],
    ) -> None:
        self.owner = owner
        self.context = context
        self.gateway = gateway
        self._make_dialog = dialog
        self._label = label
        self._delete_question = delete_question
        self._changed = changed
        self._reload = reload
        #: The dialog opened last (tests and screenshots reach it here).
        self.dialog: D | None = None
        self._dialog_reads = PageReads(owner, lambda: [owner])

    def permission(self) -> Allowed:
        """May the person connected create, change and delete these records? Always on a SQLite
        file; in team mode as their roles say (services/access.py), with the reason."""
        entity = str(getattr(self.gateway.service, "entity", "record"))
        return self.context.services.access.allowed_for(entity)

    def new(self, defaults: dict[str, Any] | None = None) -> None:
        self._open(None, defaults or {})

    def edit(self, row: V | None) -> None:
        if row is not None:
            self._open(row, {})

    def delete(self, row: V | None) -> None:
        if row is None:
            return
        noun = noun_text(self.gateway.noun)
        if not interaction.confirm(
            self.owner,
            QCoreApplication.translate("RecordActions", "Delete {record}").format(record=noun),
            self._delete_question(row),
            action=QCoreApplication.translate("RecordActions", "Delete"),
        ):
            return
        gateway = self.gateway

        def delete() -> Any:
            kept = gateway.keep(row.id)
            gateway.service.delete(row.id, expected_version=row.version)
            return kept

        save_off_thread(
            self.owner,
            delete,
            done=lambda kept: self._deleted(row, kept),
            failed=self._not_deleted,
            busy=[self.owner],
        )

    def _deleted(self, row: V, kept: Any) -> None:
        data, label = self.gateway.input_of(row), self._label(row)
        ids, stack = self.context.ids, self.context.undo_stack
        stack.push(DeleteCommand(self.gateway, row.id, data, kept, label, ids, self._changed, self._failed))
        self._changed(None)

    def _not_deleted(self, error: BaseException) -> None:
        interaction.show_error(
            self.owner,
            error,
            title=QCoreApplication.translate("RecordActions", "Could not delete the {record}").format(
                record=noun_text(self.gateway.noun)
            ),
        )
        self._reload()

    def _open(self, existing: V | None, defaults: dict[str, Any]) -> None:
        try:
            made: Any = self._make_dialog(existing, defaults)
        except DomainError as error:
            interaction.show_error(self.owner, error)
            return
        if isinstance(made, AfterRead):
            reads = self._dialog_reads
            reads.run(made.read, lambda read: self._show(made.build(read)))
        elif made is not None:
            self._show(made)

    def _show(self, dialog: D | None) -> None:
        if dialog is None:
            return
        self.dialog = dialog
        dialog.saved.connect(lambda view: self._saved(dialog, view))
        dialog.open()

    def _saved(self, dialog: D, view: V) -> None:
        after = self.gateway.input_of(view)
        ids, stack, label = self.context.ids, self.context.undo_stack, self._label(view)
        if dialog.existing is None:
            stack.push(CreateCommand(self.gateway, after, view, label, ids, self._changed, self._failed))
        else:
            before = self.gateway.input_of(dialog.existing)
            stack.push(
                EditCommand(self.gateway, view, before, after, label, ids, self._changed, self._failed)
            )
        self._changed(view.id)

    def _failed(self, error: BaseException) -> None:
        interaction.show_error(
            self.owner, error, title=QCoreApplication.translate("RecordActions", "Could not undo or redo")
        )
        self._reload()


class DecisionDialog(Protocol):
    """A dialog asking for what a decision needs (a reason, a project code) before it is made."""

    form: FieldForm
    problem: QLabel
    buttons: QDialogButtonBox

    def open(self) -> None: ...
    def accept(self) -> None: ...
    def reject(self) -> None: ...


def open_decision(
    owner: QWidget,
    dialog: DecisionDialog,
    decide: Callable[[], Callable[[], T]],
    *,
    done: Callable[[T], None],
    error_title: str,
    after_error: Callable[[], None],
) -> None:
    """Open ``dialog``; on OK ``decide()`` reads the dialog and returns the decision, which is made
    off the GUI thread (``partial(service.method, dialog.reason.value(), ...)``: the values are
    read first, in the GUI thread). A validation problem keeps the dialog open and marks the
    field; any other refusal closes it, says why and calls ``after_error``."""

    def refused(error: BaseException) -> None:
        if isinstance(error, ValidationError):
            dialog.form.show_problems_with(error.problems, dialog.problem)
            return
        dialog.reject()
        interaction.show_error(owner, error, title=error_title)
        after_error()

    def decided(result: T) -> None:
        dialog.accept()
        done(result)

    def confirmed() -> None:
        # The decision is saved off the GUI thread; the dialog is disabled (not frozen) meanwhile.
        save_off_thread(dialog, decide(), done=decided, failed=refused, busy=[dialog])  # type: ignore[arg-type, list-item]

    dialog.buttons.accepted.connect(confirmed)
    dialog.open()
