"""The window's undo history: Undo and Redo that leave the history as it was when refused.

A command that calls the services may be refused (someone else changed the record since, the
period was locked): the refusal names who and when, and :class:`UndoHistory` puts the stack's
index back, so the same step stays offered. Imports only Qt and the domain's errors: the window
builds its Edit menu before the database layer is loaded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from shiboken6 import isValid

from ..domain.errors import ConflictError, DomainError, NotFoundError
from .formatting import moment_text


class UndoRefusedError(DomainError):
    """An undo or redo the services refused; the message says why and that nothing was lost."""

    def __init__(self, error: BaseException, step: str, what: str) -> None:
        self.error = error
        self.step = step
        super().__init__(refusal_text(error, step, what))


def refusal_text(error: BaseException, step: str, what: str) -> str:
    """Why `step` ("undo" or "redo") of `what` was refused, in words."""
    if isinstance(error, ConflictError):
        when = (
            moment_text(error.changed_at)
            if error.changed_at
            else QCoreApplication.translate("Undo", "an unknown time")
        )
        who = error.changed_by or QCoreApplication.translate("Undo", "another user")
        return QCoreApplication.translate(
            "Undo",
            "Could not {step} \u201c{what}\u201d: {entity} {label} was changed by {who} on {when} since. "
            "Their version is kept, and your undo history is unchanged.",
        ).format(step=step, what=what, entity=error.entity, label=error.label, who=who, when=when)
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate(
            "Undo",
            "Could not {step} \u201c{what}\u201d: {reason}; someone else deleted it. "
            "Your undo history is unchanged.",
        ).format(step=step, what=what, reason=error.message)
    detail = error.message if isinstance(error, DomainError) else str(error)
    return QCoreApplication.translate(
        "Undo", "Could not {step} \u201c{what}\u201d: {reason}. Your undo history is unchanged."
    ).format(step=step, what=what, reason=detail)


class RefusableCommand(QUndoCommand):
    """A command whose undo or redo the services may refuse; :class:`UndoHistory` then moves the
    stack's index back without running it again (``passing``)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.refused = False
        #: The next undo()/redo() only moves the stack's index back: it must not run.
        self.passing = False
        self._first = True

    def redo(self) -> None:
        if self._first:  # the action itself already ran before the push
            self._first = False
            return
        if not self._skipped():
            self._run("redo", self.do)

    def undo(self) -> None:
        if not self._skipped():
            self._run("undo", self.undo_step)

    def _skipped(self) -> bool:
        if self.passing:
            self.passing = False
            return True
        return False

    def _run(self, step: str, action: Callable[[], None]) -> None:
        # Exceptions must not escape into Qt's C++ call of undo()/redo(): report them instead.
        try:
            action()
        except Exception as error:
            self.refused = True
            self.report(UndoRefusedError(error, step, self.text()))

    def do(self) -> None:
        raise NotImplementedError

    def undo_step(self) -> None:
        raise NotImplementedError

    def report(self, error: UndoRefusedError) -> None:
        raise NotImplementedError


class UndoHistory(QObject):
    """Undo and Redo of the window: a refused step leaves the history exactly as it was.

    ``before_step(command)`` is asked first (a page with unsaved typing may say no)."""

    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = stack
        self.before_step: Callable[[QUndoCommand], bool] = lambda _command: True
        self.undo_action = QAction(self.tr("&Undo"), parent)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = QAction(self.tr("&Redo"), parent)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action.triggered.connect(lambda _checked=False: self.undo())
        self.redo_action.triggered.connect(lambda _checked=False: self.redo())
        # Bound to this object, so they end with it (a lambda would outlive the window).
        stack.indexChanged.connect(self._index_changed)
        stack.cleanChanged.connect(self._clean_changed)
        self._update()

    @Slot(int)
    def _index_changed(self, _index: int) -> None:
        self._update()

    @Slot(bool)
    def _clean_changed(self, _clean: bool) -> None:
        self._update()

    def undo(self) -> bool:
        """Undo the last step; False if nothing was undone (refused, or nothing to undo)."""
        if not self.stack.canUndo():
            return False
        command = self.stack.command(self.stack.index() - 1)
        if not self.before_step(command):
            return False
        self.stack.undo()
        return not self._put_back(command, self.stack.redo)

    def redo(self) -> bool:
        if not self.stack.canRedo():
            return False
        command = self.stack.command(self.stack.index())
        if not self.before_step(command):
            return False
        self.stack.redo()
        return not self._put_back(command, self.stack.undo)

    def _put_back(self, command: QUndoCommand, step_back: Callable[[], None]) -> bool:
        if not isinstance(command, RefusableCommand) or not command.refused:
            return False
        command.refused = False
        command.passing = True
        step_back()
        return True

    def _update(self) -> None:
        if not isValid(self.stack):  # the stack is being destroyed with the window
            return
        for action, can, text, word in (
            (self.undo_action, self.stack.canUndo(), self.stack.undoText(), self.tr("&Undo")),
            (self.redo_action, self.stack.canRedo(), self.stack.redoText(), self.tr("&Redo")),
        ):
            action.setEnabled(can)
            full = f"{word} {text}" if can and text else word
            action.setText(full)
            # The toolbar shows the short word; the menu and the tooltip say what would be undone.
            action.setIconText(word.replace("&", ""))
            action.setToolTip(full.replace("&", ""))
