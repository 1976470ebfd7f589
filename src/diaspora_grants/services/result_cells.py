"""Result cells: what a user types in the disaggregation grid and what the grid shows.

What a cell may hold is one rule, in domain.result_cells, for every path that writes cells.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from decimal import Decimal

from ..domain.enums import Measure, ResultStatus, Sex
from ..domain.errors import CellKey

__all__ = ["CellInput", "CellKey", "GridCell", "GridTotals", "GridView", "grid_totals"]

ZERO = Decimal(0)


@dataclass(frozen=True)
class CellInput:
    """One cell of the grid. None in a dimension means "not broken down by it"; a location of None
    means a result for the whole project rather than one of its admin-1 locations."""

    location_id: int | None
    population_group: str | None
    sex: Sex | str | None
    age_band: str | None
    value: Decimal | int | str

    @classmethod
    def single(cls, value: Decimal | int | str, location_id: int | None = None) -> CellInput:
        """The one cell of a non-disaggregated indicator in a location (or the whole project)."""
        return cls(location_id, None, None, None, value)


@dataclass(frozen=True)
class GridCell:
    location_id: int | None
    population_group: str | None
    sex: Sex | None
    age_band: str | None
    value: Decimal
    status: ResultStatus
    source: str | None = None
    note: str | None = None
    #: Who submitted the cell and who approved it, and when (None: a draft, or not recorded).
    submitted_by: str | None = None
    submitted_at: dt.datetime | None = None
    approved_by: str | None = None
    approved_at: dt.datetime | None = None

    @property
    def key(self) -> CellKey:
        return (self.location_id, self.population_group, self.sex.value if self.sex else None, self.age_band)


@dataclass(frozen=True, kw_only=True)
class GridView:
    """The cells of one project, indicator and period, with the totals the grid shows around them.

    Totals are derived from the cells here, never stored. `status` is None when cells differ.
    """

    project_id: int
    indicator_id: int
    period_id: int
    period_label: str
    locked: bool
    disaggregated: bool
    measure: Measure
    status: ResultStatus | None
    source: str | None
    note: str | None
    cells: tuple[GridCell, ...]
    total: Decimal
    by_location: dict[int | None, Decimal]
    by_sex: dict[str | None, Decimal]
    by_age_band: dict[str | None, Decimal]
    by_population_group: dict[str | None, Decimal]
    #: Row totals of the grid: (population group, age band) -> sum over sexes.
    rows: dict[tuple[str | None, str | None], Decimal]
    #: What the grid offers: the programme's age bands and population groups, the project's locations.
    age_bands: tuple[str, ...]
    population_groups: tuple[str, ...]
    locations: dict[int, str]
    #: "LB-VAX-01 · BHA-1 · 2022-H1": how people and the audit trail name the scope.
    label: str = ""
    #: Changes with every change to the scope's cells: a write that names the revision it read is
    #: refused if someone else wrote in between.
    revision: str = ""
    #: The programme's four-eyes rule: who submitted results may not approve them.
    approver_must_differ: bool = False

    @property
    def is_empty(self) -> bool:
        return not self.cells

    def cells_at(self, location_ids: Collection[int | None] | None) -> tuple[GridCell, ...]:
        """The cells of these locations (None: all of them)."""
        return tuple(c for c in self.cells if location_ids is None or c.location_id in location_ids)

    def status_at(self, location_ids: Collection[int | None] | None) -> ResultStatus | None:
        """The status shared by the cells of these locations; None when they differ or there are none."""
        statuses = {c.status for c in self.cells_at(location_ids)}
        return statuses.pop() if len(statuses) == 1 else None


@dataclass(frozen=True)
class GridTotals:
    by_location: dict[int | None, Decimal]
    by_sex: dict[str | None, Decimal]
    by_age_band: dict[str | None, Decimal]
    by_population_group: dict[str | None, Decimal]
    rows: dict[tuple[str | None, str | None], Decimal]


def grid_totals(cells: Iterable[GridCell]) -> GridTotals:
    by_location: dict[int | None, Decimal] = defaultdict(lambda: ZERO)
    by_sex: dict[str | None, Decimal] = defaultdict(lambda: ZERO)
    by_age: dict[str | None, Decimal] = defaultdict(lambda: ZERO)
    by_group: dict[str | None, Decimal] = defaultdict(lambda: ZERO)
    rows: dict[tuple[str | None, str | None], Decimal] = defaultdict(lambda: ZERO)
    for cell in cells:
        by_location[cell.location_id] += cell.value
        by_sex[cell.sex.value if cell.sex else None] += cell.value
        by_age[cell.age_band] += cell.value
        by_group[cell.population_group] += cell.value
        rows[(cell.population_group, cell.age_band)] += cell.value
    return GridTotals(dict(by_location), dict(by_sex), dict(by_age), dict(by_group), dict(rows))
