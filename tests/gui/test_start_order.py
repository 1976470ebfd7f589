"""The window shows before the database layer is imported; the first page appears once the
database is open, and what needs the database waits for it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from diaspora_grants.config import DEFAULT_DATABASE_NAME
from diaspora_grants.gui.app import database_name
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.page_registry import page_row
from diaspora_grants.gui.settings import AppSettings
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.startup import Workspace, open_workspace

ROOT = Path(__file__).resolve().parents[2]

#: Run in a fresh process: this one has imported SQLAlchemy long ago.
START_AND_WATCH = """
import argparse, json, sys
from PySide6.QtCore import QTimer
from diaspora_grants.gui.app import start_window

app, window = start_window(argparse.Namespace(db=sys.argv[1], user="amal", with_demo=False))
seen = {}

def painted():
    seen["shown"] = {
        "visible": window.isVisible(),
        "sqlalchemy": "sqlalchemy" in sys.modules,
        "services": any(m.startswith("diaspora_grants.services") for m in sys.modules),
        "heavy": sorted(m for m in ("openpyxl", "lxml", "PySide6.QtCharts") if m in sys.modules),
        "title": window.windowTitle(),
        "notice": window.opening_notice.text(),
        "status": window.count_label.text(),
        "navigation": [window.navigation.item(i).text() for i in range(window.navigation.count())],
        "enabled": [a.isEnabled() for a in (window.new_action, window.export_action, window.settings_action)],
    }

def opened():
    page = window.current_page()
    if page.is_loading():  # its figures are read off the GUI thread: look once they are shown
        QTimer.singleShot(10, opened)
        return
    seen["open"] = {
        "page": page.objectName(),
        "headline": page.headline.text(),
        "enabled": [a.isEnabled() for a in (window.new_action, window.export_action, window.settings_action)],
    }
    QTimer.singleShot(0, window.close)

window.first_painted.connect(painted)
window.opened.connect(opened)
code = app.exec()
print(json.dumps({"code": code, **seen}))
"""


def test_the_window_is_shown_before_sqlalchemy_is_imported_and_the_first_page_follows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    env = dict(os.environ, DIASPORA_GRANTS_HOME=str(home), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    env.pop("DIASPORA_GRANTS_DB", None)
    database = tmp_path / "grants.sqlite"
    monkeypatch.setenv("DIASPORA_GRANTS_HOME", str(home))
    workspace = open_workspace(str(database), user="amal", daily=False)
    workspace.services.organisations.create(OrganisationInput(name="Pontes"))
    workspace.close()

    done = subprocess.run(
        [sys.executable, "-c", START_AND_WATCH, str(database)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    shown = seen["shown"]
    assert shown["visible"] and not shown["sqlalchemy"] and not shown["services"] and shown["heavy"] == []
    assert shown["title"] == "grants.sqlite[*]"  # the platform adds the application's name
    assert shown["notice"] == "Opening the database…"
    assert shown["status"] == "Opening grants.sqlite…"
    assert len(shown["navigation"]) == 10 and shown["navigation"][4] == "Partners"
    assert shown["enabled"] == [False, False, False], "New, Export and Settings wait for the database"
    # A new user starts on the Dashboard, filled from the database (no programme yet); it has
    # nothing to create or export, Settings work.
    assert seen["open"] == {"page": "page-dashboard", "headline": "—", "enabled": [False, False, True]}
    assert seen["code"] == 0


def test_a_page_chosen_while_the_database_opens_is_the_one_shown_once_it_is_open(
    qtbot: QtBot, workspace: Workspace, settings: AppSettings, services: Services
) -> None:
    services.organisations.create(OrganisationInput(name="Pontes"))
    window = MainWindow(settings=settings, opening="grants.sqlite")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted):
        window.show()
    assert window.stack.currentWidget() is window.opening_notice and not window.is_open
    assert window.opening_notice.alignment() == Qt.AlignmentFlag.AlignCenter
    toolbar = window.findChild(QToolBar, "main-toolbar")
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert not window.new_action.isEnabled() and not window.open_database_action.isEnabled()
    assert not window.recent_menu.isEnabled()

    window.navigation.setCurrentRow(page_row("projects"))  # clicked while it opens
    assert window.stack.currentWidget() is window.opening_notice

    with qtbot.waitSignal(window.opened):
        window.open_workspace(workspace)
    assert window.current_page().objectName() == "page-projects"
    assert settings.last_page() == "projects"
    assert window.new_action.isEnabled() and window.open_database_action.isEnabled()
    assert window.database_label.text() == "grants.sqlite · tester"
    window.show_page("partners")
    assert window.count_label.text() == "1 organisation"


def test_the_name_shown_while_opening_is_the_file_or_the_server_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIASPORA_GRANTS_HOME", str(tmp_path))
    monkeypatch.delenv("DIASPORA_GRANTS_DB", raising=False)
    assert database_name(str(tmp_path / "grants.sqlite")) == "grants.sqlite"
    assert database_name(f"sqlite:///{tmp_path / 'other.db'}?mode=rw") == "other.db"
    assert database_name("postgresql+psycopg://amal:secret@db.example.org:5432/grants") == "grants"
    assert database_name(None) == DEFAULT_DATABASE_NAME
    monkeypatch.setenv("DIASPORA_GRANTS_DB", "postgresql+psycopg://amal@db.example.org/reach")
    assert database_name(None) == "reach"
