"""IATI 2.03 activity XML: the programme as parent activity, each project as a child.

Elements are emitted in the order of the iati-activity sequence of iati-activities-schema.xsd;
the schema rejects any other order. Checks the schema cannot express (country percentages add up
to 100, budget periods of at most a year) raise a DomainError naming the activity.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from lxml import etree

from diaspora_grants.domain.errors import DomainError
from diaspora_grants.reporting.atomic import atomic_target, check_destination
from diaspora_grants.reporting.iati_model import (
    Budget,
    IatiActivity,
    IatiOrg,
    IatiProgramme,
    Indicator,
    PlannedDisbursement,
    Result,
    ResultValue,
    Transaction,
)
from diaspora_grants.reporting.safe_cells import strip_forbidden

IATI_VERSION = "2.03"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
HIERARCHY_PROGRAMME, HIERARCHY_PROJECT = "1", "2"
RELATED_PARENT, RELATED_CHILD = "1", "2"
SCOPE_MULTINATIONAL, SCOPE_NATIONAL = "3", "4"


def _amount(value: Decimal | int) -> str:
    return format(Decimal(value), "f")


def _sub(parent: etree._Element, tag: str, **attributes: str) -> etree._Element:
    clean = {k.replace("_", "-"): v for k, v in attributes.items() if v != ""}
    return etree.SubElement(parent, tag, clean)


def _narrative(parent: etree._Element, text: str) -> None:
    narrative = etree.SubElement(parent, "narrative")
    narrative.text = strip_forbidden(text)


def _text_element(parent: etree._Element, tag: str, text: str, **attributes: str) -> etree._Element:
    element = _sub(parent, tag, **attributes)
    _narrative(element, text)
    return element


def _org(parent: etree._Element, tag: str, org: IatiOrg, **attributes: str) -> None:
    element = _sub(parent, tag, ref=org.ref, type=org.type, **attributes)
    _narrative(element, org.name)


def _value(parent: etree._Element, value: Decimal, value_date: dt.date, currency: str = "") -> None:
    element = _sub(parent, "value", currency=currency, value_date=value_date.isoformat())
    element.text = _amount(value)


def check_activity(activity: IatiActivity) -> None:
    """What IATI requires beyond the schema, reported in words the user can act on."""
    if activity.countries:
        total = sum((c.percentage for c in activity.countries), Decimal(0))
        if total != 100:
            raise DomainError(
                f"IATI activity {activity.code}: recipient country percentages add up to {total}, not 100"
            )
    if activity.sectors:
        total = sum((s.percentage for s in activity.sectors), Decimal(0))
        if total != 100:
            raise DomainError(f"IATI activity {activity.code}: sector percentages add up to {total}, not 100")
    for budget in activity.budgets:
        if budget.end <= budget.start or (budget.end - budget.start).days > 366:
            raise DomainError(
                f"IATI activity {activity.code}: budget {budget.start} to {budget.end} "
                "must cover one year or less"
            )


def _activity(
    root: etree._Element,
    programme: IatiProgramme,
    activity: IatiActivity,
    *,
    hierarchy: str,
    related: list[tuple[str, str]],
) -> None:
    """One iati-activity; each helper adds its run of the schema's sequence, in the schema's order."""
    check_activity(activity)
    element = _activity_element(root, programme, activity, hierarchy)
    _identification(element, programme, activity)
    _dates(element, activity)
    _geography(element, activity)
    _classifications(element, programme, activity)
    _money(element, activity)
    for ref, relation in related:
        _sub(element, "related-activity", ref=ref, type=relation)
    for result in activity.results:
        _result(element, result)


def _activity_element(
    root: etree._Element, programme: IatiProgramme, activity: IatiActivity, hierarchy: str
) -> etree._Element:
    attributes = {
        XML_LANG: programme.language,
        "default-currency": programme.default_currency,
        "humanitarian": "1" if programme.humanitarian else "0",
        "hierarchy": hierarchy,
    }
    if activity.last_updated:
        attributes["last-updated-datetime"] = activity.last_updated.replace(microsecond=0).isoformat()
    return etree.SubElement(root, "iati-activity", attributes)


def _identification(element: etree._Element, programme: IatiProgramme, activity: IatiActivity) -> None:
    """Identifier, reporting organisation, title, description, participants, own identifier."""
    _sub(element, "iati-identifier").text = identifier(programme, activity)
    _org(element, "reporting-org", programme.reporting_org)
    _text_element(element, "title", activity.title)
    _text_element(element, "description", activity.description, type="1")
    for participant in activity.participants:
        _org(element, "participating-org", participant.org, role=participant.role)
    if activity.own_identifier:
        # The reporting organisation's own code of the activity, and who owns that code.
        other = _sub(element, "other-identifier", ref=activity.own_identifier, type="A1")
        owner = _sub(other, "owner-org", ref=programme.reporting_org.ref)
        _narrative(owner, programme.reporting_org.name)


def _dates(element: etree._Element, activity: IatiActivity) -> None:
    """The status, then whichever of the four activity dates are known."""
    _sub(element, "activity-status", code=activity.status)
    for date_type, day in (
        ("1", activity.planned_start),
        ("2", activity.actual_start),
        ("3", activity.planned_end),
        ("4", activity.actual_end),
    ):
        if day is not None:
            _sub(element, "activity-date", type=date_type, iso_date=day.isoformat())


def _geography(element: etree._Element, activity: IatiActivity) -> None:
    """Scope, recipient countries and locations."""
    _sub(
        element, "activity-scope", code=SCOPE_MULTINATIONAL if len(activity.countries) > 1 else SCOPE_NATIONAL
    )
    for country in activity.countries:
        _sub(element, "recipient-country", code=country.code, percentage=_amount(country.percentage))
    for location in activity.locations:
        place = _sub(element, "location", ref=location.ref)
        _sub(place, "location-reach", code=location.reach)
        _text_element(place, "name", location.name)
        if location.admin_code and location.admin_vocabulary:
            _sub(
                place,
                "administrative",
                vocabulary=location.admin_vocabulary,
                level=str(location.admin_level),
                code=location.admin_code,
            )


def _classifications(element: etree._Element, programme: IatiProgramme, activity: IatiActivity) -> None:
    """Sectors, SDG tags, the humanitarian scope and the programme's default types."""
    for sector in activity.sectors:
        _sub(element, "sector", vocabulary="1", code=sector.code, percentage=_amount(sector.percentage))
    for goal in activity.sdg_goals:
        _sub(element, "tag", vocabulary="2", code=goal)
    scope = programme.humanitarian_scope
    if programme.humanitarian and scope is not None:
        hs = _sub(
            element, "humanitarian-scope", type=scope.type, vocabulary=scope.vocabulary, code=scope.code
        )
        if scope.narrative:
            _narrative(hs, scope.narrative)
    _sub(element, "default-flow-type", code=programme.flow_type)
    _sub(element, "default-finance-type", code=programme.finance_type)
    _sub(element, "default-aid-type", code=programme.aid_type, vocabulary="1")


def _money(element: etree._Element, activity: IatiActivity) -> None:
    for budget in activity.budgets:
        _budget(element, budget)
    for planned in activity.planned_disbursements:
        _planned(element, planned)
    for transaction in activity.transactions:
        _transaction(element, transaction)


def identifier(programme: IatiProgramme, activity: IatiActivity) -> str:
    return f"{programme.reporting_org.ref}-{activity.code}"


def _budget(parent: etree._Element, budget: Budget) -> None:
    element = _sub(parent, "budget", type=budget.type, status=budget.status)
    _sub(element, "period-start", iso_date=budget.start.isoformat())
    _sub(element, "period-end", iso_date=budget.end.isoformat())
    _value(element, budget.value, budget.value_date)


def _planned(parent: etree._Element, planned: PlannedDisbursement) -> None:
    element = _sub(parent, "planned-disbursement", type=planned.type)
    _sub(element, "period-start", iso_date=planned.start.isoformat())
    if planned.end is not None:
        _sub(element, "period-end", iso_date=planned.end.isoformat())
    _value(element, planned.value, planned.value_date)
    if planned.provider is not None:
        _org(element, "provider-org", planned.provider)
    if planned.receiver is not None:
        _org(element, "receiver-org", planned.receiver)


def _transaction(parent: etree._Element, transaction: Transaction) -> None:
    element = _sub(parent, "transaction", ref=transaction.ref)
    _sub(element, "transaction-type", code=transaction.type)
    _sub(element, "transaction-date", iso_date=transaction.date.isoformat())
    _value(element, transaction.value, transaction.value_date, transaction.currency)
    if transaction.description:
        _text_element(element, "description", transaction.description)
    if transaction.provider is not None:
        _org(
            element,
            "provider-org",
            transaction.provider,
            provider_activity_id=transaction.provider_activity_id,
        )
    if transaction.receiver is not None:
        _org(
            element,
            "receiver-org",
            transaction.receiver,
            receiver_activity_id=transaction.receiver_activity_id,
        )


def _result(parent: etree._Element, result: Result) -> None:
    element = _sub(parent, "result", type=result.type)
    _text_element(element, "title", result.title)
    if result.description:
        _text_element(element, "description", result.description)
    for indicator in result.indicators:
        _indicator(element, indicator)


def _indicator(parent: etree._Element, indicator: Indicator) -> None:
    element = _sub(
        parent, "indicator", measure=indicator.measure, ascending="1" if indicator.ascending else "0"
    )
    _text_element(element, "title", indicator.title)
    if indicator.description:
        _text_element(element, "description", indicator.description)
    if indicator.reference_code:
        _sub(element, "reference", vocabulary="99", code=indicator.reference_code)
    if indicator.baseline is not None:
        baseline = indicator.baseline
        iso = baseline.iso_date.isoformat() if baseline.iso_date else ""
        _sub(element, "baseline", year=str(baseline.year), iso_date=iso, value=_amount(baseline.value))
    for period in indicator.periods:
        block = _sub(element, "period")
        _sub(block, "period-start", iso_date=period.start.isoformat())
        _sub(block, "period-end", iso_date=period.end.isoformat())
        for target in period.targets:
            _result_value(block, "target", target)
        for actual in period.actuals:
            _result_value(block, "actual", actual)


def _result_value(parent: etree._Element, tag: str, item: ResultValue) -> None:
    element = _sub(parent, tag, value=_amount(item.value))
    for dimension in item.dimensions:
        _sub(element, "dimension", name=dimension.name, value=dimension.value)
    if item.comment:
        _text_element(element, "comment", item.comment)


def build_iati_tree(programme: IatiProgramme, generated_at: dt.datetime) -> etree._ElementTree:
    root = etree.Element(
        "iati-activities",
        {"version": IATI_VERSION, "generated-datetime": generated_at.replace(microsecond=0).isoformat()},
    )
    parent_id = identifier(programme, programme)
    children = [(identifier(programme, p), RELATED_CHILD) for p in programme.projects]
    _activity(root, programme, programme, hierarchy=HIERARCHY_PROGRAMME, related=children)
    for project in programme.projects:
        _activity(
            root, programme, project, hierarchy=HIERARCHY_PROJECT, related=[(parent_id, RELATED_PARENT)]
        )
    return etree.ElementTree(root)


def write_iati_xml(programme: IatiProgramme, path: Path | str, generated_at: dt.datetime) -> Path:
    """Write the activities file atomically; returns its path."""
    target = Path(path)
    check_destination(target)
    tree = build_iati_tree(programme, generated_at)
    with atomic_target(target) as temporary:
        tree.write(str(temporary), xml_declaration=True, encoding="utf-8", pretty_print=True)
    return target
