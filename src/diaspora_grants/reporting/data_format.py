"""The data workbook's fixed sheets and headers (docs/spreadsheet-format.md explains each column).

Headers match case-insensitively and in any order; other columns are ignored; a header marked
required here must be present and its cells filled. Records are matched by natural keys (the
`key` headers), so that an import updates what exists instead of duplicating it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    header: str
    required: bool = False


@dataclass(frozen=True)
class SheetSpec:
    name: str
    columns: tuple[Column, ...]
    #: The headers whose values identify a record (within the file and in the database).
    key: tuple[str, ...]

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)


def _spec(name: str, columns: str, key: str) -> SheetSpec:
    """Columns as "Header*|Header|..." (* = required), key as "Header|Header"."""
    parsed = tuple(Column(h.rstrip("*").strip(), h.endswith("*")) for h in columns.split("|"))
    return SheetSpec(name, parsed, tuple(key.split("|")))


PROGRAMMES = _spec(
    "Programmes",
    "Code*|Name*|Donor|Award number|Currency*|Start*|End*|Overlap rule|Age bands|Headline indicator"
    "|Reporting organisation|Population groups|SDG goals|Description|Approver must differ",
    "Code",
)
ORGANISATIONS = _spec(
    "Organisations",
    "Name*|Acronym|Type|HQ country|Origin countries|Operating countries|Email|Phone|Website"
    "|Registration no.|IATI ref|Due diligence status|Due diligence date|Risk rating|Notes"
    "|Due diligence expiry",
    "Name",
)
CONTACTS = _spec("Contacts", "Organisation*|Name*|Role|Email|Phone", "Organisation|Name")
PROJECTS = _spec(
    "Projects",
    "Code*|Title*|Programme*|Partner*|Country*|Locations|Sector|DAC code|Status|Planned start|Planned end"
    "|Actual start|Actual end|Grant amount|Currency|Call|From application|Target groups|Description"
    "|Agreement number",
    "Code",
)
LOCATIONS = _spec("Locations", "Project*|Name*|P-code|Admin-1 code", "Project|Name")
REQUIREMENTS = _spec(
    "Reporting requirements", "Project*|Title*|Due*|Submitted|Accepted|Notes", "Project|Title|Due"
)
DOCUMENTS = _spec(
    "Documents",
    "Owner type*|Owner*|Applicant|Name*|Kind|Date|Original file name*|SHA-256*|Size*",
    "Owner type|Owner|Applicant|Name|SHA-256",
)
INDICATORS = _spec(
    "Indicators",
    "Programme*|Code*|Name*|Unit|Measure|Result level|Counting|Reach|Direction|Baseline|Baseline date"
    "|LoA target|Disaggregated|Sector|Definition|Means of verification|Age bands|Unit value"
    "|Unit value currency",
    "Programme|Code",
)
PERIODS = _spec("Periods", "Programme*|Label*|Start*|End*|Locked", "Programme|Label")
TARGETS = _spec(
    "Targets", "Programme*|Indicator*|Project|Period|Value*", "Programme|Indicator|Project|Period"
)
RESULTS = _spec(
    "Results",
    "Programme*|Project*|Indicator*|Period*|Location|Population group|Sex|Age band|Value*|Status|Source|Note",
    "Programme|Project|Indicator|Period|Location|Population group|Sex|Age band",
)
CALLS = _spec(
    "Calls",
    "Reference*|Title*|Programme*|Status|Eligible countries|Eligible sectors|Envelope amount|Currency"
    "|Ceiling per grant|Launch date|Clarification date|Submission deadline|Decision date|Description",
    "Reference",
)
CRITERIA = _spec("Criteria", "Call*|Name*|Weight*|Max score|Description", "Call|Name")
APPLICATIONS = _spec(
    "Applications",
    "Call*|Organisation*|Title*|Received*|Status|Countries|Sector|Requested amount|Currency|Late"
    "|Late reason|Decision reason|Summary",
    "Call|Organisation",
)
REVIEWS = _spec(
    "Reviews",
    "Call*|Organisation*|Reviewer*|Scores|Conflict of interest|Conflict note|Comment",
    "Call|Organisation|Reviewer",
)
BUDGET_LINES = _spec(
    "Budget lines", "Project*|Code*|Category*|Original amount*|Revised amount|Description", "Project|Code"
)
BUDGET_REVISIONS = _spec(
    "Budget revisions",
    "Project*|Budget line*|Revised on*|Previous amount*|Revised amount|Reason*",
    "Project|Budget line|Revised on|Previous amount|Revised amount|Reason",
)
TRANCHES = _spec(
    "Tranches",
    "Project*|Number*|Planned date*|Planned amount*|Currency|Condition|Status|Actual date|Actual amount",
    "Project|Number",
)
EXPENDITURES = _spec(
    "Expenditures",
    "Project*|Date*|Amount*|Currency|Budget line|Description",
    "Project|Date|Amount|Currency|Budget line|Description",
)
EXCHANGE_RATES = _spec(
    "Exchange rates",
    "Base currency*|Currency*|Month*|Units per base*|Source|Value date",
    "Base currency|Currency|Month",
)
NARRATIVES = _spec(
    "Narratives",
    "Programme*|First period*|Last period*|Executive summary|Context|Challenges and how they were handled"
    "|Lessons learned|Accountability to affected people|Protection from sexual exploitation and abuse"
    "|Risks|Plans for the next period",
    "Programme|First period|Last period",
)
NARRATIVE_OUTCOMES = _spec(
    "Narrative outcomes",
    "Programme*|First period*|Last period*|Position*|Title*|Text|Indicators",
    "Programme|First period|Last period|Position",
)
PARTNER_NARRATIVES = _spec(
    "Partner narratives",
    "Project*|Period*|Progress|Challenges and how they were handled|Lessons learned"
    "|Accountability to affected people|Plans for the next period",
    "Project|Period",
)

AWARDS = _spec(
    "Awards",
    "Programme*|Amount|Funds received|Funds received on|Sub-grants|Direct costs|Indirect rate"
    "|Variance threshold|Humanitarian|GLIDE number",
    "Programme",
)
#: Why an indicator missed its target in a period (no period: the life of award), or why a
#: project's budget line is over-spent: Indicator, or Project with Budget line.
VARIANCE_EXPLANATIONS = _spec(
    "Variance explanations",
    "Programme*|Indicator|Period|Project|Budget line|Explanation*",
    "Programme|Indicator|Period|Project|Budget line",
)

#: In the order they are written and imported: a sheet only refers to sheets before it (spending
#: in another currency needs its month's exchange rate, so the rates come before the expenditures).
ALL_SHEETS = (
    ORGANISATIONS,
    CONTACTS,
    PROGRAMMES,
    INDICATORS,
    PERIODS,
    CALLS,
    CRITERIA,
    APPLICATIONS,
    REVIEWS,
    PROJECTS,
    LOCATIONS,
    BUDGET_LINES,
    BUDGET_REVISIONS,
    TRANCHES,
    EXCHANGE_RATES,
    EXPENDITURES,
    TARGETS,
    RESULTS,
    AWARDS,
    VARIANCE_EXPLANATIONS,
    REQUIREMENTS,
    DOCUMENTS,
    NARRATIVES,
    NARRATIVE_OUTCOMES,
    PARTNER_NARRATIVES,
)
