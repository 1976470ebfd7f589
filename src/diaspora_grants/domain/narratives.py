"""The narrative of a donor report: its sections, in the order a donor reads them, and their rules.

A programme's narrative belongs to one report: the programme and the reporting periods it covers
(first and last). It is locked with its last period: once that period is locked, the report was
sent and its words no longer change. Progress is written per outcome, each with the indicators it
speaks for; a partner's own narrative comes in with its results template, per project and period.

Section keys are stored (database columns, data-workbook headers): they never change; what users
read is the title.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from . import validation as v
from .errors import FieldProblem


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a title or hint for the app's translators (context "NarrativeDialog", where the editor
    shows them); the core never imports Qt, reports keep the English."""
    return text


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    #: What to write, for the editor's placeholder and the partner template's instructions.
    hint: str


EXECUTIVE_SUMMARY = Section(
    "executive_summary",
    QT_TRANSLATE_NOOP("NarrativeDialog", "Executive summary"),
    QT_TRANSLATE_NOOP("NarrativeDialog", "The period in a few paragraphs: results, money, what changed."),
)
CONTEXT = Section(
    "context",
    QT_TRANSLATE_NOOP("NarrativeDialog", "Context"),
    QT_TRANSLATE_NOOP("NarrativeDialog", "The situation the programme worked in during the period."),
)
PROGRESS = Section(
    "progress",
    QT_TRANSLATE_NOOP("NarrativeDialog", "Progress"),
    QT_TRANSLATE_NOOP("NarrativeDialog", "What was done and achieved this period, with figures."),
)
CHALLENGES = Section(
    "challenges",
    QT_TRANSLATE_NOOP("NarrativeDialog", "Challenges and how they were handled"),
    QT_TRANSLATE_NOOP("NarrativeDialog", "What got in the way, and what was done about it."),
)
LESSONS = Section(
    "lessons_learned",
    QT_TRANSLATE_NOOP("NarrativeDialog", "Lessons learned"),
    QT_TRANSLATE_NOOP("NarrativeDialog", "What the team would keep or change next time."),
)
ACCOUNTABILITY = Section(
    "accountability",
    QT_TRANSLATE_NOOP("NarrativeDialog", "Accountability to affected people"),
    QT_TRANSLATE_NOOP(
        "NarrativeDialog",
        "How people were informed and consulted, and what their feedback and complaints changed.",
    ),
)
PSEA = Section(
    "psea",
    QT_TRANSLATE_NOOP("NarrativeDialog", "Protection from sexual exploitation and abuse"),
    QT_TRANSLATE_NOOP(
        "NarrativeDialog",
        "Measures in place, training, reporting channels, and cases handled (without names).",
    ),
)
RISKS = Section(
    "risks",
    QT_TRANSLATE_NOOP("NarrativeDialog", "Risks"),
    QT_TRANSLATE_NOOP("NarrativeDialog", "Risks for the next period and how they are mitigated."),
)
NEXT_PERIOD = Section(
    "next_period",
    QT_TRANSLATE_NOOP("NarrativeDialog", "Plans for the next period"),
    QT_TRANSLATE_NOOP("NarrativeDialog", "What comes next, and when."),
)

#: The programme narrative's own sections; progress per outcome comes after the context.
BEFORE_OUTCOMES: tuple[Section, ...] = (EXECUTIVE_SUMMARY, CONTEXT)
AFTER_OUTCOMES: tuple[Section, ...] = (CHALLENGES, LESSONS, ACCOUNTABILITY, PSEA, RISKS, NEXT_PERIOD)
PROGRAMME_SECTIONS: tuple[Section, ...] = BEFORE_OUTCOMES + AFTER_OUTCOMES
#: A partner's short narrative (the Narrative sheet of its results template).
PARTNER_SECTIONS: tuple[Section, ...] = (PROGRESS, CHALLENGES, LESSONS, ACCOUNTABILITY, NEXT_PERIOD)

#: A section of a few pages at most: the PDF lays every word out, and Excel keeps 32,767 per cell.
MAX_SECTION_TEXT = 20_000
MAX_OUTCOME_TITLE = 400
MAX_OUTCOMES = 20


def section_of(key: str, sections: Iterable[Section] = PROGRAMME_SECTIONS + PARTNER_SECTIONS) -> Section:
    for section in sections:
        if section.key == key:
            return section
    raise KeyError(key)


def text_problem(field: str, text: str | None) -> FieldProblem | None:
    return v.max_length_of(field, text, MAX_SECTION_TEXT)


def outcome_title_problem(field: str, title: str | None) -> FieldProblem | None:
    return v.required(field, title, max_length=MAX_OUTCOME_TITLE)
