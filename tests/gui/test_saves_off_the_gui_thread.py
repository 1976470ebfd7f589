"""Saves, deletions, undo and redo wait for the database off the GUI thread: the window keeps
answering (it repaints, its timers fire) while the dialog or the pages wait disabled, and what was
asked is done once the database answers. These tests turn off the conftest's automatic wait."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.engine import Engine

from diaspora_grants.gui import interaction
from diaspora_grants.gui.dialogs.organisation_dialog import OrganisationDialog
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.models.audit import AuditTableModel
from diaspora_grants.gui.pages.audit_page import AuditPage
from diaspora_grants.gui.pages.partners_page import PartnersPage
from diaspora_grants.gui.pages.results_page import ResultsPage
from diaspora_grants.gui.workers import PageReads
from diaspora_grants.gui.writes import Writes, writes_pool
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.registry import Services

from .builders import grant_chain

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def saves_not_waited(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Writes, "settle", None)


@pytest.fixture
def page(window: MainWindow) -> PartnersPage:
    shown = window.show_page("partners")
    assert isinstance(shown, PartnersPage)
    return shown


class Gate:
    """Holds a service call until the test opens it, as a far server would."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.threads: list[bool] = []

    def hold(self, call: Callable[..., Any]) -> Callable[..., Any]:
        def held(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.current_thread() is not threading.main_thread())
            self.entered.set()
            self.release.wait(10)
            return call(*args, **kwargs)

        return held


def window_answers(qtbot: QtBot) -> bool:
    """A 10 ms timer in the window's event loop fires three times while the service is held (a
    frozen window would not run it until the database answered)."""
    fired: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: fired.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(fired) >= 3, timeout=3000)
    timer.stop()
    return True


def names(page: PartnersPage) -> list[str]:
    return [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]


def typed_new_partner(window: MainWindow, page: PartnersPage, qtbot: QtBot, name: str) -> OrganisationDialog:
    """New… with `name` typed in, not yet saved."""
    window.new_action.trigger()
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name, name)
    return dialog


@pytest.mark.usefixtures("saves_not_waited")
def test_a_dialog_waits_disabled_while_its_save_reaches_the_database(
    window: MainWindow,
    page: PartnersPage,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate = Gate()
    organisations = page.services.organisations
    monkeypatch.setattr(organisations, "create", gate.hold(organisations.create))
    dialog = typed_new_partner(window, page, qtbot, "Pontes")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert gate.entered.wait(5)

    assert dialog.isVisible() and not dialog.isEnabled()  # waiting, not closed and not frozen
    assert window_answers(qtbot)
    assert names(page) == [] and window.undo_stack.count() == 0

    gate.release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert gate.threads == [True]
    assert names(page) == ["Pontes"]
    assert window.undo_stack.undoText() == "create organisation Pontes"


@pytest.mark.usefixtures("saves_not_waited")
def test_a_refused_save_keeps_the_dialog_open_with_the_field_marked(
    window: MainWindow,
    page: PartnersPage,
    qtbot: QtBot,
    services: Services,
) -> None:
    dialog = typed_new_partner(window, page, qtbot, "Pontes")
    qtbot.keyClicks(dialog.email, "not-an-address")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    email_row = dialog.form.row("email")
    assert email_row is not None
    qtbot.waitUntil(email_row.is_marked, timeout=5000)
    assert "is not an e-mail address" in email_row.message.text()
    assert dialog.isVisible() and dialog.isEnabled()  # corrected and saved again from here
    assert services.organisations.find() == []


@pytest.mark.usefixtures("saves_not_waited")
def test_an_undo_waiting_for_the_database_holds_undo_redo_and_the_pages(
    window: MainWindow,
    page: PartnersPage,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    qtbot.mouseClick(typed_new_partner(window, page, qtbot, "Pontes").ok_button, LEFT)
    qtbot.waitUntil(lambda: names(page) == ["Pontes"], timeout=5000)

    gate = Gate()
    organisations = page.services.organisations
    monkeypatch.setattr(organisations, "delete", gate.hold(organisations.delete))
    window.undo_action.trigger()
    assert gate.entered.wait(5)
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    assert not window.splitter.isEnabled()
    assert window.undo_stack.index() == 1  # the history moves once the step went through
    assert window_answers(qtbot)

    gate.release.set()
    qtbot.waitUntil(lambda: window.undo_stack.index() == 0, timeout=5000)
    assert window.splitter.isEnabled() and window.redo_action.isEnabled()
    qtbot.waitUntil(lambda: names(page) == [], timeout=5000)


@pytest.fixture
def gui_thread_statements() -> Iterator[list[str]]:
    """The SQL statements run on the GUI thread (each one freezes the window for a round trip)."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            seen.append(statement)

    event.listen(Engine, "before_cursor_execute", record)
    yield seen
    event.remove(Engine, "before_cursor_execute", record)


def test_saving_deleting_undoing_and_redoing_a_partner_run_no_query_on_the_gui_thread(
    window: MainWindow,
    page: PartnersPage,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    gui_thread_statements: list[str],
) -> None:
    monkeypatch.setattr(interaction, "confirm", lambda *_a, **_k: True)
    qtbot.mouseClick(typed_new_partner(window, page, qtbot, "Pontes").ok_button, LEFT)
    window.edit_action.trigger()
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.acronym, "PRI")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    window.delete_action.trigger()
    assert names(page) == []
    for _step in range(3):
        window.undo_action.trigger()
    assert names(page) == [] and window.undo_stack.index() == 0
    for _step in range(3):
        window.redo_action.trigger()
    assert names(page) == [] and window.undo_stack.index() == 3
    window.undo_action.trigger()
    assert names(page) == ["Pontes"]
    assert writes_pool().waitForDone(5000)
    assert gui_thread_statements == []


def test_saving_the_results_grid_and_locking_its_period_run_no_query_on_the_gui_thread(
    window: MainWindow,
    services: Services,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    gui_thread_statements: list[str],
) -> None:
    chain = grant_chain(services)
    page = window.show_page("results")
    assert isinstance(page, ResultsPage)
    page.scope.choose(project="LB-VAX-01", indicator="BHA-1", period="2022-H1")
    gui_thread_statements.clear()  # choosing the scope is not what this test is about
    monkeypatch.setattr(interaction, "confirm", lambda *_a, **_k: True)
    page.model.setData(page.model.index(0, 0), "4")
    page.save_button.click()
    assert page.model.total() == 4 and not page.model.dirty
    window.undo_action.trigger()
    assert page.model.total() == 0
    window.redo_action.trigger()
    assert page.model.total() == 4
    page.locking.lock_button.click()
    assert page.locking.unlock_button.isVisibleTo(page)
    on_the_gui_thread = list(gui_thread_statements)
    assert services.results.grid(chain.project_id, chain.people_id, chain.periods["2022-H1"]).total == 4
    assert services.periods.get(chain.periods["2022-H1"]).locked
    assert on_the_gui_thread == []


def test_a_form_reads_its_lists_off_the_gui_thread_and_then_shows_the_programme_chosen(
    window: MainWindow,
    services: Services,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    gui_thread_statements: list[str],
) -> None:
    grant_chain(services)
    page = window.show_page("projects")
    monkeypatch.setattr(PageReads, "settle", None)
    gui_thread_statements.clear()
    window.new_action.trigger()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    programmes = dialog.widgets["programme_id"]
    assert programmes.count() == 0  # the programmes and partners are on their way
    qtbot.waitUntil(lambda: programmes.count() > 0, timeout=5000)
    assert [programmes.itemText(i) for i in range(programmes.count())] == ["BHA-2022 – Diaspora BHA"]
    assert gui_thread_statements == []


def test_the_audit_trail_reads_more_entries_off_the_gui_thread_as_it_scrolls(
    window: MainWindow,
    services: Services,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    gui_thread_statements: list[str],
) -> None:
    for number in range(620):
        services.organisations.create(OrganisationInput(name=f"Org {number:04d}"))
    page = window.show_page("audit")
    assert isinstance(page, AuditPage)
    monkeypatch.setattr(PageReads, "settle", None)
    gui_thread_statements.clear()
    assert page.audit_model.rowCount() == 500
    page.table.scrollToBottom()
    assert page.audit_model.rowCount() == 500  # the next entries are on their way, not read here
    qtbot.waitUntil(lambda: page.audit_model.rowCount() == 620, timeout=5000)
    last = page.audit_model.index(619, AuditTableModel.COL_RECORD)
    assert page.audit_model.data(last) == "Org 0000"  # newest first: the first one created is last
    assert gui_thread_statements == []
