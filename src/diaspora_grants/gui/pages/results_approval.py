"""Submit, Approve and Reopen on the results grid, and the programme's approval rule.

Each acts on exactly what the grid shows (the location chosen, for a disaggregated indicator),
says how many results it changes before it does, and is refused, with the reason shown on the
button, when the rules say no (four eyes, approved results read-only until reopened).
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QPushButton

from ...domain.approval import approval_problem
from ...domain.enums import ResultStatus
from ...services.programmes import ProgrammeView
from ...services.result_cells import GridCell
from .. import interaction
from ..colours import MUTED
from ..dialogs.approval_rules_dialog import ApprovalRulesDialog
from ..dialogs.decision_dialog import ReasonDialog
from ..formatting import moment_text
from ..models.results import STATUS_COLOURS
from ..workers import PageReads
from ..writes import save_off_thread
from .records import open_decision

if TYPE_CHECKING:
    from .results_page import ResultsPage


def _results(count: int) -> str:
    return (
        QCoreApplication.translate("Results", "1 result")
        if count == 1
        else QCoreApplication.translate("Results", "{count} results").format(count=f"{count:,}")
    )


class ResultsApproval(QObject):
    def __init__(self, page: ResultsPage) -> None:
        super().__init__(page)
        self.page = page
        self.submit_button = QPushButton(QCoreApplication.translate("Results", "Submit…"))
        self.approve_button = QPushButton(QCoreApplication.translate("Results", "Approve…"))
        self.reopen_button = QPushButton(QCoreApplication.translate("Results", "Reopen…"))
        self.rules_button = QPushButton(QCoreApplication.translate("Results", "Approval rules…"))
        self.rules_reads = PageReads(page, lambda: [self.rules_button])
        self.submit_button.setObjectName("submit")
        self.approve_button.setObjectName("approve")
        self.reopen_button.setObjectName("reopen")
        self.rules_button.setToolTip(
            QCoreApplication.translate(
                "Results", "Whether the person who approves must differ from who submitted"
            )
        )
        self.submit_button.clicked.connect(self.submit)
        self.approve_button.clicked.connect(self.approve)
        self.reopen_button.clicked.connect(self.reopen)
        self.rules_button.clicked.connect(self.show_rules)
        self.reopen_dialog: ReasonDialog | None = None
        self.rules_dialog: ApprovalRulesDialog | None = None

    @property
    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.submit_button, self.approve_button, self.reopen_button)

    # What is shown --------------------------------------------------------------------------

    def shown(self) -> tuple[GridCell, ...]:
        view = self.page.model.view
        return view.cells_at(self.page.model.locations_shown()) if view is not None else ()

    def location_ids(self) -> set[int | None] | None:
        """The locations an action changes: the one shown, or all (None) when every one is shown."""
        return self.page.model.locations_shown() if self.page.model.disaggregated else None

    def described(self) -> str:
        """What the grid shows: "LB-VAX-01 · BHA-1 · 2022-H1 · Akkar"."""
        view, model = self.page.model.view, self.page.model
        if view is None:
            return ""
        if not model.disaggregated:
            return view.label
        place = self.page.location.currentText()
        return f"{view.label} · {place}" if place else view.label

    def status_html(self) -> str:
        cells = self.shown()
        statuses = {c.status for c in cells}
        if not cells:
            return QCoreApplication.translate(
                "Results", "Status: <b style='color:{colour}'>no results entered yet</b>"
            ).format(colour=MUTED.name())
        if len(statuses) > 1:
            return QCoreApplication.translate(
                "Results", "Status: <b style='color:{colour}'>mixed — cells have different statuses</b>"
            ).format(colour=MUTED.name())
        status = statuses.pop()
        colour = STATUS_COLOURS[status].name()
        first = cells[0]
        if status is ResultStatus.APPROVED:
            text = QCoreApplication.translate(
                "Results", "approved by {who}{when} — read-only; counted in reach and reports"
            ).format(
                who=first.approved_by or QCoreApplication.translate("Results", "someone"),
                when=_on(first.approved_at),
            )
        elif status is ResultStatus.SUBMITTED:
            text = QCoreApplication.translate(
                "Results", "submitted by {who}{when} — waiting for approval"
            ).format(
                who=first.submitted_by or QCoreApplication.translate("Results", "someone"),
                when=_on(first.submitted_at),
            )
        else:
            text = QCoreApplication.translate("Results", "draft — not yet submitted")
        return QCoreApplication.translate("Results", "Status: <b style='color:{colour}'>{text}</b>").format(
            colour=colour, text=text
        )

    # Which action is possible ---------------------------------------------------------------------

    def update(self, *, dirty: bool, locked: bool) -> None:
        cells = self.shown()
        statuses = {c.status for c in cells}
        blocked = self._blocked(dirty, locked, bool(cells))
        submit_why = blocked or self._submit_problem(statuses)
        approve_why = blocked or self._approve_problem(cells, statuses)
        reopen_why = self._reopen_problem(dirty, locked, statuses)
        for button, why in (
            (self.submit_button, submit_why),
            (self.approve_button, approve_why),
            (self.reopen_button, reopen_why),
        ):
            button.setEnabled(why is None)
            button.setToolTip(why or "")
        self.rules_button.setEnabled(self.page.scope.programme_id() is not None)

    def _blocked(self, dirty: bool, locked: bool, has_cells: bool) -> str | None:
        if not has_cells:
            return QCoreApplication.translate("Results", "No results are entered here yet")
        if locked:
            return QCoreApplication.translate("Results", "The period is locked")
        if dirty:
            return QCoreApplication.translate("Results", "Save the grid first")
        return None

    def _reopen_problem(self, dirty: bool, locked: bool, statuses: set[ResultStatus]) -> str | None:
        if locked:
            return QCoreApplication.translate("Results", "The period is locked: unlock it first")
        if dirty:
            return QCoreApplication.translate("Results", "Save the grid first")
        if ResultStatus.APPROVED not in statuses:
            return QCoreApplication.translate("Results", "Nothing shown is approved")
        return None

    def _submit_problem(self, statuses: set[ResultStatus]) -> str | None:
        if ResultStatus.APPROVED in statuses:
            return QCoreApplication.translate("Results", "Approved results are submitted already")
        if ResultStatus.DRAFT not in statuses:
            return QCoreApplication.translate("Results", "Submitted already: waiting for approval")
        return None

    def _approve_problem(self, cells: tuple[GridCell, ...], statuses: set[ResultStatus]) -> str | None:
        if statuses == {ResultStatus.APPROVED}:
            return QCoreApplication.translate("Results", "Approved already")
        view = self.page.model.view
        rule = bool(view and view.approver_must_differ)
        user = self.page.services.context.user
        for cell in cells:
            if cell.status is ResultStatus.APPROVED:
                continue
            problem = approval_problem(
                cell.status, scope=self.described(), user=user, submitter=cell.submitted_by, rule=rule
            )
            if problem:
                return problem[:1].upper() + problem[1:]
        return None

    # Actions -----------------------------------------------------------------------------------

    def submit(self) -> None:
        count = sum(1 for c in self.shown() if c.status is ResultStatus.DRAFT)
        question = QCoreApplication.translate(
            "Results",
            "Submit {results} of {what} for approval?\n\nSomeone then approves them. Undo does not take "
            "a submission back; editing the results later returns them to draft.",
        ).format(results=_results(count), what=self.described())
        if interaction.confirm(
            self.page,
            QCoreApplication.translate("Results", "Submit results"),
            question,
            action=QCoreApplication.translate("Results", "Submit"),
        ):
            self._set(ResultStatus.SUBMITTED)

    def approve(self) -> None:
        if interaction.confirm(
            self.page,
            QCoreApplication.translate("Results", "Approve results"),
            self.approve_question(),
            action=QCoreApplication.translate("Results", "Approve"),
        ):
            self._set(ResultStatus.APPROVED)

    def approve_question(self) -> str:
        """What Approve asks first: how many results of what is shown, and what approving means."""
        count = sum(1 for c in self.shown() if c.status is not ResultStatus.APPROVED)
        return QCoreApplication.translate(
            "Results",
            "Approve {results} of {what}?\n\nApproved results count in reach and in the donor's "
            "reports, and become read-only: correcting them later needs Reopen… with a reason. Undo "
            "does not take an approval back.",
        ).format(results=_results(count), what=self.described())

    def _set(self, status: ResultStatus) -> None:
        page, view, scope = self.page, self.page.model.view, self.page.scope_shown
        if view is None or scope is None:
            return

        def refused(error: BaseException) -> None:
            interaction.show_error(
                page, error, title=QCoreApplication.translate("Results", "Could not change the status")
            )
            page.reload_grid()

        results, location_ids = page.services.results, self.location_ids()
        save_off_thread(
            page,
            lambda: results.set_status(
                *scope, status, location_ids=location_ids, expected_revision=view.revision
            ),
            done=lambda _count: page.reload_grid(),
            failed=refused,
            busy=[page],
        )

    def reopen(self) -> ReasonDialog | None:
        page, view, scope = self.page, self.page.model.view, self.page.scope_shown
        if view is None or scope is None:
            return None
        count = sum(1 for c in self.shown() if c.status is ResultStatus.APPROVED)
        dialog = ReasonDialog(
            QCoreApplication.translate("Results", "Reopen approved results"),
            QCoreApplication.translate(
                "Results",
                "Reopen {results} of {what}? They become drafts to correct, and must be submitted and "
                "approved again. Say why: the reason is kept in the audit trail with your name.",
            ).format(results=_results(count), what=self.described()),
            required=True,
            parent=page,
        )
        dialog.ok_button.setText(QCoreApplication.translate("Results", "Reopen"))
        self.reopen_dialog = dialog
        location_ids = self.location_ids()
        open_decision(
            page,
            dialog,
            lambda: partial(
                page.services.results.reopen,
                *scope,
                dialog.reason.value() or "",
                location_ids=location_ids,
                expected_revision=view.revision,
            ),
            done=lambda _count: page.reload_grid(),
            error_title=QCoreApplication.translate("Results", "Could not reopen the results"),
            after_error=page.reload_grid,
        )
        return dialog

    def show_rules(self) -> None:
        """Read the programme's rule off the GUI thread (the button waits), then open the dialog."""
        programme_id = self.page.scope.programme_id()
        if programme_id is None:
            return
        programmes = self.page.services.programmes
        self.rules_reads.run(lambda: programmes.get(programme_id), self._open_rules)

    def _open_rules(self, programme: ProgrammeView) -> None:
        services = self.page.services
        dialog = ApprovalRulesDialog(
            programme,
            lambda pid, on, version: services.programmes.set_approval_rule(pid, on, expected_version=version),
            self.page,
        )
        dialog.saved.connect(lambda _view: self.page.reload_grid())
        self.rules_dialog = dialog
        dialog.open()


def _on(moment: object) -> str:
    return (
        QCoreApplication.translate("Results", " on {when}").format(when=moment_text(moment))
        if isinstance(moment, dt.datetime)
        else ""
    )
