"""The page of the narrative report: embedded fonts, running header and footer with page x of y,
and text that reads right in Latin, French and Arabic alike.

Text is shaped by HarfBuzz (fpdf2's text shaping), which joins Arabic letters and orders a
right-to-left run with the Unicode bidirectional algorithm; a paragraph that starts in a
right-to-left script is aligned to the right, as its reader expects.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from ..donor_workbook.sheet_tools import NO_DATA

FONT = "DejaVu"
FONTS = resources.files("diaspora_grants.reporting") / "fonts"
#: Colours: text, muted text, rules, accent and the chart series.
INK = (33, 37, 41)
MUTED = (108, 117, 125)
RULE = (206, 212, 218)
ACCENT = (31, 78, 121)
SERIES = ((31, 119, 180), (255, 127, 14), (44, 160, 44), (148, 103, 189), (127, 127, 127))
BODY_SIZE = 10
LINE = 5.2  # mm per line of body text
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Control characters removed (a PDF font has no glyph for them); tabs become spaces."""
    return _CONTROL.sub("", text.replace("\t", "    ").replace("\r\n", "\n").replace("\r", "\n"))


def right_to_left(text: str) -> bool:
    """True when the first letter with a direction is Arabic or Hebrew (the paragraph's direction)."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def figure_text(value: int | Decimal | None, measure: str = "#") -> str:
    """A figure as the workbook shows it: #,##0 for counts, #,##0.0 for percentages, en dash for none."""
    if value is None:
        return NO_DATA
    places = Decimal("1") if measure == "#" else Decimal("0.1")
    rounded = Decimal(value).quantize(places, rounding=ROUND_HALF_UP)
    return f"{rounded:,.0f}" if measure == "#" else f"{rounded:,.1f}"


def share_text(share: Decimal | None) -> str:
    """A share as the workbook's 0.0% shows it."""
    if share is None:
        return NO_DATA
    percent = (Decimal(share) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{percent:,.1f}%"


def signed(text: str) -> str:
    """A change with its sign: +1,200 or -300; no change reads 0."""
    if text.startswith(("-", NO_DATA)) or text.rstrip("%").strip("0.") == "":
        return text
    return f"+{text}"


def money_text(value: Decimal | None) -> str:
    if value is None:
        return "not recorded"
    return f"{Decimal(value).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"


class ReportDocument(FPDF):
    """A4 pages with the programme, award and period on top and page x of y below."""

    def __init__(self, running_head: str, running_period: str, annex: str) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.running_head = running_head
        self.running_period = running_period
        self.annex = annex
        self.set_margins(18, 20, 18)
        self.set_auto_page_break(True, margin=18)
        for style, file in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf")):
            with resources.as_file(FONTS / file) as path:
                self.add_font(FONT, style, str(Path(path)))
        self.set_text_shaping(True)
        self.set_font(FONT, size=BODY_SIZE)
        self.set_text_color(*INK)
        self.alias_nb_pages("{nb}")
        self.set_creator("Diaspora Grants")

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font(FONT, size=7.5)
        self.set_text_color(*MUTED)
        self.set_xy(self.l_margin, 10)
        width = self.w - self.l_margin - self.r_margin
        self.cell(width / 2, 4, self.running_head, align="L")
        self.cell(width / 2, 4, self.running_period, align="R")
        self.set_draw_color(*RULE)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_xy(self.l_margin, self.t_margin)
        self.set_font(FONT, size=BODY_SIZE)
        self.set_text_color(*INK)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, size=7.5)
        self.set_text_color(*MUTED)
        width = self.w - self.l_margin - self.r_margin
        self.cell(width * 0.7, 4, f"Annex: {self.annex}" if self.annex else "", align="L")
        self.cell(width * 0.3, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(*INK)

    @property
    def width(self) -> float:
        return self.w - self.l_margin - self.r_margin

    def heading(self, text: str, level: int = 0) -> None:
        """A section heading, in the table of contents and the PDF's bookmarks."""
        size = (15, 12, 10.5)[min(level, 2)]
        if self.will_page_break(size + 22):
            self.add_page()
        self.ln(3 if level else 1)
        self.start_section(clean_text(text), level=level)
        self.set_font(FONT, "B", size)
        self.set_text_color(*(ACCENT if level < 2 else INK))
        self.multi_cell(0, size * 0.5, clean_text(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*INK)
        self.set_font(FONT, size=BODY_SIZE)
        self.ln(1.5)

    def paragraphs(self, text: str, *, size: float = BODY_SIZE, muted: bool = False) -> None:
        """Text as written: a paragraph per line, aligned by its own direction."""
        self.set_font(FONT, size=size)
        self.set_text_color(*(MUTED if muted else INK))
        for paragraph in clean_text(text).split("\n"):
            if not paragraph.strip():
                self.ln(LINE / 2)
                continue
            align = "R" if right_to_left(paragraph) else "L"
            self.multi_cell(0, LINE * size / BODY_SIZE, paragraph, align=align)
            self.set_x(self.l_margin)
            self.ln(1)
        self.set_text_color(*INK)
        self.set_font(FONT, size=BODY_SIZE)

    def key_values(self, pairs: list[tuple[str, str]], key_width: float = 55) -> None:
        for key, value in pairs:
            top = self.get_y()
            self.set_font(FONT, "B", 9.5)
            self.multi_cell(key_width, LINE, clean_text(key), align="L")
            bottom = self.get_y()
            self.set_xy(self.l_margin + key_width, top)
            self.set_font(FONT, size=9.5)
            value = clean_text(value)
            self.multi_cell(0, LINE, value, align="R" if right_to_left(value) else "L")
            self.set_xy(self.l_margin, max(bottom, self.get_y()) + 0.8)
        self.set_font(FONT, size=BODY_SIZE)


def long_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"
