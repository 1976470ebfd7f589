"""Hand a file or folder to the desktop (the program that opens .xlsx, the file manager).

Called through the module (``desktop.open_path(...)``) so tests can stand in for the desktop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_path(path: Path) -> bool:
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def show_in_folder(path: Path) -> bool:
    """Open the folder that holds the file (selecting the file itself is not portable)."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
