"""Background operations: results, errors and cancel arrive in the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from diaspora_grants.domain.errors import WorkflowError
from diaspora_grants.gui import interaction
from diaspora_grants.gui.workers import Progress, run_in_background


def test_result_and_progress_arrive_in_the_gui_thread(qtbot: QtBot) -> None:
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}
    steps: list[tuple[int, int]] = []

    def work(progress: Progress) -> str:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        for step in range(1, 4):
            progress.report(step, 3, f"step {step}")
        return "done"

    def succeeded(result: object) -> None:
        seen["result"] = result
        seen["in gui thread"] = QThread.currentThread() is gui_thread

    operation = run_in_background(
        work, on_success=succeeded, on_progress=lambda d, t, _x: steps.append((d, t))
    )
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert seen == {"worker": True, "result": "done", "in gui thread": True}
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert not operation.is_running()


def test_a_domain_error_is_shown_as_its_message(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(interaction, "show_error", lambda _parent, error, **_kw: shown.append(str(error)))

    def refuse(_progress: Progress) -> None:
        raise WorkflowError("a closed call cannot be opened again")

    operation = run_in_background(refuse, on_success=lambda _r: shown.append("success?"))
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert shown == ["a closed call cannot be opened again"]


def test_cancel_stops_the_work_and_reports_neither_success_nor_error(qtbot: QtBot) -> None:
    started = threading.Event()
    outcome: list[str] = []
    loops: list[int] = []

    def long_work(progress: Progress) -> str:
        started.set()
        for step in range(10_000):
            loops.append(step)
            progress.check()
            threading.Event().wait(0.001)
        return "finished everything"

    operation = run_in_background(
        long_work,
        on_success=lambda _r: outcome.append("success"),
        on_error=lambda _e: outcome.append("error"),
    )
    operation.cancelled.connect(lambda: outcome.append("cancelled"))
    assert started.wait(5)
    with qtbot.waitSignal(operation.finished, timeout=5000):
        operation.cancel()
    assert outcome == ["cancelled"]
    assert len(loops) < 10_000
