"""The app's own icons (simple SVGs shipped in the package) and Qt's standard ones for actions."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

_FOLDER = Path(__file__).with_name("icons")


@cache
def icon(name: str) -> QIcon:
    """One of gui/icons/<name>.svg; an empty icon if it is missing (never an error)."""
    path = _FOLDER / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)
