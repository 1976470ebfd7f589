"""Settings (the name in the audit trail, the default currency) and switching databases from the File menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from diaspora_grants.gui import app as gui_app
from diaspora_grants.gui import workspace_actions
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages.partners_page import PartnersPage
from diaspora_grants.gui.settings import AppSettings
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.registry import Services


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DIASPORA_GRANTS_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(gui_app, "offer_demo", lambda *_a: None)
    return tmp_path


def test_settings_change_the_name_written_to_the_audit_trail(
    window: MainWindow, qtbot: QtBot, services: Services, settings: AppSettings
) -> None:
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.user_name.text() == "tester"
    dialog.user_name.clear()
    dialog.ok_button.click()
    row = dialog.form.row("user name")
    assert dialog.isVisible() and row is not None and row.is_marked()
    qtbot.keyClicks(dialog.user_name, "Amal Haddad")
    dialog.currency.set_value("EUR")
    dialog.ok_button.click()
    assert not dialog.isVisible()

    assert (settings.user_name(), settings.default_currency()) == ("Amal Haddad", "EUR")
    assert window.database_label.text() == "grants.sqlite · Amal Haddad"
    created = services.organisations.create(OrganisationInput(name="Pontes"))
    assert created.updated_by == "Amal Haddad"
    assert services.audit.find(table="organisations")[0].user_name == "Amal Haddad"


def test_the_language_is_chosen_in_settings_and_said_to_apply_at_the_next_start(
    window: MainWindow, qtbot: QtBot, settings: AppSettings
) -> None:
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert dialog is not None
    assert dialog.language.currentText() == "The system's language" and not dialog.language_note.text()
    dialog.language.setCurrentIndex(dialog.language.findText("Français"))
    assert "when it starts again" in dialog.language_note.text()
    dialog.ok_button.click()
    assert not dialog.isVisible() and settings.language() == "fr"
    window.settings_action.trigger()
    again = window.settings_dialog
    assert again is not None and again.language.currentText() == "Français"
    again.reject()


def test_a_new_database_rebuilds_the_pages_on_it_and_is_remembered(
    window: MainWindow, home: Path, services: Services, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.organisations.create(OrganisationInput(name="In the first database"))
    window.show_page("partners")
    before = window.pages["partners"]
    target = home / "second.sqlite"
    monkeypatch.setattr(workspace_actions.QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    window.new_database_action.trigger()

    assert target.exists()
    assert window.windowTitle() == "second.sqlite[*]"
    assert window.database_label.text() == "second.sqlite · tester"
    page = window.current_page()
    assert isinstance(page, PartnersPage) and page is not before
    assert page.model.rowCount() == 0 and "No organisations yet" in page.empty.text()
    assert window.undo_stack.count() == 0
    assert str(target) in settings.recent_databases()[0]

    page.services.organisations.create(OrganisationInput(name="In the second database"))
    page.refresh()
    assert page.model.rowCount() == 1
    assert [o.name for o in services.organisations.find()] == ["In the first database"]


def test_recent_databases_reopen_the_previous_one(
    window: MainWindow, home: Path, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = window.workspace.database.display_url()
    settings.add_recent_database(first)
    target = home / "other.sqlite"
    monkeypatch.setattr(workspace_actions.QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    window.new_database_action.trigger()
    workspace_actions.fill_recent_menu(window, window.recent_menu)
    actions = window.recent_menu.actions()
    assert [a.text() for a in actions] == ["grants.sqlite"]
    actions[0].trigger()
    assert window.workspace.database.display_url() == first
    assert window.windowTitle() == "grants.sqlite[*]"


def test_a_file_that_is_not_a_database_is_refused_and_the_window_keeps_working(
    window: MainWindow, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = home / "notes.sqlite"
    junk.write_text("not a database\n" * 200)
    shown: list[str] = []
    monkeypatch.setattr(workspace_actions.interaction, "show_error", lambda _p, e, **_k: shown.append(str(e)))
    monkeypatch.setattr(workspace_actions.QFileDialog, "getOpenFileName", lambda *_a: (str(junk), ""))
    before = window.workspace
    window.open_database_action.trigger()
    assert len(shown) == 1
    assert window.workspace is before
    assert window.windowTitle() == "grants.sqlite[*]"
