"""Results: the disaggregation grid of a project, indicator, period and location, with live totals,
status (draft, submitted, approved), period locks, and every result cell in a table on a second tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import ResultStatus
from ...domain.errors import DomainError, ValidationError
from ...services.periods import PeriodView
from ...services.result_cells import CellInput, GridView
from ...services.results import ResultRow
from .. import interaction
from ..colours import ERROR, MUTED
from ..dialogs.decision_dialog import ReasonDialog
from ..icons import icon
from ..labels import label_of
from ..models.result_grid import WHOLE_PROJECT, DisaggregationGridModel, amount_text
from ..models.results import STATUS_COLOURS
from ..widgets.grid_editing import Contents, SaveGridCommand, Scope
from ..widgets.pickers import ChoiceCombo
from .base import Page, PageContext
from .records import open_decision
from .results_scope import ScopeChooser
from .results_table import ResultsTablePanel

STATUS_TEXT = {
    ResultStatus.DRAFT: "draft — not yet submitted",
    ResultStatus.SUBMITTED: "submitted — waiting for approval",
    ResultStatus.APPROVED: "approved — counted in reach and reports",
}


class ResultsPage(Page):
    title = "Results"
    supports = frozenset()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.unlock_dialog: ReasonDialog | None = None
        self.scope = ScopeChooser(context.services, self)
        self.scope.changed.connect(self._load_grid)
        self.scope.programme_changed.connect(self._programme_changed)
        self.scope.leaving = self._may_leave
        self.location = ChoiceCombo(())
        self.location.setObjectName("location")
        self.location.setMinimumWidth(160)
        self.location.currentIndexChanged.connect(self._location_chosen)
        self._build_lock_banner()
        self._build_grid()
        self._build_buttons()
        self.table_panel = ResultsTablePanel(context.services, self)
        self.table_panel.open_row.connect(self.open_result)
        self.table_panel.counted.connect(self.status_changed.emit)
        self._build_layout()
        self._scope_shown: Scope | None = None

    def _build_lock_banner(self) -> None:
        self.lock_banner = QFrame(self)
        self.lock_banner.setObjectName("lock-banner")
        self.lock_banner.setStyleSheet(
            "QFrame#lock-banner { background: #fff4e5; border: 1px solid #e0b070; border-radius: 4px; }"
        )
        self.lock_icon = QLabel(self.lock_banner)
        self.lock_icon.setPixmap(icon("lock").pixmap(22, 22))
        self.lock_text = QLabel(self.lock_banner)
        self.lock_text.setWordWrap(True)
        banner = QHBoxLayout(self.lock_banner)
        banner.addWidget(self.lock_icon)
        banner.addWidget(self.lock_text, 1)
        self.lock_banner.hide()

    def _build_grid(self) -> None:
        self.model = DisaggregationGridModel(self)
        self.model.totals_changed.connect(self._totals_changed)
        self.grid = QTableView(self)
        self.grid.setObjectName("results-grid")
        self.grid.setModel(self.model)
        from ..widgets.grid_editing import LiveCellDelegate

        self.grid.setItemDelegate(LiveCellDelegate(self.grid))
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
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
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("grid-totals")
        self.totals_label.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR.name()};")
        self.problem.hide()
        self.save_button = QPushButton("Save")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip("Save the grid as a draft (Ctrl+S)")
        self.discard_button = QPushButton("Discard changes")
        self.submit_button = QPushButton("Submit")
        self.approve_button = QPushButton("Approve")
        self.lock_button = QPushButton(icon("lock"), "Lock period…")
        self.unlock_button = QPushButton("Unlock period…")
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self._load_grid)
        self.submit_button.clicked.connect(lambda: self.set_status(ResultStatus.SUBMITTED))
        self.approve_button.clicked.connect(lambda: self.set_status(ResultStatus.APPROVED))
        self.lock_button.clicked.connect(self.lock_period)
        self.unlock_button.clicked.connect(self.unlock_period)

    def _build_layout(self) -> None:
        location_bar = QHBoxLayout()
        location_bar.addWidget(QLabel("Location"))
        location_bar.addWidget(self.location)
        location_bar.addSpacing(16)
        location_bar.addWidget(self.status_label, 1)
        actions = QHBoxLayout()
        for button in (self.save_button, self.discard_button, self.submit_button, self.approve_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.lock_button)
        actions.addWidget(self.unlock_button)
        grid_tab = QWidget()
        grid_layout = QVBoxLayout(grid_tab)
        grid_layout.setContentsMargins(0, 4, 0, 0)
        grid_layout.addLayout(location_bar)
        grid_layout.addWidget(self.lock_banner)
        grid_layout.addWidget(self.grid_stack, 1)
        grid_layout.addWidget(self.totals_label)
        grid_layout.addWidget(self.problem)
        grid_layout.addLayout(actions)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(grid_tab, "Grid")
        self.tabs.addTab(self.table_panel, "All results")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.scope)
        layout.addWidget(self.tabs, 1)

    # Page interface -------------------------------------------------------------------------

    def refresh(self) -> None:
        before = self.scope.chosen()
        try:
            self.scope.reload()
        except DomainError as error:
            interaction.show_error(self, error, title="Could not load the results")
            return
        # Typed but unsaved cells survive a refresh of the same scope (switching pages and back).
        if self.scope.chosen() != before or not self.model.dirty:
            self._load_grid()

    def status_text(self) -> str:
        if self.tabs.currentWidget() is self.table_panel:
            return self.table_panel.status_text()
        view = self.model.view
        if view is None:
            return ""
        return f"{self.scope.describe()} · total {amount_text(self.model.total())}"

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
            self.unlock_period()
            return self.unlock_dialog

        def table() -> None:
            self.tabs.setCurrentWidget(self.table_panel)

        return [("", grid("2022-Q4")), ("-locked", grid("2022-Q3")), ("-unlock", unlock), ("-table", table)]

    def _tab_changed(self) -> None:
        self.table_panel.set_active(self.tabs.currentWidget() is self.table_panel)
        self.status_changed.emit()

    # Choosing the scope ---------------------------------------------------------------------

    def _programme_changed(self) -> None:
        self.table_panel.set_programme(
            self.scope.programme_id(), self.scope.projects, self.scope.indicators, self.scope.periods
        )

    def _may_leave(self) -> bool:
        if not self.model.dirty:
            return True
        return interaction.confirm(
            self,
            "Unsaved results",
            "The grid has changes that are not saved. Discard them?",
            action="Discard",
        )

    def _load_grid(self) -> None:
        self.problem.hide()
        chosen = self.scope.chosen()
        if chosen is None:
            self._scope_shown = None
            self.model.load(None)
            self.empty.setText(self.scope.missing_text())
            self.grid_stack.setCurrentWidget(self.empty)
            self._update_actions()
            self.status_changed.emit()
            return
        try:
            view = self.services.results.grid(*chosen)
        except DomainError as error:
            interaction.show_error(self, error, title="Could not read the grid")
            return
        self._scope_shown = chosen
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
            self.location.addItem(WHOLE_PROJECT, None)
            self.location.set_value(chosen)
            if chosen is None and view.locations and not _has_cells_at(view, None):
                self.location.setCurrentIndex(0)
        else:
            self.location.addItem("every location (one value each)", None)
        self.location.setEnabled(view.disaggregated)
        self.location.blockSignals(False)

    def _location_chosen(self) -> None:
        if self.model.view is not None and self.model.disaggregated:
            self.model.set_location(self.location.value())
            self.grid.resizeRowsToContents()

    def open_result(self, row: ResultRow) -> None:
        """Show the grid a row of the table belongs to (double-click in the table)."""
        self.tabs.setCurrentIndex(0)
        self.scope.choose_ids(row.project_id, row.indicator_id, row.period_id)
        if self.model.disaggregated:
            self.location.set_value(row.location_id)

    # Status, totals and actions -------------------------------------------------------------

    def _period(self) -> PeriodView | None:
        return self.scope.period_view()

    def _update_actions(self) -> None:
        view, period = self.model.view, self._period()
        locked = bool(period and period.locked)
        has_scope = view is not None
        self.lock_banner.setVisible(has_scope and locked)
        if period is not None and locked:
            by = f" by {period.locked_by}" if period.locked_by else ""
            when = f" on {period.locked_at:%Y-%m-%d}" if period.locked_at else ""
            self.lock_text.setText(
                f"<b>Period {period.label} is locked</b>{by}{when}: its results have been reported and "
                "are shown read-only. To correct them, unlock the period and give the reason."
            )
        dirty = self.model.dirty
        has_cells = bool(view and view.cells)
        self.save_button.setEnabled(has_scope and not locked and dirty)
        self.discard_button.setEnabled(has_scope and dirty)
        status = view.status if view else None
        self.submit_button.setEnabled(
            has_scope and not locked and not dirty and has_cells and status in (ResultStatus.DRAFT, None)
        )
        self.approve_button.setEnabled(
            has_scope and not locked and not dirty and has_cells and status is not ResultStatus.APPROVED
        )
        for button in (self.submit_button, self.approve_button):
            button.setToolTip("Save the grid first" if dirty else "")
        self.lock_button.setVisible(period is not None and not locked)
        self.unlock_button.setVisible(period is not None and locked)
        self._show_status(view)

    def _show_status(self, view: GridView | None) -> None:
        if view is None:
            self.status_label.clear()
            return
        if view.is_empty:
            text, colour = "no results entered yet", MUTED
        elif view.status is None:
            text, colour = "mixed — cells have different statuses", MUTED
        else:
            text, colour = STATUS_TEXT[view.status], STATUS_COLOURS[view.status]
        unsaved = " · <i>unsaved changes</i>" if self.model.dirty else ""
        self.status_label.setText(f"Status: <b style='color:{colour.name()}'>{text}</b>{unsaved}")

    def _totals_changed(self) -> None:
        view = self.model.view
        if view is None:
            self.totals_label.clear()
            return
        parts = []
        if view.disaggregated:
            places: dict[int | None, str] = {lid: name for lid, name in view.locations.items()}
            places[None] = WHOLE_PROJECT
            parts = [f"{name}: {amount_text(self.model.total(lid))}" for lid, name in places.items()]
        text = f"<b>Total of the scope: {amount_text(self.model.total())}</b>"
        if parts:
            text += " &nbsp;·&nbsp; by location: " + " · ".join(parts)
        invalid = self.model.invalid_count()
        if invalid:
            text += (
                f" &nbsp;·&nbsp; <span style='color:{ERROR.name()}'>{invalid} cell(s) are not numbers</span>"
            )
        self.totals_label.setText(text)
        self._update_actions()
        self.status_changed.emit()

    def save(self) -> None:
        view, scope = self.model.view, self._scope_shown
        if view is None or scope is None:
            return
        before: Contents = (_cells_of(view), view.status or ResultStatus.DRAFT)
        after: Contents = (self.model.cells(), ResultStatus.DRAFT)
        try:
            saved = self.services.results.save_grid(*scope, after[0], status=after[1])
        except ValidationError as error:
            self._show_cell_problems(error)
            return
        except DomainError as error:
            interaction.show_error(self, error, title="Could not save the results")
            return
        self.context.undo_stack.push(
            SaveGridCommand(
                self.services.results, scope, self.scope.describe(), before, after, self._undone, self._failed
            )
        )
        self._reload(saved)

    def _show_cell_problems(self, error: ValidationError) -> None:
        marks = {p.cell: p.message for p in error.problems if p.cell is not None}
        self.model.mark(marks)
        lines = [
            f"{self.model.describe(p.cell)}: {p.message}" if p.cell is not None else str(p)
            for p in error.problems[:6]
        ]
        more = len(error.problems) - len(lines)
        self.problem.setText(
            "Not saved: "
            + "; ".join(lines)
            + (f"; and {more} more" if more > 0 else "")
            + ". The cells concerned are marked in red."
        )
        self.problem.show()

    def set_status(self, status: ResultStatus) -> None:
        scope = self._scope_shown
        if scope is None:
            return
        try:
            self.services.results.set_status(*scope, status)
        except DomainError as error:
            interaction.show_error(
                self, error, title=f"Could not mark the results {label_of(status).lower()}"
            )
            return
        self._reload(None)

    def lock_period(self) -> None:
        period = self._period()
        if period is None:
            return
        question = (
            f"Lock period {period.label}?\n\nIts results become read-only for everyone, so that what was "
            "reported and what the database holds cannot drift apart. Unlocking later needs a reason."
        )
        if not interaction.confirm(self, "Lock period", question, action="Lock"):
            return
        try:
            self.services.periods.lock(period.id, expected_version=period.version)
        except DomainError as error:
            interaction.show_error(self, error, title="Could not lock the period")
        self._reload_periods()

    def unlock_period(self) -> None:
        period = self._period()
        if period is None:
            return
        dialog = ReasonDialog(
            f"Unlock period {period.label}",
            f"Period {period.label} has been reported. Say why its figures may change: the reason is kept "
            "in the audit trail with your name.",
            required=True,
            parent=self,
        )
        dialog.ok_button.setText("Unlock")
        self.unlock_dialog = dialog

        open_decision(
            self,
            dialog,
            lambda: self.services.periods.unlock(
                period.id, dialog.reason.value() or "", expected_version=period.version
            ),
            done=lambda _period: self._reload_periods(),
            error_title="Could not unlock the period",
            after_error=self._reload_periods,
        )

    # After changes ----------------------------------------------------------------------------

    def _reload(self, saved: GridView | None) -> None:
        location = self.location.value()
        view = saved
        if view is None and self._scope_shown is not None:
            view = self.services.results.grid(*self._scope_shown)
        self.model.load(view, location if view is not None and view.disaggregated else None)
        self.problem.hide()
        self._update_actions()
        self.table_panel.refresh()

    def _reload_periods(self) -> None:
        self.model.dirty = False
        self.scope.reload_periods()
        self._load_grid()
        self.table_panel.refresh()

    def _undone(self, scope: Scope) -> None:
        if scope == self._scope_shown:
            self._reload(None)
        else:
            self.table_panel.refresh()

    def _failed(self, error: BaseException) -> None:
        interaction.show_error(self, error, title="Could not undo or redo")
        self._reload(None)


def _cells_of(view: GridView) -> list[CellInput]:
    return [CellInput(c.location_id, c.population_group, c.sex, c.age_band, c.value) for c in view.cells]


def _has_cells_at(view: GridView, location_id: int | None) -> bool:
    return any(c.location_id == location_id for c in view.cells)
