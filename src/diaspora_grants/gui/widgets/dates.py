"""A date that can be typed (2027-01-31, or as the system writes short dates: 31/01/2027,
1/31/27), picked from a calendar, or left empty.

What is typed is read when the field is left; a text that is not a date stays as typed, marked,
and saving says what to type instead, so nothing typed disappears and no wrong date is saved.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

#: Two-digit years (31/01/27) are read in this century.
BASE_YEAR = 2000
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
#: Marks some locales write around date separators (right-to-left scripts).
_DIRECTION_MARKS = ("\u200e", "\u200f", "\u061c")


class DateNotUnderstoodError(TypeError):
    """The text typed into a date field is not a date (a TypeError: dialogs show it at the top)."""


def parse_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """The date in `text`: ISO (2027-01-31, or 20270131), or the locale's short format; None when
    it is not one. An empty text is not a date either: the caller decides what empty means."""
    clean = text.strip()
    for mark in _DIRECTION_MARKS:
        clean = clean.replace(mark, "")
    for pattern in (_ISO, _COMPACT):
        found = pattern.fullmatch(clean)
        if found:
            return _date(*(int(part) for part in found.groups()))
    chosen = locale or QLocale()
    short = chosen.dateFormat(QLocale.FormatType.ShortFormat)
    for mark in _DIRECTION_MARKS:
        short = short.replace(mark, "")
    formats = [short]
    if "yyyy" not in short and "yy" in short:
        formats.append(short.replace("yy", "yyyy"))  # a full year typed in a two-digit-year locale
    for form in formats:
        parsed = chosen.toDate(clean, form, BASE_YEAR)
        if parsed.isValid():
            return dt.date(parsed.year(), parsed.month(), parsed.day())
    return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def example(locale: QLocale | None = None) -> str:
    """How the locale writes a short date, as an example to type."""
    return (locale or QLocale()).toString(QDate(2027, 1, 31), QLocale.FormatType.ShortFormat)


class OptionalDateEdit(QWidget):
    """A date field: type it, pick it from the calendar, or leave it empty (`empty_text`)."""

    #: The date changed (typed and left, picked, or cleared).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, empty_text: str | None = None) -> None:
        super().__init__(parent)
        self._value: dt.date | None = None
        self.edit = QLineEdit(self)
        self.edit.setObjectName("date-text")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("not set") if empty_text is None else empty_text)
        self._hint = self.tr("Type the date as 2027-01-31 or {example}, or pick it with …").format(
            example=example()
        )
        self.edit.setToolTip(self._hint)
        # Wide enough for a whole date and the clear button, and for what it says when empty ("from
        # any day", longer in French), on every screen.
        metrics = self.edit.fontMetrics()
        widest = max(
            metrics.horizontalAdvance("0000-00-00"), metrics.horizontalAdvance(self.edit.placeholderText())
        )
        self.edit.setMinimumWidth(widest + 36)
        self.edit.editingFinished.connect(self._read)
        self.edit.textChanged.connect(self._typed)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self._popup = QMenu(self)
        holder = QWidgetAction(self._popup)
        holder.setDefaultWidget(self.calendar)
        self._popup.addAction(holder)
        self.pick_button = QToolButton(self)
        self.pick_button.setText("…")
        self.pick_button.setToolTip(self.tr("Pick the date from a calendar"))
        self.pick_button.clicked.connect(self.open_calendar)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Leave the date empty"))
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.pick_button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)

    def value(self) -> dt.date | None:
        """The date; None when empty. A text that is not a date raises DateNotUnderstoodError,
        naming it and what to type: it is never taken for an empty date."""
        text = self.edit.text().strip()
        if not text:
            return None
        parsed = parse_date(text)
        if parsed is None:
            raise DateNotUnderstoodError(self.problem() or "")
        return parsed

    def valid_value(self) -> dt.date | None:
        """The date, or None when empty or not understood (filters that ignore a half-typed date)."""
        try:
            return self.value()
        except DateNotUnderstoodError:
            return None

    def is_valid(self) -> bool:
        text = self.edit.text().strip()
        return not text or parse_date(text) is not None

    def problem(self) -> str | None:
        if self.is_valid():
            return None
        return self.tr("'{text}' is not a date: type it as 2027-01-31 or {example}, or clear it").format(
            text=self.edit.text().strip(), example=example()
        )

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setText(value.isoformat() if value is not None else "")
        self._read()

    def open_calendar(self) -> None:
        shown = self.valid_value() or dt.date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self._popup.popup(self.mapToGlobal(self.rect().bottomLeft()))

    def _picked(self, date: QDate) -> None:
        self._popup.close()
        self.set_value(dt.date(date.year(), date.month(), date.day()))

    def _typed(self, text: str) -> None:
        # Cleared with the line's own clear button, or typed into: follow at once when it is a date.
        if not text.strip() or parse_date(text) is not None:
            self._mark(None)
            self._update(parse_date(text) if text.strip() else None)

    def _read(self) -> None:
        """The field was left: show a date as yyyy-mm-dd, or mark what is not one."""
        text = self.edit.text().strip()
        parsed = parse_date(text) if text else None
        if text and parsed is None:
            self._mark(self.problem())
            return
        self._mark(None)
        if parsed is not None and self.edit.text() != parsed.isoformat():
            self.edit.blockSignals(True)
            self.edit.setText(parsed.isoformat())
            self.edit.blockSignals(False)
        self._update(parsed)

    def _update(self, value: dt.date | None) -> None:
        if value != self._value:
            self._value = value
            self.changed.emit()

    def _mark(self, problem: str | None) -> None:
        self.edit.setProperty("invalid", problem is not None)
        self.edit.setToolTip(problem or self._hint)
        style = self.edit.style()
        style.unpolish(self.edit)
        style.polish(self.edit)


__all__ = ["DateNotUnderstoodError", "OptionalDateEdit", "example", "parse_date"]
