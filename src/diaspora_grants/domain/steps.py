"""The next steps of a call and of a tranche: which one comes next, why another cannot be taken now,
and which one asks for a written reason first.

The services refuse a step with these words and the desktop app shows the same words beside a
disabled button before anyone clicks it: one rule, said once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from .enums import CallStatus, TrancheStatus
from .wording import QT_TRANSLATE_NOOP, say
from .workflows import allowed_call_transitions

HUNDRED = Decimal(100)

#: The order a call goes through; cancelled is a way out, not a step forward.
CALL_PATH = (
    CallStatus.DRAFT,
    CallStatus.OPEN,
    CallStatus.CLOSED,
    CallStatus.UNDER_REVIEW,
    CallStatus.AWARDED,
)

#: Grants are awarded once reviewing has started; an awarded call may still award the rest of its selection.
AWARDING_CALL_STATUSES = frozenset({CallStatus.UNDER_REVIEW, CallStatus.AWARDED})

#: Where a tranche may go next. Paid is final: money that left the account is history, not a plan.
TRANCHE_TRANSITIONS: dict[TrancheStatus, frozenset[TrancheStatus]] = {
    TrancheStatus.SCHEDULED: frozenset({TrancheStatus.APPROVED, TrancheStatus.CANCELLED}),
    TrancheStatus.APPROVED: frozenset({TrancheStatus.SCHEDULED, TrancheStatus.PAID, TrancheStatus.CANCELLED}),
    TrancheStatus.PAID: frozenset(),
    TrancheStatus.CANCELLED: frozenset({TrancheStatus.SCHEDULED}),
}


@dataclass(frozen=True)
class Step:
    """A status a record could move to, and what stands in the way."""

    target: Enum
    #: Why the step cannot be taken now (None: it can).
    blocked: str | None = None
    #: A step that can be taken but needs a written reason first: the question to ask.
    asks: str | None = None

    @property
    def allowed(self) -> bool:
        return self.blocked is None


@dataclass(frozen=True)
class CallFacts:
    """What the steps of a call depend on."""

    reference: str
    status: CallStatus
    criteria_weights: tuple[Decimal, ...]
    submission_deadline: dt.date | None
    today: dt.date
    #: Projects already awarded from the call's applications.
    awarded: int


def criteria_total_problem(weights: Iterable[Decimal]) -> str | None:
    """The criteria's weights must total 100, so a weighted score reads as a share of 100."""
    listed = list(weights)
    if not listed:
        return say(
            QT_TRANSLATE_NOOP(
                "Core", "the call has no evaluation criteria; add them with weights totalling 100"
            )
        )
    total = sum(listed, Decimal(0))
    if total != HUNDRED:
        return say(
            QT_TRANSLATE_NOOP("Core", "the criteria weights total {total}; they must total 100"),
            total=f"{total.normalize():f}",
        )
    return None


def call_step(facts: CallFacts, target: CallStatus) -> Step:
    if target == facts.status:
        return Step(
            target,
            blocked=say(
                QT_TRANSLATE_NOOP(
                    "Core", "call {reference} is already {status}: it cannot become {status} again"
                ),
                reference=facts.reference,
                status=target,
            ),
        )
    if target not in allowed_call_transitions(facts.status):
        return Step(target, blocked=_call_refusal(facts, target))
    if target == CallStatus.OPEN:
        problem = criteria_total_problem(facts.criteria_weights)
        if problem:
            return Step(
                target,
                blocked=say(QT_TRANSLATE_NOOP("Core", "{problem} before the call opens"), problem=problem),
            )
    if target == CallStatus.AWARDED and not facts.awarded:
        return Step(
            target,
            blocked=say(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "no grant has been awarded from this call yet: award a selected application "
                    "on the Applications page first",
                ),
            ),
        )
    if target == CallStatus.CLOSED:
        deadline = facts.submission_deadline
        if deadline is not None and facts.today < deadline:
            days = (deadline - facts.today).days
            when = (
                say(QT_TRANSLATE_NOOP("Core", "tomorrow"))
                if days == 1
                else say(QT_TRANSLATE_NOOP("Core", "{days} days from today"), days=days)
            )
            return Step(
                target,
                asks=say(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "The submission deadline is {deadline}, {when}. Closing now makes any application "
                        "that arrives later a late one. Why is the call closed early?",
                    ),
                    deadline=deadline.isoformat(),
                    when=when,
                ),
            )
    return Step(target)


def call_steps(facts: CallFacts) -> tuple[Step, ...]:
    """Every status other than the current one, in the order of the workflow."""
    return tuple(call_step(facts, s) for s in (*CALL_PATH, CallStatus.CANCELLED) if s != facts.status)


def next_call_status(status: CallStatus) -> CallStatus | None:
    """The one step forward from here (None at the end of the road)."""
    if status not in CALL_PATH or status == CALL_PATH[-1]:
        return None
    return CALL_PATH[CALL_PATH.index(status) + 1]


def _call_refusal(facts: CallFacts, target: CallStatus) -> str:
    current = facts.status
    if current in (CallStatus.AWARDED, CallStatus.CANCELLED):
        hint = say(QT_TRANSLATE_NOOP("Core", "({status} is final)"), status=current)
    elif target == CallStatus.UNDER_REVIEW and current == CallStatus.OPEN:
        hint = say(QT_TRANSLATE_NOOP("Core", "before it is closed (Close and start review does both)"))
    elif target == CallStatus.AWARDED:
        hint = say(QT_TRANSLATE_NOOP("Core", "yet: grants are awarded once it is under review"))
    elif target in CALL_PATH and CALL_PATH.index(target) < CALL_PATH.index(current):
        hint = say(QT_TRANSLATE_NOOP("Core", "again: a call does not go back"))
    else:
        hint = say(QT_TRANSLATE_NOOP("Core", "from there"))
    return say(
        QT_TRANSLATE_NOOP("Core", "call {reference} is {status}: it cannot become {target} {hint}"),
        reference=facts.reference,
        status=current,
        target=target,
        hint=hint,
    )


def award_blocker(
    *, title: str, is_selected: bool, call_reference: str, call_status: CallStatus, project_code: str | None
) -> str | None:
    """Why an application cannot be awarded now (None: it can)."""
    if project_code is not None:
        return say(
            QT_TRANSLATE_NOOP("Core", "application '{title}' was already awarded as project {project}"),
            title=title,
            project=project_code,
        )
    if not is_selected:
        return say(
            QT_TRANSLATE_NOOP(
                "Core", "application '{title}' is not selected; only a selected application is awarded"
            ),
            title=title,
        )
    if call_status not in AWARDING_CALL_STATUSES:
        return say(
            QT_TRANSLATE_NOOP(
                "Core",
                "call {reference} is {status}: grants are awarded once the call is under review "
                "(Calls page: Close and start review)",
            ),
            reference=call_reference,
            status=call_status,
        )
    return None


def tranche_step(number: int, status: TrancheStatus, target: TrancheStatus) -> Step:
    if target == status:
        return Step(
            target,
            blocked=say(
                QT_TRANSLATE_NOOP("Core", "tranche {number} is already {status}"),
                number=number,
                status=status,
            ),
        )
    if target in TRANCHE_TRANSITIONS[status]:
        return Step(target)
    if status == TrancheStatus.PAID:
        return Step(
            target,
            blocked=say(
                QT_TRANSLATE_NOOP(
                    "Core", "tranche {number} was paid: money that left the account stays on record"
                ),
                number=number,
            ),
        )
    if target == TrancheStatus.PAID and status == TrancheStatus.SCHEDULED:
        why = say(QT_TRANSLATE_NOOP("Core", "approve it first"))
    elif status == TrancheStatus.CANCELLED:
        why = say(QT_TRANSLATE_NOOP("Core", "it was cancelled; reopen it (back to scheduled) first"))
    else:
        why = say(QT_TRANSLATE_NOOP("Core", "it cannot become {target} from there"), target=target)
    return Step(
        target,
        blocked=say(
            QT_TRANSLATE_NOOP("Core", "tranche {number} is {status}: {why}"),
            number=number,
            status=status,
            why=why,
        ),
    )


def tranche_steps(number: int, status: TrancheStatus) -> tuple[Step, ...]:
    return tuple(tranche_step(number, status, s) for s in TrancheStatus if s != status)


def next_tranche_status(status: TrancheStatus) -> TrancheStatus | None:
    return {TrancheStatus.SCHEDULED: TrancheStatus.APPROVED, TrancheStatus.APPROVED: TrancheStatus.PAID}.get(
        status
    )
