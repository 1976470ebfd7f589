"""Questions and messages to the user, behind small functions so tests can answer them.

Call them through the module (``interaction.confirm(...)``) so a test's monkeypatch takes effect.
"""

from __future__ import annotations

import enum
import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import DomainError

log = logging.getLogger("diaspora_grants.gui")


def confirm(parent: QWidget | None, title: str, question: str, *, action: str | None = None) -> bool:
    box = ConfirmBox(parent, title, question, action or QCoreApplication.translate("Interaction", "OK"))
    box.exec()
    return box.clickedButton() is box.accept_button


class ConfirmBox(QMessageBox):
    """The question `confirm` asks: the action's own button, and Cancel as the default."""

    def __init__(self, parent: QWidget | None, title: str, question: str, action: str) -> None:
        super().__init__(
            QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent
        )
        self.accept_button = self.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def show_error(parent: QWidget | None, error: BaseException, *, title: str | None = None) -> None:
    """A DomainError's message is written for users; anything else is a bug, logged in full."""
    if isinstance(error, DomainError):
        text = error.message
    else:
        log.error("unexpected error", exc_info=error)
        text = QCoreApplication.translate(
            "Interaction",
            "Something went wrong that the app did not expect ({error}).\n\nThe details are in the log file.",
        ).format(error=f"{type(error).__name__}: {error}")
    if title is None:
        title = QCoreApplication.translate("Interaction", "Could not do that")
    QMessageBox.warning(parent, title, text)


class Unsaved(enum.Enum):
    """What to do with unsaved work before something replaces it."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, what: str, doing: str) -> Unsaved:
    """Save, Discard or Cancel: `what` is not saved and `doing` (quit, open another page...) would
    lose it. Cancel is the default: Enter never throws work away."""
    answer = unsaved_box(parent, what, doing).exec()
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def unsaved_box(parent: QWidget | None, what: str, doing: str) -> QMessageBox:
    """The question `ask_unsaved` asks, not yet shown."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Unsaved", "Unsaved changes"),
        what,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(
        QCoreApplication.translate("Unsaved", "Save them before you {doing}?").format(doing=doing)
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setObjectName("unsaved-question")
    return box


def choose(parent: QWidget | None, title: str, question: str, options: list[str]) -> int | None:
    """One of `options` (its position), or None for Cancel (the default)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent)
    buttons = [box.addButton(text, QMessageBox.ButtonRole.AcceptRole) for text in options]
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return next((number for number, button in enumerate(buttons) if button is clicked), None)
