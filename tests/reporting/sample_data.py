"""Synthetic but realistic input: the USAID/BHA diaspora partner grants programme of DOMAIN.md.

Six diaspora partners in Lebanon, Tunisia and Zimbabwe; two reporting quarters; figures invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from diaspora_grants.reporting.donor_workbook import (
    BudgetLine,
    CampaignMetric,
    DonorReportData,
    FiveWRow,
    FxRate,
    Headline,
    IpttDisaggregation,
    IpttIndicator,
    NoteItem,
    PeriodFigures,
    ReachRow,
    ReportCover,
    ReportPeriod,
    TrancheRow,
)

D = Decimal
Q3 = ReportPeriod(label="FY22 Q3", start=dt.date(2022, 4, 1), end=dt.date(2022, 6, 30))
Q4 = ReportPeriod(label="FY22 Q4", start=dt.date(2022, 7, 1), end=dt.date(2022, 9, 30))

# code, partner, country ISO2, ISO3, country, sector, DAC, admin-1 locations (name, p-code), grant USD
PROJECTS = (
    (
        "DPG-01",
        "Society for the Advancement of Science and Technology in the Arab World",
        "LB",
        "LBN",
        "Lebanon",
        "Protection",
        "15153",
        (("Beirut", "LB11"), ("Mount Lebanon", "LB15")),
        D("180000"),
    ),
    (
        "DPG-02",
        "Syrian American Medical Society",
        "LB",
        "LBN",
        "Lebanon",
        "Health",
        "12250",
        (("Bekaa", "LB23"), ("Baalbek-Hermel", "LB24")),
        D("250000"),
    ),
    (
        "DPG-03",
        "Pontes Ricerche e Interventi",
        "TN",
        "TUN",
        "Tunisia",
        "Shelter and Settlements",
        "11120",
        (("Tunis", "TN11"), ("Sfax", "TN61")),
        D("220000"),
    ),
    (
        "DPG-04",
        "Federation des Tunisiens pour une Citoyennete des deux Rives (FTCR)",
        "TN",
        "TUN",
        "Tunisia",
        "Economic Recovery and Market Systems",
        "11231",
        (("Medenine", "TN52"), ("Tunis", "TN11")),
        D("150000"),
    ),
    (
        "DPG-05",
        "Citizens Initiative",
        "ZW",
        "ZWE",
        "Zimbabwe",
        "Economic Recovery and Market Systems",
        "16020",
        (("Harare", "ZW04"), ("Manicaland", "ZW05")),
        D("160000"),
    ),
    (
        "DPG-06",
        "Genesis Entrepreneurship Trust",
        "ZW",
        "ZWE",
        "Zimbabwe",
        "Shelter and Settlements",
        "11120",
        (("Bulawayo", "ZW01"), ("Matabeleland North", "ZW08")),
        D("200000"),
    ),
)
GROUPS = ("host community", "refugees", "migrants")


def cover(**changes: object) -> ReportCover:
    values: dict[str, object] = dict(
        programme_code="DPG-BHA",
        programme_name="Diaspora Partner Grants",
        donor="USAID Bureau for Humanitarian Assistance",
        award_number="720BHA22GR00123",
        reporting_org="Migration Organisation",
        reporting_org_ref="XM-DAC-00000",
        period_start=Q3.start,
        period_end=Q4.end,
        report_type="Semi-annual",
        currency="USD",
        fx_policy="Actual rate of each transfer; LBP at the bank rate of the value date",
        prepared_by="Programme team",
        generated_at=dt.datetime(2022, 10, 14, 9, 30),
        app_version="0.1.0",
        headlines=(
            Headline(
                label="People reached (unique, direct)",
                value=412_380,
                reach="direct",
                explanation="Deduplicated on person ID where available, else max per admin-1 location.",
            ),
            Headline(
                label="People reached (indirect, estimated)",
                value=1_150_000,
                reach="indirect",
                explanation="Media audiences of the media literacy broadcasts.",
            ),
        ),
    )
    values.update(changes)
    return ReportCover(**values)  # type: ignore[arg-type]


def reach_rows() -> Iterator[ReachRow]:
    number = 0
    for p_index, (code, partner, iso2, iso3, _country, sector, _dac, locations, _grant) in enumerate(
        PROJECTS
    ):
        for l_index, (admin1, pcode) in enumerate(locations):
            for period in (Q3, Q4):
                for g_index, group in enumerate(GROUPS):
                    number += 1
                    seed = 7 * p_index + 5 * l_index + 3 * g_index + (period is Q4)
                    female = (120 + 11 * seed, 340 + 7 * seed, 35 + seed)
                    male = (110 + 9 * seed, 300 + 5 * seed, 30 + seed)
                    yield ReachRow(
                        row_id=f"R{number:04d}",
                        project_code=code,
                        partner=partner,
                        country_iso2=iso2,
                        country_iso3=iso3,
                        admin1=admin1,
                        admin1_pcode=pcode,
                        location=f"{admin1} centre",
                        sector=sector,
                        period_start=period.start,
                        period_end=period.end,
                        reach_type="direct",
                        population_group=group,
                        female=female,
                        male=male,
                        unknown=seed % 4,
                        new_this_period=(sum(female) + sum(male)) // (2 if period is Q4 else 1),
                        disabled=seed % 9,
                        dedup_method="ID",
                        source="Attendance lists",
                    )
    yield ReachRow(
        row_id="R9001",
        project_code="DPG-01",
        partner=PROJECTS[0][1],
        country_iso2="LB",
        country_iso3="LBN",
        admin1="Beirut",
        admin1_pcode="LB11",
        location="Radio audience",
        sector="Protection",
        period_start=Q3.start,
        period_end=Q4.end,
        reach_type="indirect",
        population_group="unknown",
        female=(0, 0, 0),
        male=(0, 0, 0),
        unknown=1_150_000,
        dedup_method="none",
        source="Broadcaster audience estimate",
    )


def indicators() -> tuple[IpttIndicator, ...]:
    return (
        IpttIndicator(
            number="C1",
            name="Number of people trained in media literacy",
            result_level="output",
            sector="Protection",
            unit="people",
            counting="unique people",
            baseline=0,
            baseline_date=dt.date(2022, 3, 1),
            loa_target=12_000,
            loa_actual=9_870,
            periods=(
                PeriodFigures(period_label="FY22 Q3", target=5_000, actual=4_410),
                PeriodFigures(period_label="FY22 Q4", target=7_000, actual=5_460),
            ),
            source="Attendance lists",
            deviation_narrative="Sessions in Beirut were postponed after fuel shortages.",
            disaggregations=(
                IpttDisaggregation(
                    label="Female",
                    loa_target=6_000,
                    loa_actual=5_230,
                    periods=(PeriodFigures(period_label="FY22 Q3", target=2_500, actual=2_300),),
                ),
                IpttDisaggregation(label="Male", loa_target=6_000, loa_actual=4_640),
            ),
        ),
        IpttIndicator(
            number="C2",
            name="Number of classrooms constructed or rehabilitated",
            result_level="output",
            sector="Shelter and Settlements",
            project="DPG-03",
            unit="classrooms",
            counting="non-cumulative",
            baseline=0,
            loa_target=24,
            loa_actual=26,
            periods=(
                PeriodFigures(period_label="FY22 Q3", target=10, actual=12),
                PeriodFigures(period_label="FY22 Q4", target=14, actual=14),
            ),
            source="Engineer completion certificates",
        ),
        IpttIndicator(
            number="HL.1",
            name="Number of children vaccinated in rural areas",
            result_level="output",
            sector="Health",
            project="DPG-02",
            unit="children",
            counting="unique people",
            baseline=0,
            loa_target=40_000,
            loa_actual=31_500,
            periods=(
                PeriodFigures(period_label="FY22 Q3", target=20_000, actual=17_250),
                PeriodFigures(period_label="FY22 Q4", target=20_000, actual=None),
            ),
            disaggregations=(
                IpttDisaggregation(label="Refugees", loa_target=15_000, loa_actual=12_100),
                IpttDisaggregation(label="Host community", loa_target=25_000, loa_actual=19_400),
            ),
        ),
        IpttIndicator(
            number="C4",
            name="Percentage of trained youth reporting improved employability",
            result_level="outcome",
            sector="Economic Recovery and Market Systems",
            unit="%",
            measure="%",
            counting="cumulative",
            baseline=D("35.0"),
            baseline_date=dt.date(2022, 2, 15),
            loa_target=D("60.0"),
            loa_actual=D("52.5"),
            periods=(PeriodFigures(period_label="FY22 Q4", target=D("50.0"), actual=D("52.5")),),
        ),
    )


def budget_lines() -> tuple[BudgetLine, ...]:
    lines = []
    for index, (code, partner, *_rest, grant) in enumerate(PROJECTS):
        shares = (
            ("01", "Personnel", D("0.35")),
            ("02", "Activities and supplies", D("0.55")),
            ("03", "Indirect costs", D("0.10")),
        )
        for line_code, category, share in shares:
            original = (grant * share).quantize(D("0.01"))
            revised = original + (D("1250.50") if line_code == "02" and index % 2 else D(0))
            cumulative = (revised * D("0.41") + index * D("333.33")).quantize(D("0.01"))
            lines.append(
                BudgetLine(
                    line_code=line_code,
                    category=category,
                    project_code=code,
                    partner=partner,
                    original_budget=original,
                    revised_budget=revised,
                    expenditure_period=(cumulative * D("0.6")).quantize(D("0.01")),
                    expenditure_cumulative=cumulative,
                    project_start=dt.date(2022, 3, 1),
                    project_end=dt.date(2023, 2, 28),
                    justification="Fuel prices raised transport costs" if line_code == "02" else "",
                )
            )
    return tuple(lines)


def tranches() -> tuple[TrancheRow, ...]:
    rows = []
    currencies = {"LB": ("USD", D("1")), "TN": ("EUR", D("0.9823")), "ZW": ("USD", D("1"))}
    for code, partner, iso2, *_rest, grant in PROJECTS:
        currency, rate = currencies[iso2]
        for number, share, paid in (
            (1, D("0.4"), True),
            (2, D("0.4"), code in ("DPG-01", "DPG-03")),
            (3, D("0.2"), False),
        ):
            usd = (grant * share).quantize(D("0.01"))
            local = (usd * rate).quantize(D("0.01"))
            rows.append(
                TrancheRow(
                    partner=partner,
                    partner_ref=f"XI-PB-{code}",
                    agreement_no=f"AGR-{code}",
                    grant_local=grant * rate,
                    grant_currency=currency,
                    grant_usd=grant,
                    tranche_no=number,
                    condition="Signature" if number == 1 else f"Report {number - 1} approved",
                    planned_date=dt.date(2022, 3 + 3 * number, 1),
                    planned_amount=local,
                    actual_date=dt.date(2022, 3 + 3 * number, 10) if paid else None,
                    actual_amount=local if paid else None,
                    currency=currency if paid else "",
                    fx_rate=rate if paid else None,
                    amount_usd=usd if paid else None,
                    reported_expenditure_usd=(grant * D("0.31")).quantize(D("0.01")),
                    status="paid" if paid else "scheduled",
                )
            )
    return tuple(rows)


def five_w_rows() -> tuple[FiveWRow, ...]:
    rows = []
    for index, (code, partner, _iso2, iso3, country, sector, dac, locations, grant) in enumerate(PROJECTS):
        for admin1, pcode in locations:
            rows.append(
                FiveWRow(
                    reporting_date=Q4.end,
                    donor="USAID/BHA",
                    programming_org="Migration Organisation",
                    partner=partner,
                    partner_type="Diaspora organisation",
                    project_code=code,
                    project_title=f"{sector} project {code}",
                    sector=sector,
                    dac_code=dac,
                    activity="Community sessions",
                    country_iso3=iso3,
                    country_name=country,
                    admin1=admin1,
                    admin1_pcode=pcode,
                    location=f"{admin1} centre",
                    start=dt.date(2022, 3, 1),
                    end=dt.date(2023, 2, 28),
                    status="Ongoing",
                    target_group="host community; refugees",
                    targeted_female=(500 + index, 800, 90),
                    targeted_male=(450, 700 + index, 80),
                    targeted_total=2_620 + 2 * index,
                    reached_total=1_900 + 37 * index,
                    budget_usd=grant / 2,
                )
            )
    return tuple(rows)


def fx_rates() -> tuple[FxRate, ...]:
    return (
        FxRate(
            currency="EUR",
            month="2022-06",
            units_per_usd=D("0.9823"),
            source="InforEuro",
            value_date=dt.date(2022, 6, 1),
        ),
        FxRate(
            currency="LBP",
            month="2022-07",
            units_per_usd=D("29500"),
            source="Sayrafa platform",
            value_date=dt.date(2022, 7, 10),
            note="Bank rate, not the official 1,507.5",
        ),
        FxRate(
            currency="TND",
            month="2022-07",
            units_per_usd=D("3.0650"),
            source="Central Bank of Tunisia",
            value_date=dt.date(2022, 7, 5),
        ),
        FxRate(
            currency="ZWL",
            month="2022-07",
            units_per_usd=D("410.5"),
            source="RBZ interbank",
            value_date=dt.date(2022, 7, 5),
            note="Currency code kept as reported",
        ),
    )


def campaign_metrics() -> tuple[CampaignMetric, ...]:
    day = dt.date(2022, 9, 3)
    return (
        CampaignMetric(
            date=day, country_iso3="EGY", campaign="Living Together", metric="Views", value=176_000
        ),
        CampaignMetric(
            date=day, country_iso3="EGY", campaign="Living Together", metric="Likes", value=16_000
        ),
        CampaignMetric(
            date=day, country_iso3="EGY", campaign="Living Together", metric="Shares", value=3_000
        ),
        CampaignMetric(
            date=day, country_iso3="EGY", campaign="Living Together", metric="Comments", value=2_000
        ),
        CampaignMetric(
            date=day,
            country_iso3="EGY",
            campaign="Living Together",
            metric="Funding points",
            value=487_500,
            target=1_000_000,
            local_equivalent=D("487500"),
            local_currency="EGP",
            usd=D("25144.93"),
            sdg_tags="4; 10; 17",
            source="Platform dashboard",
        ),
    )


def bha_report(*, with_campaign: bool = False, **changes: object) -> DonorReportData:
    values: dict[str, object] = dict(
        cover=cover(),
        periods=(Q3, Q4),
        indicators=indicators(),
        reach_rows=tuple(reach_rows()),
        five_w=five_w_rows(),
        budget_lines=budget_lines(),
        tranches=tranches(),
        fx_rates=fx_rates(),
        campaign=campaign_metrics() if with_campaign else (),
        notes=(NoteItem(heading="Caveat", text="Zimbabwe Q4 data are provisional."),),
    )
    values.update(changes)
    return DonorReportData(**values)  # type: ignore[arg-type]
