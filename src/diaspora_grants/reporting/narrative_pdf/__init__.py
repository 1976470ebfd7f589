"""The narrative report a donor reads (PDF), built from plain data with fpdf2 (no Qt)."""

from diaspora_grants.reporting.narrative_pdf.model import (
    BarGroup,
    Chart,
    NarrativeReport,
    OutcomeSection,
    TextSection,
)
from diaspora_grants.reporting.narrative_pdf.writer import PdfResult, write_narrative_pdf

__all__ = [
    "BarGroup",
    "Chart",
    "NarrativeReport",
    "OutcomeSection",
    "PdfResult",
    "TextSection",
    "write_narrative_pdf",
]
