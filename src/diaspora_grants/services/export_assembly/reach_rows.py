"""Reach rows streamed from the database: one per project x location x period x population group x
reach type, with the sex x age-band cells as columns.

The cells are read in key order through a streaming cursor (server-side on PostgreSQL) and folded
into rows as they pass, so a programme with a million cells never holds them all in memory. Only
the indicators the people-reached headline counts feed the sheet: the headline (direct) and the
indirect unique-people indicator; other people indicators count the same people again.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, type_coerce
from sqlalchemy.types import NullType

from ...db.engine import Database
from ...db.models import Result
from ...domain import codes
from ...domain.enums import OverlapRule, ResultStatus, Sex
from ...reporting.donor_workbook.model import ReachRow
from ..periods import PeriodView
from ..reach import ReachReport
from ..reach_queries import programme_locations
from .facts import ProgrammeFacts

#: Rows fetched per round trip: large enough to be fast, small enough to keep memory flat.
FETCH_SIZE = 5_000
UNKNOWN_GROUP = "unknown"
WHOLE_PROJECT = "whole project"


@dataclass(frozen=True)
class ReachSource:
    """Which cells make the Reach rows: one indicator per reach type, statuses and periods counted."""

    indicators: tuple[tuple[int, str], ...]  # (indicator id, "direct" | "indirect")
    statuses: tuple[ResultStatus, ...]
    periods: tuple[PeriodView, ...]
    dedup_method: str
    #: Per indicator: the (project, location) pairs the overlap rule leaves out of the headline
    #: (see counted_places); a row there is shown as not counted.
    left_out: dict[int, frozenset[tuple[int, int | None]]] = field(default_factory=dict)


def count_cells(database: Database, user: str, source: ReachSource) -> int:
    """How many cells the rows will be made of: the denominator of the progress bar."""
    if not source.indicators or not source.periods:
        return 0
    with database.session(user=user, write=False) as session:
        return int(
            session.scalar(
                select(func.count()).select_from(_cells_query(source, None).order_by(None).subquery())
            )
            or 0
        )


def stream_reach_rows(
    database: Database,
    user: str,
    facts: ProgrammeFacts,
    source: ReachSource,
    on_cell: Callable[[int], None] | None = None,
) -> Iterator[ReachRow]:
    """Yield the rows; `on_cell(cells_read)` is called every FETCH_SIZE cells (progress, cancel)."""
    if not source.indicators or not source.periods:
        return
    builder = _RowBuilder(facts, source)
    read = 0
    with database.session(user=user, write=False) as session:
        # Core rows as plain tuples: the ORM's per-row attribute machinery cost more than the read.
        connection = session.connection().execution_options(yield_per=FETCH_SIZE)
        for indicator_id, reach in source.indicators:
            current: tuple[int, int | None, int, str | None] | None = None
            cells: list[tuple[str | None, str | None, Any, str | None]] = []
            left_out = source.left_out.get(indicator_id, frozenset())
            for (
                project_id,
                location_id,
                period_id,
                group,
                sex,
                age_band,
                value,
                cell_source,
            ) in connection.execute(_cells_query(source, indicator_id)):
                key = (project_id, location_id, period_id, group)
                if key != current:
                    if current is not None:
                        yield builder.row(current, reach, cells, left_out)
                    current, cells = key, []
                cells.append((sex, age_band, value, cell_source))
                read += 1
                if on_cell is not None and read % FETCH_SIZE == 0:
                    on_cell(read)
            if current is not None:
                yield builder.row(current, reach, cells, left_out)
    if on_cell is not None:
        on_cell(read)


def _cells_query(source: ReachSource, indicator_id: int | None):  # type: ignore[no-untyped-def]
    ids = [i for i, _ in source.indicators] if indicator_id is None else [indicator_id]
    return (
        select(
            Result.project_id,
            Result.location_id,
            Result.period_id,
            Result.population_group,
            Result.sex,
            Result.age_band,
            # The stored number as the driver gives it (int on SQLite, Decimal on PostgreSQL): people
            # counts are whole, and int() of either is exact, so no Decimal is built per cell.
            type_coerce(Result.value, NullType()),
            Result.source,
        )
        .where(
            Result.indicator_id.in_(ids),
            Result.status.in_(sorted(source.statuses)),
            Result.period_id.in_(sorted(p.id for p in source.periods)),
        )
        .order_by(Result.project_id, Result.location_id, Result.period_id, Result.population_group)
    )


class _RowBuilder:
    def __init__(self, facts: ProgrammeFacts, source: ReachSource) -> None:
        self.bands = {band: index for index, band in enumerate(facts.age_bands)}
        self.projects = {p.id: p for p in facts.projects}
        self.locations = {loc.id: loc for p in facts.projects for loc in p.locations}
        self.periods: dict[int, tuple[dt.date, dt.date]] = {
            p.id: (p.start_date, p.end_date) for p in source.periods
        }
        self.dedup_method = source.dedup_method
        self.iso3 = {p.country: codes.country_alpha3(p.country) for p in facts.projects}
        self.number = 0

    def row(
        self,
        key: tuple[int, int | None, int, str | None],
        reach: str,
        cells: Sequence[tuple[str | None, str | None, Any, str | None]],
        left_out: frozenset[tuple[int, int | None]],
    ) -> ReachRow:
        project_id, location_id, period_id, group = key
        width = len(self.bands)
        female, male, neither = [0] * width, [0] * width, [0] * width
        no_age = {Sex.FEMALE: 0, Sex.MALE: 0}
        unknown = 0
        source = ""
        for sex, age_band, value, cell_source in cells:
            count = int(value)  # people indicators hold whole numbers only (checked on entry)
            index = self.bands.get(age_band) if age_band is not None else None
            if index is None:
                if sex in no_age:
                    no_age[sex] += count  # type: ignore[index]
                else:
                    unknown += count
            elif sex == Sex.FEMALE:
                female[index] += count
            elif sex == Sex.MALE:
                male[index] += count
            else:
                neither[index] += count
            source = source or (cell_source or "")
        project = self.projects[project_id]
        location = self.locations.get(location_id) if location_id is not None else None
        start, end = self.periods[period_id]
        self.number += 1
        total = sum(female) + sum(male) + sum(neither) + no_age[Sex.FEMALE] + no_age[Sex.MALE] + unknown
        return ReachRow(
            row_id=f"R{self.number:07d}",
            project_code=project.code,
            partner=project.partner_name,
            country_iso2=project.country,
            country_iso3=self.iso3[project.country],
            admin1=location.name if location else "",
            admin1_pcode=(location.pcode or "") if location else "",
            location="" if location else WHOLE_PROJECT,
            sector=project.sector or "",
            period_start=start,
            period_end=end,
            reach_type=reach,
            population_group=group or UNKNOWN_GROUP,
            female=tuple(female),
            male=tuple(male),
            sex_unknown=tuple(neither),
            female_age_unknown=no_age[Sex.FEMALE],
            male_age_unknown=no_age[Sex.MALE],
            unknown=unknown,
            # Unique-people indicators record only newly reached people in each period.
            new_this_period=total,
            counted=(project_id, location_id) not in left_out,
            dedup_method=self.dedup_method,
            source=source,
        )


def reached_by_place(
    database: Database, user: str, source: ReachSource
) -> dict[tuple[int, int | None], Decimal]:
    """The direct indicator's counted cells per project and location (5W "reached"): a project's own
    figure, so two projects in one area each show theirs."""
    direct = [i for i, reach in source.indicators if reach == "direct"]
    if not direct or not source.periods:
        return {}
    query = (
        select(Result.project_id, Result.location_id, func.sum(Result.value))
        .where(
            Result.indicator_id.in_(direct),
            Result.status.in_(sorted(source.statuses)),
            Result.period_id.in_(sorted(p.id for p in source.periods)),
        )
        .group_by(Result.project_id, Result.location_id)
    )
    with database.session(user=user, write=False) as session:
        return {(p, loc): Decimal(v) for p, loc, v in session.execute(query)}


def left_out_places(
    database: Database, user: str, programme_id: int, report: ReachReport
) -> dict[int, frozenset[tuple[int, int | None]]]:
    """Per reach indicator: the (project, location) pairs whose people the headline leaves out under
    "max per location" (another project counts more people in the same admin-1 area). Under "sum"
    every row counts. The Reach sheet marks these rows, so that its counted rows add up to the
    Cover's figure and its breakdowns to the IPTT's."""
    explanation = report.explanation
    if explanation is None or report.rule == OverlapRule.SUM:
        return {}
    with database.session(user=user, write=False) as session:
        canonical = programme_locations(session, programme_id).canonical
    members: dict[int, list[int]] = defaultdict(list)
    for raw, representative in canonical.items():
        members[representative].append(raw)
    out: dict[int, frozenset[tuple[int, int | None]]] = {}
    for indicator, contributions in (
        (report.headline_indicator, explanation.locations),
        (report.indirect_indicator, explanation.indirect_locations),
    ):
        if indicator is None:
            continue
        pairs = {
            (project_id, raw)
            for contribution in contributions
            if contribution.location_id is not None
            for project_id, _ in contribution.other_projects
            for raw in members.get(contribution.location_id, [contribution.location_id])
        }
        out[indicator.id] = frozenset(pairs)
    return out
