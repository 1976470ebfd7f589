"""A scroll area for forms and detail panes: it scrolls up and down, never sideways."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class VerticalScrollArea(QScrollArea):
    """A pane that scrolls up and down only: on a small screen, or in a language whose words are
    longer, a tall detail pane scrolls instead of squeezing its wrapped texts until they are cut,
    and it is never narrower than its content (a splitter or layout keeps its width)."""

    def __init__(self, pane: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(pane)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        pane.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the pane's content changed: its width may have too
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._width_needed(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self._width_needed(), super().sizeHint().height())

    def _width_needed(self) -> int:
        pane = self.widget()
        inner = pane.minimumSizeHint().width() if pane is not None else 0
        return inner + self.verticalScrollBar().sizeHint().width()
