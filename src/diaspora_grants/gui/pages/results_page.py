"""Results: the disaggregation grid of a project, indicator, period and location, with live totals,
status (draft, submitted, approved), period locks, and every result cell in a table on a second tab.

Typed figures are never lost without asking: leaving the grid (another scope, page or database,
or quitting) with unsaved figures asks Save, Discard or Cancel. A save names the revision of the
grid it started from, so a colleague's save in between is never written over."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import ResultStatus
from ...domain.errors import DomainError
from ...services.periods import PeriodView
from ...services.registry import Services
from ...services.result_cells import GridView
from ...services.results import ResultRow
from .. import interaction
from ..colours import ERROR
from ..formatting import moment_text
from ..models.result_grid import DisaggregationGridModel, amount_text
from ..widgets.grid_editing import LiveCellDelegate, SaveGridCommand, Scope
from ..widgets.pickers import ChoiceCombo
from ..widgets.results_grid_view import ResultsGridView
from ..workers import PageReads, gather
from . import results_screenshots
from .base import Page, PageContext
from .results_approval import ResultsApproval
from .results_periods import PeriodLocking
from .results_saving import GridSaving
from .results_scope import ScopeChoices, ScopeChooser
from .results_table import ResultsTablePanel


class ResultsPage(Page):
    title = "Results"
    supports = frozenset()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.scope = ScopeChooser(context.services, self)
        self.scope.changed.connect(self._load_grid)
        self.scope.programme_changed.connect(self._programme_changed)
        self.scope.leaving = self._may_leave
        self.location = ChoiceCombo(())
        self.location.setObjectName("location")
        self.location.setMinimumContentsLength(10)
        self.location.currentIndexChanged.connect(self._location_chosen)
        #: The scope of the grid shown (project, indicator, period); None when nothing is chosen.
        self.scope_shown: Scope | None = None
        #: Locations whose submitted results the user agreed to change (asked once per load).
        self._agreed: set[int | None] = set()
        self._build_grid()
        self.approval = ResultsApproval(self)
        self.locking = PeriodLocking(self)
        self.saving = GridSaving(self)
        self._build_buttons()
        self.table_panel = ResultsTablePanel(context.services, self)
        self.table_panel.open_row.connect(self.open_result)
        self.table_panel.counted.connect(self.status_changed.emit)
        self._build_layout()
        #: The scope's choices and the grid are read off the GUI thread; both wait, disabled.
        self.reads = PageReads(self, lambda: [self.scope, self.grid_stack])

    def _build_grid(self) -> None:
        self.model = DisaggregationGridModel(self)
        self.model.totals_changed.connect(self._totals_changed)
        self.model.refused.connect(self.show_refusal)
        self.grid = ResultsGridView(self)
        self.grid.setObjectName("results-grid")
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(LiveCellDelegate(self.grid))
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.grid.refused.connect(self.show_refusal)
        self.grid.may_edit = self._may_edit
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.verticalHeader().setDefaultSectionSize(24)
        self.empty = QLabel(self)
        self.empty.setObjectName("empty-state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555; font-size: 14px; padding: 40px;")
        self.grid_stack = QStackedWidget(self)
        self.grid_stack.addWidget(self.grid)
        self.grid_stack.addWidget(self.empty)

    def _build_buttons(self) -> None:
        self.status_label = QLabel(self)
        self.status_label.setObjectName("result-status")
        self.status_label.setWordWrap(True)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("grid-totals")
        self.totals_label.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("grid-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR.name()};")
        self.problem.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Save the grid as a draft (Ctrl+S)"))
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.save_button.clicked.connect(lambda: self.save())
        self.discard_button.clicked.connect(self.discard_unsaved)

    def _build_layout(self) -> None:
        location_bar = QHBoxLayout()
        location_caption = QLabel(self.tr("Location"))
        location_caption.setBuddy(self.location)
        location_bar.addWidget(location_caption)
        location_bar.addWidget(self.location)
        location_bar.addSpacing(16)
        location_bar.addWidget(self.status_label, 1)
        # The programme's rule and the period's lock belong with the scope, above the grid; what
        # acts on the figures below it.
        for button in (self.approval.rules_button, self.locking.lock_button, self.locking.unlock_button):
            location_bar.addWidget(button)
        actions = QHBoxLayout()
        for button in (self.save_button, self.discard_button, *self.approval.buttons):
            actions.addWidget(button)
        actions.addStretch(1)
        grid_tab = QWidget()
        grid_layout = QVBoxLayout(grid_tab)
        grid_layout.setContentsMargins(0, 4, 0, 0)
        grid_layout.addLayout(location_bar)
        grid_layout.addWidget(self.locking.banner)
        grid_layout.addWidget(self.grid_stack, 1)
        grid_layout.addWidget(self.totals_label)
        grid_layout.addWidget(self.problem)
        grid_layout.addLayout(actions)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(grid_tab, self.tr("Grid"))
        self.tabs.addTab(self.table_panel, self.tr("All results"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.scope)
        layout.addWidget(self.tabs, 1)

    # Page interface -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the scope's choices, then the grid, off the GUI thread; the scope and the grid wait,
        disabled, meanwhile."""
        before = self.scope.chosen()
        scope = self.scope.reader()
        # Usually the grid shown is the one shown again: it is read with the choices (at the same
        # time), and only read after them when the scope has changed.
        again = before is not None and not self.model.dirty
        grid = partial(_grid_or_none, self.services, before) if before and again else _nothing
        title = self.tr("Could not load the results")
        self.reads.run(
            lambda: gather(scope, grid),
            lambda read: self._scope_read(read[0], before, read[1]),
            failed=lambda error: interaction.show_error(self, error, title=title),
        )

    def _scope_read(self, read: ScopeChoices, before: Scope | None, grid: GridView | None) -> None:
        self.scope.show_read(read)
        chosen = self.scope.chosen()
        if chosen is not None and chosen == before and grid is not None:
            self._load_grid(grid)
        # Typed but unsaved cells survive a refresh of the same scope (F5 while typing).
        elif chosen != before or not self.model.dirty:
            self._load_grid()

    def is_loading(self) -> bool:
        return self.reads.is_loading() or self.table_panel.is_loading()

    def status_text(self) -> str:
        if self.tabs.currentWidget() is self.table_panel:
            return self.table_panel.status_text()
        if self.model.view is None:
            return ""
        return self.tr("{scope} · total {total}").format(
            scope=self.scope.describe(), total=amount_text(self.model.total())
        )

    def has_unsaved(self) -> bool:
        return self.model.dirty and self.model.view is not None

    def unsaved_text(self) -> str:
        view = self.model.view
        return self.tr("The results of {scope} have figures that are not saved.").format(
            scope=view.label if view else ""
        )

    def save_unsaved(self) -> bool:
        return self.saving.save_and_wait()

    def discard_unsaved(self) -> None:
        self._load_grid()

    def allows_undo(self, command: QUndoCommand) -> bool:
        """Undoing a save of the grid shown would replace what is being typed: ask first."""
        if not (
            isinstance(command, SaveGridCommand) and command.scope == self.scope_shown and self.has_unsaved()
        ):
            return True
        question = self.tr(
            "Undo puts back saved results of this grid, and the figures you typed since would be lost. "
            "Discard them and undo?"
        )
        return interaction.confirm(
            self, self.tr("Unsaved results"), question, action=self.tr("Discard and undo")
        )

    def screenshot_states(self) -> list[tuple[str, Callable[[], QWidget | None]]]:
        def grid(period: str | None) -> Callable[[], None]:
            def prepare() -> None:
                self.tabs.setCurrentIndex(0)
                self.scope.choose(project="LB-VAX-01", indicator="BHA-1", period=period)
                if self.location.count() > 1:
                    self.location.setCurrentIndex(1)

            return prepare

        def unlock() -> QWidget | None:
            grid("2022-Q3")()
            return self.locking.unlock_period()

        def rules() -> QWidget | None:
            grid("2022-Q4")()
            self.approval.show_rules()
            return self.approval.rules_dialog

        def table() -> None:
            self.tabs.setCurrentWidget(self.table_panel)

        return [
            ("", grid("2022-Q4")),
            ("-locked", grid("2022-Q3")),
            ("-unlock", unlock),
            ("-rules", rules),
            *results_screenshots.states(self, grid),
            ("-table", table),
        ]

    def _tab_changed(self) -> None:
        self.table_panel.set_active(self.tabs.currentWidget() is self.table_panel)
        self.status_changed.emit()

    # Choosing the scope ---------------------------------------------------------------------

    def _programme_changed(self) -> None:
        self.table_panel.set_programme(
            self.scope.programme_id(), self.scope.projects, self.scope.indicators, self.scope.periods
        )

    def _may_leave(self) -> bool:
        """Another project, indicator or period is chosen: settle the figures typed here first."""
        return self._settle(self.tr("show other results"))

    def _settle(self, doing: str) -> bool:
        if not self.has_unsaved():
            return True
        answer = interaction.ask_unsaved(self, self.unsaved_text(), doing)
        if answer is interaction.Unsaved.SAVE:
            return self.saving.save_and_wait()
        if answer is interaction.Unsaved.DISCARD:
            self.model.dirty = False
            return True
        return False

    def _load_grid(self, view: GridView | None = None) -> None:
        """Read the chosen scope's grid off the GUI thread (unless it was read already: `view`)."""
        self.problem.hide()
        self._agreed = set()
        chosen = self.scope.chosen()
        if chosen is None:
            self.reads.drop()  # a grid still being read is not wanted any more
            self.scope_shown = None
            self.model.load(None)
            self.empty.setText(self.scope.missing_text())
            self.grid_stack.setCurrentWidget(self.empty)
            self._update_actions()
            self.status_changed.emit()
            return
        if view is not None:
            self._show_grid(chosen, view)
            return
        title = self.tr("Could not read the grid")
        self.reads.run(
            partial(self.services.results.grid, *chosen),
            lambda read: self._show_grid(chosen, read),
            failed=lambda error: interaction.show_error(self, error, title=title),
        )

    def _show_grid(self, chosen: Scope, view: GridView) -> None:
        self.scope_shown = chosen
        self._fill_locations(view)
        self.model.load(view, self.location.value() if view.disaggregated else None)
        self.grid_stack.setCurrentWidget(self.grid)
        self._update_actions()
        self.status_changed.emit()

    def _fill_locations(self, view: GridView) -> None:
        chosen = self.location.value()
        self.location.blockSignals(True)
        self.location.clear()
        if view.disaggregated:
            for location_id, name in view.locations.items():
                self.location.addItem(name, location_id)
            self.location.addItem(self.tr("whole project"), None)
            self.location.set_value(chosen)
            if chosen is None and view.locations and not view.cells_at({None}):
                self.location.setCurrentIndex(0)
        else:
            self.location.addItem(self.tr("every location (one value each)"), None)
        self.location.setEnabled(view.disaggregated)
        self.location.blockSignals(False)

    def _location_chosen(self) -> None:
        if self.model.view is not None and self.model.disaggregated:
            self.model.set_location(self.location.value())
            self.grid.resizeRowsToContents()
            self._update_actions()

    def open_result(self, row: ResultRow) -> None:
        """Show the grid a row of the table belongs to (double-click in the table)."""
        self.tabs.setCurrentIndex(0)
        self.scope.choose_ids(row.project_id, row.indicator_id, row.period_id)
        if self.model.disaggregated:
            self.location.set_value(row.location_id)

    # Typing ---------------------------------------------------------------------------------

    def _may_edit(self, locations: set[int | None]) -> bool:
        """Changing submitted results returns them to draft: ask once per location and load."""
        view = self.model.view
        if view is None:
            return False
        asking = [lid for lid in locations - self._agreed if view.status_at({lid}) is ResultStatus.SUBMITTED]
        if not asking:
            return True
        cell = next(c for c in view.cells if c.location_id in asking)
        who = cell.submitted_by or self.tr("someone")
        when = self.tr(" on {when}").format(when=moment_text(cell.submitted_at)) if cell.submitted_at else ""
        question = self.tr(
            "These results were submitted for approval by {who}{when}.\n\nIf you change them they go "
            "back to draft when you save, and must be submitted and approved again. Change them?"
        ).format(who=who, when=when)
        if not interaction.confirm(
            self, self.tr("Change submitted results"), question, action=self.tr("Change them")
        ):
            return False
        self._agreed.update(asking)
        return True

    def show_refusal(self, message: str) -> None:
        """A figure or a paste was refused: say why, naming the cells, until the next action."""
        self.problem.setText(message)
        self.problem.show()

    # Status, totals and actions -------------------------------------------------------------

    def _period(self) -> PeriodView | None:
        return self.scope.period_view()

    def _update_actions(self) -> None:
        view, period = self.model.view, self._period()
        locked = bool(period and period.locked)
        has_scope = view is not None
        self.locking.update(period, has_scope)
        dirty = self.model.dirty
        self.save_button.setEnabled(has_scope and not locked and dirty)
        self.discard_button.setEnabled(has_scope and dirty)
        self.approval.update(dirty=dirty, locked=locked)
        if view is None:
            self.status_label.clear()
        else:
            unsaved = self.tr(" · <i>unsaved changes</i>") if dirty else ""
            self.status_label.setText(self.approval.status_html() + unsaved)

    def _totals_changed(self) -> None:
        view = self.model.view
        if view is None:
            self.totals_label.clear()
            self._update_actions()
            return
        parts = []
        if view.disaggregated:
            places: dict[int | None, str] = {lid: name for lid, name in view.locations.items()}
            places[None] = self.tr("whole project")
            parts = [f"{name}: {amount_text(self.model.total(lid))}" for lid, name in places.items()]
        text = self.tr("<b>Total of the scope: {total}</b>").format(total=amount_text(self.model.total()))
        if parts:
            text += self.tr(" &nbsp;·&nbsp; by location: ") + " · ".join(parts)
        self.totals_label.setText(text)
        self._update_actions()
        self.status_changed.emit()

    # Saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        """Save the grid (as drafts where it changed), off the GUI thread."""
        self.saving.save()

    def reload_grid(self) -> None:
        """Read the grid shown again (after a status change, a reopening, a rule change)."""
        self._reload(None)

    # After changes ----------------------------------------------------------------------------

    def _reload(self, saved: GridView | None) -> None:
        """Show `saved`, or read the grid shown again off the GUI thread."""
        location = self.location.value()
        scope = self.scope_shown
        if saved is None and scope is not None:
            results = self.services.results
            self.reads.run(lambda: results.grid(*scope), lambda view: self._show_reloaded(view, location))
        else:
            self._show_reloaded(saved, location)

    def _show_reloaded(self, view: GridView | None, location: int | None) -> None:
        self._agreed = set()
        self.model.load(view, location if view is not None and view.disaggregated else None)
        self.problem.hide()
        self._update_actions()
        self.table_panel.refresh()
        self.status_changed.emit()

    def settle(self, doing: str) -> bool:
        """Save, Discard or Cancel the figures typed here before `doing` (True: go on)."""
        return self._settle(doing)

    def reload_periods(self) -> None:
        self.model.dirty = False
        self.reads.run(self.scope.read_periods(), self._periods_read)

    def _periods_read(self, periods: list[PeriodView]) -> None:
        self.scope.show_periods(periods)
        self._load_grid()
        self.table_panel.refresh()

    def saved(self, view: GridView) -> None:
        """A save went through: show what was saved."""
        self._reload(view)

    def show_theirs(self) -> None:
        """Someone else's save won: show their figures (the typed ones are discarded)."""
        self._load_grid()

    def undone(self, scope: Scope) -> None:
        if scope == self.scope_shown:
            self._reload(None)
        else:
            self.table_panel.refresh()

    def undo_failed(self, error: BaseException) -> None:
        interaction.show_error(self, error, title=self.tr("Could not undo or redo"))
        if not self.has_unsaved():
            self._reload(None)


def _nothing() -> None:
    return None


def _grid_or_none(services: Services, scope: Scope) -> GridView | None:
    """The grid of `scope`, or None when it cannot be read (read again after, to say why)."""
    try:
        return services.results.grid(*scope)
    except DomainError:
        return None
