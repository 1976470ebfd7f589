"""Saving the results grid: drafts where the figures changed, a colleague's save in between never
written over without asking, the cells the rules refuse named by their labels, and undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ...domain.errors import ConflictError, ValidationError
from ...services.results import KEEP
from .. import interaction
from ..formatting import moment_text
from ..widgets.grid_editing import SaveGridCommand
from ..workers import Operation, deliver_at_once
from ..writes import save_off_thread

if TYPE_CHECKING:
    from ...services.results import GridView
    from .results_page import ResultsPage


class GridSaving(QObject):
    def __init__(self, page: ResultsPage) -> None:
        super().__init__(page)
        self.page = page
        self.saved_last = False

    def save(self, *, over_theirs: bool = False) -> Operation | None:
        """Save the grid (as drafts where it changed), off the GUI thread: the page is disabled
        meanwhile. A colleague's save since the grid was read is not written over without asking.
        ``saved_last`` says afterwards whether it was saved."""
        page = self.page
        view, scope = page.model.view, page.scope_shown
        self.saved_last = False
        if view is None or scope is None:
            return None
        results, cells = page.services.results, page.model.cells()
        expected = None if over_theirs else view.revision
        return save_off_thread(
            page,
            lambda: results.save_grid(
                *scope, cells, status=None, source=KEEP, note=KEEP, expected_revision=expected
            ),
            done=lambda saved: self._saved(view, saved),
            failed=self._refused,
            busy=[page],
        )

    def save_and_wait(self) -> bool:
        """Save before going on (leaving the scope, quitting): True when saved."""
        operation = self.save()
        if operation is not None:
            deliver_at_once(operation)
        return self.saved_last

    def _saved(self, before: GridView, saved: GridView) -> None:
        page = self.page
        page.context.undo_stack.push(
            SaveGridCommand(
                page.services.results,
                page.context.ids,
                before.label,
                before,
                saved,
                page.undone,
                page.undo_failed,
            )
        )
        self.saved_last = True
        page.saved(saved)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self._show_cell_problems(error)
        elif isinstance(error, ConflictError):
            self._saved_over_conflict(error)
        else:
            interaction.show_error(
                self.page, error, title=QCoreApplication.translate("Results", "Could not save the results")
            )

    def _saved_over_conflict(self, error: ConflictError) -> None:
        page = self.page
        who = error.changed_by or QCoreApplication.translate("Results", "another user")
        when = (
            moment_text(error.changed_at)
            if error.changed_at
            else QCoreApplication.translate("Results", "an unknown time")
        )
        question = QCoreApplication.translate(
            "Results",
            "{who} changed these results on {when}, after you opened the grid. Your figures are still in "
            "the grid.\n\nShow their figures (yours are discarded), or save yours over theirs?",
        ).format(who=who, when=when)
        choice = interaction.choose(
            page,
            QCoreApplication.translate("Results", "Changed by someone else"),
            question,
            [
                QCoreApplication.translate("Results", "Show theirs"),
                QCoreApplication.translate("Results", "Save mine over theirs"),
            ],
        )
        if choice == 0:
            page.show_theirs()
        elif choice == 1:
            operation = self.save(over_theirs=True)
            if operation is not None:
                deliver_at_once(operation)  # asked while saving: the answer is part of that save

    def _show_cell_problems(self, error: ValidationError) -> None:
        page = self.page
        marks = {p.cell: p.message for p in error.problems if p.cell is not None}
        page.model.mark(marks)
        lines = [
            f"{page.model.describe(p.cell)}: {p.message}" if p.cell is not None else str(p)
            for p in error.problems[:6]
        ]
        more = len(error.problems) - len(lines)
        page.show_refusal(
            QCoreApplication.translate(
                "Results", "Not saved: {problems}{more}. The cells concerned are marked in red."
            ).format(
                problems="; ".join(lines),
                more=QCoreApplication.translate("Results", "; and {count} more").format(count=more)
                if more > 0
                else "",
            )
        )
