"""Start the desktop app: the Qt application, the workspace, the first-run demo offer, the window."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..domain.errors import DomainError
from ..services.startup import Workspace, open_workspace
from .icons import icon
from .page_registry import service_available
from .settings import APPLICATION_NAME, ORGANISATION_NAME, AppSettings

log = logging.getLogger("diaspora_grants.gui")


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(APPLICATION_NAME)
    app.setStyle("Fusion")
    app.setWindowIcon(icon("app"))
    return app


def run_gui(args: argparse.Namespace) -> int:
    app = make_application()
    try:
        workspace = open_workspace(getattr(args, "db", None), user=getattr(args, "user", None))
    except (DomainError, OSError, ValueError) as error:
        message = error.message if isinstance(error, DomainError) else str(error)
        QMessageBox.critical(None, APPLICATION_NAME, f"Could not open the database: {message}")
        return 1
    except Exception as error:  # a broken URL or an unreachable server: one line, no traceback
        log.exception("could not open the workspace")
        QMessageBox.critical(None, APPLICATION_NAME, f"Could not open the database: {error}")
        return 1
    settings = AppSettings()
    settings.add_recent_database(workspace.database.display_url())
    if workspace.created:
        if getattr(args, "with_demo", False):
            load_demo_programme(None, workspace, ask=False)
        else:
            offer_demo(workspace)

    from .main_window import MainWindow

    window = MainWindow(workspace, settings)
    window.show()
    try:
        return int(app.exec())
    finally:
        workspace.close()


def offer_demo(workspace: Workspace) -> None:
    if not service_available("demo"):
        log.info("new database; the demo programme is not in this build, so it is not offered")
        return
    answer = QMessageBox.question(
        None,
        APPLICATION_NAME,
        "This is a new, empty database.\n\nLoad the demo programme (a USAID/BHA-funded programme with six "
        "diaspora partners in Lebanon, Tunisia and Zimbabwe) to try the app out?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        load_demo_programme(None, workspace, ask=False)


def load_demo_programme(parent: QWidget | None, workspace: Workspace, *, ask: bool = True) -> bool:
    """Load the demo programme; True when it was loaded."""
    if not service_available("demo"):
        log.info("the demo programme is not in this build; skipped")
        return False
    if ask:
        from . import interaction

        if not interaction.confirm(
            parent,
            "Demo programme",
            "Add the demo programme's partners, calls and projects to this database?",
            action="Load demo",
        ):
            return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        demo: Any = workspace.services.demo
        demo.load()
    except DomainError as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, APPLICATION_NAME, f"Could not load the demo programme: {error.message}")
        return False
    finally:
        if QGuiApplication.overrideCursor() is not None:
            QGuiApplication.restoreOverrideCursor()
    log.info("demo programme loaded")
    return True
