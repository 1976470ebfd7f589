"""Calls for expressions of interest and the applications made to them."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication

from ...domain.enums import ApplicationStatus
from ...services.applications import ApplicationView
from ...services.calls import CallView
from ..colours import ERROR, MUTED, OK
from ..labels import QT_TRANSLATE_NOOP
from .table_model import Column, RowTableModel


class CallTableModel(RowTableModel[CallView]):
    COLUMNS: ClassVar = (
        Column[CallView](QT_TRANSLATE_NOOP("Columns", "Reference"), lambda c: c.reference),
        Column[CallView].long_text(QT_TRANSLATE_NOOP("Columns", "Title"), lambda c: c.title),
        Column[CallView](QT_TRANSLATE_NOOP("Columns", "Programme"), lambda c: c.programme_code),
        Column[CallView](QT_TRANSLATE_NOOP("Columns", "Status"), lambda c: c.status),
        Column[CallView](QT_TRANSLATE_NOOP("Columns", "Deadline"), lambda c: c.submission_deadline),
        Column[CallView].money(
            QT_TRANSLATE_NOOP("Columns", "Envelope"), lambda c: c.envelope_amount, lambda c: c.currency
        ),
        Column[CallView](QT_TRANSLATE_NOOP("Columns", "Applications"), lambda c: c.application_count),
    )


_STATUS_COLOURS = {
    ApplicationStatus.SELECTED: OK,
    ApplicationStatus.REJECTED: ERROR,
    ApplicationStatus.INELIGIBLE: ERROR,
    ApplicationStatus.WITHDRAWN: MUTED,
}


def rank_text(a: ApplicationView) -> str:
    if a.rank is None:
        return ""
    text = QCoreApplication.translate("Columns", "{rank} of {ranked} · {call}")
    return text.format(rank=a.rank, ranked=a.ranked_in_call, call=a.call_reference)


class ApplicationTableModel(RowTableModel[ApplicationView]):
    COL_RANK, COL_ORGANISATION, COL_TITLE, COL_CALL, COL_REQUESTED, COL_SCORE, COL_REVIEWS, COL_STATUS = (
        range(8)
    )
    COLUMNS: ClassVar = (
        # Ranks are per call: the cell says within which call, and sorting groups by call first.
        Column[ApplicationView](
            QT_TRANSLATE_NOOP("Columns", "Rank in call"),
            lambda a: None if a.rank is None else f"{a.call_reference.casefold()}\t{a.rank:06d}",
            text=rank_text,
            tooltip=lambda a: (
                None
                if a.rank is None
                else QCoreApplication.translate("Columns", "Ranked {rank} of {ranked} in {call}").format(
                    rank=a.rank, ranked=a.ranked_in_call, call=a.call_reference
                )
            ),
            align_right=False,
        ),
        Column[ApplicationView](QT_TRANSLATE_NOOP("Columns", "Organisation"), lambda a: a.organisation_name),
        Column[ApplicationView](
            QT_TRANSLATE_NOOP("Columns", "Title"), lambda a: a.title, tooltip=lambda a: a.summary
        ),
        Column[ApplicationView](QT_TRANSLATE_NOOP("Columns", "Call"), lambda a: a.call_reference),
        Column[ApplicationView].money(
            QT_TRANSLATE_NOOP("Columns", "Requested"), lambda a: a.requested_amount, lambda a: a.currency
        ),
        Column[ApplicationView](
            QT_TRANSLATE_NOOP("Columns", "Weighted score"),
            lambda a: a.score,
            text=lambda a: "" if a.score is None else f"{a.score:.2f}",
        ),
        Column[ApplicationView](QT_TRANSLATE_NOOP("Columns", "Reviews"), lambda a: a.review_count),
        Column[ApplicationView](
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda a: a.status,
            colour=lambda a: _STATUS_COLOURS.get(a.status),
        ),
    )
