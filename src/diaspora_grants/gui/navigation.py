"""The list of areas on the left of the main window, wide enough for every name in full."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from .icons import icon
from .page_registry import PAGES

#: Room around an entry's text: its icon, the list's padding and a scroll bar.
NAVIGATION_MARGIN = 72
#: The entries' text size, in pixels.
FONT_PIXELS = 14


class Navigation(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setIconSize(QSize(20, 20))
        self.setSpacing(2)
        self.setStyleSheet(f"QListWidget#navigation {{ font-size: {FONT_PIXELS}px; padding: 4px; }}")
        for spec in PAGES:
            self.addItem(
                QListWidgetItem(icon(spec.icon), QCoreApplication.translate("MainWindow", spec.title))
            )
        self._fit()

    def _fit(self) -> None:
        """Wide enough for the longest entry in full at any window size ("Applications", not "Applic")."""
        # The style sheet's font is applied on polish: measure with it.
        font = self.font()
        font.setPixelSize(FONT_PIXELS)
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(self.item(i).text()) for i in range(self.count()))
        width = widest + NAVIGATION_MARGIN
        self.setMinimumWidth(width)
        self.setMaximumWidth(width + 60)
        for i in range(self.count()):
            self.item(i).setSizeHint(QSize(width - 20, 34))
