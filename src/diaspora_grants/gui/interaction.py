"""Questions and messages to the user, behind small functions so tests can answer them.

Call them through the module (``interaction.confirm(...)``) so a test's monkeypatch takes effect.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import DomainError

log = logging.getLogger("diaspora_grants.gui")


def confirm(parent: QWidget | None, title: str, question: str, *, action: str = "OK") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent)
    accept = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def show_error(parent: QWidget | None, error: BaseException, *, title: str = "Could not do that") -> None:
    """A DomainError's message is written for users; anything else is a bug, logged in full."""
    if isinstance(error, DomainError):
        text = error.message
    else:
        log.error("unexpected error", exc_info=error)
        text = (
            f"Something went wrong that the app did not expect ({type(error).__name__}: {error}).\n\n"
            "The details are in the log file."
        )
    QMessageBox.warning(parent, title, text)
