"""Programmes and what frames their reporting: indicators, reporting periods and targets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QCoreApplication

from ...services.indicators import IndicatorView
from ...services.periods import PeriodView
from ...services.programmes import ProgrammeView
from ...services.results import TargetView
from ..colours import MUTED
from ..formatting import display_text
from ..labels import QT_TRANSLATE_NOOP
from .table_model import Column, RowTableModel

#: Called by this name so that lupdate finds each text where it is written.
translate = QCoreApplication.translate


class ProgrammeTableModel(RowTableModel[ProgrammeView]):
    COL_CODE, COL_NAME, COL_DONOR, COL_START, COL_END, COL_CURRENCY = range(6)
    COLUMNS: ClassVar = (
        Column[ProgrammeView](QT_TRANSLATE_NOOP("Columns", "Code"), lambda p: p.code),
        Column[ProgrammeView].long_text(QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.name),
        Column[ProgrammeView](QT_TRANSLATE_NOOP("Columns", "Donor"), lambda p: p.donor_name),
        Column[ProgrammeView](QT_TRANSLATE_NOOP("Columns", "Start"), lambda p: p.start_date),
        Column[ProgrammeView](QT_TRANSLATE_NOOP("Columns", "End"), lambda p: p.end_date),
        Column[ProgrammeView](QT_TRANSLATE_NOOP("Columns", "Currency"), lambda p: p.currency),
    )


def _target_text(indicator: IndicatorView) -> str:
    """The life-of-award target in its unit ("4,000.00 people")."""
    if indicator.loa_target is None:
        return ""
    return f"{display_text(indicator.loa_target)} {indicator.unit or ''}".strip()


def _bands_text(indicator: IndicatorView) -> str:
    return ", ".join(indicator.age_bands) if indicator.age_bands else translate("ProgrammeModels", "all")


class IndicatorTableModel(RowTableModel[IndicatorView]):
    COL_CODE, COL_NAME, COL_BANDS, COL_TARGET = range(4)
    COLUMNS: ClassVar = (
        Column[IndicatorView](QT_TRANSLATE_NOOP("Columns", "Code"), lambda i: i.code),
        Column[IndicatorView].long_text(QT_TRANSLATE_NOOP("Columns", "Name"), lambda i: i.name),
        Column[IndicatorView](QT_TRANSLATE_NOOP("Columns", "Age bands"), _bands_text, text=_bands_text),
        Column[IndicatorView](
            QT_TRANSLATE_NOOP("Columns", "LoA target"),
            lambda i: i.loa_target,
            text=_target_text,
            align_right=True,
        ),
    )


class PeriodTableModel(RowTableModel[PeriodView]):
    COL_LABEL, COL_START, COL_END, COL_LOCKED = range(4)
    COLUMNS: ClassVar = (
        Column[PeriodView](QT_TRANSLATE_NOOP("Columns", "Period"), lambda p: p.label),
        Column[PeriodView](QT_TRANSLATE_NOOP("Columns", "Start"), lambda p: p.start_date),
        Column[PeriodView](QT_TRANSLATE_NOOP("Columns", "End"), lambda p: p.end_date),
        Column[PeriodView](
            QT_TRANSLATE_NOOP("Columns", "Locked"),
            lambda p: p.locked,
            text=lambda p: (
                translate("ProgrammeModels", "locked {when} by {who}").format(
                    when=display_text(p.locked_at), who=p.locked_by or "—"
                )
                if p.locked
                else ""
            ),
        ),
    )


@dataclass(frozen=True, kw_only=True)
class TargetRow(TargetView):
    """A target with the names of what it is for, as the table shows it."""

    indicator_code: str
    project_code: str | None
    period_label: str | None


class TargetTableModel(RowTableModel[TargetRow]):
    COL_INDICATOR, COL_PROJECT, COL_PERIOD, COL_VALUE = range(4)
    COLUMNS: ClassVar = (
        Column[TargetRow](QT_TRANSLATE_NOOP("Columns", "Indicator"), lambda t: t.indicator_code),
        Column[TargetRow](
            QT_TRANSLATE_NOOP("Columns", "Project"),
            lambda t: t.project_code or "",
            text=lambda t: t.project_code or translate("ProgrammeModels", "whole programme"),
            colour=lambda t: None if t.project_code else MUTED,
        ),
        Column[TargetRow](
            QT_TRANSLATE_NOOP("Columns", "Period"),
            lambda t: t.period_label or "",
            text=lambda t: t.period_label or translate("ProgrammeModels", "life of award"),
            colour=lambda t: None if t.period_label else MUTED,
        ),
        Column[TargetRow](QT_TRANSLATE_NOOP("Columns", "Target"), lambda t: t.value),
    )
