"""The rows of each data-workbook sheet, in the column order of reporting.data_format, sorted by
natural key (the writer is reporting.data_workbook)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import String, select
from sqlalchemy.orm import Session, aliased, selectinload

from ..db.models import (
    Application,
    BudgetLine,
    BudgetRevision,
    Call,
    Contact,
    Criterion,
    Document,
    ExchangeRate,
    Expenditure,
    Indicator,
    Location,
    Organisation,
    Period,
    Programme,
    Project,
    ReportingRequirement,
    Result,
    Review,
    Target,
    Tranche,
)
from ..domain.enums import DocumentOwner

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Scope:
    """Which programmes (None: all) and which organisations they involve."""

    programme_ids: frozenset[int] | None
    organisation_ids: frozenset[int] | None
    #: PostgreSQL sorts text by its locale unless told "C"; SQLite compares bytes. Both must agree.
    bytewise_collation: str | None = None

    @classmethod
    def load(cls, session: Session, programme_ids: set[int] | None) -> Scope:
        collation = "C" if session.get_bind().dialect.name == "postgresql" else None
        if programme_ids is None:
            return cls(None, None, collation)
        ids = frozenset(programme_ids)
        orgs: set[int] = set()
        for donor, reporter in session.execute(
            select(Programme.donor_id, Programme.reporting_org_id).where(Programme.id.in_(ids))
        ):
            orgs.update(i for i in (donor, reporter) if i is not None)
        orgs.update(session.scalars(select(Project.partner_id).where(Project.programme_id.in_(ids))))
        orgs.update(
            session.scalars(select(Application.organisation_id).join(Call).where(Call.programme_id.in_(ids)))
        )
        return cls(ids, frozenset(orgs), collation)

    def order(self, *columns: Any) -> list[Any]:
        """Sort keys that give the same order on SQLite and PostgreSQL: bytewise text, blanks first."""
        keys = []
        for column in columns:
            if self.bytewise_collation and isinstance(getattr(column, "type", None), String):
                column = column.collate(self.bytewise_collation)
            keys.append(column.asc().nulls_first())
        return keys

    def programmes(self, query: Any, column: Any) -> Any:
        """The query limited to the scope's programmes (`column` holds the programme id)."""
        return query if self.programme_ids is None else query.where(column.in_(self.programme_ids))


def plain(value: Any) -> Any:
    """A value as the workbook shows it: enums by their value, yes/no, lists comma-separated."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        return ", ".join(value) or None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else value.normalize()
    return value


def _rows(rows: Iterable[Iterable[Any]]) -> Iterator[Row]:
    for row in rows:
        yield tuple(plain(v) for v in row)


def organisations(session: Session, scope: Scope) -> Iterator[Row]:
    query = select(Organisation).order_by(*scope.order(Organisation.name))
    if scope.organisation_ids is not None:
        query = query.where(Organisation.id.in_(scope.organisation_ids))
    return _rows(
        (
            o.name, o.acronym, o.type, o.hq_country, o.origin_countries, o.operating_countries, o.email,
            o.phone, o.website, o.registration_number, o.iati_identifier, o.dd_status, o.dd_date,
            o.risk_rating, o.notes, o.dd_expiry,
        )
        for o in session.scalars(query)
    )  # fmt: skip


def contacts(session: Session, scope: Scope) -> Iterator[Row]:
    query = (
        select(Organisation.name, Contact)
        .join(Contact.organisation)
        .order_by(*scope.order(Organisation.name, Contact.name))
    )
    if scope.organisation_ids is not None:
        query = query.where(Organisation.id.in_(scope.organisation_ids))
    return _rows((name, c.name, c.role, c.email, c.phone) for name, c in session.execute(query))


def programmes(session: Session, scope: Scope) -> Iterator[Row]:
    donor, reporter, headline = aliased(Organisation), aliased(Organisation), aliased(Indicator)
    query = (
        select(Programme, donor.name, reporter.name, headline.code)
        .outerjoin(donor, Programme.donor_id == donor.id)
        .outerjoin(reporter, Programme.reporting_org_id == reporter.id)
        .outerjoin(headline, Programme.headline_indicator_id == headline.id)
        .order_by(*scope.order(Programme.code))
    )
    return _rows(
        (
            p.code, p.name, donor_name, p.award_number, p.currency, p.start_date, p.end_date, p.overlap_rule,
            p.age_bands, headline_code, reporter_name, p.population_groups, p.sdg_goals, p.description,
            p.approver_must_differ,
        )
        for p, donor_name, reporter_name, headline_code in session.execute(
            scope.programmes(query, Programme.id)
        )
    )  # fmt: skip


def indicators(session: Session, scope: Scope) -> Iterator[Row]:
    query = (
        select(Programme.code, Indicator)
        .join(Indicator.programme)
        .order_by(*scope.order(Programme.code, Indicator.position, Indicator.code))
    )
    return _rows(
        (
            code, i.code, i.name, i.unit, i.measure, i.result_level, i.counting, i.reach, i.direction,
            i.baseline_value, i.baseline_date, i.loa_target, i.disaggregated, i.sector, i.definition,
            i.means_of_verification, i.age_bands, i.unit_value, i.unit_value_currency,
        )
        for code, i in session.execute(scope.programmes(query, Indicator.programme_id))
    )  # fmt: skip


def periods(session: Session, scope: Scope) -> Iterator[Row]:
    query = (
        select(Programme.code, Period)
        .join(Period.programme)
        .order_by(*scope.order(Programme.code, Period.start_date))
    )
    return _rows(
        (code, p.label, p.start_date, p.end_date, p.locked)
        for code, p in session.execute(scope.programmes(query, Period.programme_id))
    )


def calls(session: Session, scope: Scope) -> Iterator[Row]:
    query = select(Programme.code, Call).join(Call.programme).order_by(*scope.order(Call.reference))
    return _rows(
        (
            c.reference, c.title, code, c.status, c.eligible_countries, c.eligible_sectors, c.envelope_amount,
            c.currency, c.ceiling_per_grant, c.launch_date, c.clarification_date, c.submission_deadline,
            c.decision_date, c.description,
        )
        for code, c in session.execute(scope.programmes(query, Call.programme_id))
    )  # fmt: skip


def criteria(session: Session, scope: Scope) -> Iterator[Row]:
    query = (
        select(Call.reference, Criterion)
        .join(Criterion.call)
        .order_by(*scope.order(Call.reference, Criterion.position))
    )
    return _rows(
        (ref, c.name, c.weight, c.max_score, c.description)
        for ref, c in session.execute(scope.programmes(query, Call.programme_id))
    )


def applications(session: Session, scope: Scope) -> Iterator[Row]:
    query = (
        select(Call.reference, Organisation.name, Application)
        .join(Application.call)
        .join(Application.organisation)
        .order_by(*scope.order(Call.reference, Organisation.name))
    )
    return _rows(
        (
            ref, org, a.title, a.received_date, a.status, a.countries, a.sector, a.requested_amount,
            a.currency, a.is_late, a.late_reason, a.decision_reason, a.summary,
        )
        for ref, org, a in session.execute(scope.programmes(query, Call.programme_id))
    )  # fmt: skip


def reviews(session: Session, scope: Scope) -> Iterator[Row]:
    query = (
        select(Call.reference, Organisation.name, Review)
        .join(Review.application)
        .join(Application.call)
        .join(Application.organisation)
        .options(selectinload(Review.scores))
        .order_by(*scope.order(Call.reference, Organisation.name, Review.reviewer))
    )
    names = {i: n for i, n in session.execute(select(Criterion.id, Criterion.name))}
    positions = {i: p for i, p in session.execute(select(Criterion.id, Criterion.position))}
    for ref, org, r in session.execute(scope.programmes(query, Call.programme_id)):
        ordered = sorted(r.scores, key=lambda s: (positions[s.criterion_id], names[s.criterion_id]))
        scores = "; ".join(f"{names[s.criterion_id]}: {plain(Decimal(s.score))}" for s in ordered)
        yield tuple(
            plain(v)
            for v in (
                ref,
                org,
                r.reviewer,
                scores or None,
                r.conflict_of_interest,
                r.conflict_note,
                r.comment,
            )
        )


def projects(session: Session, scope: Scope) -> Iterator[Row]:
    query = (
        select(Project, Programme.code, Organisation.name, Call.reference)
        .join(Project.programme)
        .join(Project.partner)
        .outerjoin(Call, Project.call_id == Call.id)
        .options(selectinload(Project.locations))
        .order_by(*scope.order(Project.code))
    )
    for p, programme, partner, call in session.execute(scope.programmes(query, Project.programme_id)):
        locations = "; ".join(sorted((loc.name for loc in p.locations), key=lambda n: (n.casefold(), n)))
        yield tuple(
            plain(v)
            for v in (
                p.code, p.title, programme, partner, p.country, locations or None, p.sector, p.dac_code,
                p.status, p.planned_start, p.planned_end, p.actual_start, p.actual_end, p.grant_amount,
                p.currency, call, p.application_id is not None, p.target_groups, p.description,
                p.agreement_number,
            )
        )  # fmt: skip


def budget_revisions(session: Session, scope: Scope) -> Iterator[Row]:
    query = (
        select(Project.code, BudgetLine.code, BudgetRevision)
        .join(BudgetLine, BudgetRevision.budget_line_id == BudgetLine.id)
        .join(Project, BudgetLine.project_id == Project.id)
        .order_by(*scope.order(Project.code, BudgetLine.code, BudgetRevision.revised_on, BudgetRevision.id))
    )
    return _rows(
        (project, line, r.revised_on, r.previous_amount, r.revised_amount, r.reason)
        for project, line, r in session.execute(scope.programmes(query, Project.programme_id))
    )


def locations(session: Session, scope: Scope) -> Iterator[Row]:
    query = (
        select(Project.code, Location)
        .join(Location.project)
        .order_by(*scope.order(Project.code, Location.name))
    )
    return _rows(
        (code, loc.name, loc.pcode, loc.admin1_code)
        for code, loc in session.execute(scope.programmes(query, Project.programme_id))
    )


def requirements(session: Session, scope: Scope) -> Iterator[Row]:
    query = (
        select(Project.code, ReportingRequirement)
        .join(Project, ReportingRequirement.project_id == Project.id)
        .order_by(*scope.order(Project.code, ReportingRequirement.due_date, ReportingRequirement.title))
    )
    return _rows(
        (code, r.title, r.due_date, r.submitted_on, r.accepted_on, r.notes)
        for code, r in session.execute(scope.programmes(query, Project.programme_id))
    )


def documents(session: Session, scope: Scope) -> Iterator[Row]:
    """Each document's record (the file itself stays in the document folder it was stored in); its
    owner by natural key: organisation name, call reference, project code, or for an application its
    call's reference and the applicant."""
    owners = _document_owners(session, scope)
    found = []
    for d in session.scalars(select(Document)):
        owner = owners.get((d.owner_type, d.owner_id))
        if owner is not None:
            record = (d.name, d.kind, d.document_date, d.original_filename, d.sha256, d.size_bytes)
            found.append((d.owner_type, *owner, *record))
    # Sorted here by code point, which is the byte order SQLite and PostgreSQL "C" sort by.
    found.sort(key=lambda row: (row[0].value, row[1], row[2] or "", row[3], row[7]))
    return _rows(found)


def _document_owners(
    session: Session, scope: Scope
) -> dict[tuple[DocumentOwner, int], tuple[str, str | None]]:
    owners: dict[tuple[DocumentOwner, int], tuple[str, str | None]] = {}
    organisations = select(Organisation.id, Organisation.name)
    if scope.organisation_ids is not None:
        organisations = organisations.where(Organisation.id.in_(scope.organisation_ids))
    owners.update(((DocumentOwner.ORGANISATION, i), (n, None)) for i, n in session.execute(organisations))
    calls = scope.programmes(select(Call.id, Call.reference), Call.programme_id)
    owners.update(((DocumentOwner.CALL, i), (r, None)) for i, r in session.execute(calls))
    applications = scope.programmes(
        select(Application.id, Call.reference, Organisation.name)
        .join(Application.call)
        .join(Application.organisation),
        Call.programme_id,
    )
    owners.update(((DocumentOwner.APPLICATION, i), (r, n)) for i, r, n in session.execute(applications))
    projects = scope.programmes(select(Project.id, Project.code), Project.programme_id)
    owners.update(((DocumentOwner.PROJECT, i), (c, None)) for i, c in session.execute(projects))
    return owners


def _by_project(model: Any, order: tuple[Any, ...]) -> Callable[[Session, Scope], Iterator[Row]]:
    def rows(session: Session, scope: Scope) -> Iterator[Row]:
        query = (
            select(Project.code, model)
            .join(Project, model.project_id == Project.id)
            .order_by(*scope.order(Project.code, *order))
        )
        for code, record in session.execute(scope.programmes(query, Project.programme_id)):
            yield (code, *(plain(v) for v in _FIELDS[model](record)))

    return rows


_FIELDS: dict[Any, Callable[[Any], tuple[Any, ...]]] = {
    BudgetLine: lambda b: (b.code, b.category, b.original_amount, b.revised_amount, b.description),
    Tranche: lambda t: (
        t.number, t.planned_date, t.planned_amount, t.currency, t.condition, t.status, t.actual_date,
        t.actual_amount,
    ),
    Expenditure: lambda e: (
        e.spent_on, e.amount, e.currency, e.budget_line.code if e.budget_line else None, e.description
    ),
}  # fmt: skip


def exchange_rates(session: Session, scope: Scope) -> Iterator[Row]:
    query = select(ExchangeRate).order_by(
        *scope.order(ExchangeRate.base_currency, ExchangeRate.currency, ExchangeRate.month)
    )
    return _rows(
        (r.base_currency, r.currency, r.month, r.units_per_base, r.source, r.value_date)
        for r in session.scalars(query)
    )


def targets(session: Session, scope: Scope) -> Iterator[Row]:
    query = (
        select(Programme.code, Indicator.code, Project.code, Period.label, Target.value)
        .select_from(Target)
        .join(Indicator, Target.indicator_id == Indicator.id)
        .join(Programme, Indicator.programme_id == Programme.id)
        .outerjoin(Project, Target.project_id == Project.id)
        .outerjoin(Period, Target.period_id == Period.id)
        .order_by(
            *scope.order(Programme.code, Indicator.position, Indicator.code, Project.code, Period.start_date)
        )
    )
    return _rows(session.execute(scope.programmes(query, Indicator.programme_id)))


def results(session: Session, scope: Scope) -> Iterator[Row]:
    query = (
        select(
            Programme.code, Project.code, Indicator.code, Period.label, Location.name,
            Result.population_group, Result.sex, Result.age_band, Result.value, Result.status,
            Result.source, Result.note,
        )
        .select_from(Result)
        .join(Project, Result.project_id == Project.id)
        .join(Indicator, Result.indicator_id == Indicator.id)
        .join(Programme, Indicator.programme_id == Programme.id)
        .join(Period, Result.period_id == Period.id)
        .outerjoin(Location, Result.location_id == Location.id)
        .order_by(*scope.order(
            Programme.code, Project.code, Indicator.position, Indicator.code, Period.start_date,
            Location.name, Result.population_group, Result.sex, Result.age_band,
        ))
    )  # fmt: skip
    for row in session.execute(
        scope.programmes(query, Indicator.programme_id).execution_options(yield_per=5000)
    ):
        value = row[8]
        yield (
            *row[:6],
            row[6].value if row[6] is not None else None,
            row[7],
            int(value) if value == value.to_integral_value() else value,
            row[9].value,
            row[10],
            row[11],
        )


ROWS: dict[str, Callable[[Session, Scope], Iterable[Row]]] = {
    "Organisations": organisations,
    "Contacts": contacts,
    "Programmes": programmes,
    "Indicators": indicators,
    "Periods": periods,
    "Calls": calls,
    "Criteria": criteria,
    "Applications": applications,
    "Reviews": reviews,
    "Projects": projects,
    "Locations": locations,
    "Budget lines": _by_project(BudgetLine, (BudgetLine.code,)),
    "Budget revisions": budget_revisions,
    "Tranches": _by_project(Tranche, (Tranche.number,)),
    "Expenditures": _by_project(Expenditure, (Expenditure.spent_on, Expenditure.amount, Expenditure.id)),
    "Exchange rates": exchange_rates,
    "Targets": targets,
    "Results": results,
    "Reporting requirements": requirements,
    "Documents": documents,
}
