"""What people read for each stored code: an enum's value is stored and never changes; its label
is for display (the desktop app translates it; the command line and reports show it in English).

Labels are marked for Qt's translation tools by QT_TRANSLATE_NOOP below: the marker does nothing
at run time (the core never imports Qt), but pyside6-lupdate finds each label by its name.
"""

from __future__ import annotations

from enum import Enum

from . import enums as e

#: The translation context of every label.
CONTEXT = "Label"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


#: Keyed by enum, then member: members of different enums may share a stored value ("closed").
_LABELS: dict[type[Enum], dict[Enum, str]] = {
    e.OrganisationType: {
        e.OrganisationType.DIASPORA: QT_TRANSLATE_NOOP("Label", "Diaspora organisation"),
        e.OrganisationType.NGO: QT_TRANSLATE_NOOP("Label", "NGO"),
        e.OrganisationType.INTERNATIONAL_NGO: QT_TRANSLATE_NOOP("Label", "International NGO"),
        e.OrganisationType.DONOR: QT_TRANSLATE_NOOP("Label", "Donor"),
        e.OrganisationType.GOVERNMENT: QT_TRANSLATE_NOOP("Label", "Government"),
        e.OrganisationType.UN_AGENCY: QT_TRANSLATE_NOOP("Label", "UN agency"),
        e.OrganisationType.PRIVATE_SECTOR: QT_TRANSLATE_NOOP("Label", "Private sector"),
        e.OrganisationType.OTHER: QT_TRANSLATE_NOOP("Label", "Other"),
    },
    e.DueDiligenceStatus: {
        e.DueDiligenceStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Label", "Not started"),
        e.DueDiligenceStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Label", "In progress"),
        e.DueDiligenceStatus.CLEARED: QT_TRANSLATE_NOOP("Label", "Cleared"),
        e.DueDiligenceStatus.CLEARED_WITH_CONDITIONS: QT_TRANSLATE_NOOP("Label", "Cleared with conditions"),
        e.DueDiligenceStatus.FAILED: QT_TRANSLATE_NOOP("Label", "Failed"),
    },
    e.RiskRating: {
        e.RiskRating.LOW: QT_TRANSLATE_NOOP("Label", "Low"),
        e.RiskRating.MODERATE: QT_TRANSLATE_NOOP("Label", "Moderate"),
        e.RiskRating.SIGNIFICANT: QT_TRANSLATE_NOOP("Label", "Significant"),
        e.RiskRating.HIGH: QT_TRANSLATE_NOOP("Label", "High"),
    },
    e.CallStatus: {
        e.CallStatus.DRAFT: QT_TRANSLATE_NOOP("Label", "Draft"),
        e.CallStatus.OPEN: QT_TRANSLATE_NOOP("Label", "Open"),
        e.CallStatus.CLOSED: QT_TRANSLATE_NOOP("Label", "Closed"),
        e.CallStatus.UNDER_REVIEW: QT_TRANSLATE_NOOP("Label", "Under review"),
        e.CallStatus.AWARDED: QT_TRANSLATE_NOOP("Label", "Awarded"),
        e.CallStatus.CANCELLED: QT_TRANSLATE_NOOP("Label", "Cancelled"),
    },
    e.ApplicationStatus: {
        e.ApplicationStatus.RECEIVED: QT_TRANSLATE_NOOP("Label", "Received"),
        e.ApplicationStatus.ELIGIBLE: QT_TRANSLATE_NOOP("Label", "Eligible"),
        e.ApplicationStatus.INELIGIBLE: QT_TRANSLATE_NOOP("Label", "Ineligible"),
        e.ApplicationStatus.SHORTLISTED: QT_TRANSLATE_NOOP("Label", "Shortlisted"),
        e.ApplicationStatus.SELECTED: QT_TRANSLATE_NOOP("Label", "Selected"),
        e.ApplicationStatus.REJECTED: QT_TRANSLATE_NOOP("Label", "Rejected"),
        e.ApplicationStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Label", "Withdrawn"),
    },
    e.ProjectStatus: {
        e.ProjectStatus.PIPELINE: QT_TRANSLATE_NOOP("Label", "Pipeline"),
        e.ProjectStatus.IMPLEMENTATION: QT_TRANSLATE_NOOP("Label", "Implementation"),
        e.ProjectStatus.FINALISATION: QT_TRANSLATE_NOOP("Label", "Finalisation"),
        e.ProjectStatus.CLOSED: QT_TRANSLATE_NOOP("Label", "Closed"),
        e.ProjectStatus.CANCELLED: QT_TRANSLATE_NOOP("Label", "Cancelled"),
        e.ProjectStatus.SUSPENDED: QT_TRANSLATE_NOOP("Label", "Suspended"),
    },
    e.TargetGroup: {
        e.TargetGroup.HOST_COMMUNITY: QT_TRANSLATE_NOOP("Label", "Host community"),
        e.TargetGroup.MIGRANTS: QT_TRANSLATE_NOOP("Label", "Migrants"),
        e.TargetGroup.REFUGEES: QT_TRANSLATE_NOOP("Label", "Refugees"),
        e.TargetGroup.IDPS: QT_TRANSLATE_NOOP("Label", "Internally displaced people"),
        e.TargetGroup.RETURNEES: QT_TRANSLATE_NOOP("Label", "Returnees"),
        e.TargetGroup.OTHER: QT_TRANSLATE_NOOP("Label", "Other"),
    },
    e.TrancheStatus: {
        e.TrancheStatus.SCHEDULED: QT_TRANSLATE_NOOP("Label", "Scheduled"),
        e.TrancheStatus.APPROVED: QT_TRANSLATE_NOOP("Label", "Approved"),
        e.TrancheStatus.PAID: QT_TRANSLATE_NOOP("Label", "Paid"),
        e.TrancheStatus.CANCELLED: QT_TRANSLATE_NOOP("Label", "Cancelled"),
    },
    e.RequirementStatus: {
        e.RequirementStatus.DUE: QT_TRANSLATE_NOOP("Label", "Due"),
        e.RequirementStatus.OVERDUE: QT_TRANSLATE_NOOP("Label", "Overdue"),
        e.RequirementStatus.SUBMITTED: QT_TRANSLATE_NOOP("Label", "Submitted"),
        e.RequirementStatus.ACCEPTED: QT_TRANSLATE_NOOP("Label", "Accepted"),
    },
    e.DocumentOwner: {
        e.DocumentOwner.ORGANISATION: QT_TRANSLATE_NOOP("Label", "Organisation"),
        e.DocumentOwner.CALL: QT_TRANSLATE_NOOP("Label", "Call"),
        e.DocumentOwner.APPLICATION: QT_TRANSLATE_NOOP("Label", "Application"),
        e.DocumentOwner.PROJECT: QT_TRANSLATE_NOOP("Label", "Project"),
    },
    e.AuditAction: {
        e.AuditAction.INSERT: QT_TRANSLATE_NOOP("Label", "Created"),
        e.AuditAction.UPDATE: QT_TRANSLATE_NOOP("Label", "Changed"),
        e.AuditAction.DELETE: QT_TRANSLATE_NOOP("Label", "Deleted"),
        e.AuditAction.LOCK: QT_TRANSLATE_NOOP("Label", "Locked"),
        e.AuditAction.UNLOCK: QT_TRANSLATE_NOOP("Label", "Unlocked"),
        e.AuditAction.BULK_INSERT: QT_TRANSLATE_NOOP("Label", "Loaded in bulk"),
        e.AuditAction.IMPORT: QT_TRANSLATE_NOOP("Label", "Imported"),
        e.AuditAction.RESTORE: QT_TRANSLATE_NOOP("Label", "Restored"),
    },
    e.OverlapRule: {
        e.OverlapRule.SUM: QT_TRANSLATE_NOOP("Label", "Sum of projects"),
        e.OverlapRule.MAX_PER_LOCATION: QT_TRANSLATE_NOOP("Label", "Largest project per location"),
    },
    e.Measure: {
        e.Measure.NUMBER: QT_TRANSLATE_NOOP("Label", "Number"),
        e.Measure.PERCENT: QT_TRANSLATE_NOOP("Label", "Percentage"),
    },
    e.ResultLevel: {
        e.ResultLevel.OUTPUT: QT_TRANSLATE_NOOP("Label", "Output"),
        e.ResultLevel.OUTCOME: QT_TRANSLATE_NOOP("Label", "Outcome"),
        e.ResultLevel.IMPACT: QT_TRANSLATE_NOOP("Label", "Impact"),
    },
    e.Counting: {
        e.Counting.NON_CUMULATIVE: QT_TRANSLATE_NOOP("Label", "Non-cumulative (sum of periods)"),
        e.Counting.CUMULATIVE: QT_TRANSLATE_NOOP("Label", "Cumulative (latest value)"),
        e.Counting.UNIQUE_PEOPLE: QT_TRANSLATE_NOOP("Label", "Unique people (new each period)"),
    },
    e.Reach: {
        e.Reach.NONE: QT_TRANSLATE_NOOP("Label", "Not people reached"),
        e.Reach.DIRECT: QT_TRANSLATE_NOOP("Label", "Direct reach"),
        e.Reach.INDIRECT: QT_TRANSLATE_NOOP("Label", "Indirect reach"),
    },
    e.AccessRole: {
        e.AccessRole.ADMINISTRATOR: QT_TRANSLATE_NOOP("Label", "Administrator"),
        e.AccessRole.PROGRAMME_MANAGER: QT_TRANSLATE_NOOP("Label", "Programme manager"),
        e.AccessRole.ME_OFFICER: QT_TRANSLATE_NOOP("Label", "M&E officer"),
        e.AccessRole.FINANCE_OFFICER: QT_TRANSLATE_NOOP("Label", "Finance officer"),
        e.AccessRole.REVIEWER: QT_TRANSLATE_NOOP("Label", "Reviewer"),
        e.AccessRole.VIEWER: QT_TRANSLATE_NOOP("Label", "Viewer"),
    },
    e.Action: {
        e.Action.MANAGE_PEOPLE: QT_TRANSLATE_NOOP("Label", "manage people and their roles"),
        e.Action.MANAGE_PROGRAMMES: QT_TRANSLATE_NOOP("Label", "create or delete programmes"),
        e.Action.EDIT_PROGRAMME: QT_TRANSLATE_NOOP("Label", "change the programme's settings"),
        e.Action.RUN_CALLS: QT_TRANSLATE_NOOP("Label", "run calls, applications and decisions"),
        e.Action.AWARD: QT_TRANSLATE_NOOP("Label", "award grants and set up projects"),
        e.Action.REVIEW: QT_TRANSLATE_NOOP("Label", "review applications"),
        e.Action.DEFINE_INDICATORS: QT_TRANSLATE_NOOP("Label", "define indicators, periods and targets"),
        e.Action.ENTER_RESULTS: QT_TRANSLATE_NOOP("Label", "enter and submit results"),
        e.Action.APPROVE_RESULTS: QT_TRANSLATE_NOOP("Label", "approve results"),
        e.Action.LOCK_PERIODS: QT_TRANSLATE_NOOP("Label", "lock and unlock periods"),
        e.Action.ENTER_FINANCE: QT_TRANSLATE_NOOP("Label", "enter budgets, tranches and expenditures"),
        e.Action.ENTER_RATES: QT_TRANSLATE_NOOP("Label", "enter exchange rates"),
        e.Action.EDIT_ORGANISATIONS: QT_TRANSLATE_NOOP("Label", "edit organisations and contacts"),
        e.Action.ATTACH_DOCUMENTS: QT_TRANSLATE_NOOP("Label", "attach documents"),
        e.Action.READ: QT_TRANSLATE_NOOP("Label", "read"),
    },
    e.Direction: {
        e.Direction.INCREASE: QT_TRANSLATE_NOOP("Label", "Increase"),
        e.Direction.DECREASE: QT_TRANSLATE_NOOP("Label", "Decrease"),
    },
    e.Sex: {
        e.Sex.FEMALE: QT_TRANSLATE_NOOP("Label", "Female"),
        e.Sex.MALE: QT_TRANSLATE_NOOP("Label", "Male"),
        e.Sex.UNKNOWN: QT_TRANSLATE_NOOP("Label", "Sex unknown"),
    },
    e.ResultStatus: {
        e.ResultStatus.DRAFT: QT_TRANSLATE_NOOP("Label", "Draft"),
        e.ResultStatus.SUBMITTED: QT_TRANSLATE_NOOP("Label", "Submitted"),
        e.ResultStatus.APPROVED: QT_TRANSLATE_NOOP("Label", "Approved"),
    },
}


def label(value: Enum) -> str:
    """The English label of a stored code, for the command line, reports and as the source text
    that the desktop app translates."""
    return _LABELS[type(value)][value]


def has_label(value: object) -> bool:
    return isinstance(value, Enum) and value in _LABELS.get(type(value), {})
