"""The narrative of a donor report: drafts saved, changes audited, locked with the report's last period;
partners' narratives per project and period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from diaspora_grants.domain.errors import ConflictError, LockedPeriodError, ValidationError
from diaspora_grants.services.narratives import NarrativeInput, OutcomeInput
from diaspora_grants.services.registry import Services
from tests.services.donor_demo import BHA, demo_services

FRENCH = "Les élèves de Médenine ont suivi la formation; la Fédération des Tunisiens (FTCR) l'a animée."
ARABIC = "وصلت الحملة إلى القرى الريفية في عكار وبعلبك الهرمل"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services, database = demo_services(tmp_path_factory.mktemp("narratives"))
    yield services
    database.dispose()


def _ids(services: Services) -> tuple[int, dict[str, int]]:
    programme_id = services.programmes.find_id(BHA)
    assert programme_id is not None
    return programme_id, {p.label: p.id for p in services.periods.find(programme_id)}


def test_a_draft_is_saved_read_back_and_changed_with_its_version(demo: Services) -> None:
    programme_id, periods = _ids(demo)
    empty = demo.programmes.narrative(programme_id, periods["2022-Q4"], periods["2022-Q4"])
    assert empty.version == 0 and empty.text("executive_summary") == "" and not empty.locked
    indicators = {i.code: i.id for i in demo.indicators.find(programme_id)}
    saved = demo.programmes.save_narrative(
        programme_id,
        periods["2022-Q4"],
        periods["2022-Q4"],
        NarrativeInput(
            sections={"executive_summary": f"  {FRENCH}  ", "context": ARABIC},
            outcomes=(
                OutcomeInput(
                    title="COVID-19 recovery", text="Vaccination reached rural areas.",
                    indicator_ids=(indicators["BHA-1"], indicators["BHA-5"]),
                ),
            ),
        ),
        expected_version=0,
    )  # fmt: skip
    assert saved.text("executive_summary") == FRENCH and saved.text("context") == ARABIC
    assert saved.outcomes[0].indicator_codes == ("BHA-1", "BHA-5")
    changed = demo.programmes.save_narrative(
        programme_id,
        periods["2022-Q4"],
        periods["2022-Q4"],
        NarrativeInput(sections={"risks": "Currency shortages."}, outcomes=()),
        expected_version=saved.version,
    )
    assert changed.text("executive_summary") == FRENCH and changed.text("risks") == "Currency shortages."
    assert changed.outcomes == () and changed.version > saved.version
    with pytest.raises(ConflictError):
        demo.programmes.save_narrative(
            programme_id,
            periods["2022-Q4"],
            periods["2022-Q4"],
            NarrativeInput(sections={"risks": "stale"}),
            expected_version=saved.version,
        )
    found = demo.programmes.narrative_between(programme_id, dt.date(2022, 10, 1), dt.date(2022, 12, 31))
    assert found.text("risks") == "Currency shortages."


def test_every_change_is_in_the_audit_trail(demo: Services) -> None:
    programme_id, periods = _ids(demo)
    demo.programmes.save_narrative(
        programme_id,
        periods["2022-Q1"],
        periods["2023-Q1"],
        NarrativeInput(sections={"lessons_learned": "Work with the municipalities from the start."}),
        expected_version=0,
    )
    entries = demo.audit.find(table="narratives")
    assert any(
        e.record_label == "narrative BHA-DIASPORA-2022 2022-Q1 to 2023-Q1"
        and "Work with the municipalities from the start." in (e.new_value or "")
        for e in entries
    )


def test_a_locked_period_locks_its_narrative_with_the_locked_period_wording(demo: Services) -> None:
    programme_id, periods = _ids(demo)
    view = demo.programmes.narrative(programme_id, periods["2022-Q3"], periods["2022-Q3"])
    assert view.locked and view.locked_reason == LockedPeriodError("2022-Q3").message
    with pytest.raises(LockedPeriodError) as refused:
        demo.programmes.save_narrative(
            programme_id,
            periods["2022-Q3"],
            periods["2022-Q3"],
            NarrativeInput(sections={"context": "late words"}),
            expected_version=0,
        )
    assert str(refused.value) == LockedPeriodError("2022-Q3").message
    # A report that merely includes the locked period is not locked: its own last period is open.
    assert not demo.programmes.narrative(programme_id, periods["2022-Q1"], periods["2022-Q4"]).locked


def test_periods_of_another_programme_or_the_wrong_way_round_are_refused(demo: Services) -> None:
    programme_id, periods = _ids(demo)
    with pytest.raises(ValidationError, match="comes after"):
        demo.programmes.narrative(programme_id, periods["2022-Q4"], periods["2022-Q1"])
    other = demo.programmes.find_id("RDPP-NA-EG")
    assert other is not None
    with pytest.raises(ValidationError, match="period of this programme"):
        demo.programmes.narrative(other, periods["2022-Q4"], periods["2022-Q4"])


def test_a_partner_narrative_is_kept_per_project_and_period_and_locked_with_it(demo: Services) -> None:
    programme_id, periods = _ids(demo)
    project = demo.projects.get_by_code("TN-YOUTH-01")
    saved = demo.programmes.save_partner_narrative(
        project.id, periods["2022-Q4"], {"progress": FRENCH, "challenges": ARABIC}
    )
    assert saved.partner_name and saved.text("progress") == FRENCH
    listed = demo.programmes.partner_narratives(programme_id, periods["2022-Q4"], periods["2022-Q4"])
    assert [(p.project_code, p.text("challenges")) for p in listed] == [("TN-YOUTH-01", ARABIC)]
    assert demo.programmes.partner_narratives(programme_id, periods["2023-Q1"], periods["2023-Q1"]) == []
    with pytest.raises(LockedPeriodError):
        demo.programmes.save_partner_narrative(project.id, periods["2022-Q3"], {"progress": "late"})
