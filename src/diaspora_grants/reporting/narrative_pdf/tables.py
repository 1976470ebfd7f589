"""Indicator tables of the narrative report: the IPTT's figures, the comparison with the previous
period and each variance explanation under the indicator it explains."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fpdf.fonts import FontFace

from ..donor_workbook.model import ComparedFigure, IpttIndicator, PeriodComparison
from ..donor_workbook.sheet_tools import NO_DATA, ratio
from .document import FONT, MUTED, ReportDocument, clean_text, figure_text, share_text, signed

HEADINGS = FontFace(emphasis="BOLD", fill_color=(221, 229, 240))
FLAG = (156, 0, 6)


@dataclass(frozen=True)
class Column:
    title: str
    width: float


def _columns(comparison: PeriodComparison | None, wide: bool) -> list[Column]:
    columns = [Column("No.", 15), Column("Indicator", 62 if wide else 47)]
    columns += [Column("Target (life of award)", 21), Column("Actual to date", 21), Column("% met", 14)]
    if wide:
        columns.append(Column("Target to date", 21))
    if comparison is not None:
        columns += [Column("This report", 21 if wide else 19), Column("Previous period", 21 if wide else 19)]
        columns += [Column("Change", 19 if wide else 16), Column("Change %", 17 if wide else 16)]
    return columns


def compared_caption(comparison: PeriodComparison) -> str:
    previous = comparison.previous_label or "none (no period before this report)"
    return f"This report: {comparison.current_label}. Previous period: {previous}."


def _cells(block: IpttIndicator, figure: ComparedFigure | None, wide: bool, compared: bool) -> list[str]:
    cells = [block.number, block.name, figure_text(block.loa_target, block.measure)]
    cells += [
        figure_text(block.loa_actual, block.measure),
        share_text(ratio(block.loa_actual, block.loa_target)),
    ]
    if wide:
        cells.append(figure_text(block.target_to_date, block.measure))
    if compared:
        figure = figure or ComparedFigure(label=block.name, measure=block.measure)
        cells += [figure_text(figure.current, block.measure), figure_text(figure.previous, block.measure)]
        cells += [signed(figure_text(figure.change, block.measure)), signed(share_text(figure.change_share))]
    return cells


def explanation_of(block: IpttIndicator, final: bool, threshold_text: str) -> str:
    """The variance explanation entered in the app, or what is still to write for a flagged one."""
    if block.deviation_narrative:
        return f"Explanation of variance: {block.deviation_narrative}"
    if block.flagged:
        basis = "life-of-award target" if final else "target to date"
        return f"Variance outside {threshold_text} of the {basis}: explanation still to be written."
    return ""


def indicator_table(
    pdf: ReportDocument,
    blocks: Sequence[IpttIndicator],
    comparison: PeriodComparison | None,
    *,
    wide: bool,
    final: bool,
    threshold_text: str,
) -> None:
    columns = _columns(comparison, wide)
    if comparison is not None:
        pdf.paragraphs(compared_caption(comparison), size=7.5, muted=True)
    scale = pdf.width / sum(c.width for c in columns)
    pdf.set_font(FONT, size=7.5)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=tuple(c.width * scale for c in columns),
        text_align=("LEFT", "LEFT", *("RIGHT",) * (len(columns) - 2)),
        headings_style=HEADINGS,
        line_height=3.8,
        padding=0.8,
        repeat_headings=1,
        borders_layout="HORIZONTAL_LINES",
        v_align="TOP",
    ) as table:
        heading = table.row()
        for column in columns:
            heading.cell(column.title, align="CENTER")
        for block in blocks:
            figure = comparison.indicators.get(block.number) if comparison else None
            row = table.row()
            for text in _cells(block, figure, wide, comparison is not None):
                row.cell(clean_text(text))
            explanation = explanation_of(block, final, threshold_text)
            if explanation:
                colour = FLAG if block.flagged and not block.deviation_narrative else MUTED
                table.row().cell(
                    clean_text(explanation), colspan=len(columns), style=FontFace(color=colour), align="LEFT"
                )
    pdf.set_font(FONT, size=10)
    pdf.ln(2)


def headline_table(pdf: ReportDocument, comparison: PeriodComparison) -> None:
    previous = comparison.previous_label or "no previous period"
    titles = ("Headline", comparison.current_label, previous, "Change", "Change %")
    pdf.set_font(FONT, size=8.5)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(62, 28, 28, 28, 20),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        headings_style=HEADINGS,
        line_height=4.4,
        padding=1,
        borders_layout="HORIZONTAL_LINES",
        v_align="TOP",
    ) as table:
        heading = table.row()
        for title in titles:
            heading.cell(title, align="CENTER")
        for figure in comparison.headlines:
            row = table.row()
            row.cell(figure.label)
            row.cell(figure_text(figure.current))
            row.cell(figure_text(figure.previous))
            row.cell(signed(figure_text(figure.change)))
            row.cell(signed(share_text(figure.change_share)))
    pdf.set_font(FONT, size=10)
    if comparison.previous_label is None:
        pdf.paragraphs(f"{NO_DATA}: no period before this report to compare with.", size=8, muted=True)
    pdf.ln(2)
