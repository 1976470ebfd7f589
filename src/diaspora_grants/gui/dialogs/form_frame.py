"""The frame every record form shares: notices above, the form scrolling, Save and Cancel below."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..colours import ERROR
from ..widgets.vertical_scroll import VerticalScrollArea


def frame_form(
    dialog: QDialog,
    form_layout: QFormLayout,
    *,
    notices: tuple[QWidget, ...],
    has_required: bool,
    save: Callable[[], object],
) -> tuple[QDialogButtonBox, QPushButton]:
    """Lay the dialog out and return its button box and its Save button."""
    inner = QWidget()
    inner_layout = QVBoxLayout(inner)
    inner_layout.addLayout(form_layout)
    inner_layout.addStretch(1)  # spare height below the form, not between its rows
    scroll = VerticalScrollArea(inner)

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    save_button.setText(QCoreApplication.translate("FormFrame", "Save"))
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)

    layout = QVBoxLayout(dialog)
    for notice in notices:
        layout.addWidget(notice)
    layout.addWidget(scroll, 1)
    if has_required:
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "FormFrame", "<span style='color:{colour}'>*</span> required"
                ).format(colour=ERROR.name())
            )
        )
    layout.addWidget(buttons)
    return buttons, save_button
