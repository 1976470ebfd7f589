"""Importing narratives from the data workbook through ProgrammeService: each report's sections,
its outcomes with their indicators, and partners' narratives. A column absent from the sheet keeps
the text saved; a locked report's narrative is refused with the locked-period wording."""

from __future__ import annotations

from ..domain.narratives import MAX_SECTION_TEXT, PARTNER_SECTIONS, PROGRAMME_SECTIONS
from ..services.narratives import NarrativeInput, OutcomeInput
from ..services.periods import PeriodView
from ..services.programmes import ProgrammeView
from .import_run import CHANGED, CREATED, UNCHANGED, ImportRun, outcome
from .lookups import by, required_ref
from .rows import Row


def _report(run: ImportRun, row: Row) -> tuple[ProgrammeView, PeriodView, PeriodView]:
    uow = run.uow
    programme = required_ref(row, "Programme", by(uow.programmes.get_by_code), sheet_hint="Programmes")
    row.check()
    assert programme is not None
    periods = by(uow.periods.get_by_label, programme.id)
    first = required_ref(row, "First period", periods, sheet_hint="Periods")
    last = required_ref(row, "Last period", periods, sheet_hint="Periods")
    row.check()
    assert first is not None and last is not None
    return programme, first, last


def narrative(run: ImportRun, row: Row) -> str:
    programme, first, last = _report(run, row)
    service = run.uow.programmes
    current = service.narrative(programme.id, first.id, last.id)
    sections = {
        s.key: row.text(s.title, MAX_SECTION_TEXT, keep=current.text(s.key) or None)
        for s in PROGRAMME_SECTIONS
    }
    row.check()
    if current.version and all(text == (current.text(key) or None) for key, text in sections.items()):
        return UNCHANGED  # nothing to save, even where the report is locked
    saved = service.save_narrative(
        programme.id, first.id, last.id, NarrativeInput(sections=sections), expected_version=current.version
    )
    return CREATED if current.version == 0 else outcome(current, saved)


def narrative_outcome(run: ImportRun, row: Row) -> str:
    programme, first, last = _report(run, row)
    service = run.uow.programmes
    position = row.whole("Position", required=True)
    title = row.text("Title", 400, required=True)
    codes = row.codes("Indicators")
    row.check()
    ids = []
    for code in codes:
        found = run.uow.indicators.find_id(programme.id, code)
        if found is None:
            row.problem(
                "Indicators",
                f"'{code}' is no indicator of {programme.code}",
                "add it on the Indicators sheet",
            )
        ids.append(found)
    row.check()
    current = service.narrative(programme.id, first.id, last.id)
    before = next((o for o in current.outcomes if o.position == position), None)
    data = OutcomeInput(
        title=title, text=row.text("Text", MAX_SECTION_TEXT), indicator_ids=tuple(i for i in ids if i)
    )
    row.check()
    if before is not None and (before.title, before.text or None, before.indicator_ids) == (
        data.title,
        data.text,
        data.indicator_ids,
    ):
        return UNCHANGED
    service.set_outcome(programme.id, first.id, last.id, position, data)
    return CREATED if before is None else CHANGED


def partner_narrative(run: ImportRun, row: Row) -> str:
    uow = run.uow
    project = required_ref(row, "Project", by(uow.projects.get_by_code), sheet_hint="Projects")
    row.check()
    assert project is not None
    period = required_ref(
        row, "Period", by(uow.periods.get_by_label, project.programme_id), sheet_hint="Periods"
    )
    row.check()
    assert period is not None
    current = uow.programmes.partner_narrative(project.id, period.id)
    sections = {
        s.key: row.text(s.title, MAX_SECTION_TEXT, keep=current.text(s.key) or None) for s in PARTNER_SECTIONS
    }
    row.check()
    if all(text == (current.text(key) or None) for key, text in sections.items()):
        return UNCHANGED
    saved = uow.programmes.save_partner_narrative(
        project.id, period.id, sections, expected_version=current.version or None
    )
    return CREATED if current.version == 0 else outcome(current, saved)
