"""The data workbook's narrative sheets: each report's narrative, its outcomes with their
indicators, and partners' narratives, sorted by natural key (see reporting.data_format)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, selectinload

from ..db.models import (
    Narrative,
    NarrativeOutcome,
    NarrativeOutcomeIndicator,
    PartnerNarrative,
    Period,
    Programme,
    Project,
)
from ..domain.narratives import PARTNER_SECTIONS, PROGRAMME_SECTIONS
from .data_rows import Row, Scope, plain

First = aliased(Period)
Last = aliased(Period)


def narratives(session: Session, scope: Scope) -> Iterator[Row]:
    query = (
        select(Programme.code, First.label, Last.label, Narrative)
        .join(Narrative.programme)
        .join(First, Narrative.first_period_id == First.id)
        .join(Last, Narrative.period_id == Last.id)
        .order_by(*scope.order(Programme.code, First.start_date, Last.start_date))
    )
    for code, first, last, narrative in session.execute(scope.programmes(query, Narrative.programme_id)):
        yield (code, first, last, *(plain(getattr(narrative, s.key)) for s in PROGRAMME_SECTIONS))


def outcomes(session: Session, scope: Scope) -> Iterator[Row]:
    query = (
        select(Programme.code, First.label, Last.label, NarrativeOutcome)
        .join(NarrativeOutcome.narrative)
        .join(Narrative.programme)
        .join(First, Narrative.first_period_id == First.id)
        .join(Last, Narrative.period_id == Last.id)
        .options(selectinload(NarrativeOutcome.indicators).selectinload(NarrativeOutcomeIndicator.indicator))
        .order_by(*scope.order(Programme.code, First.start_date, Last.start_date, NarrativeOutcome.position))
    )
    for code, first, last, outcome in session.execute(scope.programmes(query, Narrative.programme_id)):
        indicators = ", ".join(link.indicator.code for link in outcome.indicators) or None
        yield (code, first, last, outcome.position, outcome.title, outcome.text, indicators)


def partner_narratives(session: Session, scope: Scope) -> Iterator[Row]:
    query = (
        select(Project.code, Period.label, PartnerNarrative)
        .join(PartnerNarrative.project)
        .join(PartnerNarrative.period)
        .order_by(*scope.order(Project.code, Period.start_date))
    )
    for code, label, found in session.execute(scope.programmes(query, Project.programme_id)):
        yield (code, label, *(plain(getattr(found, s.key)) for s in PARTNER_SECTIONS))


NARRATIVE_ROWS: dict[str, Callable[[Session, Scope], Iterable[Row]]] = {
    "Narratives": narratives,
    "Narrative outcomes": outcomes,
    "Partner narratives": partner_narratives,
}
