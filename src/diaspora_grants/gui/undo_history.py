"""The window's undo history: Undo and Redo that leave the history as it was when refused.

A command that calls the services may be refused (someone else changed the record since, the
period was locked): the refusal names who and when, and :class:`UndoHistory` moves the stack's
index only after a step went through, so a refused step stays offered. Imports only Qt and the
domain's errors: the window builds its Edit menu before the database layer is loaded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget
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
    """A command whose undo or redo the services may refuse. :class:`UndoHistory` runs the step's
    service work off the GUI thread (``step``), and moves the stack's index only once it went
    through (the command's own undo()/redo() then only pass: ``passing``)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        #: The next undo()/redo() only moves the stack's index: the step already ran.
        self.passing = False
        self._first = True

    def redo(self) -> None:
        if self._first:  # the action itself already ran before the push
            self._first = False
            return
        if not self._skipped():
            self._run("redo")

    def undo(self) -> None:
        if not self._skipped():
            self._run("undo")

    def _skipped(self) -> bool:
        if self.passing:
            self.passing = False
            return True
        return False

    def _run(self, step: str) -> None:
        # Exceptions must not escape into Qt's C++ call of undo()/redo(): report them instead.
        try:
            self.step(step)
        except Exception as error:
            self.report(UndoRefusedError(error, step, self.text()))
        else:
            self.stepped()

    def step(self, step: str) -> None:
        """The service work of "undo" or "redo"; raises when refused. May run off the GUI thread:
        it touches no widget."""
        if step == "undo":
            self.undo_step()
        else:
            self.do()

    def stepped(self) -> None:
        """Back in the GUI thread once a step went through: show what it changed."""

    def do(self) -> None:
        raise NotImplementedError

    def undo_step(self) -> None:
        raise NotImplementedError

    def report(self, error: UndoRefusedError) -> None:
        raise NotImplementedError


class UndoHistory(QObject):
    """Undo and Redo of the window: a refused step leaves the history exactly as it was.

    A step's service work runs off the GUI thread; meanwhile Undo, Redo and the ``busy`` widget
    (the window's pages) are disabled, so nothing else is saved before the step's index moves.
    ``before_step(command)`` is asked first (a page with unsaved typing may say no)."""

    def __init__(
        self, stack: QUndoStack, parent: QObject | None = None, busy: Callable[[], list[QWidget]] = list
    ) -> None:
        super().__init__(parent)
        self.stack = stack
        self.before_step: Callable[[QUndoCommand], bool] = lambda _command: True
        self._busy = busy
        self._running = False
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

    def is_running(self) -> bool:
        """An undo or redo is waiting for the database."""
        return self._running

    def undo(self) -> bool:
        """Start undoing the last step; False if there is nothing to undo or it may not start now.
        A refusal arrives later, through the command's ``report``."""
        if self._running or not self.stack.canUndo():
            return False
        return self._start(self.stack.index() - 1, "undo", self.stack.undo)

    def redo(self) -> bool:
        if self._running or not self.stack.canRedo():
            return False
        return self._start(self.stack.index(), "redo", self.stack.redo)

    def _start(self, position: int, step: str, move: Callable[[], None]) -> bool:
        command = self.stack.command(position)
        if not self.before_step(command):
            return False
        if not isinstance(command, RefusableCommand):
            move()
            return True
        from .writes import save_off_thread  # the Edit menu is built before the rest of the GUI

        self._running = True
        self._update()

        def went_through(_result: object) -> None:
            self._running = False
            if self.stack.command(position) is command:  # the history cannot change meanwhile
                command.passing = True
                move()
            command.stepped()
            self._update()

        def refused(error: BaseException) -> None:
            self._running = False
            self._update()
            command.report(UndoRefusedError(error, step, command.text()))

        save_off_thread(
            self, lambda: command.step(step), done=went_through, failed=refused, busy=self._busy()
        )
        return True

    def _update(self) -> None:
        if not isValid(self.stack):  # the stack is being destroyed with the window
            return
        for action, can, text, word in (
            (self.undo_action, self.stack.canUndo(), self.stack.undoText(), self.tr("&Undo")),
            (self.redo_action, self.stack.canRedo(), self.stack.redoText(), self.tr("&Redo")),
        ):
            action.setEnabled(can and not self._running)
            full = f"{word} {text}" if can and text else word
            action.setText(full)
            # The toolbar shows the short word; the menu and the tooltip say what would be undone.
            action.setIconText(word.replace("&", ""))
            action.setToolTip(full.replace("&", ""))
