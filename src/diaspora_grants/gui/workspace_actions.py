"""File menu actions on the workspace: open another database, create one, recent ones, settings.

Opening a database makes a new workspace (a new Services on the new connection) and the window
rebuilds its pages on it; the previous database is closed once nothing runs on it any more.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QFileDialog, QMenu

from ..config import database_label
from ..domain.errors import DomainError
from ..services.startup import Workspace, open_workspace
from . import interaction
from .dialogs.settings_dialog import SettingsDialog
from .labels import QT_TRANSLATE_NOOP
from .workers import wait_for_reads
from .writes import save_off_thread, wait_for_writes

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger("diaspora_grants.gui")

SQLITE_FILTER = QT_TRANSLATE_NOOP(
    "WorkspaceActions", "Diaspora Grants databases (*.sqlite *.db);;All files (*)"
)


def open_database(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("WorkspaceActions", "Open a database"),
        _folder(window),
        QCoreApplication.translate("WorkspaceActions", SQLITE_FILTER),
    )
    if path:
        switch_to(window, path)


def new_database(window: MainWindow) -> None:
    suggested = str(Path(_folder(window)) / "grants.sqlite")
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("WorkspaceActions", "New database"),
        suggested,
        QCoreApplication.translate("WorkspaceActions", SQLITE_FILTER),
    )
    if not path:
        return
    chosen = Path(path if Path(path).suffix else f"{path}.sqlite")
    if chosen.exists() and chosen.stat().st_size > 0:
        interaction.inform(
            window,
            QCoreApplication.translate("WorkspaceActions", "New database"),
            QCoreApplication.translate(
                "WorkspaceActions", "{file} already exists: it is opened as it is."
            ).format(file=chosen.name),
        )
    switch_to(window, str(chosen))


def switch_to(window: MainWindow, database: str) -> None:
    """Open `database` (a path or URL) and rebuild the window on it; the old one stays on failure.
    Figures typed and not saved are asked about first (Save, Discard or Cancel). The opening (a
    far server, an upgrade) runs off the GUI thread; the pages wait disabled meanwhile."""
    if not window.settle_unsaved(QCoreApplication.translate("MainWindow", "open another database")):
        return
    user = window.settings.user_name() or window.workspace.services.context.user
    save_off_thread(
        window,
        lambda: open_workspace(database, user=user),
        done=lambda workspace: _switched(window, workspace),
        failed=lambda error: _not_opened(window, database, error),
        busy=[window.splitter],
    )


def _not_opened(window: MainWindow, database: str, error: BaseException) -> None:
    if not isinstance(error, DomainError):  # a broken URL, a file that is not a database
        log.error("could not open %s", database, exc_info=error)
    interaction.show_error(
        window, error, title=QCoreApplication.translate("WorkspaceActions", "Could not open the database")
    )


def _switched(window: MainWindow, workspace: Workspace) -> None:
    previous = window.workspace
    window.switch_workspace(workspace)
    window.settings.add_recent_database(workspace.database.display_url())
    # Background work may still hold the old connection: close it when the pool is idle.
    QThreadPool.globalInstance().waitForDone(5000)
    wait_for_writes()  # a save still running on the old database ends there
    wait_for_reads()  # the old pages' reads (their results are dropped with the pages)
    previous.close()
    if workspace.created:
        from .app import offer_demo

        offer_demo(window, workspace)


def fill_recent_menu(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    current = window.workspace.database.display_url()
    recent = [r for r in window.settings.recent_databases() if r != current]
    for url in recent:
        action = menu.addAction(database_label(url))
        action.setToolTip(url)
        action.setStatusTip(url)
        action.triggered.connect(lambda _checked=False, u=url: switch_to(window, u))
    if not recent:
        menu.addAction(
            QCoreApplication.translate("WorkspaceActions", "No other database opened yet")
        ).setEnabled(False)


def show_settings(window: MainWindow) -> SettingsDialog:
    services = window.workspace.services
    dialog = SettingsDialog(
        window.settings, services.context.user, window.workspace.database.display_url(), window
    )

    def saved() -> None:
        name = window.settings.user_name()
        if name:
            # The context is shared by every service: changes from now on carry the new name.
            services.context.user = name
        window.update_database_label()

    dialog.accepted.connect(saved)
    window.settings_dialog = dialog
    dialog.open()
    return dialog


def _folder(window: MainWindow) -> str:
    database = window.workspace.database
    if database.is_sqlite and database.url.database:
        return str(Path(database.url.database).parent)
    return str(Path.home())
