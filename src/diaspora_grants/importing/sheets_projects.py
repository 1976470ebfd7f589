"""Importing projects with their locations, budget lines, tranches, expenditure, rates and targets."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from ..db.models import BudgetLine, ExchangeRate, Expenditure, Location, Project, Target, Tranche
from ..domain.enums import ProjectStatus, TrancheStatus
from ..domain.errors import ValidationError
from ..domain.money import month_of
from ..services import exchange_rates as rate_rules
from ..services import finance as finance_rules
from ..services import projects as project_rules
from ..services import results as result_rules
from ..services.exchange_rates import RateInput
from ..services.finance import BudgetLineInput, ExpenditureInput, TrancheInput
from ..services.projects import ProjectInput
from ..services.result_cells import checked_value
from . import lookups
from .import_run import CHANGED, CREATED, UNCHANGED, ImportRun, save
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


def project(run: ImportRun, row: Row) -> str:
    code = row.text("Code", 40, required=True)
    owner = lookups.required_ref(row, "Programme", lookups.programme, sheet_hint="Programmes")
    partner = lookups.required_ref(row, "Partner", lookups.organisation, sheet_hint="Organisations")
    row.check()
    found = lookups.project(row.session, code)

    def keep(name: str) -> Any:
        return getattr(found, name) if found is not None else None

    source_call = lookups.optional_ref(row, "Call", lookups.call, sheet_hint="Calls", keep=keep("call"))
    from_application = row.yes_no("From application", keep=keep("application_id") is not None)
    data = ProjectInput(
        code=code,
        title=row.text("Title", 300, required=True),
        programme_id=owner.id,
        partner_id=partner.id,
        country=row.text("Country", 2, required=True) or "",
        description=row.text("Description", keep=keep("description")),
        call_id=source_call.id if source_call else None,
        application_id=None,
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
    )
    names = row.codes("Locations", separator=";", keep=None)
    row.check()
    values = project_rules._validated(data)
    if from_application:
        values["application_id"] = _application_id(row, values)
    row.check()
    project_rules._check_references(row.session, values, found.id if found else None)
    outcome = save(row.session, Project, found, values)
    if names is not None:
        row.session.flush()
        record = found or lookups.project(row.session, code)
        assert record is not None
        if _set_locations(row, record, names) and outcome == UNCHANGED:
            outcome = CHANGED
    return outcome


def _application_id(row: Row, values: dict[str, Any]) -> int | None:
    if values["call_id"] is None:
        row.problem("Call", "a project from an application needs the call", "name the call, or write no")
        return None
    applied = lookups.application(row.session, values["call_id"], values["partner_id"])
    if applied is None:
        row.problem(
            "From application",
            "the partner has no application to that call",
            "add it on the Applications sheet, or write no",
        )
        return None
    return applied.id


def _set_locations(row: Row, record: Project, names: tuple[str, ...]) -> bool:
    wanted = {}
    for name in names:
        clean, _ = project_rules._validated_location(name)
        wanted[clean.casefold()] = clean
    changed = False
    for location in list(record.locations):
        if location.name.casefold() in wanted:
            del wanted[location.name.casefold()]
        else:
            project_rules._refuse_location_with_results(row.session, location)
            record.locations.remove(location)
            changed = True
    for name in wanted.values():
        record.locations.append(Location(name=name))
        changed = True
    return changed


def budget_line(run: ImportRun, row: Row) -> str:
    owner = lookups.required_ref(row, "Project", lookups.project, sheet_hint="Projects")
    code = row.text("Code", 40, required=True)
    row.check()
    found = row.session.scalars(
        select(BudgetLine).where(
            BudgetLine.project_id == owner.id, func.lower(BudgetLine.code) == code.lower()
        )
    ).first()
    data = BudgetLineInput(
        code=code,
        category=row.text("Category", 120, required=True),
        original_amount=row.decimal("Original amount", required=True),
        revised_amount=row.decimal("Revised amount", keep=found and found.revised_amount),
        description=row.text("Description", keep=found and found.description),
    )
    row.check()
    values = finance_rules._validated_line(data)
    return save(row.session, BudgetLine, found, {**values, "project_id": owner.id})


def tranche(run: ImportRun, row: Row) -> str:
    owner = lookups.required_ref(row, "Project", lookups.project, sheet_hint="Projects")
    number = row.whole("Number", required=True)
    row.check()
    found = row.session.scalars(
        select(Tranche).where(Tranche.project_id == owner.id, Tranche.number == number)
    ).first()

    def keep(name: str) -> Any:
        return getattr(found, name) if found is not None else None

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
    values = finance_rules._validated_tranche(data, owner.currency, row.today)
    if found is not None:
        finance_rules._check_transition(found, values["status"])
    return save(row.session, Tranche, found, {**values, "project_id": owner.id})


def expenditure(run: ImportRun, row: Row) -> str:
    """Expenditure has no natural key: a row matches an identical record not yet matched by another row."""
    owner = lookups.required_ref(row, "Project", lookups.project, sheet_hint="Projects")
    spent_on = row.date("Date", required=True)
    amount = row.decimal("Amount", required=True)
    currency = row.text("Currency", 3)
    line_code = row.text("Budget line", 40)
    description = row.text("Description")
    row.check()
    line = None
    if line_code is not None:
        line = row.session.scalars(
            select(BudgetLine).where(
                BudgetLine.project_id == owner.id, func.lower(BudgetLine.code) == line_code.lower()
            )
        ).first()
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
    values = finance_rules._validated_expenditure(row.session, data, owner, row.today)
    key = (
        owner.id,
        values["spent_on"],
        Decimal(values["amount"]),
        values["currency"],
        values["budget_line_id"],
        values["description"],
    )
    used: Counter[tuple[Any, ...]] = run.memo.setdefault("expenditures matched", Counter())
    existing = (
        row.session.scalar(
            select(func.count())
            .select_from(Expenditure)
            .where(
                Expenditure.project_id == owner.id,
                Expenditure.spent_on == key[1],
                Expenditure.amount == key[2],
                Expenditure.currency == key[3],
                Expenditure.budget_line_id.is_(None)
                if key[4] is None
                else Expenditure.budget_line_id == key[4],
                Expenditure.description.is_(None) if key[5] is None else Expenditure.description == key[5],
            )
        )
        or 0
    )
    if used[key] < existing:
        used[key] += 1
        return UNCHANGED
    used[key] += 1
    row.session.add(Expenditure(project_id=owner.id, **values))
    return CREATED


def exchange_rate(run: ImportRun, row: Row) -> str:
    data = RateInput(
        base_currency=row.text("Base currency", 3, required=True) or "",
        currency=row.text("Currency", 3, required=True) or "",
        month=row.date("Month", required=True),
        units_per_base=row.decimal("Units per base", required=True),
        source=row.text("Source", 200),
        value_date=row.date("Value date"),
    )
    row.check()
    values = rate_rules._validated(data)
    rate = values["units_per_base"]
    if rate != rate.quantize(Decimal("0.00000001")):
        raise ValidationError.single("units per base", "give at most eight decimal places")
    found = row.session.scalars(
        select(ExchangeRate).where(
            ExchangeRate.base_currency == values["base_currency"],
            ExchangeRate.currency == values["currency"],
            ExchangeRate.month == month_of(values["month"]),
        )
    ).first()
    if not row.present("Source") and found is not None:
        values["source"] = found.source
    if not row.present("Value date") and found is not None:
        values["value_date"] = found.value_date
    return save(row.session, ExchangeRate, found, values)


def target(run: ImportRun, row: Row) -> str:
    owner = lookups.required_ref(row, "Programme", lookups.programme, sheet_hint="Programmes")
    row.check()
    indicator = lookups.required_ref(row, "Indicator", lookups.indicator, owner.id, sheet_hint="Indicators")
    scope_project = lookups.optional_ref(row, "Project", lookups.project, sheet_hint="Projects")
    scope_period = lookups.optional_ref(row, "Period", lookups.period, owner.id, sheet_hint="Periods")
    raw = row.decimal("Value", required=True)
    row.check()
    value, problem = checked_value("value", raw, indicator.measure)
    if problem:
        raise ValidationError(problem)
    project_id = scope_project.id if scope_project else None
    period_id = scope_period.id if scope_period else None
    result_rules._check_target_scope(row.session, indicator, project_id, period_id)
    found = row.session.scalars(
        select(Target).where(
            Target.indicator_id == indicator.id,
            Target.project_id.is_(None) if project_id is None else Target.project_id == project_id,
            Target.period_id.is_(None) if period_id is None else Target.period_id == period_id,
        )
    ).first()
    return save(
        row.session,
        Target,
        found,
        {"indicator_id": indicator.id, "project_id": project_id, "period_id": period_id, "value": value},
    )
