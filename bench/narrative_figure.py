"""The narrative report's PDF of the largest programme (by result cells), against the donor
workbook of the same request: the PDF is built from the workbook's own assembly plus the narrative
and the charts, so the workbook is the natural floor. Reported, without a target."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from diaspora_grants.services.registry import Services

from .figures import Figure, timed
from .generate import Generated


def narrative_figure(services: Services, generated: Generated, workdir: Path) -> tuple[Figure, str]:
    programme_of = {project.id: project.programme for project in generated.projects}
    cells = Counter(programme_of[cell[0]].code for cell in generated.cells)
    code = cells.most_common(1)[0][0]
    programme = services.programmes.get_by_code(code)
    period = (programme.start_date, programme.end_date)
    workbook = timed(
        lambda: services.exports.write_donor_report(
            programme.id, *period, workdir / "largest.xlsx", report_type="final"
        )
    )
    pdf = timed(
        lambda: services.exports.write_narrative_report(
            programme.id, *period, workdir / "largest.pdf", report_type="final"
        )
    )
    figure = Figure(
        "narrative PDF, largest programme",
        pdf,
        workbook,
        None,
        baseline_name=f"its donor workbook ({cells[code]:,} result cells)",
    )
    return figure, code
