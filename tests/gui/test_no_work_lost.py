"""Figures typed into the grid are never lost without asking: Save, Discard or Cancel before
quitting (Ctrl+Q, File > Quit, the window's close button), another page, other results or another
database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diaspora_grants.gui import interaction, workspace_actions
from diaspora_grants.gui.interaction import ask_unsaved as real_ask_unsaved
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.page_registry import page_row
from diaspora_grants.gui.pages.results_page import ResultsPage
from diaspora_grants.services.registry import Services

from .builders import Chain, grant_chain
from .clicking import answer_next


@pytest.fixture
def chain(services: Services) -> Chain:
    return grant_chain(services)


@pytest.fixture
def typed(window: MainWindow, chain: Chain, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> ResultsPage:
    """The window on screen with one figure typed into the grid and not saved; the real question."""
    monkeypatch.setattr(interaction, "ask_unsaved", real_ask_unsaved)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("results")
    assert isinstance(page, ResultsPage)
    page.scope.choose(project="LB-VAX-01", indicator="BHA-1", period="2022-H1")
    page.location.setCurrentIndex(page.location.findText("Akkar"))
    page.model.setData(page.model.index(0, 0), "25")
    assert window.isWindowModified()
    return page


def finished(page: ResultsPage) -> None:
    """pytest-qt closes the window after the test: nothing left to ask about then."""
    page.model.dirty = False


def saved_total(services: Services, chain: Chain) -> int:
    return int(services.results.grid(chain.project_id, chain.people_id, chain.periods["2022-H1"]).total)


QUITS: dict[str, Callable[[MainWindow, QtBot], object]] = {
    "Ctrl+Q": lambda window, qtbot: qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    "File > Quit": lambda window, _qtbot: window.quit_action.trigger(),
    "the close button": lambda window, _qtbot: window.close(),
}


@pytest.mark.parametrize("how", QUITS)
def test_quitting_with_typed_figures_asks_and_cancel_keeps_working(
    typed: ResultsPage, window: MainWindow, qtbot: QtBot, services: Services, chain: Chain, how: str
) -> None:
    window.activateWindow()
    seen: list[str] = []
    answer_next("Cancel", seen)
    QUITS[how](window, qtbot)
    assert seen == [
        "The results of LB-VAX-01 · BHA-1 · 2022-H1 have figures that are not saved. "
        "Save them before you quit?"
    ]
    assert window.isVisible() and typed.model.dirty and saved_total(services, chain) == 0
    finished(typed)


def test_quitting_and_saving_keeps_the_figures(
    typed: ResultsPage, window: MainWindow, services: Services, chain: Chain
) -> None:
    seen: list[str] = []
    answer_next("Save", seen)
    window.quit_action.trigger()
    assert seen and not window.isVisible()
    assert saved_total(services, chain) == 25


def test_quitting_and_discarding_closes_without_saving(
    typed: ResultsPage, window: MainWindow, services: Services, chain: Chain
) -> None:
    seen: list[str] = []
    answer_next("Discard", seen)
    window.close()
    assert seen and not window.isVisible()
    assert saved_total(services, chain) == 0


def test_another_page_asks_and_cancel_stays_on_the_grid(typed: ResultsPage, window: MainWindow) -> None:
    seen: list[str] = []
    answer_next("Cancel", seen)
    window.navigation.setCurrentRow(page_row("partners"))
    assert seen and seen[0].endswith("Save them before you open another page?")
    assert window.current_page() is typed and window.navigation.currentRow() == page_row("results")
    assert typed.model.dirty

    answer_next("Save", seen)
    window.navigation.setCurrentRow(page_row("partners"))
    assert window.current_page() is window.pages["partners"] and not typed.model.dirty


def test_other_results_ask_and_save_keeps_the_figures(
    typed: ResultsPage, services: Services, chain: Chain
) -> None:
    period = typed.scope.period
    seen: list[str] = []
    answer_next("Cancel", seen)
    period.setCurrentIndex(period.findText("2022-H2"))
    assert seen and seen[0].endswith("Save them before you show other results?")
    assert period.currentText() == "2022-H1" and typed.model.dirty

    answer_next("Save", seen)
    period.setCurrentIndex(period.findText("2022-H2"))
    assert period.currentText() == "2022-H2" and saved_total(services, chain) == 25


def test_another_database_asks_and_cancel_keeps_this_one(
    typed: ResultsPage, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.sqlite"
    monkeypatch.setattr(workspace_actions.QFileDialog, "getOpenFileName", lambda *_a: (str(other), ""))
    before = window.workspace
    seen: list[str] = []
    answer_next("Cancel", seen)
    window.open_database_action.trigger()
    assert seen and seen[0].endswith("Save them before you open another database?")
    assert window.workspace is before and typed.model.dirty and not other.exists()
    finished(typed)
