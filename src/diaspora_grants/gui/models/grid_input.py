"""What people type or paste into the results grid, read as the numbers they mean.

Figures come as people write them in their own language ("1,250" in English, "1 250" or "1250,5"
in French) or as a spreadsheet copies them (tab-separated rows). They are read here into the plain
form the core's rules read ("1250", "1250.5"); whether a figure may go into a cell is decided by
domain.result_cells, never here.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

#: Spaces people and spreadsheets put between thousands (plain, no-break, narrow no-break, thin).
_SPACES = (" ", "\u00a0", "\u202f", "\u2009")


def plain_number(text: str, locale: QLocale | None = None) -> str:
    """`text` without thousands separators and with "." as the decimal point, in the user's
    locale (or `locale`): "1,250.5" (English) and "1 250,5" (French) both give "1250.5".

    Anything that is not a number stays as it is, so the rules can say what is wrong with it."""
    chosen = locale or QLocale()
    decimal = chosen.decimalPoint() or "."
    group = chosen.groupSeparator() or ","
    clean = _ascii_digits(text.strip(), chosen.zeroDigit())
    for space in _SPACES:
        clean = clean.replace(space, "")
    if group not in _SPACES and group != decimal:
        clean = clean.replace(group, "")
    if decimal != ".":
        clean = clean.replace(decimal, ".")
    elif group != ",":
        clean = clean.replace(",", "")  # an English "1,250" typed in a locale grouping otherwise
    return clean


def _ascii_digits(text: str, zero: str) -> str:
    """The locale's own digits (Arabic-Indic in Arabic, as the app shows them) as 0-9."""
    if zero == "0":
        return text
    return "".join(str(ord(c) - ord(zero)) if 0 <= ord(c) - ord(zero) <= 9 else c for c in text)


def clipboard_block(text: str) -> list[list[str]]:
    """Rows of cells from a spreadsheet's copy: tab between cells, a line break between rows.

    The line break a spreadsheet puts after the last row is not an empty row."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


def block_text(rows: list[list[str]]) -> str:
    """The cells as a spreadsheet pastes them (the inverse of clipboard_block)."""
    return "".join("\t".join(row) + "\n" for row in rows)
