"""Run service calls off the GUI thread, with progress, cancel and results delivered back in it.

    operation = run_in_background(
        lambda progress: exporter.workbook(..., progress=progress.report, cancelled=progress.cancelled),
        on_success=lambda path: self.show_done(path),
        parent=self,
    )
    cancel_button.clicked.connect(operation.cancel)

The callable gets a :class:`Progress`: it may call ``report(done, total, text)`` and should poll
``cancelled()`` (or call ``check()``, which raises :class:`Cancelled`) between steps. A DomainError
arrives in ``on_error`` (default: a message box with its message); a run that stopped because of
Cancel calls neither ``on_success`` nor ``on_error``.

Cancel tells the truth: work that had already finished when Cancel was pressed (an import that was
committed, a file that was written) still delivers its result, with ``finished_despite_cancel`` set,
so the page says it was saved and shows it. Only work that really stopped reports "cancelled".
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from shiboken6 import isValid

from . import interaction

log = logging.getLogger("diaspora_grants.gui")

#: How many service calls of one page read run at the same time (see gather()).
GATHER_THREADS = 4
#: A page waits disabled once its read has taken this long: a quicker one would only flash the
#: page grey (and paint it twice), a longer one shows that the page is not yet up to date.
BUSY_AFTER_MS = 100


class Cancelled(Exception):  # noqa: N818 - reads as what happened
    """Raised inside a background call when the user pressed Cancel."""


class Progress:
    """What the background callable sees: a progress sink and the cancel flag."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self._emit(done, total, text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()


class Operation(QObject):
    """One background call. Lives in the GUI thread; its signals arrive there."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    cancelled = Signal()
    finished = Signal()

    _running: set[Operation] = set()  # noqa: RUF012 - keeps Python wrappers alive until done

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay: _Relay | None = None
        self.progress = Progress(self._report)
        self.done = False
        self._succeeded = False

    def cancel(self) -> None:
        self.progress.cancel()

    @property
    def finished_despite_cancel(self) -> bool:
        """Cancel was pressed, but the work had already done everything (and saved it)."""
        return self.done and self._succeeded and self.progress.cancelled()

    def _report(self, done: int, total: int, text: str) -> None:
        if self._relay is not None:
            self._relay.progressed.emit(done, total, text)

    def is_running(self) -> bool:
        return not self.done

    # Slots of a QObject living in the GUI thread: Qt queues the worker's signals to them.
    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self._succeeded = True
        self.done = True  # so that on_success can already ask finished_despite_cancel
        self.succeeded.emit(result)

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        self.failed.emit(error)

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, text: str) -> None:
        self.progressed.emit(done, total, text)

    @Slot()
    def _deliver_cancelled(self) -> None:
        self.cancelled.emit()

    @Slot()
    def _finish(self) -> None:
        self.done = True
        Operation._running.discard(self)
        self.finished.emit()


class _Job(QRunnable):
    def __init__(self, operation: Operation, call: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._operation = operation
        self._call = call
        self._relay = _Relay()
        # Kept by the operation: queued signals must find their sender alive after run() returns.
        operation._relay = self._relay
        self._relay.result.connect(operation._deliver_result)
        self._relay.error.connect(operation._deliver_error)
        self._relay.stopped.connect(operation._deliver_cancelled)
        self._relay.progressed.connect(operation._deliver_progress)
        self._relay.done.connect(operation._finish)

    def run(self) -> None:
        try:
            # Cancelled before the work started (pressed while it waited for a thread): nothing ran.
            self._operation.progress.check()
            result = self._call(self._operation.progress)
        except Exception as error:  # delivered to the GUI thread, shown there
            if is_cancellation(error):
                self._relay.stopped.emit()
            else:
                self._relay.error.emit(error)
        else:
            # Finished, Cancel or not: what it did is done (saved, written); the page says so.
            self._relay.result.emit(result)
        finally:
            self._relay.done.emit()


def is_cancellation(error: BaseException) -> bool:
    """The work stopped because Cancel was pressed (ours, or a service's own "...CancelledError")."""
    return isinstance(error, Cancelled) or type(error).__name__.endswith("CancelledError")


class _Relay(QObject):
    """Created in the GUI thread, emitted from the worker: Qt queues the signals across."""

    result = Signal(object)
    error = Signal(object)
    progressed = Signal(int, int, str)
    stopped = Signal()
    done = Signal()


def run_in_background(
    call: Callable[[Progress], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    parent: QWidget | None = None,
    pool: QThreadPool | None = None,
) -> Operation:
    operation = Operation()
    Operation._running.add(operation)
    if on_success is not None:
        operation.succeeded.connect(on_success)
    operation.failed.connect(on_error or (lambda error: interaction.show_error(parent, error)))
    if on_progress is not None:
        operation.progressed.connect(on_progress)
    (pool or QThreadPool.globalInstance()).start(_Job(operation, call))
    return operation


def run_with_progress_dialog(
    parent: QWidget,
    title: str,
    call: Callable[[Progress], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    late_cancel: str | None = None,
) -> Operation:
    """A background call with a progress dialog whose Cancel button stops it.

    Work that had finished when Cancel was pressed is reported as done (``on_success``), and, when
    ``late_cancel`` is given, the user is told so in those words (say what was saved). Work that
    only reads (a preview) can drop such a result: ``operation.finished_despite_cancel``."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Workers", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progressed(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def succeeded(result: Any) -> None:
        if on_success is not None:
            on_success(result)
        if late_cancel and operation.finished_despite_cancel:
            interaction.inform(parent, QCoreApplication.translate("Workers", "Already done"), late_cancel)

    operation = run_in_background(
        call, on_success=succeeded, on_error=on_error, on_progress=progressed, parent=parent
    )
    if on_cancelled is not None:
        operation.cancelled.connect(on_cancelled)
    dialog.canceled.connect(operation.cancel)
    operation.finished.connect(dialog.deleteLater)
    operation.finished.connect(dialog.close)
    return operation


@cache
def _gathering() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=GATHER_THREADS, thread_name_prefix="page-read")


def gather(first: Callable[[], Any], *others: Callable[[], Any]) -> list[Any]:
    """Call each at the same time (each service call is its own unit of work, on its own
    connection) and return their results in order; the first error is raised. Over a team's
    server far away a page waits for the slowest call, not for the sum of them. The first runs in
    the calling thread, so it may itself call gather(); the others must not (the threads they run
    on could all be waiting for each other)."""
    futures = [_gathering().submit(call) for call in others]
    try:
        result = first()
    finally:
        rest = [future.result() for future in futures]  # none left running on a failure
    return [result, *rest]


@cache
def reads_pool() -> QThreadPool:
    """The threads pages read on: their own, so that a long import or check running on the global
    pool never keeps a page waiting for a thread."""
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    return pool


def wait_for_reads(timeout_ms: int = 5000) -> bool:
    """Before a database is closed (switched, the window closing): let running reads end."""
    return reads_pool().waitForDone(timeout_ms)


def deliver_at_once(operation: Operation, timeout_s: float = 30.0) -> None:
    """Wait for `operation`, then deliver its result at once: for scripts that act on a page right
    after asking it (screenshots, tests: ``PageReads.settle``), and for the one step the app must
    finish before going on (figures saved before the window closes or the scope changes). Only the
    operation's own queued signals are delivered: nothing else of the event loop runs meanwhile."""
    deadline = time.monotonic() + timeout_s
    while not operation.done and time.monotonic() < deadline:
        QCoreApplication.sendPostedEvents(operation)
        time.sleep(0.001)
    if not operation.done:
        raise TimeoutError(f"a page's read did not finish within {timeout_s:g} s")


class PageReads(QObject):
    """A page's reads from the database, off the GUI thread (like Anki's QueryOp).

    ``run(read, show)`` calls ``read()`` in a worker thread and ``show(result)`` back in the GUI
    thread. The newest read wins: typing in a search starts one per pause, and an older result that
    arrives late is dropped, as is one whose page was deleted (a database switch). While a read
    runs, the ``busy`` widgets are disabled, not frozen: the window still repaints and answers.
    ``read`` must not touch widgets: take what it needs from them first, in the GUI thread.
    The busy widgets are disabled once the read has taken BUSY_AFTER_MS.
    """

    #: A read was shown (or failed): the page shows what the database holds.
    loaded = Signal()

    #: Set by the GUI tests: called with each operation as it starts, to wait for it there.
    settle: ClassVar[Callable[[Operation], None] | None] = None

    def __init__(self, parent: QWidget, busy: Callable[[], list[QWidget]]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._busy = busy
        self._generation = 0
        self._operation: Operation | None = None
        self._focus: QWidget | None = None
        self._focus_moved_to: QWidget | None = None
        self._busy_shown = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)

    def is_loading(self) -> bool:
        return self._operation is not None

    def run(
        self,
        read: Callable[[], Any],
        show: Callable[[Any], None],
        *,
        failed: Callable[[BaseException], None] | None = None,
    ) -> Operation:
        if self._operation is not None:
            self._operation.cancel()  # skipped if it has not started yet; dropped if it has
        self._generation += 1
        generation = self._generation

        def arrived(result: Any) -> None:
            if self._current(generation):
                self._settled(show, result)

        def went_wrong(error: BaseException) -> None:
            if self._current(generation):
                self._settled(failed or (lambda e: interaction.show_error(self._parent, e)), error)

        self._operation = operation = run_in_background(
            lambda _progress: read(),
            on_success=arrived,
            on_error=went_wrong,
            parent=self._parent,
            pool=reads_pool(),
        )
        if not self._busy_shown:
            self._busy_timer.start()
        if PageReads.settle is not None:
            PageReads.settle(operation)
        return operation

    @Slot()
    def _show_busy(self) -> None:
        if self._operation is not None:
            self._set_busy(True)

    def drop(self) -> None:
        """Forget the running read: its result will not be shown (the page is going away)."""
        self._generation += 1
        if self._operation is not None:
            self._operation.cancel()
            self._operation = None
            self._not_busy()

    def _current(self, generation: int) -> bool:
        # A newer read started, or the page was deleted with the database it showed.
        return isValid(self) and generation == self._generation

    def _settled(self, show: Callable[[Any], None], value: Any) -> None:
        self._operation = None
        self._not_busy()
        try:
            show(value)
        finally:
            self.loaded.emit()

    def _not_busy(self) -> None:
        self._busy_timer.stop()
        if self._busy_shown:
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self._busy_shown = busy
        widgets = self._busy()
        focused = QApplication.focusWidget()
        if (
            busy
            and self._focus is None
            and focused is not None
            and any(w is focused or w.isAncestorOf(focused) for w in widgets)
        ):
            self._focus = focused
        for widget in widgets:
            widget.setEnabled(not busy)
        if busy and self._focus is not None:
            # Disabling moved the focus on; it goes back to where it was once the rows are in.
            self._focus_moved_to = QApplication.focusWidget()
        elif not busy and self._focus is not None:
            if isValid(self._focus) and QApplication.focusWidget() is self._focus_moved_to:
                self._focus.setFocus()
            self._focus = self._focus_moved_to = None
