"""Closed vocabularies of the grant chain. Values are what users read and what the database stores."""

from __future__ import annotations

from enum import StrEnum


class OrganisationType(StrEnum):
    DIASPORA = "diaspora organisation"
    NGO = "NGO"
    INTERNATIONAL_NGO = "international NGO"
    DONOR = "donor"
    GOVERNMENT = "government"
    UN_AGENCY = "UN agency"
    PRIVATE_SECTOR = "private sector"
    OTHER = "other"


class DueDiligenceStatus(StrEnum):
    NOT_STARTED = "not started"
    IN_PROGRESS = "in progress"
    CLEARED = "cleared"
    CLEARED_WITH_CONDITIONS = "cleared with conditions"
    FAILED = "failed"


class RiskRating(StrEnum):
    LOW = "low"
    MODERATE = "moderate"
    SIGNIFICANT = "significant"
    HIGH = "high"


class CallStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"
    UNDER_REVIEW = "under review"
    AWARDED = "awarded"
    CANCELLED = "cancelled"


class ApplicationStatus(StrEnum):
    RECEIVED = "received"
    ELIGIBLE = "eligible"
    INELIGIBLE = "ineligible"
    SHORTLISTED = "shortlisted"
    SELECTED = "selected"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class ProjectStatus(StrEnum):
    """IATI ActivityStatus; the code is what IATI exports carry."""

    PIPELINE = "pipeline"
    IMPLEMENTATION = "implementation"
    FINALISATION = "finalisation"
    CLOSED = "closed"
    CANCELLED = "cancelled"
    SUSPENDED = "suspended"

    @property
    def iati_code(self) -> str:
        return str(list(ProjectStatus).index(self) + 1)


class TargetGroup(StrEnum):
    HOST_COMMUNITY = "host community"
    MIGRANTS = "migrants"
    REFUGEES = "refugees"
    IDPS = "IDPs"
    RETURNEES = "returnees"
    OTHER = "other"


class TrancheStatus(StrEnum):
    SCHEDULED = "scheduled"
    APPROVED = "approved"
    PAID = "paid"
    CANCELLED = "cancelled"


class RequirementStatus(StrEnum):
    """Derived from the dates of a reporting requirement, never stored."""

    DUE = "due"
    OVERDUE = "overdue"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"


class DocumentOwner(StrEnum):
    ORGANISATION = "organisation"
    CALL = "call"
    APPLICATION = "application"
    PROJECT = "project"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    LOCK = "lock"
    UNLOCK = "unlock"
    BULK_INSERT = "bulk insert"
    IMPORT = "import"
    RESTORE = "restore"


class OverlapRule(StrEnum):
    """How unique people reached by several projects are combined."""

    SUM = "sum"
    MAX_PER_LOCATION = "max per location"


class Measure(StrEnum):
    NUMBER = "number"
    PERCENT = "percent"


class ResultLevel(StrEnum):
    OUTPUT = "output"
    OUTCOME = "outcome"
    IMPACT = "impact"


class Counting(StrEnum):
    """How an indicator's periods roll up into a life-of-award figure."""

    NON_CUMULATIVE = "non-cumulative"
    CUMULATIVE = "cumulative"
    UNIQUE_PEOPLE = "unique people"


class Reach(StrEnum):
    NONE = "none"
    DIRECT = "direct"
    INDIRECT = "indirect"


class Direction(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"


class ResultStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"


class AccessRole(StrEnum):
    """What a person does in team mode (stored per programme, per call for reviewers)."""

    ADMINISTRATOR = "administrator"
    PROGRAMME_MANAGER = "programme manager"
    ME_OFFICER = "M&E officer"
    FINANCE_OFFICER = "finance officer"
    REVIEWER = "reviewer"
    VIEWER = "viewer"


class Action(StrEnum):
    """What a role may do (domain/access.py says which role may do which); never stored."""

    MANAGE_PEOPLE = "manage people"
    MANAGE_PROGRAMMES = "manage programmes"
    EDIT_PROGRAMME = "edit programme"
    RUN_CALLS = "run calls"
    AWARD = "award"
    REVIEW = "review"
    DEFINE_INDICATORS = "define indicators"
    ENTER_RESULTS = "enter results"
    APPROVE_RESULTS = "approve results"
    LOCK_PERIODS = "lock periods"
    ENTER_FINANCE = "enter finance"
    ENTER_RATES = "enter rates"
    EDIT_ORGANISATIONS = "edit organisations"
    ATTACH_DOCUMENTS = "attach documents"
    READ = "read"


DEFAULT_AGE_BANDS = ("0-17", "18-59", "60+")
UNKNOWN_AGE_BAND = "unknown"
DEFAULT_POPULATION_GROUPS = ("host community", "migrants", "refugees", "IDPs", "returnees", "unknown")
