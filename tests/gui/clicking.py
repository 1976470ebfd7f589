"""Answering the app's message boxes as a user does: by clicking one of their buttons.

A message box runs its own event loop until it is answered, so the click is scheduled before the
action that opens it: `answer_next("Discard", seen)` then `window.close()`.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

#: How long to wait for the box to appear before giving up (the test then fails on its asserts).
PATIENCE_MS = 5000
POLL_MS = 20


def open_message_box() -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    return boxes[-1] if boxes else None


def answer_next(button: str, seen: list[str]) -> None:
    """Click `button` (its text, without &) in the next message box; its text and informative text
    are added to `seen`."""
    waited = 0

    def click() -> None:
        nonlocal waited
        box = open_message_box()
        if box is None:
            waited += POLL_MS
            if waited < PATIENCE_MS:
                QTimer.singleShot(POLL_MS, click)
            return
        seen.append(f"{box.text()} {box.informativeText()}".strip())
        target = next(b for b in box.buttons() if b.text().replace("&", "") == button)
        target.click()

    QTimer.singleShot(0, click)


def on_screen(qtbot: QtBot, window: QWidget) -> None:
    """Show the window and make it the active one, as when the user works in it: keyboard
    shortcuts (Ctrl+Q, Alt+7) only reach the active window."""
    window.show()
    qtbot.waitExposed(window)
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
