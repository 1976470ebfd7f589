"""Importing organisations, contacts, programmes, indicators and periods through their services.

Each handler converts its row, finds the record by its natural key, and creates it or updates it
with the service call a user's edit goes through; the service saves only what differs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from ..domain.enums import (
    DEFAULT_AGE_BANDS,
    DEFAULT_POPULATION_GROUPS,
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
from ..domain.names import name_key
from ..services.indicators import IndicatorInput, IndicatorView
from ..services.inputs import input_of
from ..services.organisations import ContactInput, OrganisationInput, OrganisationView
from ..services.programmes import ProgrammeInput, ProgrammeView
from ..services.registry import Services
from .batches import NewRecord, Update
from .import_run import CHANGED, CREATED, UNCHANGED, ImportRun, outcome
from .lookups import by, found, optional_ref, required_ref
from .problems import Problem
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
PERIOD_ALIASES = {"dates": "Start", "label": "Label", "start": "Start", "end": "End"}
#: Locks set by a data workbook say so in the audit trail.
IMPORT_LOCK_REASON = "locked by import"


class OrganisationSheet:
    """Organisations a batch at a time (a database of partners may hold a hundred thousand)."""

    def __init__(self, run: ImportRun) -> None:
        self.run = run
        self.existing: dict[str, OrganisationView] = {}

    def prefetch(self, rows: Sequence[Row]) -> None:
        names = [name for row in rows if isinstance(name := row.raw("Name"), str)]
        self.existing = self.run.uow.organisations.find_by_names(names)

    def plan(self, row: Row) -> NewRecord | Update:
        service = self.run.uow.organisations
        name = row.text("Name", 200, required=True)
        row.check()
        current = self.existing.get(name_key(name))
        # The name finds the organisation; it never renames it (a rename is made in the app), so a
        # name typed in capitals or wider letters leaves the stored spelling as it is.
        data = _organisation_input(row, current.name if current else name, current)
        row.check()
        if current is None:
            return NewRecord(row, data)
        return Update(
            lambda: outcome(current, service.update(current.id, data, expected_version=current.version))
        )

    def create(self, new: Sequence[NewRecord]) -> Sequence[object]:
        look_alikes = self.run.uow.organisations.look_alikes_of(n.data.name for n in new)
        for record in new:
            _warn_look_alikes(self.run, record.row, record.data.name, look_alikes.get(record.data.name, []))
        return self.run.uow.organisations.create_many([n.data for n in new])


def _organisation_input(row: Row, name: str, current: OrganisationView | None) -> OrganisationInput:
    return OrganisationInput(
        name=name,
        acronym=row.text("Acronym", 40, keep=current and current.acronym),
        type=row.choice(
            "Type", OrganisationType, default=OrganisationType.DIASPORA, keep=current and current.type
        ),
        hq_country=row.text("HQ country", 2, keep=current and current.hq_country),
        origin_countries=row.codes(
            "Origin countries", upper=True, keep=current.origin_countries if current else ()
        ),
        operating_countries=row.codes(
            "Operating countries", upper=True, keep=current.operating_countries if current else ()
        ),
        email=row.text("Email", 200, keep=current and current.email),
        phone=row.text("Phone", 60, keep=current and current.phone),
        website=row.text("Website", 300, keep=current and current.website),
        registration_number=row.text("Registration no.", 100, keep=current and current.registration_number),
        iati_identifier=row.text("IATI ref", 100, keep=current and current.iati_identifier),
        dd_status=row.choice(
            "Due diligence status",
            DueDiligenceStatus,
            default=DueDiligenceStatus.NOT_STARTED,
            keep=current and current.dd_status,
        ),
        dd_date=row.date("Due diligence date", keep=current and current.dd_date),
        dd_expiry=row.date("Due diligence expiry", keep=current and current.dd_expiry),
        risk_rating=row.choice("Risk rating", RiskRating, keep=current and current.risk_rating),
        notes=row.text("Notes", keep=current and current.notes),
    )


def _warn_look_alikes(run: ImportRun, row: Row, name: str, existing: Sequence[str]) -> None:
    """A new name that reads like an existing one is often the same organisation mistyped."""
    for other in existing:
        run.warnings.append(
            Problem(
                row.sheet,
                row.number,
                "Name",
                f"'{name}' looks like the existing organisation '{other}' and would be a new one",
                "if it is the same organisation, write its name exactly as it is in the app",
            )
        )


def contact(run: ImportRun, row: Row) -> str:
    service = run.uow.organisations
    owner = required_ref(row, "Organisation", by(service.get_by_name), sheet_hint="Organisations")
    name = row.text("Name", 200, required=True)
    row.check()
    assert owner is not None
    current = next((c for c in service.contacts(owner.id) if c.name.casefold() == name.casefold()), None)
    data = ContactInput(
        name=name,
        role=row.text("Role", 120, keep=current and current.role),
        email=row.text("Email", 200, keep=current and current.email),
        phone=row.text("Phone", 60, keep=current and current.phone),
    )
    row.check()
    if current is None:
        service.add_contact(owner.id, data)
        return CREATED
    return outcome(current, service.update_contact(current.id, data, expected_version=current.version))


def programme(run: ImportRun, row: Row) -> str:
    uow = run.uow
    code = row.text("Code", 40, required=True)
    row.check()
    current = found(uow.programmes.get_by_code, code)
    donor = optional_ref(
        row,
        "Donor",
        by(uow.organisations.get_by_name),
        sheet_hint="Organisations",
        keep=current and current.donor_id and uow.organisations.get(current.donor_id),
    )
    reporter = optional_ref(
        row,
        "Reporting organisation",
        by(uow.organisations.get_by_name),
        sheet_hint="Organisations",
        keep=current and current.reporting_org_id and uow.organisations.get(current.reporting_org_id),
    )
    data = ProgrammeInput(
        code=code,
        name=row.text("Name", 300, required=True),
        start_date=row.date("Start", required=True),
        end_date=row.date("End", required=True),
        description=row.text("Description", keep=current and current.description),
        donor_id=donor.id if donor else None,
        reporting_org_id=reporter.id if reporter else None,
        award_number=row.text("Award number", 100, keep=current and current.award_number),
        currency=row.text("Currency", 3, required=True) or "",
        overlap_rule=row.choice(
            "Overlap rule",
            OverlapRule,
            default=OverlapRule.MAX_PER_LOCATION,
            keep=current and current.overlap_rule,
        ),
        age_bands=row.codes("Age bands", keep=current.age_bands if current else ()) or DEFAULT_AGE_BANDS,
        population_groups=row.codes("Population groups", keep=current.population_groups if current else ())
        or DEFAULT_POPULATION_GROUPS,
        headline_indicator_id=current.headline_indicator_id if current else None,
        sdg_goals=row.codes("SDG goals", keep=current.sdg_goals if current else ()),
        approver_must_differ=_four_eyes(row, current),
    )
    headline = row.text("Headline indicator", 40) if row.present("Headline indicator") else ...
    row.check()
    if current is None:
        saved = uow.programmes.create(data)
        result = CREATED
    else:
        saved = uow.programmes.update(current.id, data, expected_version=current.version)
        result = outcome(current, saved)
    if headline is not ...:
        headline_code = headline
        run.deferred.append(lambda: _set_headline(run, row, saved.id, headline_code))
        current_code = _headline_code(run, saved.headline_indicator_id)
        if result == UNCHANGED and (current_code or "").casefold() != (headline or "").casefold():
            result = CHANGED
    return result


def _headline_code(run: ImportRun, indicator_id: int | None) -> str | None:
    return run.uow.indicators.get(indicator_id).code if indicator_id is not None else None


def _set_headline(run: ImportRun, row: Row, programme_id: int, code: str | None) -> None:
    """Set once the Indicators sheet has been read: the headline names one of them."""
    uow = run.uow
    wanted = None
    if code is not None:
        indicator = found(uow.indicators.get_by_code, programme_id, code)
        if indicator is None:
            row.problem(
                "Headline indicator",
                f"programme {uow.programmes.get(programme_id).code} has no indicator '{code}'",
                "add it on the Indicators sheet or correct the code",
            )
            run.problems.extend(row.problems[-1:])
            return
        wanted = indicator.id
    current = uow.programmes.get(programme_id)
    if current.headline_indicator_id != wanted:
        data = replace(input_of(current, ProgrammeInput), headline_indicator_id=wanted)
        uow.programmes.update(programme_id, data, expected_version=current.version)


def _four_eyes(row: Row, current: ProgrammeView | None) -> bool | None:
    """The four-eyes rule of results approval; None (not said) takes the database's default: on for a
    team's PostgreSQL database, off for one person's SQLite file."""
    if row.present("Approver must differ") and row.raw("Approver must differ") not in (None, ""):
        return bool(row.yes_no("Approver must differ"))
    return current.approver_must_differ if current is not None else None


def indicator(run: ImportRun, row: Row) -> str:
    uow = run.uow
    owner = required_ref(row, "Programme", by(uow.programmes.get_by_code), sheet_hint="Programmes")
    code = row.text("Code", 40, required=True)
    row.check()
    assert owner is not None
    current = found(uow.indicators.get_by_code, owner.id, code)

    def keep(name: str) -> object:
        return getattr(current, name) if current is not None else None

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
    bands = tuple(row.codes("Age bands", keep=keep("age_bands") or ()))
    worth = (
        row.decimal("Unit value", keep=keep("unit_value")),
        row.text("Unit value currency", 3, keep=keep("unit_value_currency")),
    )
    row.check()
    if current is None:
        saved = uow.indicators.create(owner.id, data)
        result = CREATED
    else:
        saved = uow.indicators.update(current.id, data, expected_version=current.version)
        result = outcome(current, saved)
    if _set_indicator_limits(uow, saved, bands, worth) and result == UNCHANGED:
        result = CHANGED
    return result


def _set_indicator_limits(
    uow: Services, saved: IndicatorView, bands: tuple[str, ...], worth: tuple[Decimal | None, str | None]
) -> bool:
    """The indicator's own age bands and a unit's worth, which the services set apart from its
    other fields; True when either changed."""
    changed = False
    if bands != tuple(saved.age_bands):
        saved = uow.indicators.set_age_bands(saved.id, bands, expected_version=saved.version)
        changed = True
    value, currency = worth
    if (value, (currency or "").upper() or None) != (saved.unit_value, saved.unit_value_currency):
        uow.indicators.set_unit_value(saved.id, value, currency, expected_version=saved.version)
        changed = True
    return changed


def period(run: ImportRun, row: Row) -> str:
    uow = run.uow
    owner = required_ref(row, "Programme", by(uow.programmes.get_by_code), sheet_hint="Programmes")
    label = row.text("Label", 60, required=True)
    row.check()
    assert owner is not None
    current = found(uow.periods.get_by_label, owner.id, label)
    start = row.date("Start", required=True)
    end = row.date("End", required=True)
    locked = row.yes_no("Locked", default=False, keep=current.locked if current else False)
    row.check()
    if current is None:
        saved = uow.periods.create(owner.id, label, start, end)
        result = CREATED
    else:
        saved = uow.periods.update(current.id, label, start, end, expected_version=current.version)
        result = outcome(current, saved)
    if result == UNCHANGED and saved.locked != locked:
        result = CHANGED
    run.deferred.append(lambda: _set_lock(run, row, saved.id, locked))
    return result


def _set_lock(run: ImportRun, row: Row, period_id: int, locked: bool) -> None:
    """Locks are applied after the results, so that a locked period in the file can receive its results."""
    periods = run.uow.periods
    current = periods.get(period_id)
    if current.locked == locked:
        return
    if not locked:
        row.problem(
            "Locked",
            f"period {current.label} is locked in the database",
            "unlocking needs a written reason: unlock it in the app (Results > Periods), or write yes",
        )
        run.problems.extend(row.problems[-1:])
        return
    periods.lock(period_id, IMPORT_LOCK_REASON, expected_version=current.version)


__all__ = ["CHANGED", "CREATED", "OrganisationSheet", "contact", "indicator", "period", "programme"]
