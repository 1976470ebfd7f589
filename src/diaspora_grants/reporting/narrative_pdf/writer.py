"""The narrative report as a PDF: cover, contents, the headline and how it was counted, charts, the
narrative with progress per outcome, indicator tables, the award, and the workbook as its annex."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF
from fpdf.outline import OutlineSection

from ..atomic import atomic_target, check_destination
from ..donor_workbook.model import DonorReportData, IpttIndicator
from .charts import draw_chart
from .document import (
    ACCENT,
    FONT,
    LINE,
    MUTED,
    ReportDocument,
    clean_text,
    figure_text,
    long_date,
    money_text,
)
from .model import NarrativeReport
from .tables import headline_table, indicator_table

NOTHING_WRITTEN = "Nothing was written for this section."
LEVEL_ORDER = ("impact", "outcome", "output")


@dataclass(frozen=True)
class PdfResult:
    path: Path
    pages: int


def write_narrative_pdf(report: NarrativeReport, target: Path) -> PdfResult:
    """Write the PDF atomically: a failure leaves no file (and an older one intact)."""
    destination = check_destination(Path(target))
    cover = report.report.cover
    pdf = ReportDocument(
        f"{cover.programme_code} · award {cover.award_label}",
        f"{cover.report_type} report, {cover.period_start:%Y-%m-%d} to {cover.period_end:%Y-%m-%d}",
        report.annex,
    )
    pdf.set_title(f"{cover.programme_name}: {cover.report_type.lower()} report")
    pdf.set_author(cover.reporting_org or cover.prepared_by)
    pdf.set_subject(f"{cover.programme_code}, {cover.period_start:%Y-%m-%d} to {cover.period_end:%Y-%m-%d}")
    _cover_page(pdf, report)
    pdf.add_page()
    pdf.insert_toc_placeholder(_contents, pages=1)
    for section in report.before_outcomes:
        _text_section(pdf, section.title, section.text)
    _headline(pdf, report.report)
    _charts(pdf, report)
    _progress(pdf, report)
    for section in report.after_outcomes:
        _text_section(pdf, section.title, section.text)
    _indicators(pdf, report.report)
    _award(pdf, report.report)
    _annex(pdf, report)
    with atomic_target(destination) as temporary:
        pdf.output(str(temporary))
    return PdfResult(destination, pdf.pages_count)


def _cover_page(pdf: ReportDocument, report: NarrativeReport) -> None:
    cover = report.report.cover
    pdf.add_page()
    pdf.set_y(45)
    pdf.set_font(FONT, "B", 11)
    pdf.set_text_color(*MUTED)
    pdf.cell(0, 6, f"{cover.report_type.upper()} REPORT TO THE DONOR", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*ACCENT)
    pdf.set_font(FONT, "B", 20)
    pdf.multi_cell(0, 9, clean_text(cover.programme_name), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*MUTED)
    pdf.set_font(FONT, size=11)
    pdf.cell(
        0,
        7,
        f"{long_date(cover.period_start)} to {long_date(cover.period_end)}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(14)
    pdf.set_text_color(0, 0, 0)
    pdf.key_values(
        [
            ("Programme", f"{cover.programme_code}: {cover.programme_name}"),
            ("Donor", cover.donor or "not recorded"),
            ("Award number", cover.award_label),
            ("Reporting organisation", cover.reporting_org or "not recorded"),
            ("Period", f"{cover.period_start:%Y-%m-%d} to {cover.period_end:%Y-%m-%d}"),
            ("Reporting periods", report.periods or "none"),
            ("Report type", cover.report_type),
            ("Currency", cover.currency),
            ("Prepared by", cover.prepared_by),
            ("Date", f"{cover.generated_at:%Y-%m-%d}"),
            ("Annex", f"the donor workbook {report.annex}" if report.annex else "the donor workbook"),
        ]
    )


def _contents(pdf: FPDF, outline: list[OutlineSection]) -> None:
    pdf.set_xy(pdf.l_margin, pdf.t_margin)
    pdf.set_font(FONT, "B", 15)
    pdf.set_text_color(*ACCENT)
    pdf.cell(0, 9, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    for section in outline:
        if section.level > 1:
            continue
        pdf.set_font(FONT, "B" if section.level == 0 else "", 10 if section.level == 0 else 9)
        indent = 6 * section.level
        page = str(section.page_number)
        pdf.set_x(pdf.l_margin + indent)
        width = pdf.epw - indent - 12
        name = section.name
        while pdf.get_string_width(name) > width - 4 and len(name) > 4:
            name = name[:-2]
        dots = "." * max(
            2, int((width - pdf.get_string_width(name) - 2) / max(pdf.get_string_width("."), 0.1))
        )
        pdf.cell(width, LINE, f"{name} {dots}", link=pdf.add_link(page=section.page_number))
        pdf.cell(12, LINE, page, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=10)


def _headline(pdf: ReportDocument, data: DonorReportData) -> None:
    pdf.heading("People reached: the headline and how it was counted")
    for headline in data.cover.headlines:
        pdf.set_font(FONT, "B", 16 if headline.reach == "direct" and headline.in_period else 12)
        pdf.set_text_color(*ACCENT)
        pdf.cell(0, 8, figure_text(headline.value), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font(FONT, "B", 9.5)
        pdf.multi_cell(0, LINE, clean_text(headline.label), align="L", new_x="LMARGIN", new_y="NEXT")
        if headline.explanation:
            pdf.paragraphs(headline.explanation.replace(" Location by location: see Notes.", ""), size=9)
        if headline.derivation and headline.in_period:
            pdf.paragraphs(headline.derivation, size=7.5, muted=True)
        pdf.ln(2)
    if data.comparison is not None:
        if pdf.will_page_break(20 + 10 * (1 + len(data.comparison.headlines))):
            pdf.add_page()  # the heading and its table together
        pdf.heading("Compared with the previous period", 1)
        pdf.paragraphs(data.comparison.basis, size=9, muted=True)
        headline_table(pdf, data.comparison)


def _charts(pdf: ReportDocument, report: NarrativeReport) -> None:
    if not report.charts:
        return
    pdf.add_page()
    pdf.heading("Results in charts")
    for chart in report.charts:
        pdf.start_section(clean_text(chart.title), level=1)
        draw_chart(pdf, chart)


def _progress(pdf: ReportDocument, report: NarrativeReport) -> None:
    data = report.report
    pdf.add_page()
    pdf.heading("Progress per outcome")
    if not report.outcomes:
        pdf.paragraphs(NOTHING_WRITTEN, muted=True)
    blocks = {b.number: b for b in data.indicators}
    threshold = f"±{data.deviation_threshold:.0%}"
    for number, outcome in enumerate(report.outcomes, start=1):
        pdf.heading(f"Outcome {number}: {outcome.title}", 1)
        pdf.paragraphs(outcome.text or NOTHING_WRITTEN, muted=not outcome.text)
        under = [blocks[code] for code in outcome.indicators if code in blocks]
        if under:
            pdf.ln(1)
            indicator_table(
                pdf, under, data.comparison, wide=False, final=data.cover.final, threshold_text=threshold
            )


def _text_section(pdf: ReportDocument, title: str, text: str) -> None:
    pdf.heading(title)
    pdf.paragraphs(text or NOTHING_WRITTEN, muted=not text)


def _indicators(pdf: ReportDocument, data: DonorReportData) -> None:
    pdf.add_page(orientation="landscape")
    pdf.heading("Indicators: targets, actuals and the previous period")
    basis = "the life-of-award target" if data.cover.final else "the target to date"
    pdf.paragraphs(
        f"The IPTT's figures (the annex gives every period and disaggregation). A variance is the actual "
        f"against {basis}; outside ±{data.deviation_threshold:.0%} it is explained beside the indicator.",
        size=8.5,
        muted=True,
    )
    threshold = f"±{data.deviation_threshold:.0%}"
    for level in _levels(data.indicators):
        pdf.heading(f"{level.capitalize()} indicators", 1)
        blocks = [b for b in data.indicators if b.result_level.lower() == level]
        indicator_table(
            pdf, blocks, data.comparison, wide=True, final=data.cover.final, threshold_text=threshold
        )


def _levels(indicators: tuple[IpttIndicator, ...]) -> list[str]:
    present = {i.result_level.lower() for i in indicators}
    return [lv for lv in LEVEL_ORDER if lv in present] + sorted(present - set(LEVEL_ORDER))


def _award(pdf: ReportDocument, data: DonorReportData) -> None:
    award, currency = data.cover.award, data.cover.currency
    pdf.add_page(orientation="portrait")
    pdf.heading(f"Funds: the award, disbursements and expenditure ({currency})")
    if award is None:
        pdf.paragraphs("The programme's award is not recorded.", muted=True)
        return
    rate = "not recorded" if award.indirect_rate is None else f"{award.indirect_rate:.2%}"
    pdf.key_values(
        [
            ("Award amount", money_text(award.amount)),
            ("Funds received from the donor", money_text(award.funds_received)),
            ("Sub-grants (award budget)", money_text(award.subgrants)),
            ("Sub-grants awarded to partners", money_text(award.subgrants_awarded)),
            ("Disbursed to partners to the report end", money_text(award.disbursed)),
            ("Expenditure reported by partners", money_text(award.partner_expenditure)),
            ("Direct costs of the programme", money_text(award.direct_costs)),
            ("Indirect cost rate", rate),
        ],
        key_width=80,
    )


def _annex(pdf: ReportDocument, report: NarrativeReport) -> None:
    cover = report.report.cover
    pdf.heading("Annex: the donor workbook")
    name = report.annex or "the donor workbook"
    pdf.paragraphs(
        f"{name} is the annex of this report. Its figures are this report's own, from the same "
        "services: the IPTT with every period and disaggregation, people reached by project, location, "
        "period, population group, sex and age, the 5W, budget against actual, tranches, the financial "
        "report and the exchange rates used. Its Notes sheet gives the counting rules applied."
    )
    if cover.to_complete:
        pdf.heading("To complete before sending", 1)
        for number, item in enumerate(cover.to_complete, start=1):
            pdf.paragraphs(f"{number}. {item}", size=9)
