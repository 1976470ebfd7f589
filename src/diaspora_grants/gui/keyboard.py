"""Working from the keyboard: a focus ring that can be seen on every widget, and Undo / Redo that
reach the window from wherever the focus is."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QTextEdit,
    QWidget,
)

#: Wide enough to be seen at a glance, in the palette's highlight colour.
RING_WIDTH = 2

_CONTROLS_WITH_RING = (QStyle.ControlElement.CE_PushButton, QStyle.ControlElement.CE_CheckBox,
                       QStyle.ControlElement.CE_RadioButton)  # fmt: skip
_COMPLEX_WITH_RING = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox,
                      QStyle.ComplexControl.CC_ToolButton)  # fmt: skip


class FocusRingStyle(QProxyStyle):
    """The app's style (Fusion) with a clear ring around the widget that has the keyboard focus:
    Fusion's own hint (a slightly bluer outline) is easy to miss."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            _ring(painter, option, option.rect)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_FrameLineEdit and _focused(option):
            _ring(painter, option, option.rect)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element in _CONTROLS_WITH_RING and _focused(option):
            _ring(painter, option, option.rect)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _COMPLEX_WITH_RING and _focused(option):
            _ring(painter, option, option.rect)


def _focused(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


def _ring(painter: QPainter, option: QStyleOption, rect: QRect) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(option.palette.highlight().color(), RING_WIDTH)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING_WIDTH // 2
    painter.drawRoundedRect(rect.adjusted(half, half, -half, -half), 3, 3)
    painter.restore()


class UndoFromAnywhere(QObject):
    """Installed on the application: Ctrl+Z and Ctrl+Y (Ctrl+Shift+Z) reach the window's Undo and
    Redo whatever has the focus. A text field with typing of its own to undo keeps the keys, so
    Ctrl+Z first takes back what was just typed, as people expect; a field with nothing to undo
    (a search box just clicked into, a date) passes them on instead of swallowing them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Built here, not on import: a standard key needs the application's platform to exist.
        self._undo = (QKeySequence(QKeySequence.StandardKey.Undo),)
        self._redo = (
            QKeySequence(QKeySequence.StandardKey.Redo),
            QKeySequence("Ctrl+Y"),
            QKeySequence("Ctrl+Shift+Z"),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        combination = QKeySequence(event.keyCombination())
        undo = combination in self._undo
        redo = combination in self._redo
        if not (undo or redo):
            return False
        if _has_own(watched, undo=undo):
            return False
        event.ignore()  # not claimed by the field: the window's shortcut runs
        return True


def _has_own(widget: QObject, *, undo: bool) -> bool:
    """Whether the text field `widget` (or the one inside it) has typing of its own to undo/redo."""
    if isinstance(widget, QComboBox | QAbstractSpinBox):
        inner = widget.findChild(QLineEdit)
        if inner is None:
            return False
        widget = inner
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return False
        return widget.isUndoAvailable() if undo else widget.isRedoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        if widget.isReadOnly():
            return False
        document = widget.document()
        return document.isUndoAvailable() if undo else document.isRedoAvailable()
    return False
