"""Status workflows of calls and applications: which change is allowed from which status."""

from __future__ import annotations

from .enums import ApplicationStatus, CallStatus
from .errors import WorkflowError

_CALL_TRANSITIONS: dict[CallStatus, frozenset[CallStatus]] = {
    CallStatus.DRAFT: frozenset({CallStatus.OPEN, CallStatus.CANCELLED}),
    CallStatus.OPEN: frozenset({CallStatus.CLOSED, CallStatus.CANCELLED}),
    CallStatus.CLOSED: frozenset({CallStatus.UNDER_REVIEW, CallStatus.CANCELLED}),
    CallStatus.UNDER_REVIEW: frozenset({CallStatus.AWARDED, CallStatus.CANCELLED}),
    CallStatus.AWARDED: frozenset(),
    CallStatus.CANCELLED: frozenset(),
}

_APPLICATION_TRANSITIONS: dict[ApplicationStatus, frozenset[ApplicationStatus]] = {
    ApplicationStatus.RECEIVED: frozenset(
        {ApplicationStatus.ELIGIBLE, ApplicationStatus.INELIGIBLE, ApplicationStatus.WITHDRAWN}
    ),
    ApplicationStatus.ELIGIBLE: frozenset(
        {ApplicationStatus.SHORTLISTED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN}
    ),
    ApplicationStatus.SHORTLISTED: frozenset(
        {ApplicationStatus.SELECTED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN}
    ),
    ApplicationStatus.INELIGIBLE: frozenset(),
    ApplicationStatus.SELECTED: frozenset(),
    ApplicationStatus.REJECTED: frozenset(),
    ApplicationStatus.WITHDRAWN: frozenset(),
}

#: A decision with consequences for the applicant must be justified in writing.
REASON_REQUIRED = frozenset(
    {ApplicationStatus.INELIGIBLE, ApplicationStatus.REJECTED, ApplicationStatus.SELECTED}
)


def allowed_call_transitions(current: CallStatus) -> frozenset[CallStatus]:
    return _CALL_TRANSITIONS[current]


def allowed_application_transitions(current: ApplicationStatus) -> frozenset[ApplicationStatus]:
    return _APPLICATION_TRANSITIONS[current]


def check_call_transition(current: CallStatus, new: CallStatus) -> None:
    if new not in _CALL_TRANSITIONS[current]:
        raise WorkflowError(_refusal("call", current, new, _CALL_TRANSITIONS[current]))


def check_application_transition(current: ApplicationStatus, new: ApplicationStatus) -> None:
    if new not in _APPLICATION_TRANSITIONS[current]:
        raise WorkflowError(_refusal("application", current, new, _APPLICATION_TRANSITIONS[current]))


def _refusal(what: str, current: str, new: str, allowed: frozenset[str]) -> str:
    options = ", ".join(sorted(allowed)) if allowed else "none (it is final)"
    return f"a {what} that is {current} cannot become {new}; possible next steps: {options}"
