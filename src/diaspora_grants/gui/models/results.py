"""The results table: every result cell of a programme, read page by page, sorted by the database."""

from __future__ import annotations

from typing import ClassVar

from ...domain.enums import ResultStatus
from ...services.results import ResultRow
from ..colours import MUTED, OK, WARNING
from ..labels import QT_TRANSLATE_NOOP, dimension_text
from .lazy_model import LazyTableModel
from .table_model import Column

_R = ResultRow

STATUS_COLOURS = {ResultStatus.APPROVED: OK, ResultStatus.SUBMITTED: WARNING, ResultStatus.DRAFT: MUTED}


class ResultTableModel(LazyTableModel[ResultRow]):
    (
        COL_PROJECT,
        COL_INDICATOR,
        COL_PERIOD,
        COL_LOCATION,
        COL_GROUP,
        COL_SEX,
        COL_AGE,
        COL_VALUE,
        COL_STATUS,
        COL_CHANGED,
        COL_BY,
    ) = range(11)
    # Every order key is one the ResultService sorts by in SQL (RESULT_SORT_COLUMNS).
    COLUMNS: ClassVar = (
        Column[_R](QT_TRANSLATE_NOOP("Columns", "Project"), lambda r: r.project_code, order_key="project"),
        Column[_R](
            QT_TRANSLATE_NOOP("Columns", "Indicator"), lambda r: r.indicator_code, order_key="indicator"
        ),
        Column[_R](QT_TRANSLATE_NOOP("Columns", "Period"), lambda r: r.period_label, order_key="period"),
        Column[_R](QT_TRANSLATE_NOOP("Columns", "Location"), lambda r: r.location_name, order_key="location"),
        Column[_R](
            QT_TRANSLATE_NOOP("Columns", "Population group"),
            lambda r: r.population_group,
            text=lambda r: dimension_text(r.population_group),
            order_key="population_group",
        ),
        Column[_R](QT_TRANSLATE_NOOP("Columns", "Sex"), lambda r: r.sex, order_key="sex"),
        Column[_R](
            QT_TRANSLATE_NOOP("Columns", "Age band"),
            lambda r: r.age_band,
            text=lambda r: dimension_text(r.age_band),
            order_key="age_band",
        ),
        Column[_R](
            QT_TRANSLATE_NOOP("Columns", "Value"),
            lambda r: r.value,
            text=lambda r: f"{r.value.normalize():,f}",
            order_key="value",
            align_right=True,
        ),
        Column[_R](
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda r: r.status,
            colour=lambda r: STATUS_COLOURS.get(r.status),
            order_key="status",
        ),
        Column[_R](QT_TRANSLATE_NOOP("Columns", "Changed"), lambda r: r.updated_at, order_key="updated_at"),
        Column[_R](QT_TRANSLATE_NOOP("Columns", "By"), lambda r: r.updated_by, order_key="updated_by"),
    )  # fmt: skip
