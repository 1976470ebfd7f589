"""The results grid used from the keyboard as a spreadsheet: Enter, Tab, paste, figures refused as
they are typed, named by the cell's labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from diaspora_grants.domain.enums import ResultStatus
from diaspora_grants.gui import interaction
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages.results_page import ResultsPage
from diaspora_grants.services.registry import Services
from diaspora_grants.services.results import CellInput

from .builders import Chain, grant_chain


@pytest.fixture
def chain(services: Services) -> Chain:
    return grant_chain(services)


@pytest.fixture
def page(window: MainWindow, chain: Chain, qtbot: QtBot) -> ResultsPage:
    window.show()  # keys such as Tab reach a view only when it is on screen
    qtbot.waitExposed(window)
    shown = window.show_page("results")
    assert isinstance(shown, ResultsPage)
    shown.scope.choose(project="LB-VAX-01", indicator="BHA-1", period="2022-H1")
    shown.location.setCurrentIndex(shown.location.findText("Akkar"))
    return shown


#: The first cell of the grid, as the messages name it.
FIRST = "Akkar · host community · female · 0-17"


def at(page: ResultsPage, row: int, column: int) -> QModelIndex:
    return page.model.index(row, column)


def text(page: ResultsPage, row: int, column: int) -> str:
    return str(page.model.data(at(page, row, column)))


def type_into(qtbot: QtBot, page: ResultsPage, row: int, column: int, keys: str) -> None:
    """Select the cell and type, as a user does (the first key opens the cell)."""
    page.grid.setFocus()
    page.grid.setCurrentIndex(at(page, row, column))
    qtbot.keyClicks(page.grid, keys[0])
    editor = page.grid.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, keys[1:])


def test_enter_commits_and_moves_down_the_column(qtbot: QtBot, page: ResultsPage) -> None:
    type_into(qtbot, page, 0, 1, "12")
    editor = page.grid.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.grid.currentIndex() == at(page, 1, 1))
    assert text(page, 0, 1) == "12"
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)  # not editing: Enter moves down too
    assert page.grid.currentIndex() == at(page, 2, 1)
    qtbot.keyClick(page.grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert page.grid.currentIndex() == at(page, 1, 1)


def test_enter_at_the_last_row_skips_the_total_row(qtbot: QtBot, page: ResultsPage) -> None:
    last = page.model.rowCount() - 2  # the row above Total
    page.grid.setFocus()
    page.grid.setCurrentIndex(at(page, last, 0))
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    assert page.grid.currentIndex() == at(page, 0, 1)  # the top of the next column, not Total


def test_tab_skips_the_total_column_and_row(qtbot: QtBot, page: ResultsPage) -> None:
    total_column = page.model.columnCount() - 1
    page.grid.setFocus()
    page.grid.setCurrentIndex(at(page, 0, total_column - 1))
    qtbot.keyClick(page.grid, Qt.Key.Key_Tab)
    assert page.grid.currentIndex() == at(page, 1, 0)  # past "Total" to the next row
    qtbot.keyClick(page.grid, Qt.Key.Key_Backtab)
    assert page.grid.currentIndex() == at(page, 0, total_column - 1)
    last_row = page.model.rowCount() - 2
    page.grid.setCurrentIndex(at(page, last_row, total_column - 1))
    qtbot.keyClick(page.grid, Qt.Key.Key_Tab)
    assert page.grid.currentIndex() == at(page, 0, 0)  # the Total row is skipped as well


def test_tab_while_typing_goes_to_the_next_cell_to_type_into(qtbot: QtBot, page: ResultsPage) -> None:
    total_column = page.model.columnCount() - 1
    type_into(qtbot, page, 0, total_column - 1, "7")
    editor = page.grid.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: page.grid.currentIndex() == at(page, 1, 0))
    assert text(page, 0, total_column - 1) == "7"


def test_a_block_copied_from_a_spreadsheet_pastes_across_cells(qtbot: QtBot, page: ResultsPage) -> None:
    # What Excel and LibreOffice put on the clipboard: tabs between cells, a line break per row.
    QGuiApplication.clipboard().setText("1\t2\t3\t4\r\n5\t6\t7\t8\r\n9\t10\t11\t12\r\n")
    page.grid.setFocus()
    page.grid.setCurrentIndex(at(page, 2, 0))
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [[text(page, r, c) for c in range(4)] for r in (2, 3, 4)] == [
        ["1", "2", "3", "4"], ["5", "6", "7", "8"], ["9", "10", "11", "12"],
    ]  # fmt: skip
    assert text(page, 2, 4) == "10" and page.model.total() == 78
    assert page.model.dirty and page.save_button.isEnabled()


def test_a_block_that_does_not_fit_pastes_nothing_and_says_how_much_room_there_is(
    qtbot: QtBot, page: ResultsPage
) -> None:
    QGuiApplication.clipboard().setText("1\t2\t3\n4\t5\t6\n")
    page.grid.setFocus()
    page.grid.setCurrentIndex(at(page, 0, 2))
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.model.total() == 0 and not page.model.dirty
    message = page.problem.text()
    assert page.problem.isVisibleTo(page)
    assert "Nothing was pasted: the block is 2 rows by 3 columns" in message
    assert "from Akkar · host community · female · 60+ there is room for 18 by 2" in message


def test_a_block_with_a_wrong_figure_pastes_nothing_and_names_the_cell(
    qtbot: QtBot, page: ResultsPage
) -> None:
    QGuiApplication.clipboard().setText("1\t2\n3\t-5\n")
    page.grid.setFocus()
    page.grid.setCurrentIndex(at(page, 0, 0))
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.model.total() == 0
    assert page.problem.text() == (
        "Nothing was pasted: Akkar · host community · male · 18-59: must be a number of zero or more."
    )


def test_figures_from_a_spreadsheet_with_thousands_separators_are_read(
    qtbot: QtBot, page: ResultsPage
) -> None:
    QGuiApplication.clipboard().setText("1,250\n")
    page.grid.setFocus()
    page.grid.setCurrentIndex(at(page, 0, 0))
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert text(page, 0, 0) == "1,250" and page.model.total() == 1250


@pytest.mark.parametrize(
    ("keys", "kept", "message"),
    [
        ("-5", "5", f"{FIRST}: must be a number of zero or more"),
        ("2.5", "2.", f"{FIRST}: 2.5 is not a whole number; this indicator counts things"),
        ("1x", "1", f"{FIRST}: '1x' is not a number"),
    ],
)  # fmt: skip
def test_a_wrong_key_is_refused_at_once_naming_the_cell_by_its_labels(
    qtbot: QtBot, page: ResultsPage, keys: str, kept: str, message: str
) -> None:
    type_into(qtbot, page, 0, 0, keys)
    editor = page.grid.findChild(QLineEdit)
    assert editor is not None and editor.text() == kept  # the wrong key never reached the cell
    assert page.problem.isVisibleTo(page) and page.problem.text() == message


def test_copy_puts_the_selected_cells_on_the_clipboard_as_a_spreadsheet_reads_them(
    qtbot: QtBot, page: ResultsPage
) -> None:
    page.model.setData(at(page, 0, 0), "4")
    page.model.setData(at(page, 0, 1), "6")
    page.grid.setFocus()
    page.grid.setCurrentIndex(at(page, 0, 0))
    page.grid.selectionModel().select(at(page, 0, 1), page.grid.selectionModel().SelectionFlag.Select)
    qtbot.keyClick(page.grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "4\t6\n"
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert page.model.total() == 0


def test_typing_into_submitted_results_asks_first(
    qtbot: QtBot,
    page: ResultsPage,
    services: Services,
    chain: Chain,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scope = (chain.project_id, chain.people_id, chain.periods["2022-H1"])
    services.results.save_grid(*scope, [CellInput(chain.locations["Akkar"], "refugees", "female", "0-17", 4)])
    page.refresh()
    asked: list[str] = []
    answer = {"yes": False}

    def confirm(_parent: object, title: str, question: str, **_kw: object) -> bool:
        asked.append(question)
        return answer["yes"]

    monkeypatch.setattr(interaction, "confirm", confirm)
    page.grid.setFocus()
    page.grid.setCurrentIndex(at(page, 0, 0))
    qtbot.keyClicks(page.grid, "3")
    assert len(asked) == 1 and "submitted for approval by tester" in asked[0]
    assert "go back to draft" in asked[0]
    assert page.grid.findChild(QLineEdit) is None or not page.grid.findChild(QLineEdit).isVisible()
    assert not page.model.dirty

    answer["yes"] = True
    type_into(qtbot, page, 0, 0, "3")
    assert len(asked) == 2 and page.model.dirty
    page.model.setData(at(page, 1, 0), "2")  # asked once per location
    assert len(asked) == 2
    page.grid.closePersistentEditor(at(page, 0, 0))
    page.save_button.click()
    assert services.results.grid(*scope).status is ResultStatus.DRAFT
