"""Start the desktop app: the window first, then the workspace, the first-run demo offer, the checks.

The window's frame (title, navigation, status bar, "Opening the database…") is shown before the
database layer is even imported; right after it first paints, the services are imported, the
workspace opened (small tables checked, schema upgraded with its backup) and the first page
built. A database that cannot be opened is refused then: the window closes, `run_gui` returns 1.
This module imports Qt and nothing of SQLAlchemy, the services, openpyxl, lxml or QtCharts.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from .i18n import apply_language, chosen_language
from .icons import icon
from .keyboard import FocusRingStyle
from .main_window import MainWindow
from .settings import APPLICATION_NAME, ORGANISATION_NAME, AppSettings

if TYPE_CHECKING:
    from ..services.startup import Workspace
    from .workers import Operation

# What runs once the window is up (the errors, the workers, the services) is imported there.

log = logging.getLogger("diaspora_grants.gui")

#: The name of the desktop entry, without ".desktop" (Wayland's app id, the taskbar's grouping).
DESKTOP_FILE_NAME = "diaspora-grants"

#: Should the window never paint (started minimised, say), the database opens after this anyway.
OPEN_WITHOUT_PAINT_MS = 1000


def make_application(argv: list[str] | None = None, settings: AppSettings | None = None) -> QApplication:
    """The Qt application with its names, style, icon and language (before any widget exists, so
    every widget is made in that language and direction)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(APPLICATION_NAME)
    # Names the desktop entry (resources/diaspora-grants.desktop): the window gets its icon and name.
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    if not isinstance(app.style(), FocusRingStyle):
        app.setStyle(FocusRingStyle("Fusion"))
    app.setWindowIcon(icon("app"))
    language = apply_language(app, chosen_language((settings or AppSettings()).language()))
    log.info("language %s (locale %s)", language.code, language.locale_name)
    return app


def run_gui(args: argparse.Namespace) -> int:
    app, window = start_window(args)
    return run_until_closed(app, window)


def run_until_closed(app: QApplication, window: MainWindow) -> int:
    """Run the event loop until the window closes; 1 if its database was refused."""
    try:
        code = int(app.exec())
        return 1 if window.refused else code
    finally:
        QThreadPool.globalInstance().waitForDone()
        if window.is_open:
            window.workspace.close()


def start_window(
    args: argparse.Namespace, settings: AppSettings | None = None
) -> tuple[QApplication, MainWindow]:
    """The Qt application and the shown main window, its database opening once it has painted
    (`window.opened` then; `window.refused` and the window closed if it cannot be opened)."""
    settings = settings or AppSettings()
    app = make_application(settings=settings)
    window = MainWindow(settings=settings, opening=database_name(getattr(args, "db", None)))
    window.show()
    once_painted(window, lambda: open_in_window(window, args))
    return app, window


def once_painted(window: MainWindow, action: Callable[[], object]) -> None:
    """Run `action` once, right after the window's first paint has reached the screen."""
    done = False

    def run_once() -> None:
        nonlocal done
        if not done:
            done = True
            action()

    # Queued: the paint that signals this is flushed to the screen before the action starts.
    window.first_painted.connect(lambda: QTimer.singleShot(0, window, run_once))
    QTimer.singleShot(OPEN_WITHOUT_PAINT_MS, window, run_once)


def open_in_window(window: MainWindow, args: argparse.Namespace) -> None:
    """Everything the start does once the window is up, in order: open the workspace (created
    on first run, checked, upgraded: off the GUI thread, so the window answers while a far server
    is reached), remember it, show the first page, offer the demo on a new database, then the
    full check and the day's backup in the background."""
    from ..services.startup import open_workspace
    from .workers import run_in_background

    # --user wins; else the name set in Settings; else the login name (open_workspace decides).
    user = getattr(args, "user", None) or window.settings.user_name()
    database = getattr(args, "db", None)
    run_in_background(
        lambda _progress: open_workspace(database, user=user, defer_checks=True),
        on_success=lambda workspace: show_in_window(window, args, workspace),
        on_error=lambda error: not_opened(window, error),
        parent=window,
    )


def not_opened(window: MainWindow, error: BaseException) -> None:
    from ..domain.errors import DomainError

    if isinstance(error, DomainError | OSError | ValueError):
        refuse(window, error.message if isinstance(error, DomainError) else str(error))
        return
    # A broken URL or an unreachable server: one line, no traceback (the log has it).
    log.error("could not open the workspace", exc_info=error)
    refuse(window, str(error))


def show_in_window(window: MainWindow, args: argparse.Namespace, workspace: Workspace) -> None:
    """The workspace opened: the window shows it (and what a new database is offered)."""
    if not isValid(window) or not window.isVisible():  # closed while the database was opening
        workspace.close()
        return
    window.settings.add_recent_database(workspace.database.display_url())
    try:
        window.open_workspace(workspace)
    except Exception as error:  # the first page failed to build: say so rather than stay "Opening…"
        log.exception("could not show the first page")
        workspace.close()
        refuse(window, str(error))
        return
    if workspace.created:
        if getattr(args, "with_demo", False):
            start_demo_load(window, workspace)
        elif not getattr(args, "smoke", False):  # the smoke check asks nothing: nobody answers
            offer_demo(window, workspace)
    finish_start_in_background(window, workspace)


def refuse(window: MainWindow, message: str) -> None:
    """Say why the database cannot be used and close the window (the app ends with status 1)."""
    QMessageBox.critical(
        window,
        APPLICATION_NAME,
        QCoreApplication.translate("App", "Could not open the database: {reason}").format(reason=message),
    )
    window.refused = True
    window.close()  # the last window: the event loop ends


def database_name(db: str | None) -> str:
    """The name the window shows while the database opens: the file's name, or a server
    database's name. Read from the URL as text: SQLAlchemy is not imported yet."""
    from ..config import database_label

    if db:
        return database_label(db)
    from ..config import AppPaths, database_url  # the default's folder: platformdirs

    return database_label(database_url(db, AppPaths.discover()))


#: The full check starts once the first page has painted rather than competing with it.
CHECK_DELAY_MS = 300


def finish_start_in_background(window: MainWindow, workspace: Workspace) -> None:
    """The full file check (and then the day's backup) while the first page is already shown; a
    damaged file is refused as at start, naming the newest sound backup, and the window closes."""
    if workspace.deferred is None:
        return
    from ..domain.errors import DamagedDatabaseError, DomainError
    from .workers import run_in_background

    def failed(error: BaseException) -> None:
        if isinstance(error, DamagedDatabaseError):
            refuse(window, error.message)
            workspace.close()
            return
        log.error("the checks after start failed: %s", error)
        message = error.message if isinstance(error, DomainError) else str(error)
        QMessageBox.warning(
            window,
            APPLICATION_NAME,
            QCoreApplication.translate(
                "App", "The day's automatic backup could not be taken: {reason}"
            ).format(reason=message),
        )

    def start() -> None:
        run_in_background(lambda _progress: workspace.finish_start(), on_error=failed, parent=window)

    QTimer.singleShot(CHECK_DELAY_MS, window, start)


def offer_demo(window: MainWindow, workspace: Workspace) -> None:
    answer = QMessageBox.question(
        window,
        APPLICATION_NAME,
        QCoreApplication.translate(
            "App",
            "This is a new, empty database.\n\nLoad the demo programme (a USAID/BHA-funded programme "
            "with six diaspora partners in Lebanon, Tunisia and Zimbabwe) to try the app out?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        start_demo_load(window, workspace)


def start_demo_load(window: MainWindow, workspace: Workspace) -> Operation | None:
    """Load the demo programmes in the background (it takes a while); the page refreshes after."""
    from ..demo.loader import load_demo
    from .workers import run_with_progress_dialog

    def loaded(_report: object) -> None:
        log.info("demo programme loaded")
        window.statusBar().showMessage(
            QCoreApplication.translate("App", "The demo programmes are loaded."), 10_000
        )
        window.current_page().refresh()

    def cancelled() -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("App", "Loading the demo was cancelled; nothing was added."), 10_000
        )

    return run_with_progress_dialog(
        window,
        QCoreApplication.translate("App", "Loading the demo programmes…"),
        lambda _progress: load_demo(workspace.services),
        on_success=loaded,
        on_cancelled=cancelled,
        late_cancel=QCoreApplication.translate(
            "App", "The demo programmes had already been loaded when Cancel was pressed; they are shown."
        ),
    )
