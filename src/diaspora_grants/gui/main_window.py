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
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QPaintEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QWidget,
)
from shiboken6 import isValid

from . import window_menus
from .colours import MUTED
from .icons import icon
from .keyboard import UndoFromAnywhere
from .navigation import Navigation
from .page_holder import PageHolder, holder_of
from .page_registry import PAGE_KEYS, PAGES, LazyPages, PageSpec, build_page, page_row
from .settings import AppSettings
from .undo_history import UndoHistory

if TYPE_CHECKING:
    from ..services.startup import Workspace
    from .pages.base import Page, PageContext

log = logging.getLogger("diaspora_grants.gui")

WINDOW_SIZE = QSize(1400, 900)
#: The page a new user starts on: what needs them today.
FIRST_PAGE = "dashboard"


class OpeningNotice(QLabel):
    """The page area while the database opens; says when it first painted (the window is up)."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Opening the database…"))
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

    # Built by window_menus.
    new_action: QAction
    edit_action: QAction
    delete_action: QAction
    search_action: QAction
    export_action: QAction
    refresh_action: QAction
    quit_action: QAction
    demo_action: QAction
    undo_action: QAction
    redo_action: QAction
    open_database_action: QAction
    new_database_action: QAction
    settings_action: QAction
    guide_action: QAction
    shortcuts_action: QAction
    about_action: QAction
    go_actions: list[QAction]
    recent_menu: QMenu

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
        # While an undo waits for the database the pages are disabled: nothing is saved in between.
        self.history = UndoHistory(self.undo_stack, self, busy=lambda: [self.splitter])
        self.history.before_step = self._may_step
        self.settings_dialog: QDialog | None = None
        #: The Help dialog opened last (tests and screenshots reach it here).
        self.help_dialog: QDialog | None = None
        #: The database was refused after the window showed (it could not be opened, or the full
        #: check found it damaged): the window closes and the app ends with status 1.
        self.refused = False
        #: The page the window opens on (the last one used, or one clicked while it opened).
        self._wanted_page = FIRST_PAGE
        #: The key of the page shown (None before the database is open).
        self._shown_key: str | None = None
        self._set_title()
        self.setWindowIcon(icon("app"))
        self.resize(WINDOW_SIZE)

        self.navigation = Navigation(self)
        self.stack = QStackedWidget(self)
        self.opening_notice = OpeningNotice(self.stack)
        self.opening_notice.painted.connect(self.first_painted)
        self.stack.addWidget(self.opening_notice)
        self.pages = LazyPages(self._build_page)
        self.splitter = QSplitter(self)  # side by side
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([170, WINDOW_SIZE.width() - 170])
        self.setCentralWidget(self.splitter)

        self._build_status_bar()
        self._build_actions()
        self.navigation.currentRowChanged.connect(self._page_chosen)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        # Ctrl+Z and Ctrl+Y reach Undo and Redo from any widget (removed with the window).
        self._undo_keys = UndoFromAnywhere(self)
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self._undo_keys)
        self._restore_layout()
        if workspace is not None:
            self.open_workspace(workspace)

    def _build_status_bar(self) -> None:
        self.count_label = QLabel(self.tr("Opening {database}…").format(database=self.database_name()), self)
        self.database_label = QLabel(self)
        self.update_database_label()
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.database_label)

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
        self._set_title()
        self.update_database_label()

    # Pages ----------------------------------------------------------------------------------

    def _set_title(self) -> None:
        # The platform adds the application's name ("grants.sqlite — Diaspora Grants"); [*] shows
        # that something is not saved yet.
        self.setWindowTitle(f"{self.database_name()}[*]")

    def _build_page(self, spec: PageSpec) -> Page:
        page = build_page(spec, self.context)
        page.setObjectName(f"page-{spec.key}")
        page.status_changed.connect(self._update_status)
        page.permission_changed.connect(self._permission_changed)
        # In a scroll area: on a small screen (1024x700) a page taller or wider than the window
        # scrolls instead of being cut or drawn over itself.
        holder = PageHolder(page, self.stack)
        holder.setObjectName(f"page-holder-{spec.key}")
        self.stack.addWidget(holder)
        page.restore_layout()
        return page

    def switch_workspace(self, workspace: Workspace) -> None:
        """Work on another database: new services, pages built again on them, the same page shown."""
        self.save_layout()
        row = self.navigation.currentRow()
        key = PAGES[row].key if row >= 0 else "partners"
        self.undo_stack.clear()  # its commands call the previous database's services
        self._shown_key = None
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(-1)
        from .workers import PageReads

        for page in self.pages.built():
            for reads in page.findChildren(PageReads):
                reads.drop()  # what the old database answers is not shown (the page goes too)
            holder = holder_of(page)
            self.stack.removeWidget(holder)
            holder.deleteLater()
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

        holder = self.stack.currentWidget()
        page = holder.widget() if isinstance(holder, QScrollArea) else holder
        assert isinstance(page, Page), "no page before the database is open"
        return page

    def show_page(self, key: str) -> Page:
        """Show the page (asked again from the services, also when it is already shown)."""
        if key == self._shown_key and self.navigation.currentRow() == page_row(key):
            self.pages[key].refresh()
        else:
            self.navigation.setCurrentRow(page_row(key))
        return self.pages[key]

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        spec = PAGES[row]
        if self._workspace is None:  # opened on this page once the database is open
            self._wanted_page = spec.key
            return
        leaving = self._shown_key
        if (
            leaving is not None
            and leaving != spec.key
            and not self.settle_unsaved(
                QCoreApplication.translate("MainWindow", "open another page"), [self.pages[leaving]]
            )
        ):
            self.navigation.blockSignals(True)  # stay: put the navigation back
            self.navigation.setCurrentRow(page_row(leaving))
            self.navigation.blockSignals(False)
            return
        page = self.pages[spec.key]
        self._shown_key = spec.key
        self.stack.setCurrentWidget(holder_of(page))
        self.settings.set_last_page(spec.key)
        page.refresh()
        self._update_actions()
        self._update_status()

    # Actions --------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        window_menus.build(self)
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

    def refresh_current(self) -> None:
        """F5: the page asks the services again (its filters' choices too)."""
        if self._workspace is not None:
            self.current_page().refresh()

    def _update_actions(self) -> None:
        page = self.current_page()
        supports = page.supports
        # What the person's role does not allow shows disabled, with the reason as its tip.
        permission = page.write_permission()
        refusal = permission.reason if permission is not None and not permission else ""
        for key, action in (
            ("new", self.new_action),
            ("edit", self.edit_action),
            ("delete", self.delete_action),
        ):
            action.setEnabled(key in supports and not refusal)
            action.setToolTip(refusal or action.text().replace("&", ""))
            action.setStatusTip(refusal)
        self.search_action.setEnabled("search" in supports)
        self.export_action.setEnabled("export" in supports)

    def _permission_changed(self) -> None:
        if self._shown_key is not None:
            self._update_actions()

    @Slot(bool)
    def _clean_changed(self, _clean: bool) -> None:
        if isValid(self):  # not while the window is being destroyed
            self._update_status()

    def _update_status(self) -> None:
        if self._workspace is not None and self.stack.count() and self._shown_key is not None:
            self.count_label.setText(self.current_page().status_text())
        self.setWindowModified(
            self._workspace is not None and any(p.has_unsaved() for p in self.pages.built())
        )

    # Unsaved work ---------------------------------------------------------------------------

    def settle_unsaved(self, doing: str, pages: list[Page] | None = None) -> bool:
        """Before `doing` ("quit", "open another page"...) would lose typed work, ask Save, Discard
        or Cancel for each page holding some; False (stay) on Cancel or when a save failed."""
        from .interaction import Unsaved, ask_unsaved

        for page in pages if pages is not None else self.pages.built():
            if not page.has_unsaved():
                continue
            if self._shown_key is not None and page is not self.current_page():
                self.show_page(next(k for k in PAGE_KEYS if self.pages.is_built(k, page)))
            answer = ask_unsaved(self, page.unsaved_text(), doing)
            if answer is Unsaved.CANCEL or (answer is Unsaved.SAVE and not page.save_unsaved()):
                return False
            if answer is Unsaved.DISCARD:
                page.discard_unsaved()
        self._update_status()
        return True

    def _may_step(self, command: QUndoCommand) -> bool:
        return self._workspace is None or all(page.allows_undo(command) for page in self.pages.built())

    def load_demo(self) -> None:
        from . import interaction
        from .app import start_demo_load

        question = QCoreApplication.translate(
            "MainWindow",
            "Add the demo programmes' partners, calls, projects and results to this database?\n\n"
            "This cannot be undone with Undo: the demo's records are removed one by one, or by "
            "opening a backup.",
        )
        if interaction.confirm(self, self.tr("Demo programmes"), question, action=self.tr("Load demo")):
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
        self.navigation.setCurrentRow(page_row(last if last in PAGE_KEYS else FIRST_PAGE))

    def save_layout(self) -> None:
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.set_splitter_state("main", self.splitter.saveState())
        for page in self.pages.built():
            page.save_layout()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Quit, Ctrl+Q and the window's close button all arrive here: typed work is asked about.
        if (
            not self.refused
            and self._workspace is not None
            and not self.settle_unsaved(QCoreApplication.translate("MainWindow", "quit"))
        ):
            event.ignore()
            return
        try:
            self.save_layout()
        except Exception as error:  # remembering the layout must never stop the window closing
            log.warning("could not save the window layout: %s", error)
        from .workers import wait_for_reads
        from .writes import wait_for_writes

        # A save still running ends first (it is never cut short); a read, before its database closes.
        wait_for_writes()
        wait_for_reads(2000)
        super().closeEvent(event)
