"""Pages read off the GUI thread: disabled (not frozen) while they read, the newest read wins, and
a read whose page is gone is dropped. These tests turn off the conftest's automatic wait."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.workers import PageReads, reads_pool
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.startup import Workspace

from .conftest import context_for, wait_loaded


@pytest.fixture(autouse=True)
def reads_not_waited(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PageReads, "settle", None)


def test_a_list_page_is_disabled_while_it_reads_and_shows_the_rows_after(
    window: MainWindow, services: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.organisations.create(OrganisationInput(name="Syrian American Medical Society", acronym="SAMS"))
    page = window.show_page("partners")
    wait_loaded(qtbot, page)
    assert page.model.rowCount() == 1
    services.organisations.create(OrganisationInput(name="Amel Association", acronym="AMEL"))
    release = threading.Event()
    organisations = page.services.organisations
    find = organisations.find
    monkeypatch.setattr(organisations, "find", lambda **kw: (release.wait(10), find(**kw))[1])
    page.refresh()
    assert page.is_loading()
    assert page.splitter.isEnabled()  # a read that answers at once would only flash the page grey
    qtbot.waitUntil(lambda: not page.splitter.isEnabled(), timeout=2000)  # this one takes longer
    assert page.search.isEnabled()  # typing goes on while the rows are read
    assert page.model.rowCount() == 1  # not read in the GUI thread
    release.set()
    wait_loaded(qtbot, page)
    assert page.splitter.isEnabled()
    assert page.model.rowCount() == 2


def test_the_newest_read_wins_and_a_late_older_one_is_dropped(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    reads = PageReads(owner, lambda: [owner])
    release = threading.Event()
    shown: list[str] = []
    threads: list[bool] = []

    def slow() -> str:
        threads.append(QThread.currentThread() is not owner.thread())
        release.wait(5)
        return "older"

    reads.run(slow, shown.append)
    qtbot.waitUntil(lambda: bool(threads))  # the older read is running, not just waiting
    reads.run(lambda: "newer", shown.append)
    qtbot.waitUntil(lambda: not reads.is_loading())
    assert shown == ["newer"]
    assert owner.isEnabled()
    release.set()
    assert reads_pool().waitForDone(5000)
    qtbot.wait(50)  # the older result's queued delivery
    assert shown == ["newer"]
    assert threads == [True]


def test_a_read_whose_page_was_deleted_is_dropped(qtbot: QtBot) -> None:
    owner = QWidget()
    reads = PageReads(owner, lambda: [owner])
    release = threading.Event()
    shown: list[object] = []
    reads.run(lambda: release.wait(5), shown.append)
    owner.deleteLater()
    qtbot.wait(20)
    release.set()
    assert reads_pool().waitForDone(5000)
    qtbot.wait(50)
    assert shown == []


def test_a_failed_read_leaves_the_page_usable(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.show_page("partners")
    wait_loaded(qtbot, page)
    errors: list[BaseException] = []
    monkeypatch.setattr(page, "_not_loaded", errors.append)

    def broken() -> list[object]:
        raise RuntimeError("the server went away")

    monkeypatch.setattr(page, "rows_reader", lambda: broken)
    page.refresh()
    wait_loaded(qtbot, page)
    assert [str(e) for e in errors] == ["the server went away"]
    assert page.splitter.isEnabled()


def test_a_read_still_running_when_the_database_is_switched_is_dropped(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_page = window.show_page("partners")
    wait_loaded(qtbot, old_page)
    release = threading.Event()

    def slow() -> list[object]:
        release.wait(5)
        return ["from the old database"]

    monkeypatch.setattr(old_page, "rows_reader", lambda: slow)
    old_page.refresh()
    other = Database(f"sqlite:///{tmp_path / 'other.sqlite'}")
    upgrade_to_head(other)
    services = Services(context_for(other, tmp_path))
    services.organisations.create(OrganisationInput(name="Amel Association", acronym="AMEL"))
    paths = window.workspace.paths
    window.switch_workspace(Workspace(paths, other, services, created=False, upgrade_backup=None))
    release.set()
    assert reads_pool().waitForDone(5000)
    new_page = window.pages["partners"]
    wait_loaded(qtbot, new_page)
    qtbot.wait(50)  # the old read's queued result, dropped
    assert new_page is not old_page
    assert [new_page.model.row_at(0).name] == ["Amel Association"]
    other.dispose()
