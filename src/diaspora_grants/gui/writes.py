"""Saving off the GUI thread, the way Anki's CollectionOp does: the window keeps answering while a
save, a deletion, an undo or a workflow step waits for a far server.

    save_off_thread(
        dialog,
        lambda: services.projects.update(project_id, data, expected_version=version),
        done=lambda view: dialog.saved_as(view),
        failed=dialog.refused,
        busy=[dialog.form_area, dialog.buttons],
    )

``call`` runs in a worker thread and must not touch widgets (take what it needs from them first);
``done(result)`` or ``failed(error)`` run back in the GUI thread. The ``busy`` widgets are disabled,
not frozen, until then, so the same Save cannot be pressed twice. Writes run one at a time, in the
order asked, on their own thread: a second save waits for the first, never overtakes it.

Nothing arrives for an ``owner`` deleted meanwhile (a dialog closed, a database switched): what
was saved stays saved, and the page reads it again when it is next shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from . import interaction
from .workers import Operation, run_in_background

T = TypeVar("T")


class Writes:
    """Where tests hook in, as with ``PageReads.settle``: called with each write as it starts."""

    settle: ClassVar[Callable[[Operation], None] | None] = None


@cache
def writes_pool() -> QThreadPool:
    """One thread: writes are done in the order they were asked."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return pool


def wait_for_writes(timeout_ms: int = 30000) -> bool:
    """Before a database is closed (switched, the window closing): let a running save end."""
    return writes_pool().waitForDone(timeout_ms)


def save_off_thread(
    owner: QObject,
    call: Callable[[], T],
    *,
    done: Callable[[T], None],
    failed: Callable[[BaseException], None] | None = None,
    busy: Sequence[QWidget] = (),
) -> Operation:
    disabled = [widget for widget in busy if widget.isEnabled()]
    for widget in disabled:
        widget.setEnabled(False)

    def settled(deliver: Callable[[Any], None], value: Any) -> None:
        for widget in disabled:
            if isValid(widget):
                widget.setEnabled(True)
        if isValid(owner):
            deliver(value)

    def went_wrong(error: BaseException) -> None:
        parent = owner if isinstance(owner, QWidget) else None
        settled(failed or (lambda e: interaction.show_error(parent, e)), error)

    operation = run_in_background(
        lambda _progress: call(),
        on_success=lambda result: settled(done, result),
        on_error=went_wrong,
        pool=writes_pool(),
    )
    if Writes.settle is not None:
        Writes.settle(operation)
    return operation
