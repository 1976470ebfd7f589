"""The disaggregation grid of one project, indicator and period, as an editable table with live totals.

Disaggregated indicators: one grid per location, rows = population group x sex, columns = age
bands. Other indicators: one row per location and a single value column. The last row and column
are totals, derived from the typed cells on every change and never editable. What is typed is kept
for every location of the scope, so switching location loses nothing, and saving sends them all.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.enums import Sex
from ...services.result_cells import CellInput, CellKey, GridView
from ..colours import ERROR_BACKGROUND
from .table_model import AnyIndex

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_TOTAL_BACKGROUND = QBrush(QColor("#eef1f5"))
_LOCKED_BACKGROUND = QBrush(QColor("#f4f4f4"))
_INVALID_BACKGROUND = QBrush(QColor(ERROR_BACKGROUND))
NOT_GIVEN = "(not given)"
WHOLE_PROJECT = "whole project"

#: A row of the disaggregated grid: (population group, sex); a row of the simple grid: (location,).
RowKey = tuple[Any, ...]


def parse_amount(text: str) -> Decimal | None:
    """A typed amount (commas allowed) or None when it is not a number of zero or more."""
    try:
        value = Decimal(text.replace(",", "").strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() and value >= 0 else None


def amount_text(value: Decimal) -> str:
    return f"{value.normalize():,f}" if value == value.to_integral_value() else f"{value:,.2f}"


class DisaggregationGridModel(QAbstractTableModel):
    #: The grand total or any total changed (after each typed character, with the grid's delegate).
    totals_changed = Signal()

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

    # Loading --------------------------------------------------------------------------------

    def load(self, view: GridView | None, location_id: int | None = None) -> None:
        self.beginResetModel()
        self.view = view
        self.locked = bool(view and view.locked)
        self.dirty = False
        self._problems = {}
        self._entries = {c.key: amount_text(c.value) for c in view.cells} if view else {}
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
            CellInput(location, group, sex, age, text.replace(",", "").strip())
            for (location, group, sex, age), text in sorted(self._entries.items(), key=_sortable)
        ]

    def describe(self, key: CellKey) -> str:
        """A cell as the user reads it: "Beirut · host community · female · 0-17"."""
        location_id, *dimensions = key
        locations = self.view.locations if self.view else {}
        place = locations.get(location_id, "") if location_id is not None else "whole project"
        return " · ".join(part for part in (place, *dimensions) if part)

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

    def invalid_count(self) -> int:
        return sum(1 for text in self._entries.values() if parse_amount(text) is None)

    def text_of(self, key: CellKey) -> str:
        return self._entries.get(key, "")

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
                    return "Total"
                if 0 <= section < len(self._ages):
                    return self._age_caption(self._ages[section])
            elif 0 <= section <= len(self._rows):
                return "Total" if section == len(self._rows) else self._row_caption(self._rows[section])
        if role == Qt.ItemDataRole.FontRole and self._is_total_section(section, orientation):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.view is None:
            return None
        row, column = index.row(), index.column()
        total_cell = row == len(self._rows) or column == len(self._ages)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if total_cell:
                return amount_text(self._total_at(row, column))
            return self._entries.get(self._key(row, column), "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            if total_cell:
                return _TOTAL_BACKGROUND
            key = self._key(row, column)
            if key in self._problems or (key in self._entries and parse_amount(self._entries[key]) is None):
                return _INVALID_BACKGROUND
            return _LOCKED_BACKGROUND if self.locked else None
        if role == Qt.ItemDataRole.FontRole and total_cell:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if total_cell:
                return "Derived from the cells; it cannot be typed"
            key = self._key(row, column)
            if key in self._problems:
                return self._problems[key]
            if key in self._entries and parse_amount(self._entries[key]) is None:
                return "Not a number: type a whole number of zero or more"
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        is_total = index.row() == len(self._rows) or index.column() == len(self._ages)
        if not is_total and not self.locked:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        key = self._key(index.row(), index.column())
        text = str(value if value is not None else "").strip()
        if self._entries.get(key, "") == text:
            return True
        if text:
            self._entries[key] = text
        else:
            self._entries.pop(key, None)
        self._problems.pop(key, None)
        self.dirty = True
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
                WHOLE_PROJECT
                if location is None
                else (self.view.locations.get(location, "") if self.view else "")
            )
        group, sex = row
        return f"{group or NOT_GIVEN} · {sex or NOT_GIVEN}"

    def _age_caption(self, age: str | None) -> str:
        if not self.disaggregated:
            return "Value"
        return age if age is not None else NOT_GIVEN

    def _is_total_section(self, section: int, orientation: Qt.Orientation) -> bool:
        last = len(self._ages) if orientation == Qt.Orientation.Horizontal else len(self._rows)
        return section == last

    def _changed_all(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))


def _sortable(item: tuple[CellKey, str]) -> tuple[Any, ...]:
    (location, group, sex, age), _text = item
    return (location is not None, location or 0, group or "", sex or "", age or "")
