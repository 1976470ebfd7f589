"""The main window: navigation, pages, actions, shortcuts and the status bar. Wiring only.

A page is built the first time it is shown, so start-up builds (and imports) only the first one.
The window can show before its database is open (`MainWindow(opening=name)`): the navigation,
the status bar and a short "Opening the database…" notice paint at once, the actions that need
the services stay disabled, and `open_workspace()` fills it in. Importing this module loads Qt
and nothing of the database layer, so that the shell paints before SQLAlchemy is imported.

The frame does without PySide6's `Qt` namespace (its first use costs 40-50 ms, as long as a
fifth of a bare Qt window's start): alignment and the tool buttons' style are set by style sheet.
"""

from __future__ import annotations

import logging
import types
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from .colours import MUTED
from .icons import icon, standard
from .page_registry import PAGE_KEYS, PAGES, LazyPages, PageSpec, build_page, page_row
from .settings import AppSettings

if TYPE_CHECKING:
    from ..services.startup import Workspace
    from .pages.base import Page, PageContext

log = logging.getLogger("diaspora_grants.gui")

WINDOW_SIZE = QSize(1400, 900)


class OpeningNotice(QLabel):
    """The page area while the database opens; says when it first painted (the window is up)."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Opening the database…", parent)
        self.setObjectName("opening-notice")
        self.setStyleSheet(
            f"QLabel#opening-notice {{ color: {MUTED.name()}; font-size: 16px;"
            " qproperty-alignment: AlignCenter; }"
        )
        self._told = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._told:
            self._told = True
            self.painted.emit()


class MainWindow(QMainWindow):
    #: The window painted for the first time, before its database opened (only with `opening`).
    first_painted = Signal()
    #: The workspace is open and the first page is built and filled.
    opened = Signal()

    def __init__(
        self, workspace: Workspace | None = None, settings: AppSettings | None = None, *, opening: str = ""
    ) -> None:
        """With a workspace the window opens on it at once; without one it shows `opening` (the
        database's name) and waits for `open_workspace()`."""
        super().__init__()
        self._workspace: Workspace | None = None
        self._context: PageContext | None = None
        self._opening_name = opening
        self.settings = settings or AppSettings()
        self.undo_stack = QUndoStack(self)
        self.settings_dialog: QDialog | None = None
        #: The database was refused after the window showed (it could not be opened, or the full
        #: check found it damaged): the window closes and the app ends with status 1.
        self.refused = False
        #: The page the window opens on (the last one used, or one clicked while it opened).
        self._wanted_page = "partners"
        self.setWindowTitle(f"Diaspora Grants — {self.database_name()}")
        self.setWindowIcon(icon("app"))
        self.resize(WINDOW_SIZE)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setSpacing(2)
        self.navigation.setMaximumWidth(200)
        self.navigation.setStyleSheet("QListWidget#navigation { font-size: 14px; padding: 4px; }")
        self.stack = QStackedWidget(self)
        self.opening_notice = OpeningNotice(self.stack)
        self.opening_notice.painted.connect(self.first_painted)
        self.stack.addWidget(self.opening_notice)
        self.pages = LazyPages(self._build_page)
        self._add_navigation()
        self.splitter = QSplitter(self)  # side by side
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, WINDOW_SIZE.width() - 170])
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel(f"Opening {self.database_name()}…", self)
        self.database_label = QLabel(self)
        self.update_database_label()
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.database_label)

        self._build_actions()
        self.navigation.currentRowChanged.connect(self._page_chosen)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_status())
        self._restore_layout()
        if workspace is not None:
            self.open_workspace(workspace)

    # The workspace --------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._workspace is not None

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            raise RuntimeError("the window's database is still opening")
        return self._workspace

    @property
    def context(self) -> PageContext:
        if self._context is None:
            raise RuntimeError("the window's database is still opening")
        return self._context

    def open_workspace(self, workspace: Workspace) -> None:
        """Show the workspace that finished opening: its first page, its name, the actions."""
        if self._workspace is not None:
            self.switch_workspace(workspace)
            return
        self._attach(workspace)
        self.stack.removeWidget(self.opening_notice)
        self.opening_notice.deleteLater()
        for act in self.workspace_actions:
            act.setEnabled(True)
        self.recent_menu.setEnabled(True)
        # Already selected in the navigation (no change to signal): shown by hand.
        self._page_chosen(page_row(self._wanted_page))
        self.opened.emit()

    def _attach(self, workspace: Workspace) -> None:
        from .pages.base import PageContext

        self._workspace = workspace
        self._context = PageContext(workspace.services, self.undo_stack, self.settings)
        self._context.open_page = self.show_page
        self.setWindowTitle(f"Diaspora Grants — {self.database_name()}")
        self.update_database_label()

    # Pages ----------------------------------------------------------------------------------

    def _add_navigation(self) -> None:
        for spec in PAGES:
            item = QListWidgetItem(icon(spec.icon), spec.title, self.navigation)
            item.setSizeHint(QSize(150, 34))

    def _build_page(self, spec: PageSpec) -> Page:
        page = build_page(spec, self.context)
        page.setObjectName(f"page-{spec.key}")
        page.status_changed.connect(self._update_status)
        self.stack.addWidget(page)
        page.restore_layout()
        return page

    def switch_workspace(self, workspace: Workspace) -> None:
        """Work on another database: new services, pages built again on them, the same page shown."""
        self.save_layout()
        row = self.navigation.currentRow()
        key = PAGES[row].key if row >= 0 else "partners"
        self.undo_stack.clear()  # its commands call the previous database's services
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(-1)
        for page in self.pages.built():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = LazyPages(self._build_page)
        self.navigation.blockSignals(False)
        self._attach(workspace)
        self.show_page(key)

    def update_database_label(self) -> None:
        if self._workspace is None:
            self.database_label.setText(self.database_name())
            return
        self.database_label.setText(f"{self.database_name()} · {self._workspace.services.context.user}")
        self.database_label.setToolTip(self._workspace.database.display_url())

    def current_page(self) -> Page:
        from .pages.base import Page

        page = self.stack.currentWidget()
        assert isinstance(page, Page), "no page before the database is open"
        return page

    def show_page(self, key: str) -> Page:
        self.navigation.setCurrentRow(page_row(key))
        return self.pages[key]

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        spec = PAGES[row]
        if self._workspace is None:  # opened on this page once the database is open
            self._wanted_page = spec.key
            return
        page = self.pages[spec.key]
        self.stack.setCurrentWidget(page)
        self.settings.set_last_page(spec.key)
        page.refresh()
        self._update_actions()
        self._update_status()

    # Actions --------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self._make_actions()
        self._build_menus()
        self._build_toolbar()
        #: What calls the services: disabled while the database opens.
        self.workspace_actions = (
            self.new_action,
            self.edit_action,
            self.delete_action,
            self.search_action,
            self.export_action,
            self.refresh_action,
            self.demo_action,
            self.open_database_action,
            self.new_database_action,
            self.settings_action,
        )
        for act in self.workspace_actions:
            act.setEnabled(False)
        self.recent_menu.setEnabled(False)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | str | None = None,
        style_icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if style_icon is not None:
            act.setIcon(standard(style_icon))
        act.triggered.connect(lambda _checked=False: slot())
        self.addAction(act)
        return act

    def _make_actions(self) -> None:
        action = self._action
        SP = QStyle.StandardPixmap  # noqa: N806
        self.new_action = action("&New…", lambda: self.current_page().new_record(), "Ctrl+N", SP.SP_FileIcon)
        self.edit_action = action(
            "&Edit…", lambda: self.current_page().edit_selected(), "Ctrl+Return", SP.SP_FileDialogDetailedView
        )
        self.delete_action = action(
            "&Delete…",
            lambda: self.current_page().delete_selected(),
            QKeySequence(QKeySequence.StandardKey.Delete),
            SP.SP_TrashIcon,
        )
        self.search_action = action("&Find", lambda: self.current_page().focus_search(), "Ctrl+F")
        self.export_action = action(
            "E&xport…", lambda: self.current_page().export(), "Ctrl+E", SP.SP_DialogSaveButton
        )
        self.refresh_action = action(
            "&Refresh", lambda: self.current_page().refresh(), "F5", SP.SP_BrowserReload
        )
        self.quit_action = action("&Quit", self.close, QKeySequence(QKeySequence.StandardKey.Quit))
        self.demo_action = action("Load the &demo programme…", self.load_demo)

        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setIcon(standard(SP.SP_ArrowBack))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(standard(SP.SP_ArrowForward))
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)

        # workspace_actions imports the services: only once one of these is used.
        self.open_database_action = action(
            "&Open database…", lambda: _workspace_actions().open_database(self), "Ctrl+O"
        )
        self.new_database_action = action("Ne&w database…", lambda: _workspace_actions().new_database(self))
        self.settings_action = action(
            "&Settings…", lambda: _workspace_actions().show_settings(self), "Ctrl+,"
        )
        for act, what in (
            (self.new_action, "new record"),
            (self.delete_action, "selected record"),
            (self.export_action, "table"),
        ):
            act.setStatusTip(
                f"{act.text().replace('&', '').rstrip('…')} the {what} ({act.shortcut().toString()})"
            )

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addAction(self.open_database_action)
        file_menu.addAction(self.new_database_action)
        self.recent_menu = file_menu.addMenu("&Recent databases")
        self.recent_menu.aboutToShow.connect(
            lambda: _workspace_actions().fill_recent_menu(self, self.recent_menu)
        )
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu("&Edit")
        for act in (
            self.undo_action,
            self.redo_action,
            None,
            self.new_action,
            self.edit_action,
            self.delete_action,
            None,
            self.search_action,
            self.refresh_action,
        ):
            if act is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(act)
        go_menu = menu.addMenu("&Go")
        for number, spec in enumerate(PAGES, start=1):
            go = go_menu.addAction(icon(spec.icon), spec.title)
            go.setShortcut(QKeySequence(f"Alt+{number}"))
            go.triggered.connect(
                lambda _checked=False, key=spec.key: self.navigation.setCurrentRow(page_row(key))
            )

    def _build_toolbar(self) -> None:
        toolbar = QToolBar("Main", self)
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setStyleSheet("QToolBar { qproperty-toolButtonStyle: ToolButtonTextBesideIcon; }")
        for act in (
            self.new_action,
            self.edit_action,
            self.delete_action,
            None,
            self.undo_action,
            self.redo_action,
            None,
            self.export_action,
            self.refresh_action,
        ):
            if act is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(act)
        self.addToolBar(toolbar)

    def _update_actions(self) -> None:
        supports = self.current_page().supports
        self.new_action.setEnabled("new" in supports)
        self.edit_action.setEnabled("edit" in supports)
        self.delete_action.setEnabled("delete" in supports)
        self.search_action.setEnabled("search" in supports)
        self.export_action.setEnabled("export" in supports)

    def _update_status(self) -> None:
        if self._workspace is not None and self.stack.count():
            self.count_label.setText(self.current_page().status_text())

    def load_demo(self) -> None:
        from . import interaction
        from .app import start_demo_load

        question = "Add the demo programmes' partners, calls, projects and results to this database?"
        if interaction.confirm(self, "Demo programmes", question, action="Load demo"):
            start_demo_load(self, self.workspace)

    def database_name(self) -> str:
        if self._workspace is None:
            return self._opening_name or "the database"
        from ..config import database_label

        return database_label(self._workspace.database.display_url())

    # Layout memory --------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state("main")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        last = self.settings.last_page()
        # Selected now (the page is built once the database is open, see _page_chosen).
        self.navigation.setCurrentRow(page_row(last if last in PAGE_KEYS else "partners"))

    def save_layout(self) -> None:
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.set_splitter_state("main", self.splitter.saveState())
        for page in self.pages.built():
            page.save_layout()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.save_layout()
        except Exception as error:  # remembering the layout must never stop the window closing
            log.warning("could not save the window layout: %s", error)
        super().closeEvent(event)


def _workspace_actions() -> types.ModuleType:
    from . import workspace_actions

    return workspace_actions
