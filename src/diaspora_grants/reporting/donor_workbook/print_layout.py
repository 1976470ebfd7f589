"""How every sheet prints: landscape on A4 and on Letter, at 70% or more, in column groups that fit
the page with the key columns repeated, a header and a footer, and row heights for wrapped text.

LibreOffice does not fit the height of a row with wrapped text when it opens a file, and a
sheet squeezed to one page wide prints at 4 pt. So the layout is computed here: the page is the
smaller of landscape A4 and Letter (either can print the file), the scale is the largest that lets
the widest group of columns fit (never below MIN_SCALE), groups are separated by manual column
breaks, and each wrapped row gets the height its longest text needs.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break

from diaspora_grants.reporting.donor_workbook.model import ReportCover

#: Landscape width and height in inches.
PAPERS = {"a4": (11.69, 8.27), "letter": (11.0, 8.5)}
PAPER_CODES = {"letter": 1, "a4": 9}  # ST_PaperSize
MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM, MARGIN_HEADER = 0.4, 0.75, 0.75, 0.3
MIN_SCALE = 70
#: A column of width w (characters of the default font) prints 0.0972w inches wide in LibreOffice
#: (measured: 8.43 -> 0.819 in, 100 -> 9.72 in); Excel prints it narrower (7w + 5 pixels at 96 dpi),
#: so a layout that fits LibreOffice fits Excel too.
INCHES_PER_UNIT = 0.0972
#: Room left for what the estimate cannot know (fonts, rounding in the spreadsheet program).
SAFETY = 0.95
LINE_POINTS = 15.0  # one line of 11 pt text
MAX_ROW_POINTS = 300.0  # a row never taller than a printed page
HEADER_LIMIT = 46  # characters of user text in one header or footer section: three fit side by side


def printable_width_inches() -> float:
    return min(width for width, _ in PAPERS.values()) - 2 * MARGIN_SIDE


def printable_height_inches() -> float:
    return min(height for _, height in PAPERS.values()) - MARGIN_TOP - MARGIN_BOTTOM


def column_inches(width: float) -> float:
    return INCHES_PER_UNIT * width


@dataclass(frozen=True)
class PageText:
    """What the header and footer of every sheet say."""

    programme: str
    award: str
    period: str
    generated: str
    paper: str = "a4"  # "a4" or "letter": what the donor prints on; the layout fits both


@dataclass(frozen=True)
class PrintPlan:
    scale: int
    #: (first, last) column numbers of each printed page across, title columns excluded.
    pages: tuple[tuple[int, int], ...]


def header_text(text: str) -> str:
    """User text in a header: '&' is a code there, so it is doubled; long text is cut."""
    cut = text if len(text) <= HEADER_LIMIT else text[: HEADER_LIMIT - 1] + "…"
    return cut.replace("&", "&&")


def plan_pages(
    widths: Sequence[float], title_columns: int, groups: Sequence[tuple[int, int]] | None = None
) -> PrintPlan:
    """Pack the column groups (default: one group per column after the titles) into pages across.

    The scale is the largest that needs no more pages across than MIN_SCALE would: type as large
    as it can be without more paper (a group wider than a page at MIN_SCALE prints over two).
    """
    first_free = title_columns + 1
    spans = list(groups) if groups else [(i, i) for i in range(first_free, len(widths) + 1)]
    titles = sum(column_inches(w) for w in widths[:title_columns])
    sizes = [sum(column_inches(w) for w in widths[a - 1 : b]) for a, b in spans]
    room = printable_width_inches() * SAFETY
    widest = max(sizes, default=0.0) + titles
    # Never larger than what lets the widest group fit on one page.
    largest = 100 if widest <= room else max(MIN_SCALE, math.floor(100 * room / widest))
    fewest = len(_pack(spans, sizes, titles, MIN_SCALE))
    scale = next(
        s for s in range(largest, MIN_SCALE - 1, -1) if len(_pack(spans, sizes, titles, s)) <= fewest
    )
    return PrintPlan(scale=scale, pages=tuple(_pack(spans, sizes, titles, scale)))


def _pack(
    spans: list[tuple[int, int]], sizes: list[float], titles: float, scale: int
) -> list[tuple[int, int]]:
    usable = printable_width_inches() * SAFETY * 100 / scale - titles
    pages: list[tuple[int, int]] = []
    used = 0.0
    for span, size in zip(spans, sizes, strict=True):
        if pages and used + size <= usable:
            pages[-1] = (pages[-1][0], span[1])
            used += size
        else:
            pages.append(span)
            used = size
    return pages


def apply_print_setup(
    ws: WriteOnlyWorksheet,
    widths: Sequence[float],
    page: PageText | None,
    *,
    title_columns: int = 0,
    title_rows: str | None = None,
    groups: Sequence[tuple[int, int]] | None = None,
) -> PrintPlan:
    plan = plan_pages(widths, title_columns, groups)
    setup = ws.page_setup
    setup.orientation = "landscape"
    setup.paperSize = PAPER_CODES[page.paper if page else "a4"]
    setup.scale = plan.scale
    setup.fitToWidth = None
    setup.fitToHeight = None
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_margins = PageMargins(
        left=MARGIN_SIDE,
        right=MARGIN_SIDE,
        top=MARGIN_TOP,
        bottom=MARGIN_BOTTOM,
        header=MARGIN_HEADER,
        footer=MARGIN_HEADER,
    )
    if title_rows:
        ws.print_title_rows = title_rows
    if title_columns:
        ws.print_title_cols = f"A:{_letter(title_columns)}"
    for _, last in plan.pages[:-1]:
        ws.col_breaks.append(Break(id=last))
    if page is not None:
        ws.oddHeader.left.text = header_text(page.programme)
        ws.oddHeader.center.text = header_text(page.award)
        ws.oddHeader.right.text = header_text(page.period)
        ws.oddFooter.left.text = "&A"  # the sheet's name
        ws.oddFooter.center.text = "Page &P of &N"
        ws.oddFooter.right.text = header_text(page.generated)
    return plan


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))


def text_lines(text: str, width: float) -> int:
    """Lines a text takes wrapped in a column of `width` characters (each paragraph on its own)."""
    per_line = max(1, int(width * 1.05) - 1)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def wrapped_height(cells: Iterable[tuple[str, float]]) -> float | None:
    """The height (points) of a row whose wrapped texts sit in columns of the given widths; None
    when one line is enough (the default height)."""
    lines = max((text_lines(text, width) for text, width in cells if text), default=1)
    if lines <= 1:
        return None
    return min(MAX_ROW_POINTS, lines * LINE_POINTS + 3)


def set_row_height(ws: WriteOnlyWorksheet, row: int, height: float | None) -> None:
    """Before row `row` is written: its height, when wrapped text needs more than one line."""
    if height is not None:
        ws.row_dimensions[row].height = height


def page_of(cover: ReportCover) -> PageText:
    """The header and footer texts of a report, and the paper its donor prints on (Letter in the
    United States, A4 elsewhere)."""
    return PageText(
        programme=cover.programme_code,
        award=f"Award {cover.award_label}",
        period=f"{cover.report_type} report {cover.period_start:%Y-%m-%d} to {cover.period_end:%Y-%m-%d}",
        generated=f"Generated {cover.generated_at:%Y-%m-%d}",
        paper="letter" if cover.donor_family == "us-federal" else "a4",
    )


def page_height_points(scale: int) -> float:
    """The height of sheet rows that fit on one printed page at `scale` percent."""
    return printable_height_inches() * 72 * 100 / scale * SAFETY
