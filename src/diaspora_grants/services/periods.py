"""Reporting periods of a programme: contiguous, never overlapping, inside the programme; lockable.

A period is locked once its figures have been reported, so that the report and the database cannot
drift apart; unlocking needs a written reason. Both are written to the audit trail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from ..db.auditing import audit_text, one_entry_for
from ..db.base import utcnow
from ..db.models import Period, Programme, Result
from ..domain import validation as v
from ..domain.enums import AuditAction
from ..domain.errors import FieldProblem, LockedPeriodError, NotFoundError, ValidationError, WorkflowError
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import Service, assign, check_version


class Frequency(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    SEMI_ANNUAL = "semi-annual"


_MONTHS_PER_PERIOD = {Frequency.MONTHLY: 1, Frequency.QUARTERLY: 3, Frequency.SEMI_ANNUAL: 6}


@dataclass(frozen=True, kw_only=True)
class PeriodView:
    id: int
    programme_id: int
    label: str
    start_date: dt.date
    end_date: dt.date
    locked: bool
    locked_at: dt.datetime | None
    locked_by: str | None
    version: int
    updated_at: dt.datetime
    updated_by: str | None

    def contains(self, day: dt.date) -> bool:
        return self.start_date <= day <= self.end_date


class PeriodService(Service):
    entity = "period"

    def find(self, programme_id: int) -> list[PeriodView]:
        with self._read() as session:
            self._get(session, Programme, programme_id, "programme")
            return [_view(p) for p in _periods(session, programme_id)]

    def get(self, period_id: int) -> PeriodView:
        with self._read() as session:
            return _view(self._get(session, Period, period_id))

    def find_id(self, programme_id: int, label: str) -> int | None:
        with self._read() as session:
            return session.scalar(
                select(Period.id).where(
                    Period.programme_id == programme_id, func.lower(Period.label) == label.strip().lower()
                )
            )

    def get_by_label(self, programme_id: int, label: str) -> PeriodView:
        with self._read() as session:
            return _view(self._get_by(session, Period, self.entity, programme_id=programme_id, label=label))

    def create(self, programme_id: int, label: str, start: dt.date, end: dt.date) -> PeriodView:
        clean_label = _validated(label, start, end)
        with self._write() as session:
            programme = self._get(session, Programme, programme_id, "programme")
            existing = _periods(session, programme_id)
            _check_fits(programme, existing, clean_label, start, end)
            period = Period(programme_id=programme_id, label=clean_label, start_date=start, end_date=end)
            session.add(period)
            session.flush()
            return _view(period)

    def update(
        self, period_id: int, label: str, start: dt.date, end: dt.date, *, expected_version: int | None
    ) -> PeriodView:
        """Rename the period or move its dates; a locked period's figures were reported as they are."""
        clean_label = _validated(label, start, end)
        with self._write() as session:
            period = self._get(session, Period, period_id)
            check_version(period, expected_version, self.entity)
            wanted = {"label": clean_label, "start_date": start, "end_date": end}
            if all(getattr(period, name) == value for name, value in wanted.items()):
                return _view(period)
            if period.locked:
                raise LockedPeriodError(period.label)
            others = [p for p in _periods(session, period.programme_id) if p.id != period_id]
            _check_fits(period.programme, others, clean_label, start, end)
            assign(period, wanted)
            session.flush()
            return _view(period)

    def generate(self, programme_id: int, frequency: Frequency | str) -> list[PeriodView]:
        """Cut the programme's dates into calendar months, quarters or half-years (the first and last
        period are clipped to the programme). Labels: "2022-03", "2022-Q1", "2022-H1"."""
        try:
            chosen = Frequency(frequency)
        except ValueError:
            raise ValidationError.single(
                "frequency",
                say(
                    QT_TRANSLATE_NOOP("Core", "choose one of {value}"),
                    value=", ".join(f.value for f in Frequency),
                ),
            ) from None
        with self._write() as session:
            programme = self._get(session, Programme, programme_id, "programme")
            if _periods(session, programme_id):
                raise WorkflowError(
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "programme {code} already has reporting periods; delete them before "
                            "generating new ones, or add periods one by one",
                        ),
                        code=programme.code,
                    )
                )
            created = []
            for label, start, end in period_slices(programme.start_date, programme.end_date, chosen):
                period = Period(programme_id=programme_id, label=label, start_date=start, end_date=end)
                session.add(period)
                created.append(period)
            session.flush()
            return [_view(p) for p in created]

    def delete(self, period_id: int, *, expected_version: int | None = None) -> None:
        with self._write() as session:
            period = self._get(session, Period, period_id)
            check_version(period, expected_version, self.entity)
            if period.locked:
                raise LockedPeriodError(period.label)
            if session.scalar(select(exists(select(Result.id).where(Result.period_id == period_id)))):
                raise WorkflowError(
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core", "period {label} has results; delete them first so that no figure is lost"
                        ),
                        label=period.label,
                    )
                )
            siblings = _periods(session, period.programme_id)
            if siblings[0].id != period_id and siblings[-1].id != period_id:
                raise WorkflowError(
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "period {label} is between two others; periods must stay contiguous, "
                            "so only the first or the last period can be deleted",
                        ),
                        label=period.label,
                    )
                )
            session.delete(period)

    def lock(
        self, period_id: int, reason: str | None = None, *, expected_version: int | None = None
    ) -> PeriodView:
        """Freeze the period's results (after reporting them)."""
        return self._set_lock(period_id, True, v.clean(reason), expected_version)

    def unlock(self, period_id: int, reason: str, *, expected_version: int | None = None) -> PeriodView:
        """Allow changes to a reported period again; the reason is kept in the audit trail."""
        clean_reason = v.clean(reason)
        if clean_reason is None:
            raise ValidationError.single(
                "reason",
                say(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "say why the reported figures of this period may change (kept in the audit trail)",
                    )
                ),
            )
        return self._set_lock(period_id, False, clean_reason, expected_version)

    def _set_lock(
        self, period_id: int, locked: bool, reason: str | None, expected_version: int | None
    ) -> PeriodView:
        action = AuditAction.LOCK if locked else AuditAction.UNLOCK
        with self._write(reason=reason) as session:
            period = session.scalar(select(Period).where(Period.id == period_id).with_for_update())
            if period is None:
                raise NotFoundError(self.entity, f"#{period_id}")
            check_version(period, expected_version, self.entity)
            if period.locked == locked:
                raise WorkflowError(
                    say(
                        QT_TRANSLATE_NOOP("Core", "period {label} is already {value}"),
                        label=period.label,
                        value="locked" if locked else "unlocked",
                    )
                )
            # One entry for the one action (not one more per changed column): who, when, why.
            with one_entry_for(session, [period]) as entry:
                period.locked = locked
                period.locked_at = utcnow() if locked else None
                period.locked_by = self.context.user if locked else None
                entry.update(
                    action=action,
                    table_name=Period.__tablename__,
                    record_id=period.id,
                    record_label=period.audit_label(),
                    field="locked",
                    old_value=audit_text(not locked),
                    new_value=audit_text(locked),
                )
            return _view(period)


def period_slices(start: dt.date, end: dt.date, frequency: Frequency) -> list[tuple[str, dt.date, dt.date]]:
    """Calendar-aligned (label, start, end) slices covering start..end, clipped at both ends."""
    months = _MONTHS_PER_PERIOD[frequency]
    slices = []
    # The calendar block (month, quarter, half-year) that contains the programme's first day.
    year, first_month = start.year, ((start.month - 1) // months) * months + 1
    while True:
        block_start = dt.date(year, first_month, 1)
        next_month = first_month + months
        next_start = dt.date(year + (next_month - 1) // 12, (next_month - 1) % 12 + 1, 1)
        block_end = next_start - dt.timedelta(days=1)
        if block_start > end:
            break
        slices.append((_label(block_start, frequency), max(block_start, start), min(block_end, end)))
        year, first_month = next_start.year, next_start.month
    return slices


def _label(block_start: dt.date, frequency: Frequency) -> str:
    if frequency == Frequency.MONTHLY:
        return f"{block_start:%Y-%m}"
    if frequency == Frequency.QUARTERLY:
        return f"{block_start.year}-Q{(block_start.month - 1) // 3 + 1}"
    return f"{block_start.year}-H{1 if block_start.month <= 6 else 2}"


def _validated(label: str, start: dt.date, end: dt.date) -> str:
    clean_label = v.clean(label)
    v.raise_if_any(
        [
            v.required("label", clean_label, max_length=60),
            v.required_date("start", start),
            v.required_date("end", end),
            v.date_order("start", start, "end", end),
        ]
    )
    assert clean_label is not None
    return clean_label


def _periods(session: Session, programme_id: int) -> list[Period]:
    query = select(Period).where(Period.programme_id == programme_id).order_by(Period.start_date)
    return list(session.scalars(query))


def _check_fits(
    programme: Programme, existing: list[Period], label: str, start: dt.date, end: dt.date
) -> None:
    problems: list[FieldProblem | None] = []
    if start < programme.start_date or end > programme.end_date:
        problems.append(
            FieldProblem(
                "dates",
                say(
                    QT_TRANSLATE_NOOP("Core", "a period must lie inside the programme ({value} to {value2})"),
                    value=programme.start_date.isoformat(),
                    value2=programme.end_date.isoformat(),
                ),
            )
        )
    if any(p.label == label for p in existing):
        problems.append(
            FieldProblem(
                "label",
                say(
                    QT_TRANSLATE_NOOP("Core", "the programme already has a period labelled '{label}'"),
                    label=label,
                ),
            )
        )
    for other in existing:
        if start <= other.end_date and other.start_date <= end:
            problems.append(
                FieldProblem(
                    "dates",
                    say(
                        QT_TRANSLATE_NOOP("Core", "overlaps period {label} ({value} to {value2})"),
                        label=other.label,
                        value=other.start_date.isoformat(),
                        value2=other.end_date.isoformat(),
                    ),
                )
            )
            break
    if existing and not problems:
        problems.append(_contiguity_problem(existing, start, end))
    v.raise_if_any(problems)


def _contiguity_problem(existing: list[Period], start: dt.date, end: dt.date) -> FieldProblem | None:
    """Periods follow one another without a gap: a new one starts the day after the one before
    it, or ends the day before the one after it."""
    day = dt.timedelta(days=1)
    before = [p for p in existing if p.end_date < start]
    after = [p for p in existing if p.start_date > end]
    gap_before = before and before[-1].end_date + day != start
    gap_after = after and after[0].start_date - day != end
    if not (gap_before or gap_after):
        return None
    neighbour = before[-1] if gap_before else after[0]
    expected = (
        say(QT_TRANSLATE_NOOP("Core", "start on {day}"), day=(neighbour.end_date + day).isoformat())
        if gap_before
        else say(QT_TRANSLATE_NOOP("Core", "end on {day}"), day=(neighbour.start_date - day).isoformat())
    )
    template = QT_TRANSLATE_NOOP(
        "Core", "periods must be contiguous: this one should {expected} (next to {label})"
    )
    return FieldProblem("dates", say(template, expected=expected, label=neighbour.label))


def _view(p: Period) -> PeriodView:
    return PeriodView(
        id=p.id,
        programme_id=p.programme_id,
        label=p.label,
        start_date=p.start_date,
        end_date=p.end_date,
        locked=p.locked,
        locked_at=p.locked_at,
        locked_by=p.locked_by,
        version=p.version,
        updated_at=p.updated_at,
        updated_by=p.updated_by,
    )
