"""What a result cell may hold: one rule for every path that writes cells.

The grid, the bulk load, the data workbook and the partner template all ask these functions, so
a cell refused on one path is refused on every path, with the same words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Protocol

from . import labels
from .enums import UNKNOWN_AGE_BAND, Measure, Sex
from .errors import CellKey, FieldProblem, ValidationError
from .wording import QT_TRANSLATE_NOOP, say

ZERO = Decimal(0)
CENTS = Decimal("0.01")
#: Larger than any count of people or money this app records; beyond it a figure is a typing error.
LARGEST_VALUE = Decimal(10) ** 13
SEXES = frozenset(s.value for s in Sex)


class CellIssue(StrEnum):
    """Why a figure is refused, as data, so that each face can word it in its reader's language
    (the partner template does, in French and Arabic); never stored."""

    NEGATIVE = "negative"
    TOO_LARGE = "too large"
    NOT_WHOLE = "not whole"
    TOO_MANY_DECIMALS = "too many decimals"
    NOT_DISAGGREGATED = "not disaggregated"
    DIMENSIONS_MISSING = "dimensions missing"


#: Why typed text is no figure at all, in the same words while typing and on saving.
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Core", "'{value}' is not a number")

#: The English words of each issue ({value}: the figure; {code}: the indicator's code); the desktop
#: app says them in its language (domain.wording), the partner template in its own (template_strings).
ISSUE_WORDING: dict[CellIssue, str] = {
    CellIssue.NEGATIVE: QT_TRANSLATE_NOOP("Core", "must be a number of zero or more"),
    CellIssue.TOO_LARGE: QT_TRANSLATE_NOOP(
        "Core", "{value:,} is larger than any real figure; check the number"
    ),
    CellIssue.NOT_WHOLE: QT_TRANSLATE_NOOP(
        "Core", "{value} is not a whole number; this indicator counts things"
    ),
    CellIssue.TOO_MANY_DECIMALS: QT_TRANSLATE_NOOP(
        "Core", "{value} has more than two decimals; round it to two"
    ),
    CellIssue.NOT_DISAGGREGATED: QT_TRANSLATE_NOOP(
        "Core",
        "indicator {code} is not disaggregated: give one total per location, "
        "without population group, sex or age band",
    ),
    CellIssue.DIMENSIONS_MISSING: QT_TRANSLATE_NOOP(
        "Core",
        "indicator {code} is disaggregated: give population group, sex and age band "
        "(choose 'unknown' where one is not known)",
    ),
}


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
    #: Every band of the programme: to tell a band outside the indicator's from one that does not exist.
    programme_age_bands: frozenset[str] = frozenset()


class CellLike(Protocol):
    @property
    def location_id(self) -> int | None: ...
    @property
    def population_group(self) -> str | None: ...
    @property
    def sex(self) -> Sex | str | None: ...
    @property
    def age_band(self) -> str | None: ...
    @property
    def value(self) -> Decimal | int | str: ...


def parse_value(raw: Decimal | int | str) -> tuple[Decimal, str | None]:
    """The number in `raw`, or the reason it is not one."""
    try:
        value = raw if isinstance(raw, Decimal) else Decimal(str(raw).strip())
    except InvalidOperation:
        return ZERO, say(NOT_A_NUMBER, value=raw)
    return value, None


def value_issue(value: Decimal, measure: Measure) -> CellIssue | None:
    """Why `value` cannot be a figure of an indicator with this measure, or None."""
    if not value.is_finite() or value < 0:
        return CellIssue.NEGATIVE
    if value > LARGEST_VALUE:
        return CellIssue.TOO_LARGE
    if measure == Measure.NUMBER and value != value.to_integral_value():
        return CellIssue.NOT_WHOLE
    if value != value.quantize(CENTS):
        return CellIssue.TOO_MANY_DECIMALS
    return None


#: What can be typed into a cell, once the typist's own separators are taken out: digits and one point.
_TYPED_NUMBER = re.compile(r"[0-9]*\.?[0-9]*")


def typed_value_problem(text: str, measure: Measure) -> str | None:
    """Why `text`, being typed into a cell, can never become a figure of this measure, or None.

    Unfinished input ("12.", "") is fine; "-5", "2.5" for a count, "abc" and "1e5" are not. The
    same words as `value_problem`, so a cell refused while typing reads as one refused on saving."""
    clean = text.strip()
    if not clean:
        return None
    if clean.startswith("-"):
        return say(ISSUE_WORDING[CellIssue.NEGATIVE])
    if not _TYPED_NUMBER.fullmatch(clean) or clean == ".":
        return say(NOT_A_NUMBER, value=clean)
    return value_problem(Decimal(clean.rstrip(".") or "0"), measure)


def describe_cell(
    place: str | None,
    group: str | None,
    sex: Sex | str | None,
    age: str | None,
    *,
    sex_label: Callable[[Sex], str] = labels.label,
) -> str:
    """A cell as people name it: "Beirut · host community · female · 0-17" (the dimensions it has)."""
    sex_text = sex_label(Sex(sex)).lower() if sex else None
    return " · ".join(part for part in (place, group, sex_text, age) if part)


def value_problem(value: Decimal, measure: Measure) -> str | None:
    """Why `value` cannot be a figure of an indicator with this measure, in words, or None."""
    issue = value_issue(value, measure)
    return say(ISSUE_WORDING[issue], value=value) if issue else None


def checked_value(
    field: str, raw: Decimal | int | str, measure: Measure
) -> tuple[Decimal, FieldProblem | None]:
    """A value (a cell's, or a target's) as a Decimal, or the problem with it under `field`."""
    value, problem = parse_value(raw)
    problem = problem or value_problem(value, measure)
    return (ZERO, FieldProblem(field, problem)) if problem else (value, None)


def shape_issue(disaggregated: bool, group: object, sex: object, age: object) -> CellIssue | None:
    """A disaggregated figure names all three dimensions ('unknown' where not known), so that the
    breakdowns add up to the total; a figure that is not disaggregated names none."""
    given = [d is not None for d in (group, sex, age)]
    if not disaggregated and any(given):
        return CellIssue.NOT_DISAGGREGATED
    if disaggregated and not all(given):
        return CellIssue.DIMENSIONS_MISSING
    return None


def allowed_age_bands(programme_bands: Iterable[str], indicator_bands: Iterable[str]) -> tuple[str, ...]:
    """The age bands a result of the indicator may be entered in, in the programme's order: the
    indicator's own (an indicator of young people has no 60+) or, without any, every band of the
    programme; "unknown" is always allowed, as a person's age may not be known."""
    own = set(indicator_bands)
    bands = tuple(b for b in programme_bands if not own or b in own)
    return (*bands, UNKNOWN_AGE_BAND)


def age_band_problem(
    age: str, indicator_code: str, allowed: frozenset[str], programme_bands: frozenset[str]
) -> str | None:
    """Why `age` cannot be a cell's age band for this indicator, or None."""
    if age in allowed:
        return None
    if age in programme_bands:
        return (
            f"'{age}' is outside the age bands of indicator {indicator_code} ({', '.join(sorted(allowed))})"
        )
    return f"'{age}' is not one of the programme's age bands"


def shape_problem(
    indicator_code: str, disaggregated: bool, group: object, sex: object, age: object
) -> str | None:
    """shape_issue in words, naming the indicator."""
    issue = shape_issue(disaggregated, group, sex, age)
    return say(ISSUE_WORDING[issue], code=indicator_code) if issue else None


def normalised_key(cell: CellLike) -> CellKey:
    sex = cell.sex.value if isinstance(cell.sex, Sex) else (cell.sex.strip().lower() if cell.sex else None)
    group = cell.population_group.strip() if cell.population_group else None
    age = cell.age_band.strip() if cell.age_band else None
    return (cell.location_id, group, sex, age)


def cell_problems(
    key: CellKey, raw: Decimal | int | str, rules: CellRules
) -> tuple[Decimal, list[FieldProblem]]:
    """The cell's value and every problem with the cell, each naming the cell."""
    location_id, group, sex, age = key
    problems = []

    def add(field: str, message: str) -> None:
        problems.append(FieldProblem(field, message, cell=key))

    if location_id is not None and location_id not in rules.location_ids:
        add("location", "choose one of the project's locations")
    shape = shape_problem(rules.indicator_code, rules.disaggregated, group, sex, age)
    if shape:
        add("cell", shape)
    if sex is not None and sex not in SEXES:
        add("sex", f"'{sex}' is not one of {', '.join(sorted(SEXES))}")
    age_problem = (
        None
        if age is None
        else age_band_problem(age, rules.indicator_code, rules.age_bands, rules.programme_age_bands)
    )
    if age_problem:
        add("age band", age_problem)
    if group is not None and group not in rules.population_groups:
        add("population group", f"'{group}' is not one of the programme's population groups")
    value, problem = parse_value(raw)
    problem = problem or value_problem(value, rules.measure)
    if problem:
        add("value", problem)
    return value, problems


def checked_cells(cells: Iterable[CellLike], rules: CellRules) -> dict[CellKey, Decimal]:
    """The cells as key -> value, or a ValidationError naming every wrong cell and how to fix it."""
    problems: list[FieldProblem] = []
    result: dict[CellKey, Decimal] = {}
    for cell in cells:
        key = normalised_key(cell)
        value, found = cell_problems(key, cell.value, rules)
        problems.extend(found)
        if key in result:
            problems.append(
                FieldProblem(
                    "cell",
                    say(QT_TRANSLATE_NOOP("Core", "the same cell is given twice; give each cell once")),
                    cell=key,
                )
            )
        result[key] = value
    if problems:
        raise ValidationError(problems)
    return result
