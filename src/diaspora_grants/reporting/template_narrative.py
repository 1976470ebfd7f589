"""The Narrative sheet of a partner's results template: a short text per section, beside the
results, in the template's language. Labels are locked, the text cells open; the section key sits in
a hidden column so the import finds each section whatever the sheet's language. The current text is
filled in, so importing the template back changes nothing."""

from __future__ import annotations

from collections.abc import Mapping

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection

from ..domain.narratives import PARTNER_SECTIONS
from .template_language import TemplateLanguage, is_right_to_left, say

#: The sheet's name, by message id (template_strings), in each language.
NARRATIVE_SHEET = "sheet.narrative"
#: Its columns, by message id, in order; the last (the section's key) is hidden.
NARRATIVE_HEADERS = (
    "narrative.header.section",
    "narrative.header.hint",
    "narrative.header.text",
    "narrative.header.key",
)


def write_narrative_sheet(
    book: Workbook, texts: Mapping[str, str], language: TemplateLanguage = TemplateLanguage.ENGLISH
) -> None:
    """The sheet after Results: one row per partner section, the text column open for writing."""
    from .results_template import set_text  # one cell writer for the whole template

    sheet = book.create_sheet(say(language, NARRATIVE_SHEET))
    sheet.sheet_view.rightToLeft = is_right_to_left(language)
    fill = PatternFill("solid", fgColor="DDDDDD")
    for index, header in enumerate(NARRATIVE_HEADERS, start=1):
        cell = sheet.cell(row=1, column=index, value=say(language, header))
        cell.font = Font(bold=True)
        cell.fill = fill
    for letter, width in zip("ABCD", (28, 40, 90, 18), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.column_dimensions["D"].hidden = True
    wrap = Alignment(wrap_text=True, vertical="top")
    for row, section in enumerate(PARTNER_SECTIONS, start=2):
        text = texts.get(section.key, "")
        title = say(language, f"narrative.{section.key}.title")
        hint = say(language, f"narrative.{section.key}.hint")
        for number, value in enumerate((title, hint, text, section.key), start=1):
            set_text(sheet, row, number, value)
            sheet.cell(row=row, column=number).alignment = wrap
        sheet.cell(row=row, column=3).protection = Protection(locked=False)
        sheet.row_dimensions[row].height = 15 * max(6, min(20, len(text) // 90 + 2))
    sheet.freeze_panes = "A2"
    sheet.protection.sheet = True
    sheet.protection.formatRows = False
    sheet.protection.formatColumns = False
