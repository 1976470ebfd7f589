"""The columns of the Reach and 5W tables, with their HXL tags; shared by the workbook and the CSV.

Tags follow background/reporting-standards.md §1.3 and §1.4. Reach type uses #x_reach+type, not
#reached, because libhxl requires #reached values to be numbers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Generic, TypeVar

from diaspora_grants.domain.enums import DEFAULT_AGE_BANDS
from diaspora_grants.reporting.donor_workbook.model import FiveWRow, ReachRow

Row = TypeVar("Row")
Value = str | int | Decimal | dt.date | None

# HXL's own age attributes for the default bands; other bands get custom attributes (+age_0_4).
_DEFAULT_BAND_ATTRIBUTES = {"0-17": "children", "18-59": "adults", "60+": "elderly"}


class Kind(StrEnum):
    TEXT = "text"
    COUNT = "count"
    MONEY = "money"
    DATE = "date"
    TOTAL = "total"  # sum of the COUNT columns marked `in_total`: a live formula in the workbook


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    tag: str
    kind: Kind
    get: Callable[[Row], Value]
    width: float = 12
    in_total: bool = False


def band_attribute(band: str, age_bands: tuple[str, ...]) -> str:
    if tuple(age_bands) == DEFAULT_AGE_BANDS and band in _DEFAULT_BAND_ATTRIBUTES:
        return _DEFAULT_BAND_ATTRIBUTES[band]
    slug = re.sub(r"[^0-9a-z]+", "_", band.lower().replace("+", "_plus")).strip("_")
    return f"age_{slug}"


def sex_age_columns(
    age_bands: tuple[str, ...],
    hashtag: str,
    female: Callable[[Row], tuple[int, ...]],
    male: Callable[[Row], tuple[int, ...]],
    *,
    in_total: bool,
) -> list[Column[Row]]:
    columns: list[Column[Row]] = []
    for index, band in enumerate(age_bands):
        attribute = band_attribute(band, age_bands)
        columns.append(
            Column(f"F {band}", f"{hashtag}+f+{attribute}", Kind.COUNT, _band(female, index), 9, in_total)
        )
        columns.append(
            Column(f"M {band}", f"{hashtag}+m+{attribute}", Kind.COUNT, _band(male, index), 9, in_total)
        )
    return columns


def _band(counts: Callable[[Row], tuple[int, ...]], index: int) -> Callable[[Row], Value]:
    def get(row: Row) -> Value:
        values = counts(row)
        return values[index] if index < len(values) else None

    return get


def reach_columns(age_bands: tuple[str, ...] = DEFAULT_AGE_BANDS) -> list[Column[ReachRow]]:
    head: list[Column[ReachRow]] = [
        Column("Row ID", "#meta+id", Kind.TEXT, lambda r: r.row_id, 10),
        Column("Project code", "#activity+code", Kind.TEXT, lambda r: r.project_code, 12),
        Column("Implementing partner", "#org+impl+name", Kind.TEXT, lambda r: r.partner, 28),
        Column("Country (ISO2)", "#country+code+v_iso2", Kind.TEXT, lambda r: r.country_iso2, 8),
        Column("Admin-1", "#adm1+name", Kind.TEXT, lambda r: r.admin1, 14),
        Column("Admin-1 P-code", "#adm1+code", Kind.TEXT, lambda r: r.admin1_pcode, 10),
        Column("Location", "#loc+name", Kind.TEXT, lambda r: r.location, 16),
        Column("Sector", "#sector+name", Kind.TEXT, lambda r: r.sector, 18),
        Column("Period start", "#date+start", Kind.DATE, lambda r: r.period_start, 11),
        Column("Period end", "#date+end", Kind.DATE, lambda r: r.period_end, 11),
        Column(
            "Reach type (Direct/Indirect)",
            "#x_reach+type",
            Kind.TEXT,
            lambda r: r.reach_type.capitalize(),
            10,
        ),
        Column("Population group", "#beneficiary+type", Kind.TEXT, lambda r: r.population_group, 15),
    ]
    counts: list[Column[ReachRow]] = sex_age_columns(
        age_bands, "#reached", lambda r: r.female, lambda r: r.male, in_total=True
    )
    tail: list[Column[ReachRow]] = [
        Column("Sex/age unknown", "#reached+unknown", Kind.COUNT, lambda r: r.unknown, 9, True),
        Column("Total", "#reached+ind", Kind.TOTAL, lambda r: r.total, 10),
        Column("Of which new this period", "#reached+ind+new", Kind.COUNT, lambda r: r.new_this_period, 10),
        Column("Persons with disabilities", "#reached+disabled", Kind.COUNT, lambda r: r.disabled, 10),
        Column("Dedup method", "#meta+method", Kind.TEXT, lambda r: r.dedup_method, 14),
        Column("Source", "#meta+source", Kind.TEXT, lambda r: r.source, 20),
    ]
    return head + counts + tail


def five_w_columns(age_bands: tuple[str, ...] = DEFAULT_AGE_BANDS) -> list[Column[FiveWRow]]:
    head: list[Column[FiveWRow]] = [
        Column("Reporting date", "#date+reported", Kind.DATE, lambda r: r.reporting_date, 11),
        Column("Donor", "#org+funder+name", Kind.TEXT, lambda r: r.donor, 16),
        Column("Programming organisation", "#org+prog+name", Kind.TEXT, lambda r: r.programming_org, 18),
        Column("Implementing partner", "#org+impl+name", Kind.TEXT, lambda r: r.partner, 28),
        Column("Partner type", "#org+impl+type", Kind.TEXT, lambda r: r.partner_type, 14),
        Column("Project code", "#activity+code", Kind.TEXT, lambda r: r.project_code, 12),
        Column("Project title", "#activity+name", Kind.TEXT, lambda r: r.project_title, 28),
        Column("BHA sector", "#sector+name", Kind.TEXT, lambda r: r.sector, 18),
        Column("DAC code", "#sector+code+x_dac", Kind.TEXT, lambda r: r.dac_code, 8),
        Column("Sub-sector", "#subsector+name", Kind.TEXT, lambda r: r.subsector, 16),
        Column("Activity description", "#description", Kind.TEXT, lambda r: r.activity, 30),
        Column("Country ISO3", "#country+code", Kind.TEXT, lambda r: r.country_iso3, 8),
        Column("Country", "#country+name", Kind.TEXT, lambda r: r.country_name, 12),
        Column("Admin-1", "#adm1+name", Kind.TEXT, lambda r: r.admin1, 14),
        Column("Admin-1 P-code", "#adm1+code", Kind.TEXT, lambda r: r.admin1_pcode, 10),
        Column("Admin-2", "#adm2+name", Kind.TEXT, lambda r: r.admin2, 14),
        Column("Admin-2 P-code", "#adm2+code", Kind.TEXT, lambda r: r.admin2_pcode, 10),
        Column("Location", "#loc+name", Kind.TEXT, lambda r: r.location, 16),
        Column("Start", "#date+start", Kind.DATE, lambda r: r.start, 11),
        Column("End", "#date+end", Kind.DATE, lambda r: r.end, 11),
        Column("Status", "#status", Kind.TEXT, lambda r: r.status, 12),
        Column("Target group", "#beneficiary+type", Kind.TEXT, lambda r: r.target_group, 15),
        Column("Targeted total", "#targeted+ind", Kind.COUNT, lambda r: r.targeted_total, 10),
    ]
    targeted: list[Column[FiveWRow]] = sex_age_columns(
        age_bands, "#targeted", lambda r: r.targeted_female, lambda r: r.targeted_male, in_total=False
    )
    tail: list[Column[FiveWRow]] = [
        Column("Reached total", "#reached+ind", Kind.COUNT, lambda r: r.reached_total, 10),
        Column("Budget (USD)", "#value+budget+c_usd", Kind.MONEY, lambda r: r.budget_usd, 14),
    ]
    return head + targeted + tail
