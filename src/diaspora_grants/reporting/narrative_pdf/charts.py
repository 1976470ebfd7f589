"""Horizontal bar charts drawn with the PDF's own vector shapes: labels on the left, every bar with
its figure written beside it (a reader should never have to guess a value from a bar's length),
grid lines at round values, a legend when several series share a label, a line at 100% for shares."""

from __future__ import annotations

from decimal import Decimal

from .document import FONT, INK, MUTED, RULE, SERIES, ReportDocument, clean_text, figure_text, share_text
from .model import BarGroup, Chart

LABEL_WIDTH = 50.0
NOTE_WIDTH = 44.0
BAR = 4.6  # mm per bar
GAP = 2.4  # mm between labels
TICKS = 4


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 x 10^n at or above `value` (an axis that ends on a round figure)."""
    if value <= 0:
        return 1.0
    magnitude = (
        10 ** (len(str(int(value))) - 1) if value >= 1 else 10 ** -(len(f"{value:.12f}".split(".")[1]))
    )
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value:
            return float(step * magnitude)
    return float(10 * magnitude)


def chart_height(chart: Chart) -> float:
    series = len(chart.series)
    rows = sum(series * BAR + GAP for _ in chart.groups)
    legend = 6.0 if series > 1 else 0.0
    return 9.0 + legend + rows + 9.0 + (5.0 if chart.caption else 0.0)


def draw_chart(pdf: ReportDocument, chart: Chart) -> None:
    if pdf.will_page_break(chart_height(chart)):
        pdf.add_page()
    pdf.set_font(FONT, "B", 10.5)
    pdf.multi_cell(0, 5.5, clean_text(chart.title), align="L")
    pdf.set_x(pdf.l_margin)
    pdf.ln(1)
    if len(chart.series) > 1:
        _legend(pdf, chart.series)
    if not chart.groups:
        pdf.set_font(FONT, size=9)
        pdf.set_text_color(*MUTED)
        pdf.cell(0, 5, "No data for this chart in the period.", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(*INK)
        return
    plot_x = pdf.l_margin + LABEL_WIDTH
    plot_width = pdf.width - LABEL_WIDTH - NOTE_WIDTH
    values = [float(v) for g in chart.groups for v in g.values if v is not None]
    top = max([*values, 1.0 if chart.percent else 0.0])
    scale = nice_ceiling(top)
    y = pdf.get_y()
    bottom = y + sum(len(chart.series) * BAR + GAP for _ in chart.groups)
    _grid(pdf, chart, plot_x, plot_width, y, bottom, scale)
    for group in chart.groups:
        y = _group(pdf, chart, group, plot_x, plot_width, y, scale)
    pdf.set_y(bottom + 8)
    if chart.caption:
        pdf.set_font(FONT, size=8)
        pdf.set_text_color(*MUTED)
        pdf.multi_cell(0, 4, clean_text(chart.caption), align="L")
        pdf.set_x(pdf.l_margin)
        pdf.set_text_color(*INK)
    pdf.set_font(FONT, size=10)
    pdf.ln(3)


def _legend(pdf: ReportDocument, series: tuple[str, ...]) -> None:
    pdf.set_font(FONT, size=8)
    x, y = pdf.l_margin + LABEL_WIDTH, pdf.get_y() + 1
    for index, name in enumerate(series):
        pdf.set_fill_color(*SERIES[index % len(SERIES)])
        pdf.rect(x, y + 0.5, 3, 3, style="F")
        pdf.set_xy(x + 4, y)
        text = clean_text(name)
        pdf.cell(pdf.get_string_width(text) + 2, 4, text)
        x += pdf.get_string_width(text) + 10
    pdf.set_xy(pdf.l_margin, y + 6)


def _grid(
    pdf: ReportDocument, chart: Chart, x: float, width: float, top: float, bottom: float, scale: float
) -> None:
    pdf.set_draw_color(*RULE)
    pdf.set_line_width(0.2)
    pdf.set_font(FONT, size=7)
    pdf.set_text_color(*MUTED)
    for tick in range(TICKS + 1):
        value = scale * tick / TICKS
        left = x + width * tick / TICKS
        pdf.line(left, top - 1, left, bottom)
        text = share_text(Decimal(str(value))) if chart.percent else figure_text(Decimal(str(value)))
        pdf.set_xy(left - 12, bottom + 0.5)
        pdf.cell(24, 3.5, text.replace(".0%", "%"), align="C")
    if chart.unit:
        pdf.set_xy(x, bottom + 4)
        pdf.cell(width, 3.5, clean_text(chart.unit), align="C")
    if chart.percent:  # the target: 100%
        pdf.set_draw_color(*INK)
        pdf.set_line_width(0.4)
        pdf.set_dash_pattern(dash=1.2, gap=1)
        left = x + width / scale
        pdf.line(left, top - 1.5, left, bottom)
        pdf.set_dash_pattern()
    pdf.set_text_color(*INK)
    pdf.set_line_width(0.2)


def _group(
    pdf: ReportDocument, chart: Chart, group: BarGroup, x: float, width: float, y: float, scale: float
) -> float:
    height = len(chart.series) * BAR
    pdf.set_font(FONT, size=8.5)
    label = _fitted(pdf, clean_text(group.label), LABEL_WIDTH - 3)
    pdf.set_xy(pdf.l_margin, y + height / 2 - 2)
    pdf.cell(LABEL_WIDTH - 3, 4, label, align="R")
    for index, value in enumerate(group.values):
        top = y + index * BAR + 0.4
        text = share_text(Decimal(value)) if chart.percent and value is not None else figure_text(value)
        length = 0.0 if value is None else width * float(value) / scale
        if length > 0:
            pdf.set_fill_color(*SERIES[index % len(SERIES)])
            pdf.rect(x, top, length, BAR - 0.8, style="F")
        pdf.set_font(FONT, size=7.5)
        note = f"{text}  {group.note}" if group.note and index == len(group.values) - 1 else text
        pdf.set_xy(x + length + 1, top)
        pdf.cell(
            NOTE_WIDTH + width - length - 1,
            BAR - 0.8,
            _fitted(pdf, clean_text(note), NOTE_WIDTH + width - length - 2),
        )
    return y + height + GAP


def _fitted(pdf: ReportDocument, text: str, width: float) -> str:
    """The text, cut with an ellipsis where it would run past `width`."""
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + "…") > width:
        text = text[:-1]
    return text + "…"
