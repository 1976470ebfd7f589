"""The main window's actions, menus and toolbar (File, Edit, Go, Help), built once.

Importing this loads Qt only: the window's frame paints before the database layer is imported.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar

from .icons import icon, standard
from .page_registry import PAGES, page_row

if TYPE_CHECKING:
    from .main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build(window: MainWindow) -> None:
    """Create the window's actions, its menus and its toolbar."""
    _make_actions(window)
    _make_database_and_help_actions(window)
    _build_menus(window)
    _build_toolbar(window)


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | str | None = None,
    style_icon: QStyle.StandardPixmap | None = None,
) -> QAction:
    act = QAction(text, window)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    if style_icon is not None:
        act.setIcon(standard(style_icon))
    act.triggered.connect(lambda _checked=False: slot())
    window.addAction(act)
    return act


def _make_actions(w: MainWindow) -> None:
    SP = QStyle.StandardPixmap  # noqa: N806
    w.new_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "&New…"),
        lambda: w.current_page().new_record(),
        "Ctrl+N",
        SP.SP_FileIcon,
    )
    w.edit_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Edit…"),
        lambda: w.current_page().edit_selected(),
        "Ctrl+Return",
        SP.SP_FileDialogDetailedView,
    )
    w.delete_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Delete…"),
        lambda: w.current_page().delete_selected(),
        QKeySequence(QKeySequence.StandardKey.Delete),
        SP.SP_TrashIcon,
    )
    w.search_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Find"),
        lambda: w.current_page().focus_search(),
        "Ctrl+F",
    )
    w.export_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "E&xport…"),
        lambda: w.current_page().export(),
        "Ctrl+E",
        SP.SP_DialogSaveButton,
    )
    w.refresh_action = _action(
        w, QCoreApplication.translate("MainWindow", "&Refresh"), w.refresh_current, "F5", SP.SP_BrowserReload
    )
    w.quit_action = _action(w, QCoreApplication.translate("MainWindow", "&Quit"), w.close, "Ctrl+Q")
    w.demo_action = _action(
        w, QCoreApplication.translate("MainWindow", "Load the &demo programme…"), w.load_demo
    )

    w.undo_action = w.history.undo_action
    w.undo_action.setIcon(standard(SP.SP_ArrowBack))
    w.redo_action = w.history.redo_action
    w.redo_action.setIcon(standard(SP.SP_ArrowForward))
    w.addAction(w.undo_action)
    w.addAction(w.redo_action)


def _make_database_and_help_actions(w: MainWindow) -> None:
    # workspace_actions imports the services: only once one of these is used.
    w.open_database_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Open database…"),
        lambda: _workspace().open_database(w),
        "Ctrl+O",
    )
    w.new_database_action = _action(
        w, QCoreApplication.translate("MainWindow", "Ne&w database…"), lambda: _workspace().new_database(w)
    )
    w.settings_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Settings…"),
        lambda: _workspace().show_settings(w),
        "Ctrl+,",
    )

    w.guide_action = _action(
        w, QCoreApplication.translate("MainWindow", "&User guide"), lambda: _help().show_guide(w), "F1"
    )
    w.shortcuts_action = _action(
        w, QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), lambda: _help().show_shortcuts(w)
    )
    w.about_action = _action(
        w, QCoreApplication.translate("MainWindow", "&About Diaspora Grants"), lambda: _help().show_about(w)
    )
    for act, tip in (
        (w.new_action, QCoreApplication.translate("MainWindow", "Add a new record ({keys})")),
        (w.delete_action, QCoreApplication.translate("MainWindow", "Delete the selected record ({keys})")),
        (w.export_action, QCoreApplication.translate("MainWindow", "Export the table ({keys})")),
    ):
        act.setStatusTip(tip.format(keys=act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))


def _build_menus(w: MainWindow) -> None:
    menu = w.menuBar()
    file_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(w.open_database_action)
    file_menu.addAction(w.new_database_action)
    w.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "&Recent databases"))
    w.recent_menu.aboutToShow.connect(lambda: _workspace().fill_recent_menu(w, w.recent_menu))
    file_menu.addSeparator()
    file_menu.addAction(w.settings_action)
    file_menu.addSeparator()
    file_menu.addAction(w.export_action)
    file_menu.addAction(w.demo_action)
    file_menu.addSeparator()
    file_menu.addAction(w.quit_action)
    edit_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    for act in (
        w.undo_action, w.redo_action, None, w.new_action, w.edit_action, w.delete_action, None,
        w.search_action, w.refresh_action,
    ):  # fmt: skip
        if act is None:
            edit_menu.addSeparator()
        else:
            edit_menu.addAction(act)
    go_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    w.go_actions = []
    for number, spec in enumerate(PAGES, start=1):
        go = go_menu.addAction(icon(spec.icon), _tr(spec.title))
        # Alt+1 to Alt+9, then Alt+0 for the tenth page (the keys along the top row, in order).
        go.setShortcut(QKeySequence(f"Alt+{number % 10}"))
        go.triggered.connect(lambda _checked=False, key=spec.key: w.navigation.setCurrentRow(page_row(key)))
        w.addAction(go)  # its shortcut works wherever the focus is, the menu closed
        w.go_actions.append(go)
    help_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.setObjectName("help-menu")
    for act in (w.guide_action, w.shortcuts_action, None, w.about_action):
        if act is None:
            help_menu.addSeparator()
        else:
            help_menu.addAction(act)


def _build_toolbar(w: MainWindow) -> None:
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main"), w)
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.setStyleSheet("QToolBar { qproperty-toolButtonStyle: ToolButtonTextBesideIcon; }")
    for act in (
        w.new_action, w.edit_action, w.delete_action, None, w.undo_action, w.redo_action, None,
        w.export_action, w.refresh_action,
    ):  # fmt: skip
        if act is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(act)
    w.addToolBar(toolbar)


def _workspace() -> types.ModuleType:
    from . import workspace_actions

    return workspace_actions


def _help() -> types.ModuleType:
    from . import help_actions

    return help_actions
