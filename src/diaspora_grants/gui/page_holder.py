"""Each page of the main window sits in a PageHolder: shown at the window's size, or at its
smallest size with scroll bars when the window is smaller (1024x700), never drawn over itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class PageHolder(QScrollArea):
    """Shows a page at the size of the window, or at its smallest size with scroll bars when the
    window is smaller than that (a page that cannot shrink further is never drawn over itself)."""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Not widgetResizable: that sizes pages with wrapped text by their preferred height.
        self.setWidget(page)
        page.installEventFilter(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        page, room = self.widget(), self.maximumViewportSize()
        if page is None:
            return
        smallest = page.minimumSizeHint().expandedTo(page.minimumSize())
        # A scroll bar in one direction takes room from the other: leave it room, so that a page
        # too tall for the window does not also scroll sideways.
        width = room.width() - (
            self.verticalScrollBar().sizeHint().width() if smallest.height() > room.height() else 0
        )
        height = room.height() - (
            self.horizontalScrollBar().sizeHint().height() if smallest.width() > width else 0
        )
        page.resize(max(width, smallest.width()), max(height, smallest.height()))


def holder_of(page: QWidget) -> QWidget:
    """The scroll area a page is shown in."""
    holder = page.parentWidget()
    while holder is not None and not isinstance(holder, QScrollArea):
        holder = holder.parentWidget()
    return holder if holder is not None else page
