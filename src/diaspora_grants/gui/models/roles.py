"""Custom item roles shared by every table model."""

from __future__ import annotations

from PySide6.QtCore import Qt

#: A comparable value for the cell (what sorting uses), never a display string of a number.
SORT_ROLE = Qt.ItemDataRole.UserRole
#: The database id of the row's record.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The whole row (the frozen view dataclass).
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
