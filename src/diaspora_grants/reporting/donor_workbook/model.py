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
    explanation: str = ""  # how it was counted, in brief (overlap rule, conservative and upper bound)
    in_period: bool = True  # False: since the start of the award
    derivation: str = ""  # location by location (Notes); the Cover shows the brief explanation


@dataclass(frozen=True, kw_only=True)
class AwardSummary:
    """The programme's own award from the donor, in the report currency (None: not recorded).

    `subgrants_awarded` and `disbursed` are the app's own figures (projects' grants, tranches paid
    to the report end); `partner_expenditure` is what partners reported to the report end.
    """

    amount: Decimal | None = None
    funds_received: Decimal | None = None
    funds_received_on: dt.date | None = None
    subgrants: Decimal | None = None
    subgrants_awarded: Decimal = Decimal(0)
    disbursed: Decimal = Decimal(0)
    partner_expenditure: Decimal = Decimal(0)
    direct_costs: Decimal | None = None
    indirect_rate: Decimal | None = None


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
    #: "us-federal", "eu" or "other": which donor's formats (SF-425 or EU statement, paper, sector list).
    donor_family: str = "other"
    final: bool = False  # a final report compares with life-of-award targets, others with to date
    award: AwardSummary | None = None
    #: What the reporting officer must still complete before sending (missing explanations, ...).
    to_complete: tuple[str, ...] = ()

    @property
    def award_label(self) -> str:
        return self.award_number or "award number not recorded"


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
    project: str = ""  # the project of a per-project row (its code); blank: the indicator's


@dataclass(frozen=True, kw_only=True, slots=True)
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
    deviation_narrative: str = ""  # the explanation entered in the app
    comments: str = ""
    disaggregations: tuple[IpttDisaggregation, ...] = ()
    #: Sum of the period targets to the report end (latest for cumulative and percent indicators).
    target_to_date: Number | None = None
    #: Outside the threshold: to date in an interim report, life of award in a final one.
    flagged: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class ReachRow:
    """People reached for one project x location x period x population group x reach type.

    `female`, `male` and `sex_unknown` hold one count per age band, in the order of
    DonorReportData.age_bands; the `*_age_unknown` counts and `unknown` (neither sex nor age known)
    complete the sex x age grid, so that sex-unknown and age-unknown stay apart as on the IPTT.
    """

    row_id: str
    project_code: str
    partner: str
    country_iso2: str
    country_iso3: str = ""
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
    sex_unknown: tuple[int, ...] = ()
    female_age_unknown: int = 0
    male_age_unknown: int = 0
    unknown: int = 0  # neither sex nor age known
    new_this_period: int | None = None  # of which new unique individuals this period
    disabled: int | None = None
    #: Counted in the headline of the reporting period under the overlap rule (max per location
    #: leaves out the smaller project where two work in one place).
    counted: bool = True
    dedup_method: str = ""  # ID / max-per-location / none
    source: str = ""

    @property
    def total(self) -> int:
        return (
            sum(self.female)
            + sum(self.male)
            + sum(self.sex_unknown)
            + self.female_age_unknown
            + self.male_age_unknown
            + self.unknown
        )


@dataclass(frozen=True, kw_only=True, slots=True)
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


@dataclass(frozen=True, kw_only=True, slots=True)
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
    justification: str = ""  # the explanation entered in the app

    @property
    def over_spent(self) -> bool:
        return self.expenditure_cumulative > self.revised_budget


@dataclass(frozen=True, kw_only=True, slots=True)
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
    #: Partner-reported expenditure to the tranche's date (paid) or the report end (not paid).
    reported_expenditure_usd: Decimal | None = None
    #: Disbursed minus reported expenditure at the tranche's date (paid tranches only).
    advance_usd: Decimal | None = None
    #: "over-expenditure", "refund due" or "": what the advance means at that date.
    advance_flag: str = ""
    status: str = ""
    iati_transaction_type: str = "3"  # 3 disbursement; "" for a tranche not paid (planned)


@dataclass(frozen=True, kw_only=True, slots=True)
class FxRate:
    currency: str
    month: str  # yyyy-mm
    units_per_usd: Decimal
    units_per_eur: Decimal | None = None
    source: str = ""
    value_date: dt.date | None = None
    note: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class CampaignMetric:
    """An engagement metric (views, likes, points...): never people reached."""

    date: dt.date
    country_iso3: str
    campaign: str
    metric: str
    value: Number
    target: Number | None = None
    cumulative: bool = False  # a running total: the latest row is the figure to date, never a sum
    local_equivalent: Decimal | None = None  # e.g. EGP, 1 point = 1 EGP
    local_currency: str = ""
    usd: Decimal | None = None  # in the report currency (the column says which)
    sdg_tags: str = ""
    source: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class NoteItem:
    heading: str
    text: str


@dataclass(frozen=True, kw_only=True, slots=True)
class ComparedFigure:
    """A figure of this report beside the same figure of the previous period."""

    label: str
    measure: str = "#"  # "#" or "%"
    current: Number | None = None
    previous: Number | None = None

    @property
    def change(self) -> Number | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous

    @property
    def change_share(self) -> Decimal | None:
        """The change as a share of the previous figure (0.25 = +25%); None without a base."""
        change = self.change
        if change is None or not self.previous:
            return None
        return Decimal(change) / Decimal(self.previous)


@dataclass(frozen=True, kw_only=True)
class PeriodComparison:
    """This report's figures against the previous period's (computed by the same services).

    An interim report compares its periods with as many periods just before them; a final report
    compares its figures to date with those to the end of the period before its last (the last
    interim report). `previous_label` is None when there is no previous period.
    """

    current_label: str
    previous_label: str | None
    basis: str
    headlines: tuple[ComparedFigure, ...] = ()
    #: Indicator number -> its programme figure compared.
    indicators: Mapping[str, ComparedFigure] = field(default_factory=dict)


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
    comparison: PeriodComparison | None = None
