"""The BHA diaspora programme as IATI input: one parent programme and six partner projects."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from diaspora_grants.reporting.iati_model import (
    Baseline,
    Budget,
    CountryShare,
    Dimension,
    IatiLocation,
    IatiOrg,
    IatiProgramme,
    IatiProject,
    Indicator,
    Participant,
    PlannedDisbursement,
    Result,
    ResultPeriod,
    ResultValue,
    SectorShare,
    Transaction,
)
from tests.reporting.sample_data import PROJECTS, Q3, Q4

D = Decimal
REPORTER = IatiOrg(ref="XM-DAC-00000", type="40", name="Migration Organisation")
DONOR = IatiOrg(ref="US-GOV-1", type="10", name="USAID Bureau for Humanitarian Assistance")
START, END = dt.date(2022, 3, 1), dt.date(2023, 2, 28)


def _partner(code: str, name: str) -> IatiOrg:
    return IatiOrg(ref=f"XI-PB-{code}", type="22", name=name)


def _project(index: int) -> IatiProject:
    code, partner_name, iso2, _iso3, country, sector, dac, locations, grant = PROJECTS[index]
    partner = _partner(code, partner_name)
    first = (grant * D("0.4")).quantize(D("0.01"))
    spent = (grant * D("0.31")).quantize(D("0.01"))
    female, male = 2_300 + index, 2_110 + index
    return IatiProject(
        code=code,
        title=f"{sector} with diaspora partner {partner_name}",
        description=f"Partner project in {country}",
        status="2",
        planned_start=START,
        actual_start=dt.date(2022, 3, 15),
        planned_end=END,
        participants=(
            Participant(org=DONOR, role="1"),
            Participant(org=REPORTER, role="2"),
            Participant(org=partner, role="4"),
        ),
        countries=(CountryShare(code=iso2, percentage=D(100)),),
        locations=tuple(IatiLocation(name=name, ref=pcode) for name, pcode in locations),
        sectors=(SectorShare(code=dac),),
        sdg_goals=("3",) if dac == "12250" else ("4", "10"),
        budgets=(Budget(start=START, end=END, value=grant, value_date=START),),
        planned_disbursements=(
            PlannedDisbursement(
                start=dt.date(2022, 6, 1),
                end=dt.date(2022, 6, 30),
                value=first,
                value_date=dt.date(2022, 6, 1),
                provider=REPORTER,
                receiver=partner,
            ),
        ),
        transactions=(
            Transaction(
                type="2",
                date=START,
                value=grant,
                value_date=START,
                receiver=partner,
                description="Grant agreement signed",
            ),
            Transaction(
                type="3",
                date=dt.date(2022, 6, 10),
                value=first,
                value_date=dt.date(2022, 6, 10),
                provider=REPORTER,
                receiver=partner,
                description="Tranche 1",
            ),
            Transaction(
                type="4",
                date=Q4.end,
                value=spent,
                value_date=Q4.end,
                description="Expenditure reported by the partner",
            ),
        ),
        results=(
            Result(
                type="1",
                title="People reached with services",
                indicators=(
                    Indicator(
                        title="Number of people reached (unique, direct)",
                        reference_code="C1",
                        baseline=Baseline(year=2022, value=0, iso_date=START),
                        periods=(
                            ResultPeriod(
                                start=Q3.start,
                                end=Q3.end,
                                targets=(ResultValue(value=5_000),),
                                actuals=(
                                    ResultValue(value=female + male),
                                    ResultValue(
                                        value=female, dimensions=(Dimension(name="sex", value="female"),)
                                    ),
                                    ResultValue(
                                        value=male, dimensions=(Dimension(name="sex", value="male"),)
                                    ),
                                    ResultValue(
                                        value=1_200, dimensions=(Dimension(name="age", value="0-17"),)
                                    ),
                                ),
                            ),
                        ),
                    ),
                ),
            ),
        ),
    )


def bha_programme(**changes: object) -> IatiProgramme:
    projects = tuple(_project(i) for i in range(len(PROJECTS)))
    total = sum((p[-1] for p in PROJECTS), D(0))
    values: dict[str, object] = dict(
        code="DPG-BHA",
        title="Diaspora Partner Grants",
        description="Grants to six diaspora organisations",
        status="2",
        planned_start=START,
        actual_start=START,
        planned_end=END,
        reporting_org=REPORTER,
        participants=(Participant(org=DONOR, role="1"), Participant(org=REPORTER, role="2")),
        countries=(
            CountryShare(code="LB", percentage=D("40.5")),
            CountryShare(code="TN", percentage=D("30")),
            CountryShare(code="ZW", percentage=D("29.5")),
        ),
        sectors=(SectorShare(code="15190", percentage=D(100)),),
        sdg_goals=("4", "10", "17"),
        budgets=(Budget(start=START, end=END, value=total, value_date=START),),
        transactions=(
            Transaction(
                type="11",
                date=dt.date(2022, 2, 1),
                value=total,
                value_date=dt.date(2022, 2, 1),
                provider=DONOR,
                description="Award from BHA",
            ),
            Transaction(
                type="1",
                date=dt.date(2022, 3, 5),
                value=total / 2,
                value_date=dt.date(2022, 3, 5),
                provider=DONOR,
                description="First instalment received",
            ),
        ),
        results=(
            Result(
                type="2",
                title="Coordination between humanitarian and diaspora actors",
                indicators=(
                    Indicator(
                        title="Percentage of partners meeting reporting deadlines",
                        measure="2",
                        baseline=Baseline(year=2022, value=D("50")),
                        periods=(
                            ResultPeriod(
                                start=Q3.start,
                                end=Q4.end,
                                targets=(ResultValue(value=D("90")),),
                                actuals=(ResultValue(value=D("83.3")),),
                            ),
                        ),
                    ),
                ),
            ),
        ),
        projects=projects,
        last_updated=dt.datetime(2022, 10, 14, 9, 30),
    )
    values.update(changes)
    return IatiProgramme(**values)  # type: ignore[arg-type]
