"""Cells that are safe to open: user text never becomes a formula, and XML never breaks.

A spreadsheet program runs any cell that starts with "=" (and, in CSV, "+", "-", "@", tab, CR or NUL)
as a formula: a partner's free text such as '=HYPERLINK("http://evil", "click")' would otherwise
run on the donor's machine. User text is therefore always written as a string with Excel's quote
prefix; only the app's own formulas, wrapped in `TrustedFormula`, are written as formulas.
"""

from __future__ import annotations

import datetime as dt
import re
from copy import copy
from dataclasses import dataclass
from decimal import Decimal

from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

MAX_CELL_CHARS = 32_767
TRUNCATION_NOTICE = " [... cut at 32,767 characters; full text in the application]"
DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
MAX_SHEET_NAME = 31

# XML 1.0 forbids these (tab, LF and CR are allowed); openpyxl raises IllegalCharacterError on them.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_NAME_FORBIDDEN = re.compile(r"[\\*?:/\[\]]")

CellValue = str | int | float | Decimal | dt.date | dt.datetime | None


@dataclass(frozen=True)
class TrustedFormula:
    """A formula written by the app itself (never built from user text without quoting)."""

    text: str

    def __post_init__(self) -> None:
        if self.text.startswith("="):
            raise ValueError("give the formula without the leading '='")


def is_dangerous(text: str) -> bool:
    """True when a spreadsheet could read the text as a formula (also after leading blanks)."""
    return text.startswith(DANGEROUS_STARTS) or text.lstrip(" ").startswith(DANGEROUS_STARTS)


def strip_forbidden(text: str) -> str:
    """Remove the characters XML 1.0 cannot hold (other control characters)."""
    return _XML_FORBIDDEN.sub("", text)


def clean_text(text: str) -> tuple[str, bool]:
    """Remove characters XML forbids and cut at the cell limit; returns (text, was_cut)."""
    cleaned = _XML_FORBIDDEN.sub("", text)
    if len(cleaned) <= MAX_CELL_CHARS:
        return cleaned, False
    return cleaned[: MAX_CELL_CHARS - len(TRUNCATION_NOTICE)] + TRUNCATION_NOTICE, True


def csv_text(text: str) -> str:
    """User text for a CSV cell: cleaned, and with a leading apostrophe if it could run as a formula."""
    risky = is_dangerous(text)  # decide before cleaning: a leading NUL is removed by cleaning
    cleaned, _ = clean_text(text)
    return "'" + cleaned if risky or is_dangerous(cleaned) else cleaned


def safe_sheet_name(name: str, taken: set[str] | None = None) -> str:
    """A sheet name Excel accepts: forbidden characters replaced, <= 31 characters, unique."""
    cleaned = _XML_FORBIDDEN.sub("", _SHEET_NAME_FORBIDDEN.sub("_", name)).strip("' ") or "Sheet"
    candidate = cleaned[:MAX_SHEET_NAME]
    existing = {n.casefold() for n in (taken or set())}
    counter = 2
    while candidate.casefold() in existing:
        suffix = f" ({counter})"
        candidate = cleaned[: MAX_SHEET_NAME - len(suffix)] + suffix
        counter += 1
    return candidate


class CellFactory:
    """Makes write-only cells for one sheet, counting the texts it had to cut.

    Styles are given as a template cell; copying a template's style array is far cheaper than
    looking fonts and formats up again for each of a million cells.
    """

    def __init__(self, worksheet: WriteOnlyWorksheet) -> None:
        self.worksheet = worksheet
        self.cut_texts = 0

    def style(self, number_format: str | None = None, *, bold: bool = False, **extra: object) -> Cell:
        """A template cell carrying a style, to pass to `value(..., style=)`."""
        template = Cell(self.worksheet, row=1, column=1)
        if number_format:
            template.number_format = number_format
        if bold:
            template.font = Font(bold=True)
        for name, setting in extra.items():
            setattr(template, name, setting)
        return template

    def value(self, value: CellValue | TrustedFormula, style: Cell | None = None) -> Cell:
        cell = Cell(self.worksheet, row=1, column=1)
        if isinstance(value, TrustedFormula):
            cell.value = "=" + value.text
        elif isinstance(value, str):
            self._set_text(cell, value)
        else:
            cell.value = value
        if style is not None and style.has_style:
            quote = cell.quotePrefix
            cell._style = copy(style._style)
            if quote:
                cell.quotePrefix = True
        return cell

    def plain(self, text: str) -> Cell | str:
        """Unstyled text: the bare string when it is harmless (cheap), a guarded cell otherwise."""
        if len(text) <= MAX_CELL_CHARS and not is_dangerous(text) and not _XML_FORBIDDEN.search(text):
            return text
        return self.value(text)

    def _set_text(self, cell: Cell, raw: str) -> None:
        risky = is_dangerous(raw)
        text, cut = clean_text(raw)
        if cut:
            self.cut_texts += 1
        cell.value = text
        # openpyxl turns any string starting with "=" into a formula: force it back to text
        cell.data_type = "s"
        if risky or is_dangerous(text):
            cell.quotePrefix = True
