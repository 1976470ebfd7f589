"""Locking a reported period (its results read-only for everyone) and unlocking it with a reason,
with the banner that says a period is locked, by whom and when."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ...services.periods import PeriodView
from .. import interaction
from ..dialogs.decision_dialog import ReasonDialog
from ..formatting import moment_text
from ..icons import icon
from ..writes import save_off_thread
from .records import open_decision

if TYPE_CHECKING:
    from .results_page import ResultsPage


class PeriodLocking(QObject):
    def __init__(self, page: ResultsPage) -> None:
        super().__init__(page)
        self.page = page
        self.unlock_dialog: ReasonDialog | None = None
        self.banner = QFrame(page)
        self.banner.setObjectName("lock-banner")
        self.banner.setStyleSheet(
            "QFrame#lock-banner { background: #fff4e5; border: 1px solid #e0b070; border-radius: 4px; }"
        )
        self.icon = QLabel(self.banner)
        self.icon.setPixmap(icon("lock").pixmap(22, 22))
        self.text = QLabel(self.banner)
        self.text.setWordWrap(True)
        row = QHBoxLayout(self.banner)
        row.addWidget(self.icon)
        row.addWidget(self.text, 1)
        self.banner.hide()
        self.lock_button = QPushButton(icon("lock"), QCoreApplication.translate("Results", "Lock period…"))
        self.unlock_button = QPushButton(QCoreApplication.translate("Results", "Unlock period…"))
        self.lock_button.clicked.connect(self.lock_period)
        self.unlock_button.clicked.connect(self.unlock_period)

    def update(self, period: PeriodView | None, has_scope: bool) -> None:
        locked = bool(period and period.locked)
        self.banner.setVisible(has_scope and locked)
        if period is not None and locked:
            by = (
                QCoreApplication.translate("Results", " by {who}").format(who=period.locked_by)
                if period.locked_by
                else ""
            )
            when = (
                QCoreApplication.translate("Results", " on {when}").format(when=moment_text(period.locked_at))
                if period.locked_at
                else ""
            )
            self.text.setText(
                QCoreApplication.translate(
                    "Results",
                    "<b>Period {period} is locked</b>{by}{when}: its results have been reported and are "
                    "shown read-only. To correct them, unlock the period and give the reason.",
                ).format(period=period.label, by=by, when=when)
            )
        self.lock_button.setVisible(period is not None and not locked)
        self.unlock_button.setVisible(period is not None and locked)

    def lock_period(self) -> None:
        page = self.page
        period = page.scope.period_view()
        if period is None or not page.settle(QCoreApplication.translate("Results", "lock the period")):
            return
        question = QCoreApplication.translate(
            "Results",
            "Lock period {period}?\n\nIts results become read-only for everyone, so that what was "
            "reported and what the database holds cannot drift apart. Unlocking later needs a reason.",
        ).format(period=period.label)
        if not interaction.confirm(
            page,
            QCoreApplication.translate("Results", "Lock period"),
            question,
            action=QCoreApplication.translate("Results", "Lock"),
        ):
            return

        def not_locked(error: BaseException) -> None:
            interaction.show_error(
                page, error, title=QCoreApplication.translate("Results", "Could not lock the period")
            )
            page.reload_periods()

        periods = page.services.periods
        save_off_thread(
            page,
            lambda: periods.lock(period.id, expected_version=period.version),
            done=lambda _period: page.reload_periods(),
            failed=not_locked,
            busy=[page],
        )

    def unlock_period(self) -> QWidget | None:
        page = self.page
        period = page.scope.period_view()
        if period is None:
            return None
        dialog = ReasonDialog(
            QCoreApplication.translate("Results", "Unlock period {period}").format(period=period.label),
            QCoreApplication.translate(
                "Results",
                "Period {period} has been reported. Say why its figures may change: the reason is kept "
                "in the audit trail with your name.",
            ).format(period=period.label),
            required=True,
            parent=page,
        )
        dialog.ok_button.setText(QCoreApplication.translate("Results", "Unlock"))
        self.unlock_dialog = dialog
        open_decision(
            page,
            dialog,
            lambda: partial(
                page.services.periods.unlock,
                period.id,
                dialog.reason.value() or "",
                expected_version=period.version,
            ),
            done=lambda _period: page.reload_periods(),
            error_title=QCoreApplication.translate("Results", "Could not unlock the period"),
            after_error=page.reload_periods,
        )
        return dialog
