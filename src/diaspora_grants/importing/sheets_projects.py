"""Importing projects with their locations, budget lines, tranches, expenditure, rates and targets,
through the services a user's edits go through."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from ..domain.enums import ProjectStatus, TrancheStatus
from ..domain.money import month_of
from ..reporting.data_format import BUDGET_REVISIONS
from ..services.exchange_rates import RateInput
from ..services.finance import BudgetLineInput, BudgetRevisionRecord, ExpenditureInput, TrancheInput
from ..services.projects import ProjectInput, ProjectView
from .batches import NewRecord, Update
from .import_run import CHANGED, CREATED, UNCHANGED, ImportRun, outcome
from .lookups import by, found, optional_ref, required_ref
from .rows import Row

PROJECT_ALIASES = {
    "country": "Country",
    "dac code": "DAC code",
    "locations": "Locations",
    "location": "Locations",
}
FINANCE_ALIASES = {"date": "Date", "number": "Number", "budget line": "Budget line", "status": "Status"}
RATE_ALIASES = {"units per base": "Units per base", "base currency": "Base currency", "month": "Month"}
TARGET_ALIASES = {"target": "Value", "project": "Project", "period": "Period"}


class ProjectSheet:
    """Projects a batch at a time: references read once, new projects created together."""

    def __init__(self, run: ImportRun) -> None:
        self.run = run
        self.existing: dict[str, ProjectView] = {}
        self.references = References(run)

    def prefetch(self, rows: Sequence[Row]) -> None:
        codes = [code for row in rows if isinstance(code := row.raw("Code"), str)]
        self.existing = self.run.uow.projects.find_by_codes(codes)

    def plan(self, row: Row) -> NewRecord | Update:
        run = self.run
        code = row.text("Code", 40, required=True)
        owner = required_ref(row, "Programme", self.references.programme, sheet_hint="Programmes")
        partner = required_ref(row, "Partner", self.references.organisation, sheet_hint="Organisations")
        row.check()
        assert owner is not None and partner is not None
        current = self.existing.get(code.strip().lower())
        data = _project_input(run, row, code, owner.id, partner.id, current, self.references)
        names = row.codes("Locations", separator=";", keep=None)
        row.check()
        if current is None:
            return NewRecord(row, (data, names or ()))
        return Update(lambda: _update_project(run, current, data, names))

    def create(self, new: Sequence[NewRecord]) -> Sequence[object]:
        return self.run.uow.projects.create_many([n.data[0] for n in new], [n.data[1] for n in new])


class References:
    """Programmes, organisations and calls by natural key, each read once per import."""

    def __init__(self, run: ImportRun) -> None:
        self.run = run
        self._found: dict[tuple[str, str], Any] = {}

    def _cached(self, kind: str, key: str, find: Callable[[str], Any]) -> Any:
        # Only records found are kept: one missing now may be created by a later row.
        found = self._found.get((kind, key.casefold()))
        if found is None:
            found = self._found[(kind, key.casefold())] = find(key)
        return found

    def programme(self, code: str) -> Any:
        return self._cached("programme", code, by(self.run.uow.programmes.get_by_code))

    def organisation(self, name: str) -> Any:
        return self._cached("organisation", name, by(self.run.uow.organisations.get_by_name))

    def call(self, reference: str) -> Any:
        return self._cached("call", reference, by(self.run.uow.calls.get_by_reference))


def _project_input(
    run: ImportRun, row: Row, code: str, programme_id: int, partner_id: int, current: ProjectView | None,
    references: References,
) -> ProjectInput:  # fmt: skip
    def keep(name: str) -> Any:
        return getattr(current, name) if current is not None else None

    source_call = optional_ref(
        row,
        "Call",
        references.call,
        sheet_hint="Calls",
        keep=current and current.call_id and run.uow.calls.get(current.call_id),
    )
    from_application = row.yes_no("From application", keep=keep("application_id") is not None)
    return ProjectInput(
        code=code,
        title=row.text("Title", 300, required=True),
        programme_id=programme_id,
        partner_id=partner_id,
        country=row.text("Country", 2, required=True) or "",
        description=row.text("Description", keep=keep("description")),
        call_id=source_call.id if source_call else None,
        application_id=_application_id(run, row, source_call, partner_id) if from_application else None,
        sector=row.text("Sector", 120, keep=keep("sector")),
        dac_code=row.text("DAC code", 5, keep=keep("dac_code")),
        target_groups=row.codes("Target groups", keep=keep("target_groups") or ()),
        planned_start=row.date("Planned start", keep=keep("planned_start")),
        planned_end=row.date("Planned end", keep=keep("planned_end")),
        actual_start=row.date("Actual start", keep=keep("actual_start")),
        actual_end=row.date("Actual end", keep=keep("actual_end")),
        status=row.choice("Status", ProjectStatus, default=ProjectStatus.PIPELINE, keep=keep("status")),
        grant_amount=row.decimal("Grant amount", keep=keep("grant_amount")),
        currency=row.text("Currency", 3, keep=keep("currency")) or "USD",
        agreement_number=row.text("Agreement number", 100, keep=keep("agreement_number")),
    )


def _update_project(
    run: ImportRun,
    current: ProjectView,
    data: ProjectInput,
    names: tuple[str, ...] | None,
) -> str:
    saved = run.uow.projects.update(current.id, data, expected_version=current.version)
    result = outcome(current, saved)
    if names is not None and _set_locations(run, saved, names) and result == UNCHANGED:
        result = CHANGED
    return result


def _application_id(run: ImportRun, row: Row, source_call: Any, partner_id: int) -> int | None:
    if source_call is None:
        row.problem("Call", "a project from an application needs the call", "name the call, or write no")
        return None
    applied = found(run.uow.applications.get_by_applicant, source_call.id, partner_id)
    if applied is None:
        row.problem(
            "From application",
            "the partner has no application to that call",
            "add it on the Applications sheet, or write no",
        )
        return None
    return applied.id


def _set_locations(run: ImportRun, saved: ProjectView, names: tuple[str, ...]) -> bool:
    """True when the project's locations changed (names compare in any case, as users type them)."""
    before = {location.name.casefold() for location in saved.locations}
    after = run.uow.projects.set_locations(saved.id, names)
    return {location.name.casefold() for location in after} != before


def budget_line(run: ImportRun, row: Row) -> str:
    finance = run.uow.finance
    owner = required_ref(row, "Project", by(run.uow.projects.get_by_code), sheet_hint="Projects")
    code = row.text("Code", 40, required=True)
    row.check()
    assert owner is not None
    current = next((b for b in finance.budget_lines(owner.id) if b.code.casefold() == code.casefold()), None)
    data = BudgetLineInput(
        code=code,
        category=row.text("Category", 120, required=True),
        original_amount=row.decimal("Original amount", required=True),
        revised_amount=row.decimal("Revised amount", keep=current and current.revised_amount),
        description=row.text("Description", keep=current and current.description),
    )
    row.check()
    if current is None:
        # With the file's own revision history, the line is entered as it stands and its history
        # comes from that sheet; without it, entering a revised line records that revision.
        finance.create_budget_line(owner.id, data, history=run.has_sheet(BUDGET_REVISIONS.name))
        return CREATED
    return outcome(current, finance.update_budget_line(current.id, data, expected_version=current.version))


def budget_revision(run: ImportRun, row: Row) -> str:
    finance = run.uow.finance
    owner = required_ref(row, "Project", by(run.uow.projects.get_by_code), sheet_hint="Projects")
    code = row.text("Budget line", 40, required=True)
    row.check()
    assert owner is not None
    line = next((b for b in finance.budget_lines(owner.id) if b.code.casefold() == code.casefold()), None)
    if line is None:
        row.problem(
            "Budget line",
            f"project {owner.code} has no budget line '{code}'",
            "add it on the Budget lines sheet",
        )
        row.check()
    assert line is not None
    record = BudgetRevisionRecord(
        previous_amount=row.decimal("Previous amount", required=True),
        revised_amount=row.decimal("Revised amount"),
        revised_on=row.date("Revised on", required=True),
        reason=row.text("Reason", 2000, required=True),
    )
    row.check()
    known = [
        (r.previous_amount, r.revised_amount, r.revised_on, r.reason)
        for r in finance.budget_revisions(line.id)
    ]
    if (record.previous_amount, record.revised_amount, record.revised_on, record.reason) in known:
        return UNCHANGED
    finance.record_revision(line.id, record)
    return CREATED


def tranche(run: ImportRun, row: Row) -> str:
    finance = run.uow.finance
    owner = required_ref(row, "Project", by(run.uow.projects.get_by_code), sheet_hint="Projects")
    number = row.whole("Number", required=True)
    row.check()
    assert owner is not None
    current = next((t for t in finance.tranches(owner.id) if t.number == number), None)

    def keep(name: str) -> Any:
        return getattr(current, name) if current is not None else None

    data = TrancheInput(
        number=number,
        planned_date=row.date("Planned date", required=True),
        planned_amount=row.decimal("Planned amount", required=True),
        currency=row.text("Currency", 3, keep=keep("currency")),
        condition=row.text("Condition", keep=keep("condition")),
        actual_date=row.date("Actual date", keep=keep("actual_date")),
        actual_amount=row.decimal("Actual amount", keep=keep("actual_amount")),
        status=row.choice("Status", TrancheStatus, default=TrancheStatus.SCHEDULED, keep=keep("status")),
    )
    row.check()
    if current is None:
        finance.create_tranche(owner.id, data)
        return CREATED
    return outcome(current, finance.update_tranche(current.id, data, expected_version=current.version))


def expenditure(run: ImportRun, row: Row) -> str:
    """Expenditure has no natural key: a row matches an identical record not yet matched by another row."""
    finance = run.uow.finance
    owner = required_ref(row, "Project", by(run.uow.projects.get_by_code), sheet_hint="Projects")
    spent_on = row.date("Date", required=True)
    amount = row.decimal("Amount", required=True)
    currency = row.text("Currency", 3)
    line_code = row.text("Budget line", 40)
    description = row.text("Description")
    row.check()
    assert owner is not None
    line = None
    if line_code is not None:
        line = next(
            (b for b in finance.budget_lines(owner.id) if b.code.casefold() == line_code.casefold()), None
        )
        if line is None:
            row.problem(
                "Budget line",
                f"project {owner.code} has no budget line '{line_code}'",
                "add it on the Budget lines sheet",
            )
            row.check()
    data = ExpenditureInput(
        spent_on=spent_on,
        amount=amount,
        currency=currency,
        budget_line_id=line.id if line else None,
        description=description,
    )
    key = (owner.id, spent_on, amount, currency, data.budget_line_id, description)
    matched: Counter[tuple[Any, ...]] = run.memo.setdefault("expenditures matched", Counter())
    if matched[key] < finance.same_expenditures(owner.id, data):
        matched[key] += 1
        return UNCHANGED
    finance.create_expenditure(owner.id, data)
    matched[key] += 1
    return CREATED


def exchange_rate(run: ImportRun, row: Row) -> str:
    rates = run.uow.exchange_rates
    base = row.text("Base currency", 3, required=True) or ""
    currency = row.text("Currency", 3, required=True) or ""
    month = row.date("Month", required=True)
    row.check()
    current = next(
        (r for r in rates.find(base_currency=base, currency=currency) if r.month == month_of(month)), None
    )
    data = RateInput(
        base_currency=base,
        currency=currency,
        month=month,
        units_per_base=row.decimal("Units per base", required=True),
        source=row.text("Source", 200, keep=current and current.source),
        value_date=row.date("Value date", keep=current and current.value_date),
    )
    row.check()
    if current is None:
        rates.create(data)
        return CREATED
    return outcome(current, rates.update(current.id, data, expected_version=current.version))


def target(run: ImportRun, row: Row) -> str:
    uow = run.uow
    owner = required_ref(row, "Programme", by(uow.programmes.get_by_code), sheet_hint="Programmes")
    row.check()
    assert owner is not None
    indicator = required_ref(
        row, "Indicator", by(uow.indicators.get_by_code, owner.id), sheet_hint="Indicators"
    )
    scope_project = optional_ref(row, "Project", by(uow.projects.get_by_code), sheet_hint="Projects")
    scope_period = optional_ref(row, "Period", by(uow.periods.get_by_label, owner.id), sheet_hint="Periods")
    value = row.decimal("Value", required=True)
    row.check()
    assert indicator is not None
    project_id = scope_project.id if scope_project else None
    period_id = scope_period.id if scope_period else None
    current = next(
        (
            t
            for t in uow.results.find_targets(indicator_id=indicator.id)
            if (t.project_id, t.period_id) == (project_id, period_id)
        ),
        None,
    )
    saved = uow.results.set_target(indicator.id, value, project_id, period_id)
    return CREATED if current is None else outcome(current, saved)
