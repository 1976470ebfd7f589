"""Call and application workflows: every change from every status, allowed or refused."""

from __future__ import annotations

import itertools

import pytest

from diaspora_grants.domain.enums import ApplicationStatus, CallStatus
from diaspora_grants.domain.errors import WorkflowError
from diaspora_grants.domain.workflows import (
    REASON_REQUIRED,
    allowed_application_transitions,
    allowed_call_transitions,
    check_application_transition,
    check_call_transition,
)

C = CallStatus
A = ApplicationStatus

# Written out from the issue, not derived from the module under test.
CALL_ALLOWED = {
    (C.DRAFT, C.OPEN),
    (C.OPEN, C.CLOSED),
    (C.CLOSED, C.UNDER_REVIEW),
    (C.UNDER_REVIEW, C.AWARDED),
    (C.DRAFT, C.CANCELLED),
    (C.OPEN, C.CANCELLED),
    (C.CLOSED, C.CANCELLED),
    (C.UNDER_REVIEW, C.CANCELLED),
}

APPLICATION_ALLOWED = {
    (A.RECEIVED, A.ELIGIBLE),
    (A.RECEIVED, A.INELIGIBLE),
    (A.ELIGIBLE, A.SHORTLISTED),
    (A.ELIGIBLE, A.REJECTED),
    (A.SHORTLISTED, A.SELECTED),
    (A.SHORTLISTED, A.REJECTED),
    (A.RECEIVED, A.WITHDRAWN),
    (A.ELIGIBLE, A.WITHDRAWN),
    (A.SHORTLISTED, A.WITHDRAWN),
}


@pytest.mark.parametrize(("current", "new"), list(itertools.product(CallStatus, CallStatus)))
def test_call_transition(current: CallStatus, new: CallStatus) -> None:
    if (current, new) in CALL_ALLOWED:
        check_call_transition(current, new)
        assert new in allowed_call_transitions(current)
    else:
        with pytest.raises(WorkflowError, match=f"that is {current} cannot become {new}"):
            check_call_transition(current, new)
        assert new not in allowed_call_transitions(current)


@pytest.mark.parametrize(("current", "new"), list(itertools.product(ApplicationStatus, ApplicationStatus)))
def test_application_transition(current: ApplicationStatus, new: ApplicationStatus) -> None:
    if (current, new) in APPLICATION_ALLOWED:
        check_application_transition(current, new)
        assert new in allowed_application_transitions(current)
    else:
        with pytest.raises(WorkflowError, match=f"that is {current} cannot become {new}"):
            check_application_transition(current, new)
        assert new not in allowed_application_transitions(current)


def test_refusal_names_the_possible_next_steps() -> None:
    with pytest.raises(WorkflowError) as error:
        check_call_transition(C.DRAFT, C.AWARDED)
    assert "possible next steps: cancelled, open" in str(error.value)


@pytest.mark.parametrize("final", [C.AWARDED, C.CANCELLED])
def test_final_call_statuses_say_they_are_final(final: CallStatus) -> None:
    with pytest.raises(WorkflowError, match=r"none \(it is final\)"):
        check_call_transition(final, C.OPEN)


def test_decisions_that_need_a_written_reason() -> None:
    assert {A.INELIGIBLE, A.REJECTED, A.SELECTED} == REASON_REQUIRED
