"""An editable list of a call's evaluation criteria (name, weight, maximum score), saved as a whole."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from ...services.calls import CriterionInput, CriterionView
from ..labels import QT_TRANSLATE_NOOP
from .table_model import AnyIndex

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass
class _Draft:
    name: str
    weight: str
    max_score: str
    description: str | None = None


class CriteriaEditModel(QAbstractTableModel):
    COL_NAME, COL_WEIGHT, COL_MAX = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Criterion"),
        QT_TRANSLATE_NOOP("Columns", "Weight"),
        QT_TRANSLATE_NOOP("Columns", "Scored out of"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Draft] = []
        self.dirty = False
        #: False while the criteria are frozen (reviews hold scores and no reason was given yet).
        self.editable = True

    def load(self, criteria: tuple[CriterionView, ...] | list[CriterionView]) -> None:
        self.beginResetModel()
        self._rows = [
            _Draft(c.name, f"{c.weight.normalize():f}", str(c.max_score), c.description) for c in criteria
        ]
        self.dirty = False
        self.endResetModel()

    def criteria(self) -> list[CriterionInput]:
        """The drafts as inputs; numbers that do not parse go as NaN/0 for the service to name."""
        result = []
        for draft in self._rows:
            try:
                weight = Decimal(draft.weight.replace(",", ".").strip() or "0")
            except InvalidOperation:
                weight = Decimal("NaN")
            max_score = int(draft.max_score) if draft.max_score.strip().isdigit() else 0
            result.append(
                CriterionInput(
                    name=draft.name, weight=weight, max_score=max_score, description=draft.description
                )
            )
        return result

    def total_weight(self) -> Decimal:
        return sum((c.weight for c in self.criteria() if c.weight.is_finite()), Decimal(0))

    def add(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(_Draft(QCoreApplication.translate("Columns", "New criterion"), "0", "5"))
        self.endInsertRows()
        self.dirty = True
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.dirty = True

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 3
        ):
            return QCoreApplication.translate("Columns", self.HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        draft = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (draft.name, draft.weight, draft.max_score)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.COL_NAME:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_NAME:
            return draft.description
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable:
            return False
        draft = self._rows[index.row()]
        text = str(value).strip()
        if index.column() == self.COL_NAME:
            draft.name = text
        elif index.column() == self.COL_WEIGHT:
            draft.weight = text
        else:
            draft.max_score = text
        self.dirty = True
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self.editable else flags
