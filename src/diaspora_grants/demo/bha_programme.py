"""Figures of the USAID/BHA diaspora partnerships programme (2022) used by the demo."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

D = Decimal
DEMO_NOTE = "Demo data: assignment, budget and figures are illustrative, not published programme data."

PROGRAMME_CODE = "BHA-DIASPORA-2022"
CALL_REFERENCE = "EOI-2022-01"
REVIEWERS = ("R. Haddad", "M. Ben Salah", "T. Moyo")


@dataclass(frozen=True)
class Partner:
    name: str
    acronym: str
    hq_country: str
    origin: tuple[str, ...]
    website: str | None = None
    #: Invented but well-formed IATI organisation identifier (the registration agency of its country).
    iati_ref: str | None = None


PARTNERS = (
    Partner(
        "Society for the Advancement of Science and Technology in the Arab World",
        "SASTA",
        "US",
        ("LB", "SY", "JO"),
        iati_ref="US-EIN-000000001",
    ),
    Partner(
        "Syrian American Medical Society",
        "SAMS",
        "US",
        ("SY",),
        "https://www.sams-usa.net",
        "US-EIN-000000002",
    ),
    Partner("Pontes Ricerche e Interventi", "Pontes", "IT", ("TN",), iati_ref="IT-CF-00000000003"),
    Partner(
        "Fédération des Tunisiens pour une Citoyenneté des deux Rives",
        "FTCR",
        "FR",
        ("TN",),
        iati_ref="FR-RNA-W000000004",
    ),
    Partner("Citizens Initiative", "CI", "ZA", ("ZW",), iati_ref="ZA-NPO-000-005"),
    Partner("Genesis Entrepreneurship Trust", "GET", "ZW", ("ZW",), iati_ref="ZW-PVO-000006"),
)

#: Applicants that were not selected; fictional organisations.
OTHER_APPLICANTS = (
    # name, hq, origin, outcome, reason
    (
        "Cedar Bridge Diaspora Forum",
        "CA",
        ("LB",),
        "rejected",
        "Scored below the selected proposals (rank 7).",
    ),
    (
        "Maghreb Youth Abroad Network",
        "BE",
        ("TN",),
        "rejected",
        "Limited field presence in the target areas.",
    ),
    (
        "Harare Professionals Abroad",
        "GB",
        ("ZW",),
        "rejected",
        "Budget above the ceiling per grant once revised.",
    ),
    (
        "Diaspora Media Lab",
        "DE",
        ("LB", "TN"),
        "ineligible",
        "Registration documents missing at the deadline.",
    ),
    ("Kairouan Solidarity Association", "TN", ("TN",), "ineligible", "Not a diaspora organisation."),
    ("Zambezi Health Diaspora", "US", ("ZW",), "withdrawn", "Withdrawn by the applicant on 2022-03-28."),
)

#: Criterion name, weight, description.
CRITERIA = (
    ("Relevance to COVID-19 recovery needs", D(30), "Fit with the needs assessed in the target areas."),
    ("Technical approach", D(25), "Soundness of the activities, targets and monitoring plan."),
    ("Diaspora added value", D(20), "Links, skills and trust the diaspora brings."),
    ("Capacity and due diligence", D(15), "Financial and managerial capacity; safeguarding."),
    ("Cost-effectiveness", D(10), "Cost per person reached against comparable activities."),
)

#: Scores 0-5 per criterion (in CRITERIA order) by each reviewer, per applicant acronym or name.
SCORES: dict[str, tuple[tuple[int, ...], ...]] = {
    "SAMS": ((5, 5, 4, 5, 4), (5, 4, 5, 5, 4), (5, 5, 4, 4, 5)),
    "GET": ((5, 4, 5, 4, 4), (4, 5, 5, 4, 4), (5, 4, 4, 4, 5)),
    "SASTA": ((4, 5, 5, 4, 4), (5, 4, 4, 4, 4), (4, 4, 5, 4, 4)),
    "FTCR": ((4, 4, 5, 4, 4), (4, 4, 5, 4, 3), (4, 5, 4, 4, 4)),
    "Pontes": ((4, 4, 4, 4, 4), (4, 4, 4, 4, 3), (4, 4, 4, 3, 4)),
    "CI": ((4, 4, 3, 4, 4), (4, 3, 4, 4, 4), (4, 4, 4, 3, 4)),
    "Cedar Bridge Diaspora Forum": ((3, 3, 4, 3, 3), (4, 3, 3, 3, 3), (3, 3, 3, 4, 3)),
    "Maghreb Youth Abroad Network": ((3, 3, 3, 2, 3), (3, 2, 3, 3, 3), (3, 3, 2, 3, 2)),
    "Harare Professionals Abroad": ((3, 3, 3, 3, 2), (2, 3, 3, 3, 2), (3, 2, 3, 3, 2)),
}
#: T. Moyo works with Genesis Entrepreneurship Trust's board: recused from its review.
RECUSALS = {("GET", "T. Moyo"): "Serves on an advisory board with the applicant."}


@dataclass(frozen=True)
class LocationReach:
    """New unique people reached directly in one admin-1 area, per quarter (Q3, Q4 2022)."""

    name: str
    pcode: str
    q3: int
    q4: int
    #: Estimated audience of media content (indirect reach), per quarter.
    audience_q3: int = 0
    audience_q4: int = 0


@dataclass(frozen=True)
class ProjectPlan:
    code: str
    partner: str  # acronym
    country: str
    title: str
    activity: str
    sector: str
    dac_code: str
    grant: Decimal
    local_currency: str
    target_groups: tuple[str, ...]
    locations: tuple[LocationReach, ...]


START, END = dt.date(2022, 6, 1), dt.date(2022, 11, 30)

PROJECTS = (
    ProjectPlan(
        "LB-MEDIA-01",
        "SASTA",
        "LB",
        "Media literacy against COVID-19 misinformation in Lebanon",
        "media literacy training",
        "Protection",
        "15153",
        D(250000),
        "LBP",
        ("host community", "refugees"),
        (
            LocationReach("Beirut", "LB11", 60000, 45000, 420000, 380000),
            LocationReach("Mount Lebanon", "LB15", 50000, 40000, 350000, 300000),
        ),
    ),
    ProjectPlan(
        "LB-VAX-01",
        "SAMS",
        "LB",
        "Rural COVID-19 vaccination campaign in Lebanon",
        "vaccination campaign in rural areas",
        "Health",
        "12264",
        D(300000),
        "LBP",
        ("host community", "refugees", "migrants"),
        (
            LocationReach("Akkar", "LB13", 120000, 95000),
            LocationReach("Baalbek-Hermel", "LB17", 110000, 90000),
            LocationReach("Mount Lebanon", "LB15", 70000, 55000),
        ),
    ),
    ProjectPlan(
        "TN-YOUTH-01",
        "Pontes",
        "TN",
        "Youth development and social cohesion in Tunisia",
        "youth development",
        "Protection",
        "11231",
        D(220000),
        "TND",
        ("host community", "migrants"),
        (
            LocationReach("Tunis", "TN11", 40000, 35000),
            LocationReach("Medenine", "TN52", 30000, 25000),
        ),
    ),
    ProjectPlan(
        "TN-MEDIA-01",
        "FTCR",
        "TN",
        "Media literacy for young Tunisians and migrants",
        "media literacy training",
        "Protection",
        "15153",
        D(230000),
        "TND",
        ("host community", "migrants"),
        (
            LocationReach("Tunis", "TN11", 55000, 45000, 300000, 260000),
            LocationReach("Kairouan", "TN41", 45000, 40000, 150000, 120000),
            LocationReach("Gafsa", "TN61", 35000, 30000, 90000, 80000),
        ),
    ),
    ProjectPlan(
        "ZW-EDU-01",
        "CI",
        "ZW",
        "Safe classrooms for rural schools in Zimbabwe",
        "construction of school classrooms",
        "Shelter and Settlements",
        "11120",
        D(300000),
        "ZWL",
        ("host community", "returnees"),
        (
            LocationReach("Matabeleland South", "ZW08", 25000, 20000),
            LocationReach("Masvingo", "ZW07", 30000, 25000),
        ),
    ),
    ProjectPlan(
        "ZW-VAX-01",
        "GET",
        "ZW",
        "Rural COVID-19 vaccination outreach in Zimbabwe",
        "vaccination campaign in rural areas",
        "Health",
        "12264",
        D(280000),
        "ZWL",
        ("host community", "returnees", "migrants"),
        (
            LocationReach("Manicaland", "ZW01", 130000, 110000),
            LocationReach("Mashonaland East", "ZW04", 120000, 100000),
            LocationReach("Masvingo", "ZW07", 60000, 50000),
        ),
    ),
)

#: Budget categories and their share of each grant.
BUDGET_SHARES = (
    ("PER", "Personnel", D("0.25")),
    ("ACT", "Activities", D("0.55")),
    ("SUP", "Supplies and equipment", D("0.12")),
    ("IDC", "Indirect costs", D("0.08")),
)

#: Tranche number, share, planned date, condition.
TRANCHES = (
    (1, D("0.40"), dt.date(2022, 6, 1), "Signed grant agreement"),
    (2, D("0.40"), dt.date(2022, 9, 1), "Q3 report accepted"),
    (3, D("0.20"), dt.date(2023, 1, 15), "Final report and closing event"),
)

#: Units per USD by month (illustrative; the programme's FX policy names the real source).
RATES: dict[str, tuple[Decimal, ...]] = {
    # Jun ... Dec 2022
    "LBP": (D(26000), D(27500), D(28500), D(30000), D(31500), D(32000), D(38000)),
    "TND": (D("3.05"), D("3.07"), D("3.12"), D("3.18"), D("3.22"), D("3.24"), D("3.13")),
    "ZWL": (D(370), D(430), D(520), D(585), D(630), D(655), D(680)),
    "EUR": (D("0.94"), D("0.98"), D("0.99"), D("1.02"), D("1.01"), D("0.97"), D("0.94")),
    "EGP": (D("18.8"), D("19.0"), D("19.2"), D("19.5"), D("20.0"), D("24.4"), D("24.7")),
}
RATE_MONTHS = tuple(dt.date(2022, month, 1) for month in range(6, 13))
