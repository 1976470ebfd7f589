"""The disaggregation grid of one project, indicator and period, as an editable table with live totals.

Disaggregated indicators: one grid per location, rows = population group x sex, columns = age
bands. Other indicators: one row per location and a single value column. The last row and column
are totals, derived from the typed cells on every change and never editable. What is typed is kept
for every location of the scope, so switching location loses nothing, and saving sends them all.

A figure that can never be right is refused as it is typed or pasted, by the core's rule
(domain.result_cells), and the refusal names the cell by its labels. Cells of a locked period and
approved cells are read-only.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.enums import Measure, ResultStatus, Sex
from ...domain.result_cells import describe_cell, typed_value_problem
from ...services.result_cells import CellInput, CellKey, GridView
from ..colours import ERROR_BACKGROUND
from ..formatting import localised
from ..labels import QT_TRANSLATE_NOOP, dimension_text, label_of
from .grid_input import plain_number
from .table_model import AnyIndex

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_TOTAL_BACKGROUND = QBrush(QColor("#eef1f5"))
_LOCKED_BACKGROUND = QBrush(QColor("#f4f4f4"))
_INVALID_BACKGROUND = QBrush(QColor(ERROR_BACKGROUND))
WHOLE_PROJECT = QT_TRANSLATE_NOOP("Grid", "whole project")

#: A row of the disaggregated grid: (population group, sex); a row of the simple grid: (location,).
RowKey = tuple[Any, ...]


def parse_amount(text: str) -> Decimal | None:
    """A typed amount (as the user's locale writes it) or None when it is not a number of zero or more."""
    try:
        value = Decimal(plain_number(text))
    except InvalidOperation:
        return None
    return value if value.is_finite() and value >= 0 else None


def amount_text(value: Decimal) -> str:
    return localised(f"{value.normalize():,f}" if value == value.to_integral_value() else f"{value:,.2f}")


class DisaggregationGridModel(QAbstractTableModel):
    #: The grand total or any total changed (after each typed character, with the grid's delegate).
    totals_changed = Signal()
    #: A typed or pasted figure was refused: the message names the cell by its labels.
    refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view: GridView | None = None
        self.location_id: int | None = None
        self.locked = False
        self.dirty = False
        self._entries: dict[CellKey, str] = {}
        self._problems: dict[CellKey, str] = {}
        self._rows: list[RowKey] = []
        self._ages: list[str | None] = []
        #: Locations whose cells are approved: read-only until reopened.
        self._approved: set[int | None] = set()

    # Loading --------------------------------------------------------------------------------

    def load(self, view: GridView | None, location_id: int | None = None) -> None:
        self.beginResetModel()
        self.view = view
        self.locked = bool(view and view.locked)
        self.dirty = False
        self._problems = {}
        self._entries = {c.key: _plain(c.value) for c in view.cells} if view else {}
        self._approved = (
            {c.location_id for c in view.cells if c.status is ResultStatus.APPROVED} if view else set()
        )
        self.location_id = location_id
        self._layout()
        self.endResetModel()
        self.totals_changed.emit()

    def set_location(self, location_id: int | None) -> None:
        self.beginResetModel()
        self.location_id = location_id
        self._layout()
        self.endResetModel()
        self.totals_changed.emit()

    def _layout(self) -> None:
        view = self.view
        if view is None:
            self._rows, self._ages = [], []
            return
        if not view.disaggregated:
            self._rows = [(lid,) for lid in view.locations] + [(None,)]
            self._ages = [None]
            return
        rows: list[RowKey] = [(g, s.value) for g in view.population_groups for s in Sex]
        ages: list[str | None] = list(view.age_bands)
        # Cells not broken down by a dimension get a row or column of their own, never dropped.
        for location, group, sex, age in self._entries:
            if location == self.location_id:
                if (group, sex) not in rows:
                    rows.append((group, sex))
                if age not in ages:
                    ages.append(age)
        self._rows, self._ages = rows, ages

    # What the page asks -----------------------------------------------------------------------

    @property
    def disaggregated(self) -> bool:
        return bool(self.view and self.view.disaggregated)

    def cells(self) -> list[CellInput]:
        """Every typed cell of the scope (all locations), in a stable order; text that is not a
        number goes as typed, so the service names the cell and says what is wrong."""
        return [
            CellInput(location, group, sex, age, plain_number(text))
            for (location, group, sex, age), text in sorted(self._entries.items(), key=_sortable)
        ]

    def describe(self, key: CellKey) -> str:
        """A cell as the user reads it: "Beirut · host community · female · 0-17"."""
        location_id, group, sex, age = key
        locations = self.view.locations if self.view else {}
        place = locations.get(location_id, "") if location_id is not None else _whole_project()
        return describe_cell(place, group, sex, age, sex_label=label_of)

    def key_at(self, index: AnyIndex) -> CellKey | None:
        """The cell at `index`; None for a total."""
        if not index.isValid() or self._is_total(index.row(), index.column()):
            return None
        return self._key(index.row(), index.column())

    def locations_shown(self) -> set[int | None]:
        """The locations whose cells are on screen: the one chosen, or every row's location."""
        if self.disaggregated:
            return {self.location_id}
        return {row[0] for row in self._rows}

    def read_only_reason(self, index: AnyIndex) -> str | None:
        """Why a cell cannot be typed into, in words; None when it can."""
        if self._is_total(index.row(), index.column()):
            return QCoreApplication.translate(
                "Grid", "Totals are worked out from the cells; they cannot be typed"
            )
        if self.locked:
            return QCoreApplication.translate("Grid", "The period is locked: its results are read-only")
        key = self._key(index.row(), index.column())
        if key[0] in self._approved:
            return QCoreApplication.translate(
                "Grid", "These results are approved: reopen them with a reason to correct them"
            )
        return None

    def problem_with(self, key: CellKey, text: str) -> str | None:
        """Why `text` cannot go into the cell, naming the cell ("Akkar · refugees · ...: ..."), or None."""
        measure = self.view.measure if self.view else Measure.NUMBER
        problem = typed_value_problem(plain_number(text), measure)
        return f"{self.describe(key)}: {problem}" if problem else None

    def write(self, changes: dict[CellKey, str]) -> None:
        """Put several checked figures in at once (a paste); one change of the totals."""
        for key, text in changes.items():
            self._store(key, text)
        self._changed_all()
        self.totals_changed.emit()

    def mark(self, problems: dict[CellKey, str]) -> None:
        self._problems = dict(problems)
        self._changed_all()

    def total(self, location_id: Any = ...) -> Decimal:
        """Sum of the valid typed cells: of one location, or (default) of the whole scope."""
        return sum(
            (
                value
                for key, text in self._entries.items()
                if location_id is ... or key[0] == location_id
                if (value := parse_amount(text)) is not None
            ),
            Decimal(0),
        )

    # Qt interface -----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.view is None else len(self._rows) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.view is None else len(self._ages) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.view is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                if section == len(self._ages):
                    return self.tr("Total")
                if 0 <= section < len(self._ages):
                    return self._age_caption(self._ages[section])
            elif 0 <= section <= len(self._rows):
                return (
                    self.tr("Total") if section == len(self._rows) else self._row_caption(self._rows[section])
                )
        if role == Qt.ItemDataRole.FontRole and self._is_total_section(section, orientation):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.view is None:
            return None
        row, column = index.row(), index.column()
        total_cell = self._is_total(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if total_cell:
                return amount_text(self._total_at(row, column))
            text = self._entries.get(self._key(row, column), "")
            value = parse_amount(text) if role == Qt.ItemDataRole.DisplayRole else None
            return amount_text(value) if value is not None and not text.endswith(".") else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            if total_cell:
                return _TOTAL_BACKGROUND
            key = self._key(row, column)
            if key in self._problems or (key in self._entries and parse_amount(self._entries[key]) is None):
                return _INVALID_BACKGROUND
            return _LOCKED_BACKGROUND if self.locked or key[0] in self._approved else None
        if role == Qt.ItemDataRole.FontRole and total_cell:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            problem = None if total_cell else self._problems.get(self._key(row, column))
            return problem or self.read_only_reason(index)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only_reason(index) is None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        key = self._key(index.row(), index.column())
        text = plain_number(str(value if value is not None else ""))
        problem = self.problem_with(key, text)
        if problem:
            self.refused.emit(problem)
            return False
        if self._entries.get(key, "") == text:
            return True
        self._store(key, text)
        last_row, last_column = len(self._rows), len(self._ages)
        roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.BackgroundRole]
        self.dataChanged.emit(index, index, roles)
        # The totals that include this cell: its row's, its column's and the grand total.
        self.dataChanged.emit(self.index(index.row(), last_column), self.index(index.row(), last_column))
        self.dataChanged.emit(self.index(last_row, index.column()), self.index(last_row, index.column()))
        self.dataChanged.emit(self.index(last_row, last_column), self.index(last_row, last_column))
        self.totals_changed.emit()
        return True

    # Inside -----------------------------------------------------------------------------------

    def _store(self, key: CellKey, text: str) -> None:
        if text:
            self._entries[key] = text
        else:
            self._entries.pop(key, None)
        self._problems.pop(key, None)
        self.dirty = True

    def _is_total(self, row: int, column: int) -> bool:
        return row == len(self._rows) or column == len(self._ages)

    def _key(self, row: int, column: int) -> CellKey:
        if not self.disaggregated:
            return (self._rows[row][0], None, None, None)
        group, sex = self._rows[row]
        return (self.location_id, group, sex, self._ages[column])

    def _total_at(self, row: int, column: int) -> Decimal:
        rows = range(len(self._rows)) if row == len(self._rows) else (row,)
        columns = range(len(self._ages)) if column == len(self._ages) else (column,)
        total = Decimal(0)
        for r in rows:
            for c in columns:
                value = parse_amount(self._entries.get(self._key(r, c), ""))
                if value is not None:
                    total += value
        return total

    def _row_caption(self, row: RowKey) -> str:
        if not self.disaggregated:
            location = row[0]
            return (
                _whole_project()
                if location is None
                else (self.view.locations.get(location, "") if self.view else "")
            )
        group, sex = row
        not_given = self.tr("(not given)")
        sex_text = label_of(Sex(sex)).lower() if sex else not_given
        return f"{dimension_text(group) if group else not_given} · {sex_text}"

    def _age_caption(self, age: str | None) -> str:
        if not self.disaggregated:
            return self.tr("Value")
        return dimension_text(age) if age is not None else self.tr("(not given)")

    def _is_total_section(self, section: int, orientation: Qt.Orientation) -> bool:
        last = len(self._ages) if orientation == Qt.Orientation.Horizontal else len(self._rows)
        return section == last

    def _changed_all(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))


def _plain(value: Decimal) -> str:
    """A stored figure as the plain number the rules read: 12, 12.5."""
    return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")


def _whole_project() -> str:
    return QCoreApplication.translate("Grid", WHOLE_PROJECT)


def _sortable(item: tuple[CellKey, str]) -> tuple[Any, ...]:
    (location, group, sex, age), _text = item
    return (location is not None, location or 0, group or "", sex or "", age or "")
