"""Whether a partner's due diligence allows a grant decision today, and who may apply at all.

Selecting or awarding to an organisation whose due diligence is not cleared (or has expired) is
sometimes right (clearing it is a condition of the first tranche), but never silent: it needs an
override with a written reason, kept on the application and on the project.
"""

from __future__ import annotations

import datetime as dt

from .enums import DueDiligenceStatus, OrganisationType

#: Due diligence that expires within this many days is flagged before awards and tranches.
EXPIRY_WARNING_DAYS = 60

CLEARED_STATUSES = frozenset({DueDiligenceStatus.CLEARED, DueDiligenceStatus.CLEARED_WITH_CONDITIONS})

#: Who may apply to a call: civil society and private actors. Donors and UN agencies fund or
#: run programmes and a government body is a counterpart, not a grantee of a diaspora programme.
APPLICANT_TYPES = frozenset(
    {
        OrganisationType.DIASPORA,
        OrganisationType.NGO,
        OrganisationType.INTERNATIONAL_NGO,
        OrganisationType.PRIVATE_SECTOR,
        OrganisationType.OTHER,
    }
)


def due_diligence_state(status: DueDiligenceStatus, expiry: dt.date | None, today: dt.date) -> str:
    """ "valid", "expiring", "expired" or "missing" (not cleared), as of `today`."""
    if status not in CLEARED_STATUSES:
        return "missing"
    if expiry is None:
        return "valid"
    if expiry < today:
        return "expired"
    if (expiry - today).days <= EXPIRY_WARNING_DAYS:
        return "expiring"
    return "valid"


def not_cleared(status: DueDiligenceStatus, expiry: dt.date | None, today: dt.date) -> str | None:
    """Why due diligence does not allow a decision today, in words ("in progress", "expired on
    2022-06-30"); None when it is cleared and in force (expiring soon still counts as cleared)."""
    state = due_diligence_state(status, expiry, today)
    if state == "missing":
        return f"{status.value} (not cleared)"
    if state == "expired" and expiry is not None:
        return f"expired on {expiry.isoformat()}"
    return None
