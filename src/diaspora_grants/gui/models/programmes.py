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
from .table_model import Column, RowTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("ProgrammeModels", text)


class ProgrammeTableModel(RowTableModel[ProgrammeView]):
    COL_CODE, COL_NAME, COL_DONOR, COL_START, COL_END, COL_CURRENCY = range(6)
    COLUMNS: ClassVar = (
        Column[ProgrammeView]("Code", lambda p: p.code),
        Column[ProgrammeView].long_text("Name", lambda p: p.name),
        Column[ProgrammeView]("Donor", lambda p: p.donor_name),
        Column[ProgrammeView]("Start", lambda p: p.start_date),
        Column[ProgrammeView]("End", lambda p: p.end_date),
        Column[ProgrammeView]("Currency", lambda p: p.currency),
    )


def _target_text(indicator: IndicatorView) -> str:
    """The life-of-award target in its unit ("4,000.00 people")."""
    if indicator.loa_target is None:
        return ""
    return f"{display_text(indicator.loa_target)} {indicator.unit or ''}".strip()


def _bands_text(indicator: IndicatorView) -> str:
    return ", ".join(indicator.age_bands) if indicator.age_bands else _t("all")


class IndicatorTableModel(RowTableModel[IndicatorView]):
    COL_CODE, COL_NAME, COL_BANDS, COL_TARGET = range(4)
    COLUMNS: ClassVar = (
        Column[IndicatorView]("Code", lambda i: i.code),
        Column[IndicatorView].long_text("Name", lambda i: i.name),
        Column[IndicatorView]("Age bands", _bands_text, text=_bands_text),
        Column[IndicatorView]("LoA target", lambda i: i.loa_target, text=_target_text, align_right=True),
    )


class PeriodTableModel(RowTableModel[PeriodView]):
    COL_LABEL, COL_START, COL_END, COL_LOCKED = range(4)
    COLUMNS: ClassVar = (
        Column[PeriodView]("Period", lambda p: p.label),
        Column[PeriodView]("Start", lambda p: p.start_date),
        Column[PeriodView]("End", lambda p: p.end_date),
        Column[PeriodView](
            "Locked",
            lambda p: p.locked,
            text=lambda p: (
                _t("locked {when} by {who}").format(when=display_text(p.locked_at), who=p.locked_by or "—")
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
        Column[TargetRow]("Indicator", lambda t: t.indicator_code),
        Column[TargetRow](
            "Project",
            lambda t: t.project_code or "",
            text=lambda t: t.project_code or _t("whole programme"),
            colour=lambda t: None if t.project_code else MUTED,
        ),
        Column[TargetRow](
            "Period",
            lambda t: t.period_label or "",
            text=lambda t: t.period_label or _t("life of award"),
            colour=lambda t: None if t.period_label else MUTED,
        ),
        Column[TargetRow]("Target", lambda t: t.value),
    )
