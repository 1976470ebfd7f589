"""PySide6 6.12.0 aborts on Python 3.11 after a few thousand calls that return None (none_dealloc)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_many_set_text_calls_do_not_crash_the_process(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    for number in range(20_000):
        label.setText(str(number))
    assert label.text() == "19999"
