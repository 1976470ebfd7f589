"""GUI fixtures: a main window on a fresh SQLite database, settings in tmp_path, dialogs that never block.

pytest-qt settings for the GUI tests live here (the offscreen platform's one harmless warning).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.engine import Engine

from diaspora_grants.config import AppPaths
from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.gui import interaction
from diaspora_grants.gui.app import make_application
from diaspora_grants.gui.i18n import ENV_LANGUAGE, apply_language
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages.base import Page
from diaspora_grants.gui.settings import AppSettings
from diaspora_grants.gui.workers import PageReads, deliver_at_once, wait_for_reads
from diaspora_grants.gui.writes import Writes
from diaspora_grants.services.context import ServiceContext
from diaspora_grants.services.registry import Services
from diaspora_grants.services.startup import Workspace

TODAY = dt.date(2022, 9, 15)

#: The app's GUI code, by its files' paths (what must never query on the GUI thread).
GUI_CODE = f"{os.sep}diaspora_grants{os.sep}gui{os.sep}"

#: Qt messages that say nothing about our code: what the offscreen platform cannot do with windows.
QT_LOG_IGNORE = (
    "^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard|grabbing the mouse)",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(*QT_LOG_IGNORE))


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str], tmp_path_factory: pytest.TempPathFactory) -> QApplication:
    # In English whatever the machine's language: the tests read the English texts.
    os.environ[ENV_LANGUAGE] = "en"
    # The app's settings must not touch the developer's own (~/.config): an ini file per run.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("settings"))
    )
    return make_application(qapp_args)


def context_for(database: Database, tmp_path: Path, user: str = "tester") -> ServiceContext:
    return ServiceContext(
        database=database, user=user, documents_dir=tmp_path / "documents", today=lambda: TODAY
    )


@pytest.fixture
def gui_database(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'grants.sqlite'}")
    upgrade_to_head(database)
    yield database
    QThreadPool.globalInstance().waitForDone(5000)
    wait_for_reads()
    database.dispose()


@pytest.fixture
def services(gui_database: Database, tmp_path: Path) -> Services:
    return Services(context_for(gui_database, tmp_path))


@pytest.fixture
def other_user(gui_database: Database, tmp_path: Path) -> Services:
    """The same database as seen by a second person working at the same time."""
    return Services(context_for(gui_database, tmp_path, user="colleague"))


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    """For a test that changes the app's language: English again afterwards."""
    before = QLocale()
    yield
    apply_language(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def workspace(gui_database: Database, services: Services, tmp_path: Path) -> Workspace:
    root = tmp_path / "home"
    paths = AppPaths(root, root / "logs", root / "backups", root / "documents")
    return Workspace(paths, gui_database, services, created=False, upgrade_backup=None)


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, settings: AppSettings) -> MainWindow:
    main = MainWindow(workspace, settings)
    qtbot.addWidget(main)
    return main


def close_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QWidget) and widget.isVisible():
            widget.close()


def _discard_quietly(_parent: object, _what: str, _doing: str) -> interaction.Unsaved:
    return interaction.Unsaved.DISCARD


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> object:
    """Before pytest-qt closes a test's windows: one left with typed figures (a test that failed
    half-way) must not wait for an answer. The autouse fixture below puts the question back."""
    interaction.ask_unsaved = _discard_quietly  # type: ignore[assignment]
    return (yield)


def _gui_caller() -> str | None:
    """Where in the app's GUI code the statement running now was asked (None: not from it)."""
    frame = sys._getframe(2)
    while frame is not None:
        code = frame.f_code
        if GUI_CODE in code.co_filename:
            return f"{code.co_filename.split(GUI_CODE)[-1]}:{frame.f_lineno} ({code.co_name})"
        frame = frame.f_back  # type: ignore[assignment]
    return None


@pytest.fixture(autouse=True)
def no_query_on_the_gui_thread() -> Iterator[None]:
    """The window never waits for the database on its own thread: an SQL statement the app's GUI
    code runs on the GUI thread fails the test, naming where it was asked. (The test's own
    service calls, setting things up or checking them, are not the window's.)"""
    asked: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if threading.current_thread() is threading.main_thread():
            caller = _gui_caller()
            if caller is not None:
                asked.append(f"{caller}: {' '.join(statement.split())[:90]}")

    event.listen(Engine, "before_cursor_execute", record)
    yield
    event.remove(Engine, "before_cursor_execute", record)
    assert not asked, "the GUI thread queried the database:\n" + "\n".join(dict.fromkeys(asked))


@pytest.fixture(autouse=True)
def reads_waited(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages read and save off the GUI thread (as in the app); every test waits for each read and
    save as it starts. A test about the waiting itself sets ``PageReads.settle`` (``Writes.settle``)
    back to None and uses wait_loaded()."""
    monkeypatch.setattr(PageReads, "settle", deliver_at_once)
    monkeypatch.setattr(Writes, "settle", deliver_at_once)


def wait_loaded(qtbot: QtBot, page: Page, timeout_ms: int = 5000) -> None:
    """Let the event loop run until the page's read has arrived (with PageReads.settle off)."""
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=timeout_ms)


@pytest.fixture(autouse=True)
def unsaved_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Save/Discard/Cancel questions asked (answered Discard): a test that closes its window with
    typed figures must not wait for a click. Tests about the question answer it themselves."""
    asked: list[str] = []

    def discard(_parent: object, what: str, doing: str) -> interaction.Unsaved:
        asked.append(f"{what} / {doing}")
        return interaction.Unsaved.DISCARD

    monkeypatch.setattr(interaction, "ask_unsaved", discard)
    return asked
