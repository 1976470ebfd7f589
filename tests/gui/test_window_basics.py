"""What a careful desktop tool offers from the first minute: Help (guide, shortcuts, About), a
focus that can be seen, Undo from wherever the focus is, everything written under
DIASPORA_GRANTS_HOME, filters that know the programmes and calls added since."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from diaspora_grants import __version__
from diaspora_grants.gui.dialogs.help_dialogs import AboutDialog, ShortcutsDialog, UserGuideDialog
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages.calls_page import CallsPage
from diaspora_grants.gui.pages.projects_page import ProjectsPage
from diaspora_grants.gui.settings import AppSettings
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.startup import Workspace, open_workspace

from .clicking import on_screen


def test_help_about_names_the_version_the_database_and_the_data_folder(
    window: MainWindow, workspace: Workspace
) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert [a.text() for a in help_menu.actions() if a.text()] == [
        "&User guide",
        "&Keyboard shortcuts",
        "&About Diaspora Grants",
    ]
    window.about_action.trigger()
    about = window.help_dialog
    assert isinstance(about, AboutDialog) and about.isVisible()
    facts = {caption: label.text() for caption, label in about.facts.items()}
    assert facts["Version"] == __version__
    assert facts["Database"] == workspace.database.display_url()
    assert facts["Data folder"] == str(workspace.paths.data_dir)
    assert facts["Logs"] == str(workspace.paths.log_dir)


def test_help_lists_the_keyboard_shortcuts(window: MainWindow) -> None:
    window.shortcuts_action.trigger()
    shortcuts = window.help_dialog
    assert isinstance(shortcuts, ShortcutsDialog)
    rows = dict((what, keys) for keys, what in shortcuts.rows)
    assert rows["Undo"] == "Ctrl+Z" and rows["New"] == "Ctrl+N" and rows["Quit"] == "Ctrl+Q"
    assert rows["Results"] == "Alt+7" and rows["User guide"] == "F1"
    assert any("paste a block copied from Excel" in what for what in rows)


def test_the_user_guide_ships_with_the_app_and_opens_in_it(window: MainWindow) -> None:
    window.guide_action.trigger()
    guide = window.help_dialog
    assert isinstance(guide, UserGuideDialog)
    text = guide.browser.toPlainText()
    assert text.startswith("Diaspora Grants — user guide")
    assert "Save, Discard or Cancel" in text and "DIASPORA_GRANTS_HOME" in text


def test_the_keyboard_focus_is_drawn_clearly(qtbot: QtBot) -> None:
    holder = QWidget()
    first, second = QPushButton("Save", holder), QPushButton("Cancel", holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(holder)
    on_screen(qtbot, holder)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    highlight = QApplication.palette().highlight().color()
    assert _pixels_like(first.grab().toImage(), highlight) > 2 * first.width()  # a ring all round
    assert _pixels_like(second.grab().toImage(), highlight) < first.width() // 4


def _pixels_like(image: QImage, colour: QColor) -> int:
    close = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
                < 60
            ):
                close += 1
    return close


def test_ctrl_z_undoes_from_the_search_box_and_keeps_the_boxs_own_typing_first(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    on_screen(qtbot, window)
    page = window.show_page("partners")
    window.new_action.trigger()
    dialog = page.dialog  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.name, "Pontes")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [o.name for o in services.organisations.find()] == ["Pontes"]
    search = page.search  # type: ignore[attr-defined]
    search.setFocus()
    qtbot.keyClicks(search, "po")
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert search.text() == "" and services.organisations.find() != []  # its own typing first
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.organisations.find() == []  # then the window's Undo
    qtbot.keyClick(search, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert search.text() == "po"  # redo: the box's own first, as for undo
    qtbot.keyClick(search, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [o.name for o in services.organisations.find()] == ["Pontes"]


def test_settings_and_logs_stay_under_diaspora_grants_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "portable"
    monkeypatch.setenv("DIASPORA_GRANTS_HOME", str(home))
    settings = AppSettings()  # as the app makes them: no file named, the environment decides
    settings.add_recent_database("sqlite:///somewhere/grants.sqlite")
    settings.set_last_page("results")
    settings.sync()
    assert Path(settings.location) == home.resolve() / "settings.ini"
    assert "grants.sqlite" in (home / "settings.ini").read_text()
    workspace = open_workspace(str(home / "grants.sqlite"), user="amal", daily=False)
    workspace.close()
    assert (home / "logs" / "diaspora-grants.log").exists()


def test_filters_offer_programmes_added_since_the_page_was_built(
    window: MainWindow, services: Services
) -> None:
    projects = window.show_page("projects")
    calls = window.show_page("calls")
    assert isinstance(projects, ProjectsPage) and isinstance(calls, CallsPage)
    assert projects.programme_filter.count() == 1  # "All programmes"
    services.programmes.create(
        ProgrammeInput(
            code="RDPP", name="RDPP", start_date=dt.date(2022, 1, 1), end_date=dt.date(2022, 12, 31)
        )
    )
    window.refresh_action.trigger()  # F5 on the calls page
    assert calls.programme_filter.findText("RDPP") > 0
    window.show_page("projects")  # shown again: asked again
    assert projects.programme_filter.findText("RDPP") > 0
    projects.programme_filter.setCurrentIndex(projects.programme_filter.findText("RDPP"))
    services.organisations.create(OrganisationInput(name="Pontes"))
    window.refresh_action.trigger()
    assert projects.programme_filter.currentText() == "RDPP"  # the choice stays
