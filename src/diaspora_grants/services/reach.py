"""People reached, and per-indicator results, computed from one GROUP BY and the donor's counting rules.

The database only sums cells (domain.counting explains why); every rule is applied in the core, so
the headline, the CLI, the GUI and the donor workbook can never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Indicator, Programme, Project
from ..domain import codes
from ..domain.counting import IndicatorRule, reach_indicator
from ..domain.enums import OverlapRule, Reach
from ..domain.errors import ValidationError
from ..domain.reach_explanation import ReachExplanation, people_reached
from ..domain.validation import check_report_range
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import Service
from .reach_queries import cell_sums, counted_statuses, periods_in_range, programme_locations
from .results_summary import IndicatorSummary, summarise


@dataclass(frozen=True)
class IndicatorRef:
    id: int
    code: str
    name: str


@dataclass(frozen=True, kw_only=True)
class ReachReport:
    """The people-reached headline of a programme with everything needed to explain it.

    `explanation` is None when the programme has no indicator of unique people with direct reach;
    `message` then says what to add.
    """

    programme_id: int
    programme_code: str
    programme_name: str
    rule: OverlapRule
    provisional: bool
    date_from: dt.date | None
    date_to: dt.date | None
    periods: tuple[str, ...]
    headline_indicator: IndicatorRef | None
    indirect_indicator: IndicatorRef | None
    explanation: ReachExplanation | None
    project_labels: dict[int, str]
    location_labels: dict[int, str]
    country_labels: dict[str, str]
    message: str | None = None

    @property
    def direct_unique(self) -> Decimal | None:
        return self.explanation.direct_unique if self.explanation else None

    def lines(self) -> list[str]:
        scope = "approved and submitted (provisional)" if self.provisional else "approved"
        head = [
            f"Programme {self.programme_code}: {self.programme_name}",
            f"Counting {scope} results of periods {_period_span(self.periods)}",
        ]
        if self.explanation is None or self.headline_indicator is None:
            return [*head, self.message or "No people-reached figure."]
        head.append(f"Headline indicator: {self.headline_indicator.code} {self.headline_indicator.name}")
        if self.indirect_indicator is not None:
            head.append(f"Indirect indicator: {self.indirect_indicator.code} {self.indirect_indicator.name}")
        return head + self.explanation.lines(
            project_labels=self.project_labels,
            location_labels=self.location_labels,
            country_labels=self.country_labels,
        )

    def describe(self) -> str:
        return "\n".join(self.lines())

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: the figures under stable keys, each location's contribution, and the text."""
        e = self.explanation
        return {
            "programme": self.programme_code,
            "rule": self.rule.value,
            "provisional": self.provisional,
            "date_from": self.date_from.isoformat() if self.date_from else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
            "periods": list(self.periods),
            "headline_indicator": self.headline_indicator.code if self.headline_indicator else None,
            "indirect_indicator": self.indirect_indicator.code if self.indirect_indicator else None,
            "direct_unique": e.direct_unique if e else None,
            "direct_unique_conservative": e.direct_unique_conservative if e else None,
            "direct_unique_upper_bound": e.direct_unique_upper_bound if e else None,
            "indirect_unique": e.indirect_unique if e else None,
            "indirect_unique_conservative": e.indirect_unique_conservative if e else None,
            "indirect_unique_upper_bound": e.indirect_unique_upper_bound if e else None,
            "by_country": dict(e.by_country) if e else {},
            "by_country_conservative": dict(e.by_country_conservative) if e else {},
            "by_country_upper_bound": dict(e.by_country_upper_bound) if e else {},
            "locations": [self._location(c) for c in e.locations] if e else [],
            "derivation": self.lines(),
            "message": self.message,
        }

    def _location(self, contribution: Any) -> dict[str, Any]:
        return {
            "country": contribution.country,
            "location": (
                self.location_labels.get(contribution.location_id, str(contribution.location_id))
                if contribution.location_id is not None
                else None
            ),
            "counted_project": self.project_labels.get(contribution.counted_project_id),
            "counted_value": contribution.counted_value,
            "other_projects": {self.project_labels.get(p, str(p)): v for p, v in contribution.other_projects},
            "conservative": contribution.conservative,
            "upper_bound": contribution.upper_bound,
        }


NO_HEADLINE = (
    "The programme has no indicator counting unique people with direct reach; "
    "add one (counting: unique people, reach: direct) to get a people-reached figure."
)


class ReachService(Service):
    entity = "programme"

    def people_reached(
        self,
        programme_id: int,
        *,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        provisional: bool = False,
    ) -> ReachReport:
        check_report_range(date_from, date_to)
        with self._read() as session:
            programme = self._get(session, Programme, programme_id)
            rules, refs = _indicator_rules(session, programme_id)
            periods = periods_in_range(session, programme_id, date_from, date_to)
            headline, indirect = _reach_indicators(rules, programme.headline_indicator_id)
            locations = programme_locations(session, programme_id)
            projects = _projects(session, programme_id)
            base: dict[str, Any] = {
                "programme_id": programme.id,
                "programme_code": programme.code,
                "programme_name": programme.name,
                "rule": programme.overlap_rule,
                "provisional": provisional,
                "date_from": date_from,
                "date_to": date_to,
                "periods": tuple(p.label for p in periods),
                "indirect_indicator": refs[indirect.indicator_id] if indirect else None,
                "project_labels": {project_id: code for project_id, (code, _) in projects.items()},
                "location_labels": locations.names,
            }
            if headline is None:
                return ReachReport(
                    **base, headline_indicator=None, explanation=None, country_labels={}, message=NO_HEADLINE
                )
            wanted = [headline.indicator_id] + ([indirect.indicator_id] if indirect else [])
            cells = cell_sums(
                session,
                wanted,
                counted_statuses(provisional),
                periods,
                locations,
                {project_id: country for project_id, (_, country) in projects.items()},
                all_periods=date_from is None and date_to is None,
                by_period=False,
            )
            explanation = people_reached(cells, programme.overlap_rule, headline, indirect)
        countries = {*explanation.by_country, *(c.country for c in explanation.indirect_locations)}
        return ReachReport(
            **base,
            headline_indicator=refs[headline.indicator_id],
            explanation=explanation,
            country_labels={code: codes.country_name(code) for code in countries},
        )

    def results_summary(
        self,
        programme_id: int,
        indicator_id: int | None = None,
        *,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        provisional: bool = False,
    ) -> list[IndicatorSummary]:
        """Per indicator: per-period and life-of-award actual, target and % of target, for each project
        and for the programme (no programme figure for percentages, which are not added)."""
        return list(
            self.each_results_summary(
                programme_id, indicator_id, date_from=date_from, date_to=date_to, provisional=provisional
            )
        )

    def each_results_summary(
        self,
        programme_id: int,
        indicator_id: int | None = None,
        *,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        provisional: bool = False,
    ) -> Iterator[IndicatorSummary]:
        """`results_summary` one indicator at a time, for callers that turn each into something
        smaller (a report block) so that only one indicator's figures are in memory at once."""
        check_report_range(date_from, date_to)
        with self._read() as session:
            programme = self._get(session, Programme, programme_id)
            query = select(Indicator).where(Indicator.programme_id == programme_id)
            if indicator_id is not None:
                query = query.where(Indicator.id == indicator_id)
            indicators = list(session.scalars(query.order_by(Indicator.position, Indicator.id)))
            if indicator_id is not None and not indicators:
                raise ValidationError.single(
                    "indicator", say(QT_TRANSLATE_NOOP("Core", "choose an indicator of this programme"))
                )
            periods = periods_in_range(session, programme_id, date_from, date_to)
            locations = programme_locations(session, programme_id)
            projects = _projects(session, programme_id)
            countries = {project_id: country for project_id, (_, country) in projects.items()}
            labels = {project_id: code for project_id, (code, _) in projects.items()}
            # Each indicator's own GROUP BY is served by the index in its own order, and only its
            # cells are in memory however many the programme has.
            for indicator in indicators:
                cells = cell_sums(
                    session,
                    [indicator.id],
                    counted_statuses(provisional),
                    periods,
                    locations,
                    countries,
                    all_periods=date_from is None and date_to is None,
                )
                yield from summarise(session, programme, [indicator], periods, cells, labels)


def _reach_indicators(
    rules: list[IndicatorRule], named_id: int | None
) -> tuple[IndicatorRule | None, IndicatorRule | None]:
    """The direct unique-people indicator of the headline (the one the programme names, if it can
    be one) and the indirect one reported beside it."""
    try:
        headline = reach_indicator(rules, Reach.DIRECT, named_id)
    except ValueError:
        headline = reach_indicator(rules, Reach.DIRECT)
    return headline, reach_indicator(rules, Reach.INDIRECT)


def _indicator_rules(
    session: Session, programme_id: int
) -> tuple[list[IndicatorRule], dict[int, IndicatorRef]]:
    indicators = session.scalars(
        select(Indicator)
        .where(Indicator.programme_id == programme_id)
        .order_by(Indicator.position, Indicator.id)
    ).all()
    rules = [IndicatorRule(i.id, i.counting, i.reach, i.measure) for i in indicators]
    return rules, {i.id: IndicatorRef(i.id, i.code, i.name) for i in indicators}


def _projects(session: Session, programme_id: int) -> dict[int, tuple[str, str]]:
    """Project id -> (code, country) for the programme's projects."""
    rows = session.execute(
        select(Project.id, Project.code, Project.country).where(Project.programme_id == programme_id)
    )
    return {project_id: (code, country) for project_id, code, country in rows}


def _period_span(labels: tuple[str, ...]) -> str:
    if not labels:
        return "(none in range)"
    return labels[0] if len(labels) == 1 else f"{labels[0]} to {labels[-1]} ({len(labels)} periods)"
