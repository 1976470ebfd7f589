"""What the donor workbook is built from: plain, frozen data, filled by the report assembler.

Nothing here knows about the database or the services. Every figure is given, already computed by
the services (reach counting rules, finance conversions); the workbook only lays it out and adds
live formulas for totals and ratios, whose recalculated values must equal these figures.
Money is in the report currency (USD for BHA) unless a field says otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from diaspora_grants.domain.enums import DEFAULT_AGE_BANDS

Number = int | Decimal


@dataclass(frozen=True, kw_only=True)
class Headline:
    """A programme-wide figure shown on Cover and Notes, computed by the counting rules (DOMAIN.md).

    Never derived from the Reach sheet: summing its rows double-counts people.
    """

    label: str  # e.g. "People reached (unique, direct)"
    value: Number | None
    reach: str  # "direct" or "indirect": the two are never added together
    explanation: str = ""  # how it was counted (overlap rule, dedup method)


@dataclass(frozen=True, kw_only=True)
class ReportCover:
    programme_code: str
    programme_name: str
    donor: str
    award_number: str
    reporting_org: str
    reporting_org_ref: str = ""  # IATI organisation identifier
    period_start: dt.date
    period_end: dt.date
    report_type: str  # Quarterly / Semi-annual / Annual / Final
    currency: str = "USD"
    fx_policy: str = ""
    prepared_by: str
    generated_at: dt.datetime
    app_version: str
    headlines: tuple[Headline, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ReportPeriod:
    """A reporting period that gets its own Target / Actual / % Met columns in the IPTT."""

    label: str  # e.g. "FY22 Q3"
    start: dt.date
    end: dt.date


@dataclass(frozen=True, kw_only=True, slots=True)
class PeriodFigures:
    """Target and actual of one indicator (or disaggregation) for one period; None = no data."""

    period_label: str
    target: Number | None = None
    actual: Number | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class IpttDisaggregation:
    """A row under the indicator total, e.g. "Female, 18-59" or "Refugees"."""

    label: str
    baseline: Number | None = None
    loa_target: Number | None = None
    loa_actual: Number | None = None
    periods: tuple[PeriodFigures, ...] = ()


@dataclass(frozen=True, kw_only=True)
class IpttIndicator:
    """One indicator block of the IPTT. LoA actual is given (rolled up by the indicator's counting rule)."""

    number: str  # BHA standard number or C1, C2 ... for custom indicators
    name: str
    result_level: str  # output / outcome / impact
    sector: str = ""
    project: str = "All"  # project code or partner; "All" on programme-level rows
    unit: str = ""
    direction: str = "+"  # + or -
    counting: str = "non-cumulative"  # non-cumulative / cumulative / unique people
    measure: str = "#"  # "#" or "%"
    baseline: Number | None = None
    baseline_date: dt.date | None = None
    loa_target: Number | None = None
    loa_actual: Number | None = None
    periods: tuple[PeriodFigures, ...] = ()
    source: str = ""
    deviation_narrative: str = ""
    comments: str = ""
    disaggregations: tuple[IpttDisaggregation, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class ReachRow:
    """People reached for one project x location x period x population group x reach type.

    `female` and `male` hold one count per age band, in the order of DonorReportData.age_bands.
    """

    row_id: str
    project_code: str
    partner: str
    country_iso2: str
    admin1: str = ""
    admin1_pcode: str = ""
    location: str = ""
    sector: str = ""
    period_start: dt.date
    period_end: dt.date
    reach_type: str  # "direct" or "indirect"
    population_group: str
    female: tuple[int, ...]
    male: tuple[int, ...]
    unknown: int = 0  # sex or age not known
    new_this_period: int | None = None  # of which new unique individuals this period
    disabled: int | None = None
    dedup_method: str = ""  # ID / max-per-location / none
    source: str = ""

    @property
    def total(self) -> int:
        return sum(self.female) + sum(self.male) + self.unknown


@dataclass(frozen=True, kw_only=True)
class FiveWRow:
    """Who does what, where, when, for whom: one row per project and location."""

    reporting_date: dt.date
    donor: str
    programming_org: str
    partner: str
    partner_type: str = ""
    project_code: str
    project_title: str
    sector: str = ""
    dac_code: str = ""
    subsector: str = ""
    activity: str = ""
    country_iso3: str
    country_name: str
    admin1: str = ""
    admin1_pcode: str = ""
    admin2: str = ""
    admin2_pcode: str = ""
    location: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    status: str = ""
    target_group: str = ""
    targeted_female: tuple[int, ...] = ()  # per age band, like ReachRow
    targeted_male: tuple[int, ...] = ()
    targeted_total: int | None = None
    reached_total: int | None = None
    budget_usd: Decimal | None = None


@dataclass(frozen=True, kw_only=True)
class BudgetLine:
    """One budget line of one project, in the report currency, figures cumulative from award start."""

    line_code: str
    category: str
    project_code: str
    partner: str
    original_budget: Decimal
    revised_budget: Decimal
    expenditure_period: Decimal
    expenditure_cumulative: Decimal
    project_start: dt.date
    project_end: dt.date
    justification: str = ""


@dataclass(frozen=True, kw_only=True)
class TrancheRow:
    """One tranche of a partner grant: planned, and paid once `actual_date` is set."""

    partner: str
    partner_ref: str = ""
    agreement_no: str
    grant_local: Decimal
    grant_currency: str
    grant_usd: Decimal
    tranche_no: int
    condition: str = ""
    planned_date: dt.date | None = None
    planned_amount: Decimal | None = None  # in the grant currency
    actual_date: dt.date | None = None
    actual_amount: Decimal | None = None  # in `currency`
    currency: str = ""
    fx_rate: Decimal | None = None  # units of `currency` per USD
    amount_usd: Decimal | None = None  # converted by the finance service
    reported_expenditure_usd: Decimal = Decimal(0)  # partner-reported, cumulative
    status: str = ""
    iati_transaction_type: str = "3"  # 2 commitment, 3 disbursement


@dataclass(frozen=True, kw_only=True)
class FxRate:
    currency: str
    month: str  # yyyy-mm
    units_per_usd: Decimal
    units_per_eur: Decimal | None = None
    source: str = ""
    value_date: dt.date | None = None
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class CampaignMetric:
    """An engagement metric (views, likes, points...): never people reached."""

    date: dt.date
    country_iso3: str
    campaign: str
    metric: str
    value: Number
    target: Number | None = None
    local_equivalent: Decimal | None = None  # e.g. EGP, 1 point = 1 EGP
    local_currency: str = ""
    usd: Decimal | None = None
    sdg_tags: str = ""
    source: str = ""


@dataclass(frozen=True, kw_only=True)
class NoteItem:
    heading: str
    text: str


@dataclass(frozen=True, kw_only=True)
class DonorReportData:
    """Everything one donor workbook shows, for one programme and reporting period.

    `reach_rows` may be a generator: it is read once, row by row, so a large programme's reach
    never has to sit in memory. All other collections are small.
    """

    cover: ReportCover
    periods: tuple[ReportPeriod, ...] = ()
    indicators: tuple[IpttIndicator, ...] = ()
    age_bands: tuple[str, ...] = DEFAULT_AGE_BANDS
    reach_rows: Iterable[ReachRow] = ()
    five_w: tuple[FiveWRow, ...] = ()
    budget_lines: tuple[BudgetLine, ...] = ()
    tranches: tuple[TrancheRow, ...] = ()
    fx_rates: tuple[FxRate, ...] = ()
    campaign: tuple[CampaignMetric, ...] = ()
    code_lists: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    notes: tuple[NoteItem, ...] = ()
    deviation_threshold: Decimal = Decimal("0.10")  # |% met - 100%| above this needs a narrative
