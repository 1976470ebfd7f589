"""Reporting periods: generated or entered, contiguous and inside the programme; locking is audited."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from reach_fixtures import add_indicator, add_project, make_programme
from sqlalchemy import select

from diaspora_grants.db.models import AuditEntry
from diaspora_grants.domain.enums import AuditAction
from diaspora_grants.domain.errors import LockedPeriodError, ValidationError, WorkflowError
from diaspora_grants.services.periods import Frequency
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.result_cells import CellInput


def _programme(services: Services, start: dt.date, end: dt.date) -> int:
    return services.programmes.create(ProgrammeInput(code="P", name="P", start_date=start, end_date=end)).id


@pytest.mark.parametrize(
    ("frequency", "labels", "first_end", "last_start"),
    [
        (
            Frequency.QUARTERLY,
            ["2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1"],
            dt.date(2022, 3, 31),
            dt.date(2023, 1, 1),
        ),
        (Frequency.SEMI_ANNUAL, ["2022-H1", "2022-H2", "2023-H1"], dt.date(2022, 6, 30), dt.date(2023, 1, 1)),
    ],
)
def test_generated_periods_follow_the_calendar_and_are_clipped_to_the_programme(
    services: Services, frequency: Frequency, labels: list[str], first_end: dt.date, last_start: dt.date
) -> None:
    programme_id = _programme(services, dt.date(2022, 2, 15), dt.date(2023, 1, 20))

    periods = services.periods.generate(programme_id, frequency)

    assert [p.label for p in periods] == labels
    assert periods[0].start_date == dt.date(2022, 2, 15)
    assert periods[0].end_date == first_end
    assert periods[-1].start_date == last_start
    assert periods[-1].end_date == dt.date(2023, 1, 20)
    for before, after in itertools.pairwise(periods):
        assert after.start_date == before.end_date + dt.timedelta(days=1)


def test_monthly_periods_cover_each_month_including_february(services: Services) -> None:
    programme_id = _programme(services, dt.date(2024, 1, 1), dt.date(2024, 3, 31))

    periods = services.periods.generate(programme_id, "monthly")

    assert [(p.label, p.end_date) for p in periods] == [
        ("2024-01", dt.date(2024, 1, 31)),
        ("2024-02", dt.date(2024, 2, 29)),
        ("2024-03", dt.date(2024, 3, 31)),
    ]
    assert services.periods.find(programme_id) == periods


def test_generating_twice_or_with_an_unknown_frequency_is_refused(services: Services) -> None:
    programme_id = _programme(services, dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    with pytest.raises(ValidationError) as error:
        services.periods.generate(programme_id, "weekly")
    assert error.value.problems[0].field == "frequency"

    services.periods.generate(programme_id, Frequency.MONTHLY)
    with pytest.raises(WorkflowError, match="already has reporting periods"):
        services.periods.generate(programme_id, Frequency.MONTHLY)


def test_entered_periods_must_be_inside_contiguous_and_not_overlapping(services: Services) -> None:
    programme_id = _programme(services, dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    services.periods.create(programme_id, "Jan-Apr", dt.date(2022, 1, 1), dt.date(2022, 4, 30))

    with pytest.raises(ValidationError, match="overlaps period Jan-Apr"):
        services.periods.create(programme_id, "Apr-Jun", dt.date(2022, 4, 1), dt.date(2022, 6, 30))
    with pytest.raises(ValidationError, match="should start on 2022-05-01"):
        services.periods.create(programme_id, "Jun", dt.date(2022, 6, 1), dt.date(2022, 6, 30))
    with pytest.raises(ValidationError, match="inside the programme"):
        services.periods.create(programme_id, "late", dt.date(2022, 5, 1), dt.date(2023, 1, 31))
    with pytest.raises(ValidationError, match="already has a period labelled"):
        services.periods.create(programme_id, "Jan-Apr", dt.date(2022, 5, 1), dt.date(2022, 5, 31))

    services.periods.create(programme_id, "May-Dec", dt.date(2022, 5, 1), dt.date(2022, 12, 31))
    assert [p.label for p in services.periods.find(programme_id)] == ["Jan-Apr", "May-Dec"]


def test_only_the_first_or_last_period_without_results_can_be_deleted(services: Services) -> None:
    programme = make_programme(services)  # two quarters: 2022-Q3, 2022-Q4
    services.periods.delete(programme.periods[0])
    assert [p.label for p in services.periods.find(programme.id)] == ["2022-Q4"]

    project = add_project(services, programme, "LB-1", "LB", {"Beirut": None})
    indicator = add_indicator(services, programme, "OUT")
    services.results.save_grid(project.id, indicator.id, programme.periods[1], [CellInput.single(5)])
    with pytest.raises(WorkflowError, match="has results"):
        services.periods.delete(programme.periods[1])

    months = make_programme(services, code="M", frequency=Frequency.MONTHLY)
    with pytest.raises(WorkflowError, match="only the first or the last"):
        services.periods.delete(months.periods[2])


def test_lock_and_unlock_are_audited_with_their_reason(services: Services) -> None:
    programme = make_programme(services)
    period_id = programme.periods[0]

    locked = services.periods.lock(period_id, "reported to BHA in October")
    assert locked.locked and locked.locked_by == "tester"
    with pytest.raises(WorkflowError, match="already locked"):
        services.periods.lock(period_id)
    with pytest.raises(ValidationError) as error:
        services.periods.unlock(period_id, "  ")
    assert error.value.problems[0].field == "reason"
    with pytest.raises(LockedPeriodError):
        services.periods.delete(period_id)

    unlocked = services.periods.unlock(period_id, "donor asked for a correction of Beirut figures")
    assert not unlocked.locked and unlocked.locked_by is None

    with services.context.database.session(user="tester", write=False) as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action.in_([AuditAction.LOCK, AuditAction.UNLOCK]))
            .order_by(AuditEntry.id)
        ).all()
        trail = [(e.action, e.record_id, e.user_name, e.reason) for e in entries]
    assert trail == [
        (AuditAction.LOCK, period_id, "tester", "reported to BHA in October"),
        (AuditAction.UNLOCK, period_id, "tester", "donor asked for a correction of Beirut figures"),
    ]


def test_a_period_or_a_programme_without_its_dates_is_refused_naming_the_date(services: Services) -> None:
    programme_id = _programme(services, dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    with pytest.raises(ValidationError) as refused:
        services.periods.create(programme_id, "2022-H1", None, dt.date(2022, 6, 30))  # type: ignore[arg-type]
    assert [(p.field, p.message) for p in refused.value.problems] == [("start", "is required")]
    with pytest.raises(ValidationError) as refused:
        services.programmes.create(
            ProgrammeInput(code="Q", name="Q", start_date=dt.date(2022, 1, 1), end_date=None)  # type: ignore[arg-type]
        )
    assert [(p.field, p.message) for p in refused.value.problems] == [("end", "is required")]
