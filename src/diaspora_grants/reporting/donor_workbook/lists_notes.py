"""Lists (code lists, each with a defined name for drop-downs) and Notes (definitions, rules, caveats)."""

from __future__ import annotations

import re

from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from diaspora_grants.domain.enums import DEFAULT_POPULATION_GROUPS, Counting, ProjectStatus, ResultLevel
from diaspora_grants.reporting.donor_workbook.model import DonorReportData, Headline, NoteItem
from diaspora_grants.reporting.donor_workbook.print_layout import page_of, set_row_height, wrapped_height
from diaspora_grants.reporting.donor_workbook.sheet_tools import SheetStyles, prepare_sheet
from diaspora_grants.reporting.safe_cells import CellFactory

LISTS_SHEET = "Lists"
NOTES_SHEET = "Notes"

COUNTING_RULES = (
    NoteItem(
        heading="Two counts",
        text="People reached (unique, no double counting) and services or contacts "
        "(with double counting) are separate figures; unique is never larger.",
    ),
    NoteItem(
        heading="Direct and indirect",
        text="Direct and indirect reach are never added together. Media or "
        "broadcast audiences are indirect, estimated.",
    ),
    NoteItem(
        heading="Across periods",
        text="Non-cumulative: life of award = sum of periods. Cumulative: life of "
        "award = latest cumulative actual. Unique people: each period reports new individuals, so life of "
        "award = count of distinct people over the award.",
    ),
    NoteItem(
        heading="Across projects",
        text="With person IDs, people are deduplicated on ID; without IDs the "
        "maximum per overlapping population at the lowest admin level is taken, then separate locations are "
        "summed (as configured for the programme).",
    ),
    NoteItem(
        heading="Targets are not reach", text="Targets and registrations are never reported as reached."
    ),
    NoteItem(
        heading="Disaggregations",
        text="Sex, age and population-group totals each equal the row total; "
        "'unknown' is an explicit category.",
    ),
    NoteItem(
        heading="Campaign metrics",
        text="Views, likes, shares, comments and points count engagements, not people, and never feed reach.",
    ),
    NoteItem(
        heading="Budget ratios",
        text="Burn rate = cumulative expenditure / revised budget. Time elapsed = "
        "(report end - project start) / (project end - project start), between 0 and 1. Revision vs "
        "original = (revised - original) / original.",
    ),
)


def default_code_lists(data: DonorReportData) -> dict[str, tuple[str, ...]]:
    lists: dict[str, tuple[str, ...]] = {
        "Population groups": DEFAULT_POPULATION_GROUPS,
        "Age bands": data.age_bands,
        "Reach types": ("Direct", "Indirect"),
        "Result levels": tuple(level.value for level in ResultLevel),
        "Counting": tuple(c.value for c in Counting),
        "Report types": ("Quarterly", "Semi-annual", "Annual", "Final"),
        "Activity status": tuple(s.value for s in ProjectStatus),
    }
    lists.update(data.code_lists)
    return lists


def _list_name(title: str) -> str:
    return "List_" + re.sub(r"[^0-9A-Za-z]+", "_", title).strip("_")


def write_lists_sheet(
    wb: Workbook, ws: WriteOnlyWorksheet, cells: CellFactory, data: DonorReportData
) -> None:
    styles = SheetStyles(cells)
    lists = default_code_lists(data)
    titles = list(lists)
    prepare_sheet(ws, [22] * len(titles), freeze="A2", title_rows="1:1")
    # A helper for drop-downs, not part of the report: hidden, so it is neither shown nor printed.
    ws.sheet_state = "hidden"
    ws.append([cells.value(t, styles.header) for t in titles])
    depth = max((len(v) for v in lists.values()), default=0)
    for index in range(depth):
        ws.append([cells.value(lists[t][index]) if index < len(lists[t]) else None for t in titles])
    for position, title in enumerate(titles, start=1):
        letter = get_column_letter(position)
        size = len(lists[title])
        if size:
            name = _list_name(title)
            ref = f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${size + 1}"
            wb.defined_names[name] = DefinedName(name, attr_text=ref)


def write_notes_sheet(
    ws: WriteOnlyWorksheet, cells: CellFactory, data: DonorReportData, cut_texts: int
) -> None:
    styles = SheetStyles(cells)
    widths = (26.0, 86.0)
    prepare_sheet(ws, widths, freeze="A2", title_rows="1:1", page=page_of(data.cover), one_page_wide=True)
    ws.append([cells.value("Topic", styles.header), cells.value("Note", styles.header)])
    items = [
        (headline.label, f"{_figure(headline.value)} ({headline.reach}). {_derivation(headline)}".strip())
        for headline in data.cover.headlines
    ]
    items += [(note.heading, note.text) for note in (*COUNTING_RULES, *data.notes)]
    if cut_texts:
        items.append(
            (
                "Long texts",
                f"{cut_texts} text(s) were longer than a cell holds (32,767 characters) and were cut; "
                "the full text is in the application.",
            )
        )
    for row, (heading, text) in enumerate(items, start=2):
        set_row_height(ws, row, wrapped_height([(heading, widths[0]), (text, widths[1])]))
        ws.append([cells.value(heading, styles.bold_wrap), cells.value(text, styles.wrap)])


def _derivation(headline: Headline) -> str:
    return headline.derivation or headline.explanation


def _figure(value: object) -> str:
    return "no data" if value is None else f"{value:,}"
