"""The Narrative sheet of a filled results template: the partner's words, saved per project and
period through ProgrammeService (refused in a locked period, like the results beside them).

A template made before the sheet existed has none: nothing is read. A section's row is found by its
hidden key, else by its title; a text too long is a problem of its row.
"""

from __future__ import annotations

from typing import Any

from ..domain.errors import DomainError, ValidationError
from ..domain.narratives import PARTNER_SECTIONS
from ..reporting.template_narrative import NARRATIVE_COLUMNS, NARRATIVE_SHEET
from ..services.periods import PeriodView
from ..services.projects import ProjectView
from .import_run import ImportRun, SheetCount
from .problems import Problem
from .workbook_reader import WorkbookReader

_BY_TITLE = {s.title.casefold(): s.key for s in PARTNER_SECTIONS}
_KEYS = {s.key for s in PARTNER_SECTIONS}


def import_narrative(
    run: ImportRun, reader: WorkbookReader, project: ProjectView, period: PeriodView
) -> None:
    name = reader.find_sheet(NARRATIVE_SHEET)
    if name is None:
        return
    table = reader.table(name, NARRATIVE_COLUMNS)
    run.problems.extend(table.problems)
    texts: dict[str, str | None] = {}
    rows: dict[str, int] = {}
    for number, (title, _hint, text, key) in table.rows():
        section = _section(key, title)
        if section is None:
            continue
        texts[section] = _text(text)
        rows[section] = number
    if run.problems or not texts:
        return
    count = run.counts.setdefault(NARRATIVE_SHEET, SheetCount())
    programmes = run.uow.programmes
    current = programmes.partner_narrative(project.id, period.id)
    if all((current.text(key) or None) == (text or None) for key, text in texts.items()):
        count.unchanged += 1
        return
    try:
        programmes.save_partner_narrative(project.id, period.id, texts)
    except ValidationError as error:
        for problem in error.problems:
            row = next((rows[k] for k in rows if problem.field.casefold() in _title(k).casefold()), 2)
            run.problems.append(Problem(name, row, "Text", problem.message, "shorten the text"))
        return
    except DomainError as error:
        run.problems.append(Problem(name, 2, "Text", error.message, "nothing was saved; see the message"))
        return
    count.add("created" if current.version == 0 else "changed")


def _section(key: Any, title: Any) -> str | None:
    if isinstance(key, str) and key.strip() in _KEYS:
        return key.strip()
    if isinstance(title, str):
        return _BY_TITLE.get(title.strip().casefold())
    return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _title(key: str) -> str:
    return next(s.title for s in PARTNER_SECTIONS if s.key == key)
