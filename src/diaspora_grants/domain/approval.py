"""Who may move results from draft to submitted to approved, and back: one rule for every path.

Results are entered as drafts, submitted for approval, and approved; approved results are counted
in reach and reports and stay read-only until someone reopens them with a written reason. A
programme may require the person who approves to differ from the person who submitted (four eyes).
"""

from __future__ import annotations

from .enums import ResultStatus

DRAFT, SUBMITTED, APPROVED = ResultStatus.DRAFT, ResultStatus.SUBMITTED, ResultStatus.APPROVED


def status_change_problem(
    current: ResultStatus,
    wanted: ResultStatus,
    *,
    scope: str,
    user: str,
    submitter: str | None,
    approver_must_differ: bool,
) -> str | None:
    """Why results of `scope` that are `current` cannot become `wanted` by `user`, or None.

    `submitter` is who submitted them (None: nobody recorded). No change (current == wanted) is
    never a problem: the caller leaves those results alone."""
    if current == wanted:
        return None
    if current == APPROVED:
        return f"the results of {scope} are approved: reopen them with a reason before changing their status"
    if wanted == APPROVED:
        return approval_problem(
            current, scope=scope, user=user, submitter=submitter, rule=approver_must_differ
        )
    return None


def approval_problem(
    current: ResultStatus, *, scope: str, user: str, submitter: str | None, rule: bool
) -> str | None:
    """Why `user` cannot approve results of `scope` that are `current`, or None."""
    if not rule:
        return None
    if current == DRAFT or submitter is None:
        return (
            f"the results of {scope} have not been submitted: the programme asks one person to submit "
            "them and another to approve them"
        )
    if submitter.strip().lower() == user.strip().lower():
        return (
            f"you submitted the results of {scope}; the programme asks someone else to approve them "
            "(the approval rule is set per programme on the Results page)"
        )
    return None


def edit_problem(current: ResultStatus, *, scope: str) -> str | None:
    """Why results of `scope` that are `current` cannot be changed as they are, or None."""
    if current == APPROVED:
        return f"the results of {scope} are approved: reopen them with a reason before changing them"
    return None
