"""The Help menu: the user guide, the keyboard shortcuts and About, each opened over the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .. import __version__
from .dialogs.help_dialogs import AboutDialog, ShortcutsDialog, UserGuideDialog
from .labels import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


#: Keys of the results grid, which are not actions of the window.
GRID_KEYS = (
    ("Enter / Shift+Enter", QT_TRANSLATE_NOOP("Help", "Results grid: next / previous cell down the column")),
    (
        "Tab / Shift+Tab",
        QT_TRANSLATE_NOOP("Help", "Results grid: next / previous cell to type into (totals are skipped)"),
    ),
    ("Ctrl+V", QT_TRANSLATE_NOOP("Help", "Results grid: paste a block copied from Excel or LibreOffice")),
    ("Ctrl+C", QT_TRANSLATE_NOOP("Help", "Results grid: copy the selected cells")),
    ("Delete", QT_TRANSLATE_NOOP("Help", "Results grid: clear the selected cells")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("Help", "Results grid: save")),
    ("Escape", QT_TRANSLATE_NOOP("Help", "Results grid: leave the cell as it was")),
)


def show_guide(window: MainWindow) -> UserGuideDialog:
    dialog = UserGuideDialog(window)
    window.help_dialog = dialog
    dialog.open()
    return dialog


def show_shortcuts(window: MainWindow) -> ShortcutsDialog:
    actions = [*window.actions(), *window.go_actions]
    dialog = ShortcutsDialog(actions, [(keys, _tr(what)) for keys, what in GRID_KEYS], window)
    window.help_dialog = dialog
    dialog.open()
    return dialog


def show_about(window: MainWindow) -> AboutDialog:
    facts = [(QCoreApplication.translate("Help", "Version"), __version__)]
    if window.is_open:
        workspace = window.workspace
        paths = workspace.paths
        facts += [
            (QCoreApplication.translate("Help", "Database"), workspace.database.display_url()),
            (QCoreApplication.translate("Help", "Working as"), workspace.services.context.user),
            (QCoreApplication.translate("Help", "Data folder"), str(paths.data_dir)),
            (QCoreApplication.translate("Help", "Backups"), str(paths.backup_dir)),
            (QCoreApplication.translate("Help", "Logs"), str(paths.log_dir)),
        ]
    facts.append((QCoreApplication.translate("Help", "Settings"), window.settings.location))
    dialog = AboutDialog(__version__, facts, window)
    window.help_dialog = dialog
    dialog.open()
    return dialog
