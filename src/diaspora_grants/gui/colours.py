"""The few colours that carry meaning on screen (warnings, errors, locks), in one place."""

from __future__ import annotations

from PySide6.QtGui import QColor

from .labels import QT_TRANSLATE_NOOP

WARNING = QColor("#b35900")  # expiring soon, due soon: dark orange, readable on white
ERROR = QColor("#b00020")  # expired, overdue, invalid
OK = QColor("#2e7d32")
MUTED = QColor("#6b6b6b")
ERROR_BACKGROUND = "#fde7e9"

DUE_DILIGENCE_COLOURS = {"expired": ERROR, "expiring": WARNING, "missing": MUTED}
DUE_DILIGENCE_TEXT = {
    "valid": QT_TRANSLATE_NOOP("DueDiligence", "valid"),
    "expiring": QT_TRANSLATE_NOOP("DueDiligence", "expires soon"),
    "expired": QT_TRANSLATE_NOOP("DueDiligence", "expired"),
    "missing": QT_TRANSLATE_NOOP("DueDiligence", "not cleared"),
}
