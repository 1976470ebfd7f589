"""Saving the results grid: drafts where the figures changed, a colleague's save in between never
written over without asking, the cells the rules refuse named by their labels, and undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ...domain.errors import ConflictError, DomainError, ValidationError
from ...services.results import KEEP
from .. import interaction
from ..formatting import moment_text
from ..widgets.grid_editing import SaveGridCommand

if TYPE_CHECKING:
    from .results_page import ResultsPage


class GridSaving(QObject):
    def __init__(self, page: ResultsPage) -> None:
        super().__init__(page)
        self.page = page

    def save(self, *, over_theirs: bool = False) -> bool:
        """Save the grid (as drafts where it changed); True when saved. A colleague's save since the
        grid was read is not written over without asking."""
        page = self.page
        view, scope = page.model.view, page.scope_shown
        if view is None or scope is None:
            return False
        try:
            saved = page.services.results.save_grid(
                *scope,
                page.model.cells(),
                status=None,
                source=KEEP,
                note=KEEP,
                expected_revision=None if over_theirs else view.revision,
            )
        except ValidationError as error:
            self._show_cell_problems(error)
            return False
        except ConflictError as error:
            return self._saved_over_conflict(error)
        except DomainError as error:
            interaction.show_error(
                page, error, title=QCoreApplication.translate("Results", "Could not save the results")
            )
            return False
        page.context.undo_stack.push(
            SaveGridCommand(
                page.services.results,
                page.context.ids,
                view.label,
                view,
                saved,
                page.undone,
                page.undo_failed,
            )
        )
        page.saved(saved)
        return True

    def _saved_over_conflict(self, error: ConflictError) -> bool:
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
            return self.save(over_theirs=True)
        return False

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
