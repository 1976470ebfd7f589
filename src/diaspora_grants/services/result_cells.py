"""Result cells: what a user types in the disaggregation grid, how it is checked, and what the grid shows.

Shared by the grid (a few hundred cells, checked one by one with messages naming the cell) and
the bulk path (a million cells, checked column by column).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..domain.enums import UNKNOWN_AGE_BAND, Measure, ResultStatus, Sex
from ..domain.errors import FieldProblem, ValidationError

ZERO = Decimal(0)
#: Two decimal places fit the column; more would be rounded silently by the database.
_CENTS = Decimal("0.01")


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


CellKey = tuple[int | None, str | None, str | None, str | None]


@dataclass(frozen=True)
class GridCell:
    location_id: int | None
    population_group: str | None
    sex: Sex | None
    age_band: str | None
    value: Decimal
    status: ResultStatus

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

    @property
    def is_empty(self) -> bool:
        return not self.cells


@dataclass(frozen=True)
class CellRules:
    """What a cell of one project and indicator may hold."""

    indicator_code: str
    measure: Measure
    disaggregated: bool
    location_ids: frozenset[int]
    #: The bands the indicator allows (see allowed_age_bands), "unknown" included.
    age_bands: frozenset[str]
    population_groups: frozenset[str]
    #: Every band of the programme: to tell a band outside the indicator's from a band that does not exist.
    programme_age_bands: frozenset[str] = frozenset()


def allowed_age_bands(programme_bands: Iterable[str], indicator_bands: Iterable[str]) -> tuple[str, ...]:
    """The age bands a result of the indicator may be entered in, in the programme's order: the
    indicator's own (an indicator of young people has no 60+) or, without any, every band of the
    programme; "unknown" is always allowed, as a person's age may not be known."""
    own = set(indicator_bands)
    bands = tuple(b for b in programme_bands if not own or b in own)
    return (*bands, UNKNOWN_AGE_BAND)


def age_band_problem(
    field: str, age: str, indicator_code: str, allowed: frozenset[str], programme_bands: frozenset[str]
) -> FieldProblem | None:
    """The one check of an age band against what the indicator allows (grid, import and bulk)."""
    if age in allowed:
        return None
    if age in programme_bands:
        return FieldProblem(
            field,
            f"'{age}' is outside the age bands of indicator {indicator_code} ({', '.join(sorted(allowed))})",
        )
    return FieldProblem(field, f"'{age}' is not one of the programme's age bands")


def checked_cells(cells: Iterable[CellInput], rules: CellRules) -> dict[CellKey, Decimal]:
    """The cells as key -> value, or a ValidationError naming every wrong cell and how to fix it."""
    problems: list[FieldProblem] = []
    result: dict[CellKey, Decimal] = {}
    sexes = {s.value for s in Sex}
    for number, cell in enumerate(cells, start=1):
        where = f"cell {number}"
        sex = (
            cell.sex.value if isinstance(cell.sex, Sex) else (cell.sex.strip().lower() if cell.sex else None)
        )
        group = cell.population_group.strip() if cell.population_group else None
        age = cell.age_band.strip() if cell.age_band else None
        if cell.location_id is not None and cell.location_id not in rules.location_ids:
            problems.append(FieldProblem(f"{where} location", "choose one of the project's locations"))
        if not rules.disaggregated and (sex or group or age):
            problems.append(
                FieldProblem(
                    where,
                    f"indicator {rules.indicator_code} is not disaggregated: give one total per location, "
                    "without sex, age band or population group",
                )
            )
        if sex is not None and sex not in sexes:
            problems.append(FieldProblem(f"{where} sex", f"'{sex}' is not one of {', '.join(sorted(sexes))}"))
        age_problem = (
            None
            if age is None
            else age_band_problem(
                f"{where} age band", age, rules.indicator_code, rules.age_bands, rules.programme_age_bands
            )
        )
        if age_problem is not None:
            problems.append(age_problem)
        if group is not None and group not in rules.population_groups:
            problems.append(
                FieldProblem(f"{where} population group", f"'{group}' is not one of the programme's groups")
            )
        value, problem = checked_value(f"{where} value", cell.value, rules.measure)
        if problem:
            problems.append(problem)
        key: CellKey = (cell.location_id, group, sex, age)
        if key in result:
            problems.append(FieldProblem(where, "the same cell is given twice; give each cell once"))
        result[key] = value
    if problems:
        raise ValidationError(problems)
    return result


def checked_value(
    field: str, raw: Decimal | int | str, measure: Measure
) -> tuple[Decimal, FieldProblem | None]:
    try:
        value = raw if isinstance(raw, Decimal) else Decimal(str(raw).strip())
    except InvalidOperation:
        return ZERO, FieldProblem(field, f"'{raw}' is not a number")
    if not value.is_finite() or value < 0:
        return ZERO, FieldProblem(field, "must be a number of zero or more")
    if measure == Measure.NUMBER and value != value.to_integral_value():
        return ZERO, FieldProblem(field, f"{value} is not a whole number; this indicator counts things")
    if value != value.quantize(_CENTS):
        return ZERO, FieldProblem(field, "give at most two decimal places")
    return value, None


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
