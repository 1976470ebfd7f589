"""Plain data for the IATI 2.03 export: a programme (parent activity) with its projects (children).

Codes are IATI codes as strings (see background/reporting-standards.md §3-4); the assembler maps
the app's enums to them (e.g. ProjectStatus.iati_code).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, kw_only=True)
class IatiOrg:
    ref: str = ""  # IATI organisation identifier, e.g. "US-GOV-1"
    # OrganisationType: 10 government, 21 INGO, 22 national NGO, 24 partner-country NGO, 40 multilateral
    type: str = ""
    name: str


@dataclass(frozen=True, kw_only=True)
class Participant:
    org: IatiOrg
    role: str  # 1 funding, 2 accountable, 3 extending, 4 implementing


@dataclass(frozen=True, kw_only=True)
class IatiLocation:
    name: str
    reach: str = "1"  # 1 activity happens here, 2 beneficiaries live here
    #: The reporting organisation's own reference (we use the OCHA P-code): IATI's geographic
    #: vocabularies (GAUL, Geonames, ...) have no P-codes, so none is claimed.
    ref: str = ""
    admin_code: str = ""  # a code of `admin_vocabulary`, e.g. a Geonames id for G1
    admin_vocabulary: str = ""
    admin_level: int = 1


@dataclass(frozen=True, kw_only=True)
class Budget:
    start: dt.date
    end: dt.date  # at most one year after start
    value: Decimal
    value_date: dt.date
    type: str = "1"  # 1 original, 2 revised
    status: str = "2"  # 1 indicative, 2 committed


@dataclass(frozen=True, kw_only=True)
class PlannedDisbursement:
    start: dt.date
    end: dt.date | None
    value: Decimal
    value_date: dt.date
    provider: IatiOrg | None = None
    receiver: IatiOrg | None = None
    type: str = "1"


@dataclass(frozen=True, kw_only=True)
class Transaction:
    type: str  # 11 incoming commitment, 1 incoming funds, 2 commitment, 3 disbursement, 4 expenditure
    date: dt.date
    value: Decimal
    value_date: dt.date  # the date whose exchange rate applies
    currency: str = ""  # blank = the activity's default currency
    description: str = ""
    provider: IatiOrg | None = None
    provider_activity_id: str = ""
    receiver: IatiOrg | None = None
    receiver_activity_id: str = ""
    ref: str = ""


@dataclass(frozen=True, kw_only=True)
class Dimension:
    name: str  # "sex", "age", "population group"
    value: str


@dataclass(frozen=True, kw_only=True)
class ResultValue:
    """A target or actual: the total has no dimensions, each disaggregation one or more."""

    value: Decimal | int
    dimensions: tuple[Dimension, ...] = ()
    comment: str = ""


@dataclass(frozen=True, kw_only=True)
class ResultPeriod:
    start: dt.date
    end: dt.date
    targets: tuple[ResultValue, ...] = ()
    actuals: tuple[ResultValue, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Baseline:
    year: int
    value: Decimal | int
    iso_date: dt.date | None = None


@dataclass(frozen=True, kw_only=True)
class Indicator:
    title: str
    measure: str = "1"  # 1 unit, 2 percentage, 5 qualitative
    ascending: bool = True
    reference_code: str = ""  # BHA indicator number (vocabulary 99, reporting-organisation's own)
    description: str = ""
    baseline: Baseline | None = None
    periods: tuple[ResultPeriod, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Result:
    type: str  # 1 output, 2 outcome, 3 impact
    title: str
    indicators: tuple[Indicator, ...]
    description: str = ""


@dataclass(frozen=True, kw_only=True)
class CountryShare:
    code: str  # ISO 3166-1 alpha-2
    percentage: Decimal


@dataclass(frozen=True, kw_only=True)
class SectorShare:
    code: str  # DAC 5-digit purpose code (vocabulary 1)
    percentage: Decimal = Decimal(100)


@dataclass(frozen=True, kw_only=True)
class HumanitarianScope:
    type: str = "1"  # 1 emergency, 2 appeal
    vocabulary: str = "1-2"  # 1-2 GLIDE
    code: str
    narrative: str = ""


@dataclass(frozen=True, kw_only=True)
class IatiActivity:
    """Fields shared by the programme and its projects. `code` is appended to the reporting org ref."""

    code: str
    title: str
    description: str
    status: str  # ActivityStatus 1-6
    planned_start: dt.date | None = None
    actual_start: dt.date | None = None
    planned_end: dt.date | None = None
    actual_end: dt.date | None = None
    participants: tuple[Participant, ...] = ()
    countries: tuple[CountryShare, ...] = ()
    locations: tuple[IatiLocation, ...] = ()
    sectors: tuple[SectorShare, ...] = ()
    sdg_goals: tuple[str, ...] = ()  # "4", "10", "17"
    budgets: tuple[Budget, ...] = ()
    planned_disbursements: tuple[PlannedDisbursement, ...] = ()
    transactions: tuple[Transaction, ...] = ()
    results: tuple[Result, ...] = ()
    last_updated: dt.datetime | None = None
    #: The reporting organisation's own id of the activity (other-identifier type A1).
    own_identifier: str = ""


@dataclass(frozen=True, kw_only=True)
class IatiProject(IatiActivity):
    """A partner project: a child activity (hierarchy 2) of the programme."""


@dataclass(frozen=True, kw_only=True)
class IatiProgramme(IatiActivity):
    """The programme: the parent activity (hierarchy 1), published with its projects in one file."""

    reporting_org: IatiOrg
    default_currency: str = "USD"
    language: str = "en"
    humanitarian: bool = False
    humanitarian_scope: HumanitarianScope | None = None
    flow_type: str = "10"  # ODA
    finance_type: str = "110"  # standard grant
    aid_type: str = "C01"  # project-type interventions
    projects: tuple[IatiProject, ...] = ()
