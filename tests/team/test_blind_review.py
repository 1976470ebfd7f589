"""Blind review ends with the call's review: once the call is awarded, each reviewer reads the
others' reviews, and no review changes any more."""

from __future__ import annotations

from pathlib import Path

import pytest
from psycopg import errors

from diaspora_grants.domain.enums import CallStatus
from tests.team.conftest import Team

pytestmark = pytest.mark.postgres


def test_reviews_are_read_by_all_reviewers_once_the_review_stage_ends(team: Team, tmp_path: Path) -> None:
    """The stage ends when the call is awarded or cancelled; cancelled here (awarding needs a grant)."""
    reviewer = team.services_as("reviewer1", tmp_path)
    during = {r.reviewer for r in reviewer.reviews.find(call_id=team.call)}

    call = team.owner.calls.get(team.call)
    team.owner.calls.change_status(team.call, CallStatus.CANCELLED, expected_version=call.version)
    after = {r.reviewer for r in reviewer.reviews.find(call_id=team.call)}

    assert during == {team.logins["reviewer1"]}
    assert after == {team.logins["reviewer1"], team.logins["reviewer2"]}

    with team.connect("reviewer1") as connection:
        theirs = connection.execute(
            "SELECT count(*) FROM review_scores WHERE review_id = %s", (team.reviews["reviewer2"],)
        ).fetchone()
        with pytest.raises(errors.InsufficientPrivilege) as changed_theirs:
            connection.execute("UPDATE reviews SET comment = 'x' WHERE id = %s", (team.reviews["reviewer2"],))
        with pytest.raises(errors.InsufficientPrivilege) as changed_own:
            connection.execute("UPDATE reviews SET comment = 'x' WHERE id = %s", (team.reviews["reviewer1"],))
    assert theirs == (2,)
    assert "may not write or change the review of" in str(changed_theirs.value)
    assert "the review of call EOI-TEAM-01 has ended" in str(changed_own.value)
