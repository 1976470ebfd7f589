"""The few colours that carry meaning on screen (warnings, errors, locks), in one place."""

from __future__ import annotations

from PySide6.QtGui import QColor

WARNING = QColor("#b35900")  # expiring soon, due soon: dark orange, readable on white
ERROR = QColor("#b00020")  # expired, overdue, invalid
OK = QColor("#2e7d32")
MUTED = QColor("#6b6b6b")
ERROR_BACKGROUND = "#fde7e9"

DUE_DILIGENCE_COLOURS = {"expired": ERROR, "expiring": WARNING, "missing": MUTED}
DUE_DILIGENCE_TEXT = {
    "valid": "valid",
    "expiring": "expires soon",
    "expired": "expired",
    "missing": "not cleared",
}
