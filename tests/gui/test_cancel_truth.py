"""Cancel tells the truth: work that finished (an import committed) is reported as saved and shown;
work that stopped is reported as cancelled; an import says before it runs that Undo will not take
it back."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from diaspora_grants.gui import interaction
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages import import_panel
from diaspora_grants.gui.pages.reports_page import ReportsPage
from diaspora_grants.gui.workers import Progress, run_in_background
from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.services.registry import Services
from diaspora_grants.services.results import ResultFilter

from .builders import grant_chain
from .clicking import answer_next


def test_work_that_finished_before_cancel_took_effect_delivers_its_result(qtbot: QtBot) -> None:
    finished_work = threading.Event()
    go_on = threading.Event()
    outcome: list[str] = []

    def save_everything(_progress: Progress) -> str:  # a commit: it cannot stop half-way
        finished_work.set()
        go_on.wait(5)
        return "saved"

    operation = run_in_background(save_everything, on_success=outcome.append)
    operation.cancelled.connect(lambda: outcome.append("cancelled"))
    qtbot.waitUntil(finished_work.is_set)
    operation.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: operation.done and not operation.is_running() and bool(outcome))
    assert outcome == ["saved"] and operation.finished_despite_cancel


def test_cancel_before_the_work_starts_runs_nothing(qtbot: QtBot) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    release = threading.Event()
    ran: list[str] = []
    busy = run_in_background(lambda _p: release.wait(5), pool=pool)
    waiting = run_in_background(lambda _p: ran.append("ran"), pool=pool)
    stopped: list[str] = []
    waiting.cancelled.connect(lambda: stopped.append("cancelled"))
    waiting.cancel()
    release.set()
    qtbot.waitUntil(lambda: busy.done and waiting.done)
    assert ran == [] and stopped == ["cancelled"] and not waiting.finished_despite_cancel
    pool.waitForDone(5000)


def test_an_error_after_cancel_is_still_reported(qtbot: QtBot) -> None:
    started = threading.Event()
    go_on = threading.Event()
    seen: list[str] = []

    def fail(_progress: Progress) -> None:
        started.set()
        go_on.wait(5)
        raise ValueError("the disk is full")

    operation = run_in_background(fail, on_error=lambda error: seen.append(str(error)))
    qtbot.waitUntil(started.is_set)
    operation.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: operation.done)
    assert seen == ["the disk is full"]


@pytest.fixture
def reports(window: MainWindow, services: Services) -> ReportsPage:
    grant_chain(services)
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    return page


def filled_template(services: Services, tmp_path: Path) -> Path:
    path = tmp_path / "from-partner.xlsx"
    DataExchange(services).make_template("LB-VAX-01", "2022-H1", path)
    book = load_workbook(path)
    book["Results"]["H2"], book["Results"]["H3"] = 120, 35
    book.save(path)
    return path


def test_an_import_says_it_cannot_be_undone_before_it_runs(
    qtbot: QtBot, reports: ReportsPage, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = reports.import_panel
    preview = panel.preview(filled_template(services, tmp_path))
    qtbot.waitUntil(lambda: preview.done, timeout=20_000)
    asked: list[str] = []
    monkeypatch.setattr(
        interaction, "confirm", lambda _p, _t, question, **_k: asked.append(question) or False
    )
    panel.commit_button.click()
    assert asked and "An import cannot be undone with Undo" in asked[0]
    assert services.results.count(ResultFilter()) == 0  # declined: nothing imported


def test_cancel_pressed_after_the_import_was_saved_says_so_and_shows_the_data(
    qtbot: QtBot, reports: ReportsPage, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = reports.import_panel
    preview = panel.preview(filled_template(services, tmp_path))
    qtbot.waitUntil(lambda: preview.done, timeout=20_000)
    saved, go_on = threading.Event(), threading.Event()
    real_commit = DataExchange.commit_import

    def commit_then_wait(exchange: DataExchange, path: Path) -> object:
        report = real_commit(exchange, path)  # saved: the unit of work has committed
        saved.set()
        go_on.wait(5)
        return report

    monkeypatch.setattr(import_panel.DataExchange, "commit_import", commit_then_wait)
    imported: list[bool] = []
    panel.imported.connect(lambda: imported.append(True))
    operation = panel.commit()
    assert operation is not None
    qtbot.waitUntil(saved.is_set, timeout=20_000)
    operation.cancel()  # the user presses Cancel now: too late
    seen: list[str] = []
    answer_next("OK", seen)
    go_on.set()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "had already been saved when Cancel was pressed" in seen[0]
    assert panel.summary.text().startswith("Cancel came too late: ")
    assert imported == [True]
    assert services.results.count(ResultFilter()) == 2


def test_a_preview_cancelled_shows_nothing_and_saves_nothing(
    qtbot: QtBot, reports: ReportsPage, services: Services, tmp_path: Path
) -> None:
    panel = reports.import_panel
    operation = panel.preview(filled_template(services, tmp_path))
    operation.cancel()
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    assert panel.sheet_model.rowCount() == 0 and not panel.commit_button.isEnabled()
    assert "cancelled; nothing was saved" in panel.summary.text()


def test_the_preview_shows_what_it_will_ignore_before_committing(
    qtbot: QtBot, reports: ReportsPage, services: Services, tmp_path: Path
) -> None:
    path = filled_template(services, tmp_path)
    book = load_workbook(path)
    book["Results"].cell(row=1, column=book["Results"].max_column + 1, value="Checked by")
    book.save(path)
    panel = reports.import_panel
    preview = panel.preview(path)
    qtbot.waitUntil(lambda: preview.done, timeout=20_000)
    assert panel.warnings.isVisibleTo(panel)
    assert "Results, row 1, Checked by:" in panel.warnings.text()
    assert panel.commit_button.isEnabled()  # said, not refused
    panel.cancel_button.click()
    assert not panel.warnings.isVisibleTo(panel)
