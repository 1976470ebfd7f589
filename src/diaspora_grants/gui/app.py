"""Start the desktop app: the Qt application, the workspace, the first-run demo offer, the window."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ..domain.errors import DamagedDatabaseError, DomainError
from ..services.startup import Workspace, open_workspace
from .icons import icon
from .page_registry import service_available
from .settings import APPLICATION_NAME, ORGANISATION_NAME, AppSettings
from .workers import Operation, run_in_background, run_with_progress_dialog

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
        code = int(app.exec())
        return 1 if window.refused else code
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
        workspace = open_workspace(getattr(args, "db", None), user=user, defer_checks=True)
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
    finish_start_in_background(window, workspace)
    return app, window, workspace


#: The full check starts once the first page has painted rather than competing with it.
CHECK_DELAY_MS = 300


def finish_start_in_background(window: MainWindow, workspace: Workspace) -> None:
    """The full file check (and then the day's backup) while the first page is already shown; a
    damaged file is refused as at start, naming the newest sound backup, and the window closes."""
    if workspace.deferred is None:
        return

    def failed(error: BaseException) -> None:
        if isinstance(error, DamagedDatabaseError):
            QMessageBox.critical(window, APPLICATION_NAME, f"Could not open the database: {error.message}")
            window.refused = True
            window.close()  # the last window: the event loop ends, run_gui returns 1
            workspace.close()
            return
        log.error("the checks after start failed: %s", error)
        message = error.message if isinstance(error, DomainError) else str(error)
        QMessageBox.warning(
            window, APPLICATION_NAME, f"The day's automatic backup could not be taken: {message}"
        )

    def start() -> None:
        run_in_background(lambda _progress: workspace.finish_start(), on_error=failed, parent=window)

    QTimer.singleShot(CHECK_DELAY_MS, window, start)


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
