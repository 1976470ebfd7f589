"""Every result cell of a programme in one table: filtered, sorted and paged by the database.

A programme can hold a million cells, so nothing here sorts or filters in Python: the filters go to
ResultService.count/find as SQL and the LazyTableModel fetches 500 rows at a time as the user scrolls.
The cells are counted and read only while the table is the tab shown: the Results page opens on
the grid without waiting for them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from ...domain.enums import ResultStatus
from ...services.indicators import IndicatorView
from ...services.periods import PeriodView
from ...services.projects import ProjectView
from ...services.registry import Services
from ...services.results import ResultFilter, ResultRow
from .. import interaction
from ..models.lazy_model import PageSource
from ..models.results import ResultTableModel
from ..widgets.pickers import ChoiceCombo, EnumCombo
from ..workers import PageReads
from .parts import fit_to_contents


class ResultsTablePanel(QWidget):
    #: A row was double-clicked: open its scope in the grid.
    open_row = Signal(object)
    counted = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.programme_id: int | None = None
        self.model = ResultTableModel(self)
        # More rows as the table scrolls, and another order, are read off the GUI thread too.
        self.model.reads = PageReads(self, lambda: [])
        self.project_filter = ChoiceCombo((), none_text=self.tr("All projects"))
        self.indicator_filter = ChoiceCombo((), none_text=self.tr("All indicators"))
        self.period_filter = ChoiceCombo((), none_text=self.tr("All periods"))
        self.status_filter = EnumCombo(ResultStatus, none_text=self.tr("All statuses"))
        for combo in (self.project_filter, self.indicator_filter, self.period_filter, self.status_filter):
            combo.setMinimumContentsLength(10)  # four side by side on a 1024-pixel screen
            combo.currentIndexChanged.connect(self.refresh)
        self.table = QTableView(self)
        self.table.setObjectName("results-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicator(
            ResultTableModel.COL_PERIOD, Qt.SortOrder.AscendingOrder
        )
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._double_clicked)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: #555;")
        hint = QLabel(self.tr("Double-click a row to open its grid."), self)
        hint.setStyleSheet("color: #555;")
        bar = QHBoxLayout()
        for combo in (self.project_filter, self.indicator_filter, self.period_filter, self.status_filter):
            bar.addWidget(combo, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        self._fitted = False
        self.reads = PageReads(self, lambda: [self.table])
        #: Whether the table is the tab shown; a refresh while it is not is left until it is.
        self._active = False
        self._stale = False

    def set_programme(
        self,
        programme_id: int | None,
        projects: Sequence[ProjectView],
        indicators: Sequence[IndicatorView],
        periods: Sequence[PeriodView],
    ) -> None:
        self.programme_id = programme_id
        for combo, choices in (
            (self.project_filter, [(p.code, p.id) for p in projects]),
            (self.indicator_filter, [(f"{i.code} – {i.name}", i.id) for i in indicators]),
            (self.period_filter, [(p.label, p.id) for p in periods]),
        ):
            combo.blockSignals(True)
            chosen = combo.value()
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in choices:
                combo.addItem(text, value)
            combo.set_value(chosen)
            combo.blockSignals(False)
        self.refresh()

    def filters(self) -> ResultFilter:
        status = self.status_filter.value()
        return ResultFilter(
            programme_id=self.programme_id,
            project_id=self.project_filter.value(),
            indicator_id=self.indicator_filter.value(),
            period_id=self.period_filter.value(),
            statuses=(status,) if status else (),
        )

    def set_active(self, active: bool) -> None:
        self._active = active
        if active and self._stale:
            self.refresh()

    def refresh(self) -> None:
        if not self._active:
            self._stale = True
            return
        self._stale = False
        if self.programme_id is None:
            self.reads.drop()
            self.model.set_source(None)
            self._count()
            return
        chosen = self.filters()
        results = self.services.results
        source: PageSource[ResultRow] = PageSource(
            count=lambda: results.count(chosen),
            page=lambda order, desc, limit, offset: results.find(
                chosen, order_by=order or "period", descending=desc, limit=limit, offset=offset
            ),
        )
        # Counted and the first rows read off the GUI thread; the table waits, disabled, meanwhile.
        self.reads.run(
            self.model.read_first_page(source),
            lambda loaded: self._show_rows(source, loaded),
            failed=lambda error: interaction.show_error(
                self, error, title=self.tr("Could not read the results")
            ),
        )

    def _show_rows(self, source: PageSource[ResultRow], loaded: tuple[int, list[ResultRow]]) -> None:
        self.model.show_first_page(source, loaded)
        if not self._fitted and self.model.rowCount():
            self._fitted = True
            fit_to_contents(self.table)
        self._count()

    def is_loading(self) -> bool:
        """Reading the count and first rows, or (the model's reads) another order or more rows."""
        return self.reads.is_loading() or self.model.is_reading()

    def status_text(self) -> str:
        total, shown = self.model.total(), self.model.rowCount()
        text = self.tr("1 result cell") if total == 1 else self.tr("%Ln result cells", "", total)
        return text + (self.tr(" (%Ln loaded; scroll for more)", "", shown) if shown < total else "")

    def _count(self) -> None:
        self.count_label.setText(self.status_text())
        self.counted.emit()

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_row.emit(row)
