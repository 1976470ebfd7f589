"""The window: navigation, shortcuts, the status bar, remembered layout, and starting the app."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from diaspora_grants.gui import app as gui_app
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.page_registry import PAGES
from diaspora_grants.gui.settings import AppSettings
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.startup import Workspace


def test_navigation_lists_every_area_and_switches_pages(window: MainWindow) -> None:
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == [
        "Dashboard",
        "Programmes",
        "Calls",
        "Applications",
        "Partners",
        "Projects",
        "Results",
        "Finance",
        "Reports",
        "Audit",
    ]
    for spec in PAGES:
        window.show_page(spec.key)
        assert window.current_page() is window.pages[spec.key]
        assert window.current_page().objectName() == f"page-{spec.key}"


def test_shortcuts_are_the_ones_users_expect(window: MainWindow) -> None:
    assert window.new_action.shortcut() == QKeySequence("Ctrl+N")
    assert window.search_action.shortcut() == QKeySequence("Ctrl+F")
    assert window.export_action.shortcut() == QKeySequence("Ctrl+E")
    assert window.undo_action.shortcut() == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()


def test_status_bar_shows_rows_and_database(window: MainWindow, services: Services) -> None:
    services.organisations.create(OrganisationInput(name="Citizens Initiative"))
    services.organisations.create(OrganisationInput(name="Pontes"))
    window.show_page("partners").refresh()
    assert window.count_label.text() == "2 organisations"
    assert window.database_label.text() == "grants.sqlite · tester"


def test_layout_is_remembered(
    window: MainWindow, workspace: Workspace, settings: AppSettings, qtbot: QtBot
) -> None:
    window.show_page("partners")
    partners = window.pages["partners"]
    partners.table.setColumnWidth(0, 123)  # type: ignore[attr-defined]
    window.resize(700, 500)  # fits the offscreen screen (800x800), which restoreGeometry clamps to
    window.close()

    again = MainWindow(workspace, settings)
    qtbot.addWidget(again)
    assert again.current_page() is again.pages["partners"]
    assert again.pages["partners"].table.columnWidth(0) == 123  # type: ignore[attr-defined]
    assert (again.size().width(), again.size().height()) == (700, 500)


def test_run_gui_opens_the_window_on_a_new_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIASPORA_GRANTS_HOME", str(tmp_path / "home"))
    offered: list[str] = []

    def no_demo(parent: object, *_args: object, **_kw: object) -> QMessageBox.StandardButton:
        # Offered once the window is up on its (empty) first page.
        assert isinstance(parent, MainWindow) and parent.isVisible() and parent.is_open
        offered.append(parent.current_page().objectName())
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no_demo)
    shown: list[str] = []

    def close_once_open() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and widget.is_open:
                shown.append(widget.windowTitle())
                widget.close()
                closer.stop()

    closer = QTimer()
    closer.timeout.connect(close_once_open)
    closer.start(50)
    args = argparse.Namespace(db=str(tmp_path / "new.sqlite"), user="amal", with_demo=False)
    assert gui_app.run_gui(args) == 0
    # The platform adds the application's name once: "new.sqlite — Diaspora Grants".
    assert shown == ["new.sqlite[*]"] and QApplication.applicationDisplayName() == "Diaspora Grants"
    assert (tmp_path / "new.sqlite").exists()
    assert offered == ["page-dashboard"]  # a new user starts where the day starts


def test_run_gui_reports_a_database_it_cannot_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIASPORA_GRANTS_HOME", str(tmp_path / "home"))
    messages: list[str] = []

    def refused(parent: object, _title: str, text: str) -> None:
        # Said over the window that was opening it, which then closes.
        assert isinstance(parent, MainWindow) and parent.isVisible() and not parent.is_open
        messages.append(text)

    monkeypatch.setattr(QMessageBox, "critical", refused)
    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_text("these are not the tables you are looking for\n" * 100)
    args = argparse.Namespace(db=str(not_a_database), user=None, with_demo=False)
    assert gui_app.run_gui(args) == 1
    assert len(messages) == 1 and messages[0].startswith("Could not open the database")
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
