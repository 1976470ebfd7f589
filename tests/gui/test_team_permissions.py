"""The desktop app shows what a role may not do as disabled, with the reason; on a single-user
SQLite file nothing is disabled for that reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from diaspora_grants.config import AppPaths
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages.base import PageContext
from diaspora_grants.gui.pages.partners_page import PartnersPage
from diaspora_grants.gui.settings import AppSettings
from diaspora_grants.services.registry import Services
from diaspora_grants.services.startup import Workspace
from tests.team.conftest import Team, team, team_server  # noqa: F401 - the team database's fixtures


def partners_page(qtbot: QtBot, services: Services, settings: AppSettings) -> PartnersPage:
    page = PartnersPage(PageContext(services, QUndoStack(), settings))
    qtbot.addWidget(page)
    page.refresh()  # what the person's roles allow comes with the page's first read
    return page


def menu_entries(page: PartnersPage) -> dict[str, tuple[bool, str]]:
    menu = page.build_context_menu(QModelIndex())
    return {a.text(): (a.isEnabled(), a.toolTip()) for a in menu.actions() if a.text()}


@pytest.mark.postgres
def test_a_viewer_sees_new_partner_disabled_with_who_may(
    qtbot: QtBot,
    team: Team,  # noqa: F811 - the fixture imported above
    settings: AppSettings,
    tmp_path: Path,
) -> None:
    page = partners_page(qtbot, team.services_as("viewer", tmp_path), settings)
    reason = f"{team.logins['viewer']} may not edit organisations and contacts in any programme: "
    enabled, tip = menu_entries(page)["New…"]
    assert not enabled
    assert tip == reason + "only administrators and programme managers may"
    assert page.write_permission() is not None and not page.write_permission()


@pytest.mark.postgres
def test_a_viewer_sees_the_windows_new_edit_and_delete_disabled_with_the_reason(
    qtbot: QtBot,
    team: Team,  # noqa: F811 - the fixture imported above
    settings: AppSettings,
    tmp_path: Path,
) -> None:
    services = team.services_as("viewer", tmp_path)
    root = tmp_path / "home"
    paths = AppPaths(root, root / "logs", root / "backups", root / "documents")
    window = MainWindow(
        Workspace(paths, services.context.database, services, created=False, upgrade_backup=None), settings
    )
    qtbot.addWidget(window)
    window.show_page("partners")
    reason = f"{team.logins['viewer']} may not edit organisations and contacts in any programme: "
    for action in (window.new_action, window.edit_action, window.delete_action):
        assert not action.isEnabled()
        assert action.toolTip().startswith(reason)
    window.show_page("dashboard")
    assert not window.new_action.isEnabled() and "may not" not in window.new_action.toolTip()


@pytest.mark.postgres
def test_a_programme_manager_may_add_partners(
    qtbot: QtBot,
    team: Team,  # noqa: F811 - the fixture imported above
    settings: AppSettings,
    tmp_path: Path,
) -> None:
    page = partners_page(qtbot, team.services_as("manager", tmp_path), settings)
    assert menu_entries(page)["New…"][0]


def test_on_a_sqlite_file_new_is_enabled(qtbot: QtBot, services: Services, settings: AppSettings) -> None:
    page = partners_page(qtbot, services, settings)
    enabled, tip = menu_entries(page)["New…"]
    assert enabled and "may not" not in tip
