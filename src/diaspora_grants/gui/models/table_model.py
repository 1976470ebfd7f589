"""A read-only table model over a list of frozen view dataclasses, sorted in its own list.

A page model is a subclass that lists its columns::

    class OrganisationTableModel(RowTableModel[OrganisationView]):
        COL_NAME, COL_TYPE = range(2)
        COLUMNS = (Column("Name", lambda o: o.name), Column("Type", lambda o: o.type))

Sorting reorders the Python list with one key per row (about 0.4 s for a million rows), instead of
a QSortFilterProxyModel that calls back into Python for every comparison (20 s for 100,000 rows).
Filtering is the service's job: the page asks again and calls set_rows().
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon

from ..formatting import display_text, is_number, money_text, sort_key
from .roles import ID_ROLE, ROW_ROLE, SORT_ROLE

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

# The roles data() answers, as plain ints: a view asks each cell for a dozen roles on every
# paint, and looking the enum members up each time was a good part of a table's paint.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_SORT, _ID, _ROW = (int(getattr(r, "value", r)) for r in (SORT_ROLE, ID_ROLE, ROW_ROLE))
_ANSWERED = frozenset((_DISPLAY, _ALIGNMENT, _FOREGROUND, _DECORATION, _TOOLTIP, _SORT, _ID, _ROW))


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    #: The typed value (Decimal, date, enum...): formatted for display, used as-is for sorting.
    value: Callable[[R], Any]
    #: Overrides the display text (e.g. a country name for a code) when set.
    text: Callable[[R], str] | None = None
    #: A warning colour for the cell (expired due diligence, overdue report), or None.
    colour: Callable[[R], QColor | None] | None = None
    icon: Callable[[R], QIcon | None] | None = None
    tooltip: Callable[[R], str | None] | None = None
    #: None: right-aligned when the values are numbers.
    align_right: bool | None = None
    #: For lazy models: the name the service accepts to ORDER BY this column (None: not sortable).
    order_key: str | None = None

    @classmethod
    def long_text(cls, header: str, value: Callable[[R], str | None]) -> Column[R]:
        """Text that may not fit its column: the tooltip shows all of it."""
        return cls(header, value, tooltip=value)

    @classmethod
    def money(
        cls, header: str, amount: Callable[[R], Decimal | None], currency: Callable[[R], str]
    ) -> Column[R]:
        """An amount shown with its currency and sorted by the number."""
        return cls(header, amount, text=lambda row: money_text(amount(row), currency(row)))


def row_id(row: Any) -> int | None:
    value = getattr(row, "id", None)
    return value if isinstance(value, int) else None


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows are frozen dataclasses; the model never edits them, it is given new ones."""

    COLUMNS: ClassVar[Sequence[Column[Any]]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # Qt interface -----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("Columns", self.COLUMNS[section].header)
            if role == Qt.ItemDataRole.TextAlignmentRole and self._right_aligned(section):
                return _RIGHT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role not in _ANSWERED or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == _DISPLAY:
            return column.text(row) if column.text else display_text(column.value(row))
        if role == _ALIGNMENT:
            return _RIGHT if self._right_aligned(index.column()) else _LEFT
        if role == _FOREGROUND and column.colour:
            colour = column.colour(row)
            return QBrush(colour) if colour is not None else None
        if role == _DECORATION and column.icon:
            return column.icon(row)
        if role == _TOOLTIP and column.tooltip:
            return column.tooltip(row)
        if role == _SORT:
            return _qt_sortable(column.value(row))
        if role == _ID:
            return row_id(row)
        if role == _ROW:
            return row
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [(p.row(), p.column()) for p in persistent]
        identities = [id(self._rows[r]) for r, _ in before]
        self._sort_rows()
        if persistent:
            position = {id(row): i for i, row in enumerate(self._rows)}
            after = [self.index(position[key], col) for key, (_, col) in zip(identities, before, strict=True)]
            self.changePersistentIndexList(persistent, after)
        self.layoutChanged.emit()

    # Our interface ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        """Show new rows (after a search or a save), keeping the sort the user chose."""
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_rows()
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, record_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row_id(row) == record_id:
                return number
        return None

    def _sort_rows(self) -> None:
        if self._sort_column < 0:
            return
        getter = self.COLUMNS[self._sort_column].value
        keyed = [(sort_key(getter(r)), r) for r in self._rows]
        # Blanks stay at the bottom whichever way the column is sorted.
        filled = [pair for pair in keyed if not pair[0][0]]
        blank = [r for key, r in keyed if key[0]]
        filled.sort(key=lambda pair: pair[0][1], reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._rows = [r for _, r in filled] + blank

    def _right_aligned(self, column: int) -> bool:
        setting = self.COLUMNS[column].align_right
        if setting is not None:
            return setting
        sample = next((self.COLUMNS[column].value(r) for r in self._rows[:1]), None)
        return is_number(sample)


def _qt_sortable(value: Any) -> Any:
    """SORT_ROLE crosses into Qt: give it a type Qt can hold (Decimal and dates as text or float)."""
    key = sort_key(value)
    if key[0]:
        return None
    inner = key[1]
    if isinstance(inner, int | float | str):
        return inner
    return float(inner)
