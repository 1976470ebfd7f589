"""What people read for each stored code: an enum's value is stored and never changes; its label
is for display (the desktop app translates it; the command line and reports show it in English).

Labels are marked for Qt's translation tools by QT_TRANSLATE_NOOP below: the marker does nothing
at run time (the core never imports Qt), but pyside6-lupdate finds each label by its name.
"""

from __future__ import annotations

from enum import Enum

from . import enums as e

# The translation context of every label (a plain comment: lupdate reads "#:" as a note to translators).
CONTEXT = "Label"


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str) -> str:  # noqa: N802 - lupdate's name
    """Marks `text` for lupdate. The disambiguation is the enum's name: the same English word can
    need two translations ("Closed": a call, "clôturé" / "مغلقة"; a project, "clôturé" / "مغلق";
    "Cancelled": a tranche, "annulée"; a project, "annulé"), so each enum's labels are their own."""
    return text


# Keyed by enum, then member: members of different enums may share a stored value ("closed").
_LABELS: dict[type[Enum], dict[Enum, str]] = {
    e.OrganisationType: {
        e.OrganisationType.DIASPORA: QT_TRANSLATE_NOOP("Label", "Diaspora organisation", "OrganisationType"),
        e.OrganisationType.NGO: QT_TRANSLATE_NOOP("Label", "NGO", "OrganisationType"),
        e.OrganisationType.INTERNATIONAL_NGO: QT_TRANSLATE_NOOP(
            "Label", "International NGO", "OrganisationType"
        ),
        e.OrganisationType.DONOR: QT_TRANSLATE_NOOP("Label", "Donor", "OrganisationType"),
        e.OrganisationType.GOVERNMENT: QT_TRANSLATE_NOOP("Label", "Government", "OrganisationType"),
        e.OrganisationType.UN_AGENCY: QT_TRANSLATE_NOOP("Label", "UN agency", "OrganisationType"),
        e.OrganisationType.PRIVATE_SECTOR: QT_TRANSLATE_NOOP("Label", "Private sector", "OrganisationType"),
        e.OrganisationType.OTHER: QT_TRANSLATE_NOOP("Label", "Other", "OrganisationType"),
    },
    e.DueDiligenceStatus: {
        e.DueDiligenceStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Label", "Not started", "DueDiligenceStatus"),
        e.DueDiligenceStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Label", "In progress", "DueDiligenceStatus"),
        e.DueDiligenceStatus.CLEARED: QT_TRANSLATE_NOOP("Label", "Cleared", "DueDiligenceStatus"),
        e.DueDiligenceStatus.CLEARED_WITH_CONDITIONS: QT_TRANSLATE_NOOP(
            "Label", "Cleared with conditions", "DueDiligenceStatus"
        ),
        e.DueDiligenceStatus.FAILED: QT_TRANSLATE_NOOP("Label", "Failed", "DueDiligenceStatus"),
    },
    e.RiskRating: {
        e.RiskRating.LOW: QT_TRANSLATE_NOOP("Label", "Low", "RiskRating"),
        e.RiskRating.MODERATE: QT_TRANSLATE_NOOP("Label", "Moderate", "RiskRating"),
        e.RiskRating.SIGNIFICANT: QT_TRANSLATE_NOOP("Label", "Significant", "RiskRating"),
        e.RiskRating.HIGH: QT_TRANSLATE_NOOP("Label", "High", "RiskRating"),
    },
    e.CallStatus: {
        e.CallStatus.DRAFT: QT_TRANSLATE_NOOP("Label", "Draft", "CallStatus"),
        e.CallStatus.OPEN: QT_TRANSLATE_NOOP("Label", "Open", "CallStatus"),
        e.CallStatus.CLOSED: QT_TRANSLATE_NOOP("Label", "Closed", "CallStatus"),
        e.CallStatus.UNDER_REVIEW: QT_TRANSLATE_NOOP("Label", "Under review", "CallStatus"),
        e.CallStatus.AWARDED: QT_TRANSLATE_NOOP("Label", "Awarded", "CallStatus"),
        e.CallStatus.CANCELLED: QT_TRANSLATE_NOOP("Label", "Cancelled", "CallStatus"),
    },
    e.ApplicationStatus: {
        e.ApplicationStatus.RECEIVED: QT_TRANSLATE_NOOP("Label", "Received", "ApplicationStatus"),
        e.ApplicationStatus.ELIGIBLE: QT_TRANSLATE_NOOP("Label", "Eligible", "ApplicationStatus"),
        e.ApplicationStatus.INELIGIBLE: QT_TRANSLATE_NOOP("Label", "Ineligible", "ApplicationStatus"),
        e.ApplicationStatus.SHORTLISTED: QT_TRANSLATE_NOOP("Label", "Shortlisted", "ApplicationStatus"),
        e.ApplicationStatus.SELECTED: QT_TRANSLATE_NOOP("Label", "Selected", "ApplicationStatus"),
        e.ApplicationStatus.REJECTED: QT_TRANSLATE_NOOP("Label", "Rejected", "ApplicationStatus"),
        e.ApplicationStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Label", "Withdrawn", "ApplicationStatus"),
    },
    e.ProjectStatus: {
        e.ProjectStatus.PIPELINE: QT_TRANSLATE_NOOP("Label", "Pipeline", "ProjectStatus"),
        e.ProjectStatus.IMPLEMENTATION: QT_TRANSLATE_NOOP("Label", "Implementation", "ProjectStatus"),
        e.ProjectStatus.FINALISATION: QT_TRANSLATE_NOOP("Label", "Finalisation", "ProjectStatus"),
        e.ProjectStatus.CLOSED: QT_TRANSLATE_NOOP("Label", "Closed", "ProjectStatus"),
        e.ProjectStatus.CANCELLED: QT_TRANSLATE_NOOP("Label", "Cancelled", "ProjectStatus"),
        e.ProjectStatus.SUSPENDED: QT_TRANSLATE_NOOP("Label", "Suspended", "ProjectStatus"),
    },
    e.TargetGroup: {
        e.TargetGroup.HOST_COMMUNITY: QT_TRANSLATE_NOOP("Label", "Host community", "TargetGroup"),
        e.TargetGroup.MIGRANTS: QT_TRANSLATE_NOOP("Label", "Migrants", "TargetGroup"),
        e.TargetGroup.REFUGEES: QT_TRANSLATE_NOOP("Label", "Refugees", "TargetGroup"),
        e.TargetGroup.IDPS: QT_TRANSLATE_NOOP("Label", "Internally displaced people", "TargetGroup"),
        e.TargetGroup.RETURNEES: QT_TRANSLATE_NOOP("Label", "Returnees", "TargetGroup"),
        e.TargetGroup.OTHER: QT_TRANSLATE_NOOP("Label", "Other", "TargetGroup"),
    },
    e.TrancheStatus: {
        e.TrancheStatus.SCHEDULED: QT_TRANSLATE_NOOP("Label", "Scheduled", "TrancheStatus"),
        e.TrancheStatus.APPROVED: QT_TRANSLATE_NOOP("Label", "Approved", "TrancheStatus"),
        e.TrancheStatus.PAID: QT_TRANSLATE_NOOP("Label", "Paid", "TrancheStatus"),
        e.TrancheStatus.CANCELLED: QT_TRANSLATE_NOOP("Label", "Cancelled", "TrancheStatus"),
    },
    e.RequirementStatus: {
        e.RequirementStatus.DUE: QT_TRANSLATE_NOOP("Label", "Due", "RequirementStatus"),
        e.RequirementStatus.OVERDUE: QT_TRANSLATE_NOOP("Label", "Overdue", "RequirementStatus"),
        e.RequirementStatus.SUBMITTED: QT_TRANSLATE_NOOP("Label", "Submitted", "RequirementStatus"),
        e.RequirementStatus.ACCEPTED: QT_TRANSLATE_NOOP("Label", "Accepted", "RequirementStatus"),
    },
    e.DocumentOwner: {
        e.DocumentOwner.ORGANISATION: QT_TRANSLATE_NOOP("Label", "Organisation", "DocumentOwner"),
        e.DocumentOwner.CALL: QT_TRANSLATE_NOOP("Label", "Call", "DocumentOwner"),
        e.DocumentOwner.APPLICATION: QT_TRANSLATE_NOOP("Label", "Application", "DocumentOwner"),
        e.DocumentOwner.PROJECT: QT_TRANSLATE_NOOP("Label", "Project", "DocumentOwner"),
    },
    e.AuditAction: {
        e.AuditAction.INSERT: QT_TRANSLATE_NOOP("Label", "Created", "AuditAction"),
        e.AuditAction.UPDATE: QT_TRANSLATE_NOOP("Label", "Changed", "AuditAction"),
        e.AuditAction.DELETE: QT_TRANSLATE_NOOP("Label", "Deleted", "AuditAction"),
        e.AuditAction.LOCK: QT_TRANSLATE_NOOP("Label", "Locked", "AuditAction"),
        e.AuditAction.UNLOCK: QT_TRANSLATE_NOOP("Label", "Unlocked", "AuditAction"),
        e.AuditAction.BULK_INSERT: QT_TRANSLATE_NOOP("Label", "Loaded in bulk", "AuditAction"),
        e.AuditAction.IMPORT: QT_TRANSLATE_NOOP("Label", "Imported", "AuditAction"),
        e.AuditAction.RESTORE: QT_TRANSLATE_NOOP("Label", "Restored", "AuditAction"),
    },
    e.OverlapRule: {
        e.OverlapRule.SUM: QT_TRANSLATE_NOOP("Label", "Sum of projects", "OverlapRule"),
        e.OverlapRule.MAX_PER_LOCATION: QT_TRANSLATE_NOOP(
            "Label", "Largest project per location", "OverlapRule"
        ),
    },
    e.Measure: {
        e.Measure.NUMBER: QT_TRANSLATE_NOOP("Label", "Number", "Measure"),
        e.Measure.PERCENT: QT_TRANSLATE_NOOP("Label", "Percentage", "Measure"),
    },
    e.ResultLevel: {
        e.ResultLevel.OUTPUT: QT_TRANSLATE_NOOP("Label", "Output", "ResultLevel"),
        e.ResultLevel.OUTCOME: QT_TRANSLATE_NOOP("Label", "Outcome", "ResultLevel"),
        e.ResultLevel.IMPACT: QT_TRANSLATE_NOOP("Label", "Impact", "ResultLevel"),
    },
    e.Counting: {
        e.Counting.NON_CUMULATIVE: QT_TRANSLATE_NOOP("Label", "Non-cumulative (sum of periods)", "Counting"),
        e.Counting.CUMULATIVE: QT_TRANSLATE_NOOP("Label", "Cumulative (latest value)", "Counting"),
        e.Counting.UNIQUE_PEOPLE: QT_TRANSLATE_NOOP("Label", "Unique people (new each period)", "Counting"),
    },
    e.Reach: {
        e.Reach.NONE: QT_TRANSLATE_NOOP("Label", "Not people reached", "Reach"),
        e.Reach.DIRECT: QT_TRANSLATE_NOOP("Label", "Direct reach", "Reach"),
        e.Reach.INDIRECT: QT_TRANSLATE_NOOP("Label", "Indirect reach", "Reach"),
    },
    e.AccessRole: {
        e.AccessRole.ADMINISTRATOR: QT_TRANSLATE_NOOP("Label", "Administrator", "AccessRole"),
        e.AccessRole.PROGRAMME_MANAGER: QT_TRANSLATE_NOOP("Label", "Programme manager", "AccessRole"),
        e.AccessRole.ME_OFFICER: QT_TRANSLATE_NOOP("Label", "M&E officer", "AccessRole"),
        e.AccessRole.FINANCE_OFFICER: QT_TRANSLATE_NOOP("Label", "Finance officer", "AccessRole"),
        e.AccessRole.REVIEWER: QT_TRANSLATE_NOOP("Label", "Reviewer", "AccessRole"),
        e.AccessRole.VIEWER: QT_TRANSLATE_NOOP("Label", "Viewer", "AccessRole"),
    },
    e.Action: {
        e.Action.MANAGE_PEOPLE: QT_TRANSLATE_NOOP("Label", "manage people and their roles", "Action"),
        e.Action.MANAGE_PROGRAMMES: QT_TRANSLATE_NOOP("Label", "create or delete programmes", "Action"),
        e.Action.EDIT_PROGRAMME: QT_TRANSLATE_NOOP("Label", "change the programme's settings", "Action"),
        e.Action.RUN_CALLS: QT_TRANSLATE_NOOP("Label", "run calls, applications and decisions", "Action"),
        e.Action.AWARD: QT_TRANSLATE_NOOP("Label", "award grants and set up projects", "Action"),
        e.Action.REVIEW: QT_TRANSLATE_NOOP("Label", "review applications", "Action"),
        e.Action.DEFINE_INDICATORS: QT_TRANSLATE_NOOP(
            "Label", "define indicators, periods and targets", "Action"
        ),
        e.Action.ENTER_RESULTS: QT_TRANSLATE_NOOP("Label", "enter and submit results", "Action"),
        e.Action.APPROVE_RESULTS: QT_TRANSLATE_NOOP("Label", "approve results", "Action"),
        e.Action.LOCK_PERIODS: QT_TRANSLATE_NOOP("Label", "lock and unlock periods", "Action"),
        e.Action.ENTER_FINANCE: QT_TRANSLATE_NOOP(
            "Label", "enter budgets, tranches and expenditures", "Action"
        ),
        e.Action.ENTER_RATES: QT_TRANSLATE_NOOP("Label", "enter exchange rates", "Action"),
        e.Action.EDIT_ORGANISATIONS: QT_TRANSLATE_NOOP("Label", "edit organisations and contacts", "Action"),
        e.Action.ATTACH_DOCUMENTS: QT_TRANSLATE_NOOP("Label", "attach documents", "Action"),
        e.Action.READ: QT_TRANSLATE_NOOP("Label", "read", "Action"),
    },
    e.Direction: {
        e.Direction.INCREASE: QT_TRANSLATE_NOOP("Label", "Increase", "Direction"),
        e.Direction.DECREASE: QT_TRANSLATE_NOOP("Label", "Decrease", "Direction"),
    },
    e.Sex: {
        e.Sex.FEMALE: QT_TRANSLATE_NOOP("Label", "Female", "Sex"),
        e.Sex.MALE: QT_TRANSLATE_NOOP("Label", "Male", "Sex"),
        e.Sex.UNKNOWN: QT_TRANSLATE_NOOP("Label", "Sex unknown", "Sex"),
    },
    e.ResultStatus: {
        e.ResultStatus.DRAFT: QT_TRANSLATE_NOOP("Label", "Draft", "ResultStatus"),
        e.ResultStatus.SUBMITTED: QT_TRANSLATE_NOOP("Label", "Submitted", "ResultStatus"),
        e.ResultStatus.APPROVED: QT_TRANSLATE_NOOP("Label", "Approved", "ResultStatus"),
    },
}


def label(value: Enum) -> str:
    """The English label of a stored code, for the command line, reports and as the source text
    that the desktop app translates."""
    return _LABELS[type(value)][value]


def disambiguation(value: Enum) -> str:
    """What tells the translator which list a label belongs to (its enum's name, as marked above)."""
    return type(value).__name__


def has_label(value: object) -> bool:
    return isinstance(value, Enum) and value in _LABELS.get(type(value), {})
