"""The narrative of a donor report and partners' narratives (part of ProgrammeService, a mixin).

A narrative belongs to one report: the programme and the periods it covers, first to last. It is
saved as a draft as often as the writer likes and locked with its last period: once that period is
locked (the report was sent), saving is refused with the locked-period wording. Every change is in
the audit trail (the ORM records it). Partners' narratives come in per project and period with
their results template, and are locked with their period like the results beside them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Indicator, Narrative, NarrativeOutcome, NarrativeOutcomeIndicator, Period, Programme
from ..domain import narratives as n
from ..domain import validation as v
from ..domain.errors import FieldProblem, LockedPeriodError, ValidationError
from .base import assign, check_version
from .partner_narratives import PartnerNarratives

__all__ = ["NarrativeInput", "NarrativeView", "OutcomeInput", "OutcomeView", "ProgrammeNarratives"]

SECTION_KEYS = tuple(s.key for s in n.PROGRAMME_SECTIONS)


@dataclass(frozen=True, kw_only=True)
class OutcomeInput:
    title: str
    text: str | None = None
    indicator_ids: tuple[int, ...] = ()


@dataclass(frozen=True, kw_only=True)
class NarrativeInput:
    """Section key -> text (a key left out keeps its text); `outcomes` None keeps them as they are."""

    sections: Mapping[str, str | None] = field(default_factory=dict)
    outcomes: tuple[OutcomeInput, ...] | None = None


@dataclass(frozen=True, kw_only=True)
class OutcomeView:
    position: int
    title: str
    text: str
    indicator_ids: tuple[int, ...]
    indicator_codes: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class NarrativeView:
    programme_id: int
    first_period_id: int
    period_id: int
    first_period_label: str
    period_label: str
    #: Every section key of the programme narrative, "" where nothing is written.
    sections: Mapping[str, str]
    outcomes: tuple[OutcomeView, ...] = ()
    #: 0 while nothing was saved.
    version: int = 0
    #: Why it may not change (the locked-period wording), or None.
    locked_reason: str | None = None
    updated_by: str | None = None
    updated_at: dt.datetime | None = None

    @property
    def locked(self) -> bool:
        return self.locked_reason is not None

    @property
    def span(self) -> str:
        if self.first_period_id == self.period_id:
            return self.period_label
        return f"{self.first_period_label} to {self.period_label}"

    def text(self, key: str) -> str:
        return self.sections.get(key, "")

    @property
    def empty_sections(self) -> tuple[str, ...]:
        """Titles of the sections with nothing written (progress counts once, for all outcomes)."""
        empty = [s.title for s in n.PROGRAMME_SECTIONS if not self.sections.get(s.key)]
        if not any(o.text for o in self.outcomes):
            empty.insert(len(n.BEFORE_OUTCOMES), "Progress per outcome")
        return tuple(empty)


class ProgrammeNarratives(PartnerNarratives):
    """Narratives of a programme's reports (mixed into ProgrammeService)."""

    def narrative(self, programme_id: int, first_period_id: int, period_id: int) -> NarrativeView:
        """The report's narrative; an empty one (version 0) when nothing was saved yet."""
        with self._read() as session:
            first, last = _report_periods(session, programme_id, first_period_id, period_id)
            found = _find(session, programme_id, first.id, last.id)
            return _view(programme_id, first, last, found)

    def narrative_between(self, programme_id: int, date_from: dt.date, date_to: dt.date) -> NarrativeView:
        """The narrative of the report from `date_from` to `date_to`: its periods are those wholly
        inside, as the reach and results services count them."""
        v.check_report_range(date_from, date_to)
        with self._read() as session:
            self._get(session, Programme, programme_id, "programme")
            inside = session.scalars(
                select(Period)
                .where(
                    Period.programme_id == programme_id,
                    Period.start_date >= date_from,
                    Period.end_date <= date_to,
                )
                .order_by(Period.start_date)
            ).all()
            if not inside:
                raise ValidationError.single(
                    "period", f"no reporting period lies wholly between {date_from} and {date_to}"
                )
            found = _find(session, programme_id, inside[0].id, inside[-1].id)
            return _view(programme_id, inside[0], inside[-1], found)

    def save_narrative(
        self,
        programme_id: int,
        first_period_id: int,
        period_id: int,
        data: NarrativeInput,
        *,
        expected_version: int | None,
    ) -> NarrativeView:
        """Save the draft; `expected_version` is the version read (0: none saved yet; None: no check).
        Refused once the report's last period is locked."""
        sections = _validated_sections(data.sections)
        with self._write() as session:
            first, last = _report_periods(session, programme_id, first_period_id, period_id)
            if last.locked:
                raise LockedPeriodError(last.label)
            found = _find(session, programme_id, first.id, last.id)
            if found is None:
                if expected_version:
                    check_version(_missing(programme_id, first, last), expected_version, "narrative")
                found = _new(session, programme_id, first, last)
            else:
                check_version(found, expected_version, "narrative")
            assign(found, sections)
            if data.outcomes is not None:
                _replace_outcomes(session, found, programme_id, data.outcomes)
            session.flush()
            return _view(programme_id, first, last, found)

    def set_outcome(
        self, programme_id: int, first_period_id: int, period_id: int, position: int, data: OutcomeInput
    ) -> NarrativeView:
        """Add or change one outcome of the narrative, by its position (the data workbook's rows)."""
        with self._write() as session:
            first, last = _report_periods(session, programme_id, first_period_id, period_id)
            if last.locked:
                raise LockedPeriodError(last.label)
            found = _find(session, programme_id, first.id, last.id)
            if found is None:
                found = _new(session, programme_id, first, last)
                session.flush()
            outcomes = {o.position: o for o in found.outcomes}
            _save_outcome(session, found, programme_id, position, data, outcomes.get(position))
            session.flush()
            session.refresh(found)
            return _view(programme_id, first, last, found)


def _missing(programme_id: int, first: Period, last: Period) -> Narrative:
    """A stand-in for a narrative someone deleted since it was read: the version check names it."""
    return Narrative(programme_id=programme_id, first_period_id=first.id, period_id=last.id, version=0)


def _new(session: Session, programme_id: int, first: Period, last: Period) -> Narrative:
    """A new narrative, its programme and periods set so the audit trail names it."""
    programme = session.get(Programme, programme_id)
    narrative = Narrative(programme=programme, first_period=first, period=last)
    session.add(narrative)
    return narrative


def _validated_sections(sections: Mapping[str, str | None]) -> dict[str, str | None]:
    unknown = [key for key in sections if key not in SECTION_KEYS]
    if unknown:
        raise ValidationError.single("section", f"no section {', '.join(unknown)} in a narrative")
    cleaned = {key: v.clean(text) for key, text in sections.items()}
    v.raise_if_any(n.text_problem(n.section_of(key).title, text) for key, text in cleaned.items())
    return cleaned


def _report_periods(
    session: Session, programme_id: int, first_period_id: int, period_id: int
) -> tuple[Period, Period]:
    first, last = session.get(Period, first_period_id), session.get(Period, period_id)
    problems = [
        FieldProblem(name, "choose a period of this programme")
        for name, period in (("first period", first), ("last period", last))
        if period is None or period.programme_id != programme_id
    ]
    v.raise_if_any(problems)
    assert first is not None and last is not None
    if first.start_date > last.start_date:
        raise ValidationError.single("first period", f"{first.label} comes after {last.label}")
    return first, last


def _find(session: Session, programme_id: int, first_id: int, last_id: int) -> Narrative | None:
    return session.scalar(
        select(Narrative).where(
            Narrative.programme_id == programme_id,
            Narrative.first_period_id == first_id,
            Narrative.period_id == last_id,
        )
    )


def _replace_outcomes(
    session: Session, narrative: Narrative, programme_id: int, outcomes: tuple[OutcomeInput, ...]
) -> None:
    if len(outcomes) > n.MAX_OUTCOMES:
        raise ValidationError.single("outcomes", f"at most {n.MAX_OUTCOMES} outcomes fit a report")
    if narrative.id is None:
        session.flush()
    existing = {o.position: o for o in narrative.outcomes}
    for position, data in enumerate(outcomes, start=1):
        _save_outcome(session, narrative, programme_id, position, data, existing.get(position))
    for position, outcome in existing.items():
        if position > len(outcomes):
            narrative.outcomes.remove(outcome)


def _save_outcome(
    session: Session,
    narrative: Narrative,
    programme_id: int,
    position: int,
    data: OutcomeInput,
    outcome: NarrativeOutcome | None,
) -> None:
    title, text = v.clean(data.title), v.clean(data.text)
    where = f"outcome {position}"
    v.raise_if_any(
        [
            n.outcome_title_problem(f"{where}: title", title),
            n.text_problem(f"{where}: text", text),
            None if position >= 1 else FieldProblem(f"{where}: position", "count outcomes from 1"),
        ]
    )
    wanted = list(dict.fromkeys(data.indicator_ids))
    if wanted:
        found = set(
            session.scalars(
                select(Indicator.id).where(Indicator.id.in_(wanted), Indicator.programme_id == programme_id)
            )
        )
        if set(wanted) - found:
            raise ValidationError.single(f"{where}: indicators", "choose indicators of this programme")
    if outcome is None:
        outcome = NarrativeOutcome(position=position, title=title, text=text)
        narrative.outcomes.append(outcome)
    else:
        assign(outcome, {"title": title, "text": text})
    current = {link.indicator_id: link for link in outcome.indicators}
    for indicator_id, link in current.items():
        if indicator_id not in wanted:
            outcome.indicators.remove(link)
    for indicator_id in wanted:
        if indicator_id not in current:
            outcome.indicators.append(NarrativeOutcomeIndicator(indicator_id=indicator_id))


def _view(programme_id: int, first: Period, last: Period, found: Narrative | None) -> NarrativeView:
    empty = NarrativeView(
        programme_id=programme_id,
        first_period_id=first.id,
        period_id=last.id,
        first_period_label=first.label,
        period_label=last.label,
        sections=dict.fromkeys(SECTION_KEYS, ""),
        locked_reason=LockedPeriodError(last.label).message if last.locked else None,
    )
    if found is None:
        return empty
    outcomes = tuple(
        OutcomeView(
            position=o.position,
            title=o.title,
            text=o.text or "",
            indicator_ids=tuple(link.indicator_id for link in o.indicators),
            indicator_codes=tuple(link.indicator.code for link in o.indicators),
        )
        for o in sorted(found.outcomes, key=lambda o: o.position)
    )
    return replace(
        empty,
        sections={key: getattr(found, key) or "" for key in SECTION_KEYS},
        outcomes=outcomes,
        version=found.version,
        updated_by=found.updated_by,
        updated_at=found.updated_at,
    )
