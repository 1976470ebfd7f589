"""Importing donor reporting from the data workbook through ProgrammeService: each programme's
award (an absent column keeps what is saved) and the explanations of variances, per indicator and
period or per project's budget line."""

from __future__ import annotations

from ..services.finance import BudgetLineView
from ..services.inputs import input_of
from ..services.programme_reporting import MAX_EXPLANATION, AwardInput
from ..services.programmes import ProgrammeView
from ..services.projects import ProjectView
from .import_run import CHANGED, CREATED, UNCHANGED, ImportRun
from .lookups import by, optional_ref, required_ref
from .rows import Row


def _programme(run: ImportRun, row: Row) -> ProgrammeView:
    programme = required_ref(row, "Programme", by(run.uow.programmes.get_by_code), sheet_hint="Programmes")
    row.check()
    assert programme is not None
    return programme


def award(run: ImportRun, row: Row) -> str:
    service = run.uow.programmes
    programme = _programme(run, row)
    current = service.award(programme.id)
    data = AwardInput(
        amount=row.decimal("Amount", keep=current.amount),
        funds_received=row.decimal("Funds received", keep=current.funds_received),
        funds_received_on=row.date("Funds received on", keep=current.funds_received_on),
        subgrants=row.decimal("Sub-grants", keep=current.subgrants),
        direct_costs=row.decimal("Direct costs", keep=current.direct_costs),
        indirect_rate=row.decimal("Indirect rate", keep=current.indirect_rate),
        variance_threshold=row.decimal("Variance threshold", keep=current.variance_threshold)
        or current.variance_threshold,
        humanitarian=row.yes_no("Humanitarian", keep=current.humanitarian),
        emergency_glide=row.text("GLIDE number", 40, keep=current.emergency_glide),
    )
    row.check()
    if current.version and data == input_of(current, AwardInput):
        return UNCHANGED
    service.set_award(programme.id, data, expected_version=current.version)
    return CREATED if current.version == 0 else CHANGED


def variance_explanation(run: ImportRun, row: Row) -> str:
    uow = run.uow
    programme = _programme(run, row)
    text = row.text("Explanation", MAX_EXPLANATION, required=True)
    indicator = optional_ref(
        row, "Indicator", by(uow.indicators.get_by_code, programme.id), sheet_hint="Indicators"
    )
    period = optional_ref(row, "Period", by(uow.periods.get_by_label, programme.id), sheet_hint="Periods")
    project = optional_ref(row, "Project", by(uow.projects.get_by_code), sheet_hint="Projects")
    line_code = row.text("Budget line", 40)
    row.check()
    if (indicator is None) == (project is None or line_code is None):
        row.problem(
            "Indicator",
            "an explanation is of an indicator, or of a project's budget line",
            "give the Indicator (and Period), or the Project and its Budget line",
        )
        row.check()
    known = {
        (e.indicator_id, e.period_id, e.budget_line_id): e.text
        for e in uow.programmes.variance_explanations(programme.id)
    }
    line_id = None if indicator is not None else _budget_line(run, row, project, line_code).id
    period_id = period.id if period is not None and indicator is not None else None
    key = (indicator.id if indicator is not None else None, period_id, line_id)
    if known.get(key) == text:
        return UNCHANGED
    if indicator is not None:
        uow.programmes.explain_indicator(indicator.id, period_id, text)
    elif line_id is not None:
        uow.programmes.explain_budget_line(line_id, text)
    return CHANGED if key in known else CREATED


def _budget_line(run: ImportRun, row: Row, project: ProjectView, code: str) -> BudgetLineView:
    line = next(
        (b for b in run.uow.finance.budget_lines(project.id) if b.code.casefold() == code.casefold()), None
    )
    if line is None:
        row.problem(
            "Budget line",
            f"project {project.code} has no budget line '{code}'",
            "add it on the Budget lines sheet",
        )
        row.check()
    assert line is not None
    return line
