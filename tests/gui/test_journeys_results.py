"""Journeys through the widgets only (the programme, its project and indicators are the setting;
every step under test is a click, a key or a dialog answered):

(c) an M&E officer pastes a quarter's figures from a spreadsheet, is stopped at a wrong one, saves
    and submits; a colleague approves; the manager locks the period; quitting with typed figures asks.
(d) an undo after a colleague changed the same record is refused, and the colleague's value stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from diaspora_grants.config import AppPaths
from diaspora_grants.db.engine import Database
from diaspora_grants.domain.enums import AuditAction, ResultStatus
from diaspora_grants.gui import interaction
from diaspora_grants.gui.interaction import ask_unsaved as real_ask_unsaved
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.page_registry import page_row
from diaspora_grants.gui.pages.partners_page import PartnersPage
from diaspora_grants.gui.pages.results_page import ResultsPage
from diaspora_grants.gui.settings import AppSettings
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.results import CellInput
from diaspora_grants.services.startup import Workspace

from .builders import Chain, grant_chain
from .clicking import answer_next, on_screen

LEFT = Qt.MouseButton.LeftButton
#: Six population-group rows by the four age bands, as copied from the partner's spreadsheet.
QUARTER = [[str(10 * row + column) for column in range(1, 5)] for row in range(1, 7)]


@pytest.fixture
def chain(services: Services) -> Chain:
    return grant_chain(services)


def shown(qtbot: QtBot, window: MainWindow) -> MainWindow:
    on_screen(qtbot, window)
    return window


def colleague_window(
    qtbot: QtBot, database: Database, other_user: Services, settings: AppSettings, tmp_path: Path
) -> MainWindow:
    root = tmp_path / "colleague"
    paths = AppPaths(root, root / "logs", root / "backups", root / "documents")
    window = MainWindow(Workspace(paths, database, other_user, created=False, upgrade_backup=None), settings)
    qtbot.addWidget(window)
    return shown(qtbot, window)


def open_results(qtbot: QtBot, window: MainWindow, period: str, place: str = "Akkar") -> ResultsPage:
    """Alt+7 to Results, then the project, indicator, period and location from their combos."""
    on_screen(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    page = window.current_page()
    assert isinstance(page, ResultsPage)
    for combo, text in (
        (page.scope.project, "LB-VAX-01"),
        (page.scope.indicator, "BHA-1 – People reached"),
        (page.scope.period, period),
        (page.location, place),
    ):
        combo.setCurrentIndex(combo.findText(text))
    return page


def click_cell(qtbot: QtBot, page: ResultsPage, row: int, column: int) -> QModelIndex:
    index = page.model.index(row, column)
    page.grid.scrollTo(index)
    qtbot.mouseClick(page.grid.viewport(), LEFT, pos=page.grid.visualRect(index).center())
    return index


def test_c_results_pasted_checked_saved_submitted_approved_by_another_and_locked(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    other_user: Services,
    gui_database: Database,
    settings: AppSettings,
    chain: Chain,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(interaction, "ask_unsaved", real_ask_unsaved)
    seen: list[str] = []
    page = open_results(qtbot, shown(qtbot, window), "2022-H1")

    # Four eyes on this programme, set in the Approval rules dialog.
    qtbot.mouseClick(page.approval.rules_button, LEFT)
    rules = page.approval.rules_dialog
    assert rules is not None
    qtbot.mouseClick(rules.four_eyes, LEFT, pos=rules.four_eyes.rect().center())
    qtbot.mouseClick(rules.save_button, LEFT)

    # A 6 x 4 block from the partner's spreadsheet, pasted from the first cell.
    QGuiApplication.clipboard().setText("\r\n".join("\t".join(row) for row in QUARTER) + "\r\n")
    click_cell(qtbot, page, 0, 0)
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.model.total() == sum(int(v) for row in QUARTER for v in row)

    # A wrong figure is refused at the key, the cell named by its labels.
    click_cell(qtbot, page, 6, 0)
    qtbot.keyClicks(page.grid, "-")
    assert page.problem.text() == "Akkar · refugees · female · 0-17: must be a number of zero or more"
    editor = page.grid.findChild(QLineEdit)
    assert editor is not None and editor.text() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Escape)

    qtbot.mouseClick(page.save_button, LEFT)
    scope = (chain.project_id, chain.people_id, chain.periods["2022-H1"])
    assert services.results.grid(*scope).total == 900 and not page.model.dirty

    answer_next("Submit", seen)
    qtbot.mouseClick(page.approval.submit_button, LEFT)
    assert "Submit 24 results of LB-VAX-01 · BHA-1 · 2022-H1 · Akkar for approval?" in seen[-1]
    assert services.results.grid(*scope).status is ResultStatus.SUBMITTED
    assert not page.approval.approve_button.isEnabled()  # the one who submitted cannot approve
    assert page.approval.approve_button.toolTip().startswith("You submitted the results")

    # The colleague approves from their own window.
    theirs = open_results(
        qtbot, colleague_window(qtbot, gui_database, other_user, settings, tmp_path), "2022-H1"
    )
    answer_next("Approve", seen)
    qtbot.mouseClick(theirs.approval.approve_button, LEFT)
    assert "Approve 24 results of LB-VAX-01 · BHA-1 · 2022-H1 · Akkar?" in seen[-1]
    cells = services.results.grid(*scope).cells
    assert {(c.status, c.submitted_by, c.approved_by) for c in cells} == {
        (ResultStatus.APPROVED, "tester", "colleague")
    }

    # The manager sees it approved (F5) and locks the period.
    on_screen(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert "approved by colleague" in page.status_label.text()
    answer_next("Lock", seen)
    qtbot.mouseClick(page.locking.lock_button, LEFT)
    assert services.periods.get(chain.periods["2022-H1"]).locked
    assert page.locking.banner.isVisibleTo(page)
    locks = [e for e in services.audit.find(table="periods") if e.action is AuditAction.LOCK]
    assert [(e.user_name, e.record_label) for e in locks] == [("tester", "BHA-2022 · 2022-H1")]

    # Figures typed in the next period, then Ctrl+Q: the app asks; Cancel keeps them, Save keeps them too.
    page.scope.period.setCurrentIndex(page.scope.period.findText("2022-H2"))
    click_cell(qtbot, page, 0, 0)
    qtbot.keyClicks(page.grid, "8")
    qtbot.keyClick(page.grid.findChild(QLineEdit), Qt.Key.Key_Return)
    on_screen(qtbot, window)
    answer_next("Cancel", seen)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert seen[-1].endswith("Save them before you quit?") and window.isVisible()
    answer_next("Save", seen)
    on_screen(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert services.results.grid(chain.project_id, chain.people_id, chain.periods["2022-H2"]).total == 8


def test_d_undo_after_a_colleague_changed_the_record_is_refused_and_their_value_stays(
    qtbot: QtBot, window: MainWindow, services: Services, other_user: Services, chain: Chain
) -> None:
    seen: list[str] = []
    on_screen(qtbot, window)
    window.navigation.setCurrentRow(page_row("partners"))
    partners = window.current_page()
    assert isinstance(partners, PartnersPage)
    partners.table.selectRow(0)
    qtbot.keyClick(partners.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog = partners.dialog
    assert dialog is not None
    dialog.acronym.clear()
    qtbot.keyClicks(dialog.acronym, "SAMS-US")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert services.organisations.get(chain.partner_id).acronym == "SAMS-US"

    # Another session changes the same organisation.
    current = other_user.organisations.get(chain.partner_id)
    other_user.organisations.update(
        current.id,
        OrganisationInput(name=current.name, acronym="SAMS-USA", hq_country=current.hq_country),
        expected_version=current.version,
    )

    partners.search.setFocus()  # Ctrl+Z works from the search box too
    answer_next("OK", seen)
    qtbot.keyClick(partners.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert seen and "was changed by colleague" in seen[0] and "Their version is kept" in seen[0]
    assert services.organisations.get(chain.partner_id).acronym == "SAMS-USA"
    assert window.undo_stack.index() == 1 and window.undo_action.isEnabled()

    # The same for a saved grid: undo is refused and the colleague's figures stay.
    page = open_results(qtbot, window, "2022-H2", "Baalbek-Hermel")
    click_cell(qtbot, page, 0, 0)
    qtbot.keyClicks(page.grid, "40")
    qtbot.keyClick(page.grid.findChild(QLineEdit), Qt.Key.Key_Return)
    qtbot.mouseClick(page.save_button, LEFT)
    scope = (chain.project_id, chain.people_id, chain.periods["2022-H2"])
    key = services.results.grid(*scope).cells[0].key
    other_user.results.save_grid(*scope, [CellInput(*key, 41)], status=None)
    answer_next("OK", seen)
    window.undo_action.trigger()
    assert "Could not undo" in seen[-1] and "changed by colleague" in seen[-1]
    assert services.results.grid(*scope).total == 41
    assert window.undo_stack.index() == 2
