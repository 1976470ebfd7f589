"""A call's workflow as a user meets it: where the call is on its path, the one obvious next step
as the bold button, and in words why that step is not available yet.

An open call's next step is "Close and start review": both status changes in one unit of work, so
nobody has to guess that "under review" lies behind "Close". Closing before the deadline asks why
(the service requires a reason and the audit trail keeps it). Every step says, before it runs, that
a status change is not undone with Undo.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.enums import CallStatus
from ...domain.errors import DomainError, ReasonRequiredError
from ...domain.steps import CALL_PATH
from ...services.calls import CallView
from ...services.registry import Services
from .. import interaction
from ..colours import MUTED
from ..dialogs.decision_dialog import ReasonDialog
from ..labels import QT_TRANSLATE_NOOP, label_of
from ..writes import save_off_thread
from .records import open_decision

#: The bold button's words for the step forward from each status.
NEXT_STEP_VERBS = {
    CallStatus.DRAFT: QT_TRANSLATE_NOOP("CallWorkflowBar", "Open for applications…"),
    CallStatus.OPEN: QT_TRANSLATE_NOOP("CallWorkflowBar", "Close and start review…"),
    CallStatus.CLOSED: QT_TRANSLATE_NOOP("CallWorkflowBar", "Start review…"),
    CallStatus.UNDER_REVIEW: QT_TRANSLATE_NOOP("CallWorkflowBar", "Mark awarded…"),
}


class CallWorkflowBar(QWidget):
    #: The call's status changed (its id), or a step failed and the page should read it again (None).
    changed = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.call: CallView | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.path = QLabel(self)
        self.path.setObjectName("call-path")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("call-next-step")
        self.next_button.setStyleSheet("font-weight: bold;")
        self.next_button.clicked.connect(self.take_next_step)
        self.close_only_button = QPushButton(self.tr("Close only…"), self)
        self.close_only_button.setToolTip(
            self.tr("Close the call to applications without starting the review")
        )
        self.close_only_button.clicked.connect(lambda: self.change(CallStatus.CLOSED))
        self.cancel_button = QPushButton(self.tr("Cancel call…"), self)
        self.cancel_button.clicked.connect(lambda: self.change(CallStatus.CANCELLED))
        self.why = QLabel(self)
        self.why.setObjectName("call-step-why")
        self.why.setWordWrap(True)
        self.why.setStyleSheet(f"color: {MUTED.name()};")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.next_button, self.close_only_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path)
        layout.addLayout(buttons)
        layout.addWidget(self.why)
        self.show_call(None)

    def show_call(self, call: CallView | None) -> None:
        self.call = call
        self.path.setText(_path_text(call) if call is not None else "")
        target = call.next_status if call is not None else None
        self.next_button.setVisible(target is not None)
        self.close_only_button.setVisible(call is not None and call.status == CallStatus.OPEN)
        self.cancel_button.setVisible(call is not None and call.step(CallStatus.CANCELLED).allowed)
        if call is None or target is None:
            self.why.setText(
                self.tr("This call is {status}: it has no further step.").format(
                    status=label_of(call.status).lower()
                )
                if call is not None
                else ""
            )
            return
        self.next_button.setText(self.tr(NEXT_STEP_VERBS[call.status]))
        blocked = call.step(target).blocked
        self.next_button.setEnabled(blocked is None)
        self.next_button.setToolTip(blocked or "")
        self.why.setText(self.tr("Not yet: {why}.").format(why=blocked) if blocked else self._hint(call))

    def _hint(self, call: CallView) -> str:
        if call.status == CallStatus.OPEN and call.step(CallStatus.CLOSED).asks:
            return self.tr("The deadline ({day}) has not passed: closing now asks why.").format(
                day=call.submission_deadline
            )
        if call.status == CallStatus.UNDER_REVIEW:
            return self.tr("{n} grant(s) awarded from this call.").format(n=call.awarded_count)
        return ""

    # Steps --------------------------------------------------------------------------------------

    def take_next_step(self) -> None:
        call = self.call
        if call is None or call.next_status is None:
            return
        if call.status == CallStatus.OPEN:
            self.change(CallStatus.CLOSED, then=CallStatus.UNDER_REVIEW)
        else:
            self.change(call.next_status)

    def change(self, status: CallStatus, *, then: CallStatus | None = None) -> None:
        """Confirm (or ask the reason the step needs), then move the call; `then` a second step."""
        call = self.call
        if call is None:
            return
        step = call.step(status)
        if step.blocked:
            interaction.show_error(self, DomainError(step.blocked), title=self.tr("Not available"))
            return
        words = _step_words(call, status, then)
        if step.asks:
            self.ask_reason(call, step.asks, words, lambda reason: self._move(call, status, then, reason))
            return
        question = self.tr("{words}\n\nA status change is not undone with Undo (Ctrl+Z).").format(words=words)
        if interaction.confirm(
            self, self.tr("Change the call's status"), question, action=self.tr("Go ahead")
        ):
            self._run(lambda: self._move(call, status, then, None))

    def ask_reason(
        self, call: CallView, question: str, words: str, move: Callable[[str | None], CallView]
    ) -> None:
        dialog = ReasonDialog(
            self.tr("Close {reference} early").format(reference=call.reference),
            f"{words}\n\n{question}\n\n" + self.tr("A status change is not undone with Undo (Ctrl+Z)."),
            required=True,
            parent=self,
        )
        self.reason_dialog = dialog
        open_decision(
            self,
            dialog,
            lambda: partial(move, dialog.reason.value()),
            done=lambda saved: self.changed.emit(saved.id),
            error_title=self.tr("Could not change the status"),
            after_error=lambda: self.changed.emit(None),
        )

    def _move(
        self, call: CallView, status: CallStatus, then: CallStatus | None, reason: str | None
    ) -> CallView:
        """One or two status changes, committed together."""
        if reason is None and call.step(status).asks:
            raise ReasonRequiredError(call.step(status).asks or "")
        with self.services.unit_of_work() as uow:
            moved = uow.calls.change_status(call.id, status, expected_version=call.version, reason=reason)
            if then is not None:
                moved = uow.calls.change_status(call.id, then, expected_version=moved.version)
        return self.services.calls.get(moved.id)

    def _run(self, action: Callable[[], CallView]) -> None:
        save_off_thread(
            self,
            action,
            done=lambda saved: self.changed.emit(saved.id),
            failed=self._not_moved,
            busy=[self],
        )

    def _not_moved(self, error: BaseException) -> None:
        interaction.show_error(self, error, title=self.tr("Could not change the status"))
        self.changed.emit(None)


def _path_text(call: CallView) -> str:
    """Draft › Open › Closed › Under review › Awarded, the current one in bold."""
    if call.status == CallStatus.CANCELLED:
        return f"<b>{label_of(CallStatus.CANCELLED)}</b>"
    parts = [f"<b>{label_of(s)}</b>" if s == call.status else label_of(s) for s in CALL_PATH]
    return " › ".join(parts)


def _step_words(call: CallView, status: CallStatus, then: CallStatus | None) -> str:
    target = label_of(then or status).lower()
    reference = call.reference
    if then is not None:
        return QCoreApplication.translate(
            "CallWorkflowBar",
            "Close call {reference} to applications and start the review: it becomes {target}. "
            "Applications that arrive later are recorded only as late ones.",
        ).format(reference=reference, target=target)
    if status == CallStatus.OPEN:
        return QCoreApplication.translate(
            "CallWorkflowBar", "Open call {reference} for applications, with its criteria weighted to 100."
        ).format(reference=reference)
    if status == CallStatus.CANCELLED:
        return QCoreApplication.translate(
            "CallWorkflowBar",
            "Cancel call {reference}? A cancelled call takes no applications and awards nothing.",
        ).format(reference=reference)
    return QCoreApplication.translate("CallWorkflowBar", "Move call {reference} to “{status}”.").format(
        reference=reference, status=label_of(status)
    )
