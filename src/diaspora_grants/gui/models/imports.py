"""An import preview: what each sheet would create or change, and every problem by sheet, row and column."""

from __future__ import annotations

from typing import ClassVar

from ...importing.preview import SheetSummary
from ...importing.problems import Problem
from ..colours import ERROR
from ..labels import QT_TRANSLATE_NOOP
from .table_model import Column, RowTableModel


class SheetSummaryTableModel(RowTableModel[SheetSummary]):
    COL_SHEET, COL_CREATE, COL_CHANGE, COL_UNCHANGED = range(4)
    COLUMNS: ClassVar = (
        Column[SheetSummary](QT_TRANSLATE_NOOP("Columns", "Sheet"), lambda s: s.sheet),
        Column[SheetSummary](QT_TRANSLATE_NOOP("Columns", "Create"), lambda s: s.created),
        Column[SheetSummary](QT_TRANSLATE_NOOP("Columns", "Change"), lambda s: s.changed),
        Column[SheetSummary](QT_TRANSLATE_NOOP("Columns", "Unchanged"), lambda s: s.unchanged),
    )


class ProblemTableModel(RowTableModel[Problem]):
    COL_SHEET, COL_ROW, COL_COLUMN, COL_MESSAGE, COL_FIX = range(5)
    COLUMNS: ClassVar = (
        Column[Problem](QT_TRANSLATE_NOOP("Columns", "Sheet"), lambda p: p.sheet),
        # Row 0 is the sheet (or file) as a whole: shown empty rather than as a row number.
        Column[Problem](QT_TRANSLATE_NOOP("Columns", "Row"), lambda p: p.row or None, align_right=True),
        Column[Problem](QT_TRANSLATE_NOOP("Columns", "Column"), lambda p: p.column),
        Column[Problem](
            QT_TRANSLATE_NOOP("Columns", "Problem"),
            lambda p: p.message,
            colour=lambda _p: ERROR,
            tooltip=lambda p: p.message,
        ),
        Column[Problem](
            QT_TRANSLATE_NOOP("Columns", "How to fix it"), lambda p: p.fix, tooltip=lambda p: p.fix
        ),
    )
