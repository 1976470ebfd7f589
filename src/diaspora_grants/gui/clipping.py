"""Find text a layout cuts off: labels, buttons, tabs and group titles narrower than their words.

The screenshot tool runs it over every page and dialog it renders (``--check-clipping``), so the
pseudo-language (every string 40% longer) shows where a French or Arabic text would not fit before
a translator does. Grids are left out: a table cell or header elides with "…" by design, and the
full text is in its tooltip and in the detail pane. So is a record chosen in a picker (a programme's
long title): it is data, not the app's words, and its drop-down list shows it whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)

from .widgets.pickers import COMBO_CHROME, ChoiceCombo, EnumCombo

#: A pixel of rounding is not clipping: sizes are whole pixels, text advances are not.
TOLERANCE = 1


@dataclass(frozen=True)
class Clipped:
    """One text that does not fit: where it is, what it says and by how much it is cut."""

    where: str
    text: str
    needed: int
    given: int

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r} needs {self.needed} px, has {self.given}"


def clipped_texts(root: QWidget) -> list[Clipped]:
    """Every visible text under `root` (itself included) that its widget shows only in part."""
    found: list[Clipped] = []
    for widget in [root, *root.findChildren(QWidget)]:
        # A dialog is a child of the window but is checked on its own.
        if not widget.isVisible() or widget.window() is not root or _inside_a_grid(widget):
            continue
        found += _clipped(widget) or _cut_at_an_edge(widget)
    return found


def _clipped(widget: QWidget) -> list[Clipped]:
    if isinstance(widget, QLabel):
        return _label(widget)
    if isinstance(widget, QAbstractButton) and widget.text():
        return _fits(widget, widget.text(), widget.sizeHint().width(), widget.width())
    if isinstance(widget, QGroupBox) and widget.title():
        needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
        return _fits(widget, widget.title(), needed, widget.width())
    if isinstance(widget, QComboBox) and widget.currentText() and not _shows_a_record(widget):
        needed = widget.fontMetrics().horizontalAdvance(widget.currentText()) + COMBO_CHROME
        return _fits(widget, widget.currentText(), needed, widget.width())
    if isinstance(widget, QTabBar):
        return _tabs(widget)
    return []


def _cut_at_an_edge(widget: QWidget) -> list[Clipped]:
    """A label or button that sticks out sideways past a parent (a pane's viewport, the window):
    its own size may be right, but part of it is never on screen. Up and down is scrolling."""
    if not isinstance(widget, QLabel | QAbstractButton) or not widget.text():
        return []
    left = widget.mapTo(widget.window(), QPoint(0, 0)).x()
    right = left + widget.width()
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        parent_left = parent.mapTo(widget.window(), QPoint(0, 0)).x()
        shown = min(right, parent_left + parent.width()) - max(left, parent_left)
        if shown + TOLERANCE < widget.width():
            return _fits(widget, widget.text(), widget.width(), max(shown, 0), what="cut at an edge")
        parent = parent.parentWidget()
    return []


def _label(label: QLabel) -> list[Clipped]:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        return _fits(label, text, needed, label.height(), what="height")
    return _fits(label, text, label.minimumSizeHint().width(), label.width())


def _tabs(bar: QTabBar) -> list[Clipped]:
    """Tabs elided, or pushed out of sight behind scroll arrows, are cut too."""
    found: list[Clipped] = []
    for index in range(bar.count()):
        shown = bar.tabRect(index).intersected(bar.rect()).width()
        found += _fits(bar, bar.tabText(index), bar.tabSizeHint(index).width(), shown)
    return found


def _fits(widget: QWidget, text: str, needed: int, given: int, what: str = "width") -> list[Clipped]:
    if needed <= given + TOLERANCE:
        return []
    where = f"{widget.window().objectName() or type(widget.window()).__name__} > {_path(widget)} ({what})"
    return [Clipped(where, text, needed, given)]


def _path(widget: QWidget) -> str:
    name = widget.objectName() or type(widget).__name__
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if parent.objectName():
            return f"{parent.objectName()}/{name}"
        parent = parent.parentWidget()
    return name


def _shows_a_record(combo: QComboBox) -> bool:
    """A record picker showing a record (its "none" entry and the labels of an EnumCombo are the
    app's words and must fit)."""
    return isinstance(combo, ChoiceCombo) and not isinstance(combo, EnumCombo) and combo.value() is not None


def _inside_a_grid(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False
