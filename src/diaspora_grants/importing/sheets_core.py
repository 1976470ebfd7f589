"""Importing organisations, contacts, programmes, indicators and periods.

Each handler converts its row, validates it with the owning service's own validation functions,
finds the record by natural key and creates it or changes only what differs.
"""

from __future__ import annotations

import json
from decimal import Decimal

from sqlalchemy import func, select

from ..db.base import utcnow
from ..db.models import AuditEntry, Contact, Indicator, Organisation, Period, Programme
from ..domain.enums import (
    DEFAULT_AGE_BANDS,
    DEFAULT_POPULATION_GROUPS,
    AuditAction,
    Counting,
    Direction,
    DueDiligenceStatus,
    Measure,
    OrganisationType,
    OverlapRule,
    Reach,
    ResultLevel,
    RiskRating,
)
from ..domain.errors import FieldProblem, LockedPeriodError, ValidationError
from ..services import indicators as indicator_rules
from ..services import organisations as organisation_rules
from ..services import periods as period_rules
from ..services import programmes as programme_rules
from ..services.indicators import IndicatorInput
from ..services.organisations import ContactInput, OrganisationInput
from ..services.programmes import ProgrammeInput
from . import lookups
from .import_run import CHANGED, CREATED, UNCHANGED, ImportRun, save
from .rows import Row

ORGANISATION_ALIASES = {
    "headquarters country": "HQ country",
    "due diligence date": "Due diligence date",
    "due diligence expiry": "Due diligence expiry",
}
PROGRAMME_ALIASES = {
    "start": "Start",
    "end": "End",
    "donor": "Donor",
    "headline indicator": "Headline indicator",
}
INDICATOR_ALIASES = {
    "baseline value": "Baseline",
    "life-of-award target": "LoA target",
    "reach": "Reach",
    "counting": "Counting",
}
_CENTS = Decimal("0.01")
PERIOD_ALIASES = {"dates": "Start", "label": "Label", "start": "Start", "end": "End"}


def organisation(run: ImportRun, row: Row) -> str:
    name = row.text("Name", 200, required=True)
    row.check()
    found = lookups.organisation(row.session, name)
    data = OrganisationInput(
        name=name,
        acronym=row.text("Acronym", 40, keep=found and found.acronym),
        type=row.choice(
            "Type", OrganisationType, default=OrganisationType.DIASPORA, keep=found and found.type
        ),
        hq_country=row.text("HQ country", 2, keep=found and found.hq_country),
        origin_countries=row.codes(
            "Origin countries", upper=True, keep=found.origin_countries if found else ()
        ),
        operating_countries=row.codes(
            "Operating countries", upper=True, keep=found.operating_countries if found else ()
        ),
        email=row.text("Email", 200, keep=found and found.email),
        phone=row.text("Phone", 60, keep=found and found.phone),
        website=row.text("Website", 300, keep=found and found.website),
        registration_number=row.text("Registration no.", 100, keep=found and found.registration_number),
        iati_identifier=row.text("IATI ref", 100, keep=found and found.iati_identifier),
        dd_status=row.choice(
            "Due diligence status",
            DueDiligenceStatus,
            default=DueDiligenceStatus.NOT_STARTED,
            keep=found and found.dd_status,
        ),
        dd_date=row.date("Due diligence date", keep=found and found.dd_date),
        dd_expiry=row.date("Due diligence expiry", keep=found and found.dd_expiry),
        risk_rating=row.choice("Risk rating", RiskRating, keep=found and found.risk_rating),
        notes=row.text("Notes", keep=found and found.notes),
    )
    row.check()
    values = organisation_rules._validated(data)
    return save(row.session, Organisation, found, values)


def contact(run: ImportRun, row: Row) -> str:
    owner = lookups.required_ref(row, "Organisation", lookups.organisation, sheet_hint="Organisations")
    name = row.text("Name", 200, required=True)
    row.check()
    found = row.session.scalars(
        select(Contact).where(Contact.organisation_id == owner.id, func.lower(Contact.name) == name.lower())
    ).first()
    data = ContactInput(
        name=name,
        role=row.text("Role", 120, keep=found and found.role),
        email=row.text("Email", 200, keep=found and found.email),
        phone=row.text("Phone", 60, keep=found and found.phone),
    )
    row.check()
    values = organisation_rules._validated_contact(data)
    return save(row.session, Contact, found, {**values, "organisation_id": owner.id})


def programme(run: ImportRun, row: Row) -> str:
    code = row.text("Code", 40, required=True)
    row.check()
    found = lookups.programme(row.session, code)
    donor = lookups.optional_ref(
        row, "Donor", lookups.organisation, sheet_hint="Organisations", keep=found and found.donor
    )
    reporter = lookups.optional_ref(
        row,
        "Reporting organisation",
        lookups.organisation,
        sheet_hint="Organisations",
        keep=found and found.reporting_org,
    )
    data = ProgrammeInput(
        code=code,
        name=row.text("Name", 300, required=True),
        start_date=row.date("Start", required=True),
        end_date=row.date("End", required=True),
        description=row.text("Description", keep=found and found.description),
        donor_id=donor.id if donor else None,
        reporting_org_id=reporter.id if reporter else None,
        award_number=row.text("Award number", 100, keep=found and found.award_number),
        currency=row.text("Currency", 3, required=True) or "",
        overlap_rule=row.choice(
            "Overlap rule",
            OverlapRule,
            default=OverlapRule.MAX_PER_LOCATION,
            keep=found and found.overlap_rule,
        ),
        age_bands=row.codes("Age bands", keep=found.age_bands if found else ()) or DEFAULT_AGE_BANDS,
        population_groups=row.codes("Population groups", keep=found.population_groups if found else ())
        or DEFAULT_POPULATION_GROUPS,
        headline_indicator_id=found.headline_indicator_id if found else None,
        sdg_goals=row.codes("SDG goals", keep=found.sdg_goals if found else ()),
    )
    headline = row.text("Headline indicator", 40) if row.present("Headline indicator") else ...
    row.check()
    values = programme_rules._validated(data)
    programme_rules._check_references(row.session, values, found.id if found else None)
    outcome = save(row.session, Programme, found, values)
    if headline is not ...:
        current = found.headline_indicator_id if found else None
        current_code = (
            row.session.scalar(select(Indicator.code).where(Indicator.id == current)) if current else None
        )
        if outcome == UNCHANGED and (current_code or "").lower() != (headline or "").lower():
            outcome = CHANGED
        run.deferred.append(lambda: _set_headline(run, row, code, headline))
    return outcome


def _set_headline(run: ImportRun, row: Row, programme_code: str, code: str | None) -> None:
    session = run.session
    found = lookups.programme(session, programme_code)
    if found is None:
        return
    wanted = None
    if code is not None:
        indicator = lookups.indicator(session, found.id, code)
        if indicator is None:
            row.problem(
                "Headline indicator",
                f"programme {programme_code} has no indicator '{code}'",
                "add it on the Indicators sheet or correct the code",
            )
            run.problems.extend(row.problems[-1:])
            return
        wanted = indicator.id
    if found.headline_indicator_id != wanted:
        found.headline_indicator_id = wanted
        session.flush()


def indicator(run: ImportRun, row: Row) -> str:
    owner = lookups.required_ref(row, "Programme", lookups.programme, sheet_hint="Programmes")
    code = row.text("Code", 40, required=True)
    row.check()
    found = lookups.indicator(row.session, owner.id, code)

    def keep(name: str) -> object:
        return getattr(found, name) if found is not None else None

    data = IndicatorInput(
        code=code,
        name=row.text("Name", 400, required=True),
        definition=row.text("Definition", keep=keep("definition")),
        unit=row.text("Unit", 60, keep=keep("unit")),
        measure=row.choice("Measure", Measure, default=Measure.NUMBER, keep=keep("measure")),
        result_level=row.choice(
            "Result level", ResultLevel, default=ResultLevel.OUTPUT, keep=keep("result_level")
        ),
        sector=row.text("Sector", 120, keep=keep("sector")),
        counting=row.choice("Counting", Counting, default=Counting.NON_CUMULATIVE, keep=keep("counting")),
        reach=row.choice("Reach", Reach, default=Reach.NONE, keep=keep("reach")),
        direction=row.choice("Direction", Direction, default=Direction.INCREASE, keep=keep("direction")),
        baseline_value=row.decimal("Baseline", keep=keep("baseline_value")),
        baseline_date=row.date("Baseline date", keep=keep("baseline_date")),
        loa_target=row.decimal("LoA target", keep=keep("loa_target")),
        means_of_verification=row.text("Means of verification", keep=keep("means_of_verification")),
        disaggregated=row.yes_no("Disaggregated", default=True, keep=keep("disaggregated")),
    )
    row.check()
    values = indicator_rules._validated(data)
    for name in ("baseline_value", "loa_target"):
        if values[name] is not None and values[name] != values[name].quantize(_CENTS):
            raise ValidationError(FieldProblem(name.replace("_", " "), "give at most two decimal places"))
    if found is None:
        last = row.session.scalar(
            select(func.max(Indicator.position)).where(Indicator.programme_id == owner.id)
        )
        values.update(programme_id=owner.id, position=(last or 0) + 1)
        indicator_rules._check_code_free(row.session, owner.id, code, None)
        return save(row.session, Indicator, None, values)
    indicator_rules._check_figures_unchanged(row.session, found, values)
    return save(row.session, Indicator, found, values)


def period(run: ImportRun, row: Row) -> str:
    owner = lookups.required_ref(row, "Programme", lookups.programme, sheet_hint="Programmes")
    label = row.text("Label", 60, required=True)
    row.check()
    found = lookups.period(row.session, owner.id, label)
    start = row.date("Start", required=True)
    end = row.date("End", required=True)
    locked = row.yes_no("Locked", default=False, keep=found.locked if found else False)
    row.check()
    if found is not None and (found.start_date, found.end_date) == (start, end):
        outcome = UNCHANGED
    else:
        if found is not None and found.locked:
            raise LockedPeriodError(f"period {label} is locked; its dates cannot change")
        others = [
            p
            for p in row.session.scalars(
                select(Period).where(Period.programme_id == owner.id).order_by(Period.start_date)
            )
            if found is None or p.id != found.id
        ]
        period_rules._check_fits(owner, others, label, start, end)
        outcome = save(
            row.session,
            Period,
            found,
            {"programme_id": owner.id, "label": label, "start_date": start, "end_date": end},
        )
    if outcome == UNCHANGED and found is not None and found.locked != locked:
        outcome = CHANGED
    run.deferred.append(lambda: _set_lock(run, row, owner.id, label, locked))
    return outcome


def _set_lock(run: ImportRun, row: Row, programme_id: int, label: str, locked: bool) -> None:
    """Locks are applied after the results, so that a locked period in the file can receive its results."""
    session = run.session
    found = lookups.period(session, programme_id, label)
    if found is None or found.locked == locked:
        return
    if not locked:
        row.problem(
            "Locked",
            f"period {label} is locked in the database",
            "unlocking needs a written reason: unlock it in the app (Results > Periods), or write yes",
        )
        run.problems.extend(row.problems[-1:])
        return
    found.locked, found.locked_at, found.locked_by = True, utcnow(), run.user
    session.add(
        AuditEntry(
            user_name=run.user,
            action=AuditAction.LOCK,
            table_name=Period.__tablename__,
            record_id=found.id,
            record_label=found.label,
            field="locked",
            old_value=json.dumps(False),
            new_value=json.dumps(True),
            reason="locked by import",
        )
    )
    session.flush()


__all__ = ["CHANGED", "CREATED", "contact", "indicator", "organisation", "period", "programme"]
