"""A programme's approval rule: whether the person who approves results must not be the one who
submitted them (four eyes). Stored with the programme, so every member of a team works by it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .. import interaction
from ..writes import save_off_thread


class ApprovalRulesDialog(QDialog):
    """Emits ``saved(programme view)`` once the rule is stored."""

    saved = Signal(object)

    def __init__(
        self,
        programme: Any,
        save: Callable[[int, bool, int], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approval-rules")
        self.setWindowTitle(self.tr("Approval rules of {code}").format(code=programme.code))
        self._programme = programme
        self._save = save
        text = QLabel(
            self.tr(
                "Results are entered as drafts, submitted for approval, then approved. Approved results "
                "count in reach and in the donor's reports, and stay read-only until someone reopens "
                "them with a reason."
            )
        )
        text.setWordWrap(True)
        self.four_eyes = QCheckBox(self.tr("Four eyes: someone other than the submitter approves results"))
        self.four_eyes.setChecked(bool(programme.approver_must_differ))
        note = QLabel(
            self.tr(
                "Recommended when a team shares the database (it is on by default there). Everyone "
                "working on programme {code} works by this rule; the change is kept in the audit trail."
            ).format(code=programme.code)
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept_rule)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.four_eyes)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(520, 240)

    def accept_rule(self) -> None:
        """Save off the GUI thread; the dialog waits disabled meanwhile."""
        programme, on, save = self._programme, self.four_eyes.isChecked(), self._save
        title = self.tr("Could not save the rule")
        save_off_thread(
            self,
            lambda: save(programme.id, on, programme.version),
            done=self._saved,
            failed=lambda error: interaction.show_error(self, error, title=title),
            busy=[self],
        )

    def _saved(self, view: Any) -> None:
        self.saved.emit(view)
        self.accept()
