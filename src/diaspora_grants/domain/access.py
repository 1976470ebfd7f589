"""Who may do what in team mode: one table of roles and actions, and one wording of a refusal.

The services read it to tell a person what they may not do and why; the PostgreSQL rules of a
shared database (grants, row-level security, triggers: db/team_access.py) are written from it, so
the app and a person connecting with psql meet the same answer.

Roles are held per programme (reviewers per call; administrators everywhere). A single SQLite file
is single-user: its one person may do everything, and none of this applies.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .enums import AccessRole, Action, CallStatus
from .labels import label

ADMINISTRATOR = AccessRole.ADMINISTRATOR
PROGRAMME_MANAGER = AccessRole.PROGRAMME_MANAGER
ME_OFFICER = AccessRole.ME_OFFICER
FINANCE_OFFICER = AccessRole.FINANCE_OFFICER
REVIEWER = AccessRole.REVIEWER
VIEWER = AccessRole.VIEWER

ROLE_ACTIONS: Mapping[AccessRole, frozenset[Action]] = {
    ADMINISTRATOR: frozenset(
        {Action.MANAGE_PEOPLE, Action.MANAGE_PROGRAMMES, Action.EDIT_PROGRAMME, Action.EDIT_ORGANISATIONS}
        | {Action.READ}
    ),
    PROGRAMME_MANAGER: frozenset(
        {Action.EDIT_PROGRAMME, Action.RUN_CALLS, Action.AWARD, Action.DEFINE_INDICATORS}
        | {Action.APPROVE_RESULTS, Action.LOCK_PERIODS, Action.EDIT_ORGANISATIONS, Action.ATTACH_DOCUMENTS}
        | {Action.READ}
    ),
    ME_OFFICER: frozenset(
        {Action.DEFINE_INDICATORS, Action.ENTER_RESULTS, Action.ATTACH_DOCUMENTS, Action.READ}
    ),
    FINANCE_OFFICER: frozenset(
        {Action.ENTER_FINANCE, Action.ENTER_RATES, Action.ATTACH_DOCUMENTS, Action.READ}
    ),
    # A reviewer reads only the calls assigned to them, and their own reviews until the review ends.
    REVIEWER: frozenset({Action.REVIEW, Action.READ}),
    VIEWER: frozenset({Action.READ}),
}

#: Actions about no one programme (people, programmes themselves, exchange rates, organisations):
#: a role that allows one in any programme allows it.
GLOBAL_ACTIONS = frozenset(
    {Action.MANAGE_PEOPLE, Action.MANAGE_PROGRAMMES, Action.ENTER_RATES, Action.EDIT_ORGANISATIONS}
)

#: Roles held in every programme at once (an assignment names no programme).
GLOBAL_ROLES = frozenset({ADMINISTRATOR})

#: Once its call is awarded or cancelled, every reviewer of a call may read the others' reviews.
REVIEW_STAGE_ENDED = frozenset({CallStatus.AWARDED, CallStatus.CANCELLED})

#: How a refusal names the people who may (English, like every core message).
_PLURALS: Mapping[AccessRole, str] = {
    ADMINISTRATOR: "administrators",
    PROGRAMME_MANAGER: "programme managers",
    ME_OFFICER: "M&E officers",
    FINANCE_OFFICER: "finance officers",
    REVIEWER: "the reviewers assigned to the call",
    VIEWER: "viewers",
}


@dataclass(frozen=True)
class Assignment:
    """One role of one person: in a programme, for a call (reviewers), or everywhere (administrators)."""

    role: AccessRole
    programme_id: int | None = None
    call_id: int | None = None


@dataclass(frozen=True)
class Allowed:
    """The answer to "may I?": yes or no, and why, in one line a person can act on."""

    yes: bool
    reason: str

    def __bool__(self) -> bool:
        return self.yes


def roles_allowed(action: Action) -> list[AccessRole]:
    return [role for role in AccessRole if action in ROLE_ACTIONS[role]]


def holders(action: Action) -> str:
    """Who may do `action`, in words: "programme managers and M&E officers"."""
    names = [_PLURALS[role] for role in roles_allowed(action)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def refusal(person: str, action: Action, place: str) -> str:
    """The one wording of a refusal, in the app and (written from it) in the database's triggers."""
    return f"{person} may not {label(action)} in {place}: only {holders(action)} may"


def four_eyes(person: str) -> str:
    """Why a person may not approve the results they entered or submitted themselves."""
    return (
        f"{person} entered or submitted these results and may not also approve them: "
        "the programme asks another person to approve them"
    )


def approved_results(person: str) -> str:
    """Why a person may not change results that are approved."""
    return f"{person} may not change approved results: a programme manager reopens them first"


def not_own_review(person: str, reviewer: str) -> str:
    return (
        f"{person} may not write or change the review of {reviewer}: a review is written only by its reviewer"
    )


def review_ended(place: str) -> str:
    return f"the review of {place} has ended: its reviews no longer change"


def decide(
    person: str,
    assignments: Iterable[Assignment],
    action: Action,
    *,
    programme_id: int | None = None,
    call_id: int | None = None,
    place: str = "any programme",
) -> Allowed:
    """May `person`, holding `assignments`, do `action` in this programme (None: in any, or in
    none in particular) and, for reviews, on this call?"""
    held = [a for a in assignments if action in ROLE_ACTIONS[a.role]]
    for assignment in held:
        if _covers(assignment, action, programme_id, call_id):
            return Allowed(True, f"{person} may {label(action)} as {label(assignment.role).lower()}")
    return Allowed(False, refusal(person, action, place))


def _covers(assignment: Assignment, action: Action, programme_id: int | None, call_id: int | None) -> bool:
    if assignment.role in GLOBAL_ROLES or programme_id is None or action in GLOBAL_ACTIONS:
        return assignment.role != REVIEWER or call_id is None or assignment.call_id == call_id
    if assignment.programme_id != programme_id:
        return False
    if assignment.role == REVIEWER:
        # A reviewer reads and reviews the calls assigned to them, nothing else of the programme.
        return call_id is not None and assignment.call_id == call_id
    return True


def single_user(person: str) -> Allowed:
    """On a SQLite file: one person, who may do everything."""
    return Allowed(True, f"a single-user database file: {person} may do everything")
