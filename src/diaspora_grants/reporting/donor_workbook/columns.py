"""The columns of the Reach and 5W tables, with their HXL tags; shared by the workbook and the CSV.

Tags use the HXL standard's hashtags and attributes where one exists (the list and its source are
in reporting/hxl_vocabulary.py) and say so where they are our own. Two rules make every tag
pattern add up to something a reader can name (HXL tools take, in each row, the first non-empty
column that matches a pattern):
- direct reach fills only the `#reached` columns; an indirect audience estimate fills only
  `#x_audience` (never `#reached`), so no sum mixes the two;
- totals come before their parts: `#reached` finds the row total, `#reached+f` the female
  total, `#reached+children` the 0-17 total, and `#reached+f+children` its one cell.
Countries are ISO 3166 alpha-3 (`+v_iso3`), HXL's default, in every file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar

from diaspora_grants.domain.enums import DEFAULT_AGE_BANDS
from diaspora_grants.reporting.donor_workbook.model import FiveWRow, ReachRow

Row = TypeVar("Row")
Value = str | int | Decimal | dt.date | None

# HXL's own age attributes for the default bands; other bands get custom attributes (+age_0_4).
_DEFAULT_BAND_ATTRIBUTES = {"0-17": "children", "18-59": "adults", "60+": "elderly"}
AGE_UNKNOWN, SEX_UNKNOWN = "age_unknown", "sex_unknown"
DIRECT, INDIRECT = "direct", "indirect"


class Kind(StrEnum):
    TEXT = "text"
    COUNT = "count"
    MONEY = "money"
    DATE = "date"
    TOTAL = "total"  # the sum of the columns named in `parts`: a live formula in the workbook


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    tag: str
    kind: Kind
    get: Callable[[Row], Value]
    width: float = 12
    #: TOTAL: the headers of the columns it adds up.
    parts: tuple[str, ...] = ()
    #: "direct" or "indirect": the column holds figures of that reach type only (blank otherwise).
    reach: str | None = None

    def value(self, record: Any) -> Value:
        if self.reach is not None and record.reach_type != self.reach:
            return None
        return self.get(record)


def band_attribute(band: str, age_bands: tuple[str, ...]) -> str:
    if tuple(age_bands) == DEFAULT_AGE_BANDS and band in _DEFAULT_BAND_ATTRIBUTES:
        return _DEFAULT_BAND_ATTRIBUTES[band]
    slug = re.sub(r"[^0-9a-z]+", "_", band.lower().replace("+", "_plus")).strip("_")
    return f"age_{slug}"


def _cell(counts: Callable[[Row], Sequence[int]], index: int) -> Callable[[Row], Value]:
    def get(row: Row) -> Value:
        values = counts(row)
        return values[index] if index < len(values) else 0

    return get


@dataclass(frozen=True)
class _Sex:
    label: str
    attribute: str
    per_band: Callable[[ReachRow], Sequence[int]]
    age_unknown: Callable[[ReachRow], int]


_SEXES = (
    _Sex("F", "f", lambda r: r.female, lambda r: r.female_age_unknown),
    _Sex("M", "m", lambda r: r.male, lambda r: r.male_age_unknown),
    _Sex("Sex unknown", SEX_UNKNOWN, lambda r: r.sex_unknown, lambda r: r.unknown),
)


def reach_grid(age_bands: tuple[str, ...]) -> list[Column[ReachRow]]:
    """Sex x age band cells of direct reach, age unknown last: every count once."""
    columns: list[Column[ReachRow]] = []
    bands = [(band, band_attribute(band, age_bands)) for band in age_bands]
    for index, (band, attribute) in enumerate([*bands, ("age unknown", AGE_UNKNOWN)]):
        for sex in _SEXES:
            get = _cell(sex.per_band, index) if index < len(bands) else sex.age_unknown
            header = f"{sex.label} {band}"
            columns.append(
                Column(header, f"#reached+{sex.attribute}+{attribute}", Kind.COUNT, get, 8, (), DIRECT)
            )
    return columns


def reach_subtotals(age_bands: tuple[str, ...], grid: list[Column[ReachRow]]) -> list[Column[ReachRow]]:
    """The row total, then per sex, then per age band: each a live sum of grid cells."""

    def total_of(header: str, tag: str, parts: list[Column[ReachRow]], width: float) -> Column[ReachRow]:
        getters = [part.get for part in parts]

        def get(row: ReachRow) -> Value:
            total = 0
            for part in getters:
                value = part(row)
                total += value if isinstance(value, int) else 0
            return total

        return Column(header, tag, Kind.TOTAL, get, width, tuple(p.header for p in parts), DIRECT)

    out = [total_of("Total (direct)", "#reached+ind", grid, 10)]
    for sex in _SEXES:
        parts = [c for c in grid if c.header.startswith(sex.label + " ")]
        out.append(total_of(f"{sex.label} (all ages)", f"#reached+{sex.attribute}", parts, 9))
    bands = [(band, band_attribute(band, age_bands)) for band in age_bands]
    for band, attribute in [*bands, ("age unknown", AGE_UNKNOWN)]:
        parts = [c for c in grid if c.header.endswith(" " + band)]
        out.append(total_of(f"All {band}", f"#reached+{attribute}", parts, 9))
    return out


def reach_columns(age_bands: tuple[str, ...] = DEFAULT_AGE_BANDS) -> list[Column[ReachRow]]:
    head: list[Column[ReachRow]] = [
        Column("Row ID", "#meta+id", Kind.TEXT, lambda r: r.row_id, 10),
        Column("Project code", "#activity+code", Kind.TEXT, lambda r: r.project_code, 12),
        Column("Implementing partner", "#org+impl+name", Kind.TEXT, lambda r: r.partner, 24),
        Column("Country (ISO3)", "#country+code+v_iso3", Kind.TEXT, lambda r: r.country_iso3, 8),
        Column("Admin-1", "#adm1+name", Kind.TEXT, lambda r: r.admin1, 14),
        Column("Admin-1 P-code", "#adm1+code", Kind.TEXT, lambda r: r.admin1_pcode, 9),
        Column("Location", "#loc+name", Kind.TEXT, lambda r: r.location, 14),
        Column("Sector", "#sector+name", Kind.TEXT, lambda r: r.sector, 14),
        Column("Period start", "#date+start", Kind.DATE, lambda r: r.period_start, 11),
        Column("Period end", "#date+end", Kind.DATE, lambda r: r.period_end, 11),
        Column("Reach type", "#x_reach+type", Kind.TEXT, lambda r: r.reach_type.capitalize(), 9),
        Column("Population group", "#beneficiary+type", Kind.TEXT, lambda r: r.population_group, 14),
    ]
    grid = reach_grid(age_bands)
    tail: list[Column[ReachRow]] = [
        Column(
            "Of which new this period",
            "#reached+new",
            Kind.COUNT,
            lambda r: r.new_this_period,
            10,
            (),
            DIRECT,
        ),
        Column(
            "Persons with disabilities", "#reached+disabled", Kind.COUNT, lambda r: r.disabled, 10, (), DIRECT
        ),
        Column(
            "Indirect audience (estimated)",
            "#x_audience+est",
            Kind.COUNT,
            lambda r: r.total,
            12,
            (),
            INDIRECT,
        ),
        Column(
            "Counted in the headline", "#meta+counted", Kind.TEXT, lambda r: "Yes" if r.counted else "No", 9
        ),
        Column("Dedup method", "#meta+method", Kind.TEXT, lambda r: r.dedup_method, 12),
        Column("Source", "#meta+source", Kind.TEXT, lambda r: r.source, 20),
    ]
    return head + reach_subtotals(age_bands, grid) + grid + tail


def five_w_columns(age_bands: tuple[str, ...] = DEFAULT_AGE_BANDS) -> list[Column[FiveWRow]]:
    """One row per project (its budget and target) and one per project location (what it reached
    there): no figure sits on a row it does not belong to, so every column adds up."""
    del age_bands  # targets are set per project, not by sex and age
    return [
        Column("Reporting date", "#date+reported", Kind.DATE, lambda r: r.reporting_date, 11),
        Column("Donor", "#org+funding+name", Kind.TEXT, lambda r: r.donor, 16),
        Column("Programming organisation", "#org+prog+name", Kind.TEXT, lambda r: r.programming_org, 18),
        Column("Implementing partner", "#org+impl+name", Kind.TEXT, lambda r: r.partner, 24),
        Column("Partner type", "#org+impl+type", Kind.TEXT, lambda r: r.partner_type, 12),
        Column("Project code", "#activity+code", Kind.TEXT, lambda r: r.project_code, 12),
        Column("Project title", "#activity+name", Kind.TEXT, lambda r: r.project_title, 28),
        Column("Sector", "#sector+name", Kind.TEXT, lambda r: r.sector, 16),
        Column("DAC code", "#sector+code+v_dac", Kind.TEXT, lambda r: r.dac_code, 8),
        Column("Sub-sector", "#subsector+name", Kind.TEXT, lambda r: r.subsector, 14),
        Column("Activity description", "#description", Kind.TEXT, lambda r: r.activity, 26),
        Column("Country (ISO3)", "#country+code+v_iso3", Kind.TEXT, lambda r: r.country_iso3, 8),
        Column("Country", "#country+name", Kind.TEXT, lambda r: r.country_name, 12),
        Column("Admin-1", "#adm1+name", Kind.TEXT, lambda r: r.admin1, 14),
        Column("Admin-1 P-code", "#adm1+code", Kind.TEXT, lambda r: r.admin1_pcode, 9),
        Column("Admin-2", "#adm2+name", Kind.TEXT, lambda r: r.admin2, 12),
        Column("Admin-2 P-code", "#adm2+code", Kind.TEXT, lambda r: r.admin2_pcode, 9),
        Column("Location", "#loc+name", Kind.TEXT, lambda r: r.location, 16),
        Column("Start", "#date+start", Kind.DATE, lambda r: r.start, 11),
        Column("End", "#date+end", Kind.DATE, lambda r: r.end, 11),
        Column("Status", "#status", Kind.TEXT, lambda r: r.status, 12),
        Column("Target group", "#beneficiary+type", Kind.TEXT, lambda r: r.target_group, 15),
        Column("Targeted (project)", "#targeted+ind", Kind.COUNT, lambda r: r.targeted_total, 10),
        Column("Reached (location, direct)", "#reached+ind", Kind.COUNT, lambda r: r.reached_total, 10),
        Column("Budget (project, USD)", "#value+budget+c_usd", Kind.MONEY, lambda r: r.budget_usd, 14),
    ]
