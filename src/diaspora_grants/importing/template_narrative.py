"""The Narrative sheet of a filled results template: the partner's words, saved per project and
period through ProgrammeService (refused in a locked period, like the results beside them).

A template made before the sheet existed has none: nothing is read. The sheet and its headers are
found in the template's language, in English or in the other one; a section's row by its hidden key,
else by its title in any of the three; a text too long is a problem of its row.
"""

from __future__ import annotations

from typing import Any

from ..domain.errors import DomainError, ValidationError
from ..domain.narratives import PARTNER_SECTIONS
from ..reporting.data_format import Column
from ..reporting.template_language import TemplateLanguage, every_wording, say
from ..reporting.template_narrative import NARRATIVE_HEADERS, NARRATIVE_SHEET
from ..services.periods import PeriodView
from ..services.projects import ProjectView
from .import_run import ImportRun, SheetCount
from .problems import Problem
from .workbook_reader import WorkbookReader

_BY_TITLE = {
    say(language, f"narrative.{s.key}.title").casefold(): s.key
    for s in PARTNER_SECTIONS
    for language in TemplateLanguage
}
_KEYS = {s.key for s in PARTNER_SECTIONS}


def import_narrative(
    run: ImportRun,
    reader: WorkbookReader,
    scope: tuple[ProjectView, PeriodView],
    language: TemplateLanguage = TemplateLanguage.ENGLISH,
) -> None:
    from .template_import import matching_headers  # the same header rule as the Results sheet

    project, period = scope
    wordings = every_wording(NARRATIVE_SHEET, language)
    name = next((found for wording in wordings if (found := reader.find_sheet(wording))), None)
    if name is None:
        return
    first_row = next(reader.sheet(name).iter_rows(min_row=1, max_row=1, values_only=True), ())
    headers = matching_headers(language, NARRATIVE_HEADERS, first_row)
    table = reader.table(name, tuple(Column(header, header == headers[-1]) for header in headers))
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
    count = run.counts.setdefault(name, SheetCount())
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
            run.problems.append(Problem(name, row, headers[2], problem.message, "shorten the text"))
        return
    except DomainError as error:
        run.problems.append(Problem(name, 2, headers[2], error.message, "nothing was saved; see the message"))
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
