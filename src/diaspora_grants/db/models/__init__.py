"""All mapped tables; importing this package registers them on Base.metadata."""

from .audit import AuditEntry
from .calls import Application, Call, Criterion, Review, ReviewScore
from .documents import Document
from .finance import BudgetLine, BudgetRevision, ExchangeRate, Expenditure, Tranche
from .narratives import Narrative, NarrativeOutcome, NarrativeOutcomeIndicator, PartnerNarrative
from .organisations import Contact, Organisation
from .people import Person, RoleAssignment
from .programmes import Programme
from .projects import Location, Project, ReportingRequirement
from .reporting import ProgrammeAward, VarianceExplanation
from .results import Indicator, Period, Result, Target

__all__ = [
    "Application",
    "AuditEntry",
    "BudgetLine",
    "BudgetRevision",
    "Call",
    "Contact",
    "Criterion",
    "Document",
    "ExchangeRate",
    "Expenditure",
    "Indicator",
    "Location",
    "Narrative",
    "NarrativeOutcome",
    "NarrativeOutcomeIndicator",
    "Organisation",
    "PartnerNarrative",
    "Period",
    "Person",
    "Programme",
    "ProgrammeAward",
    "Project",
    "ReportingRequirement",
    "Result",
    "Review",
    "ReviewScore",
    "RoleAssignment",
    "Target",
    "Tranche",
    "VarianceExplanation",
]
