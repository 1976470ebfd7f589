"""Start the desktop app: the Qt application, the workspace, the first-run demo offer, the window."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from ..domain.errors import DomainError
from ..services.startup import Workspace, open_workspace
from .icons import icon
from .page_registry import service_available
from .settings import APPLICATION_NAME, ORGANISATION_NAME, AppSettings
from .workers import Operation, run_with_progress_dialog

if TYPE_CHECKING:
    from .main_window import MainWindow

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
    started = start_window(args)
    if started is None:
        return 1
    app, window, workspace = started
    if workspace.created:
        if getattr(args, "with_demo", False):
            start_demo_load(window, workspace)
        else:
            offer_demo(window, workspace)
    try:
        return int(app.exec())
    finally:
        QThreadPool.globalInstance().waitForDone()
        workspace.close()


def start_window(args: argparse.Namespace) -> tuple[QApplication, MainWindow, Workspace] | None:
    """The Qt application, the workspace and the shown main window with its first page; None (the
    user was told why) when the database cannot be opened."""
    app = make_application()
    settings = AppSettings()
    # --user wins; else the name set in Settings; else the login name (open_workspace decides).
    user = getattr(args, "user", None) or settings.user_name()
    try:
        workspace = open_workspace(getattr(args, "db", None), user=user)
    except (DomainError, OSError, ValueError) as error:
        message = error.message if isinstance(error, DomainError) else str(error)
        QMessageBox.critical(None, APPLICATION_NAME, f"Could not open the database: {message}")
        return None
    except Exception as error:  # a broken URL or an unreachable server: one line, no traceback
        log.exception("could not open the workspace")
        QMessageBox.critical(None, APPLICATION_NAME, f"Could not open the database: {error}")
        return None
    settings.add_recent_database(workspace.database.display_url())

    from .main_window import MainWindow

    window = MainWindow(workspace, settings)
    window.show()
    return app, window, workspace


def offer_demo(window: MainWindow, workspace: Workspace) -> None:
    if not service_available("demo"):
        log.info("new database; the demo programme is not in this build, so it is not offered")
        return
    answer = QMessageBox.question(
        window,
        APPLICATION_NAME,
        "This is a new, empty database.\n\nLoad the demo programme (a USAID/BHA-funded programme with six "
        "diaspora partners in Lebanon, Tunisia and Zimbabwe) to try the app out?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        start_demo_load(window, workspace)


def start_demo_load(window: MainWindow, workspace: Workspace) -> Operation | None:
    """Load the demo programmes in the background (it takes a while); the page refreshes after."""
    if not service_available("demo"):
        log.info("the demo programme is not in this build; skipped")
        return None
    demo: Any = workspace.services.demo

    def loaded(_report: object) -> None:
        log.info("demo programme loaded")
        window.statusBar().showMessage("The demo programmes are loaded.", 10_000)
        window.current_page().refresh()

    return run_with_progress_dialog(
        window, "Loading the demo programmes…", lambda _progress: demo.load(), on_success=loaded
    )
