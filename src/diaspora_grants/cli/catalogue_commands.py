"""demo, list and call rank: loading the demo programme and reading the grant chain."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..domain.codes import country_name
from .output import print_json, print_table

if TYPE_CHECKING:  # only annotations: the desktop app parses arguments before loading the database layer
    from ..services.registry import Services
    from ..services.startup import Workspace

LISTS = ("programmes", "partners", "organisations", "projects", "calls", "applications")


def register(commands: Any) -> None:
    demo = commands.add_parser("demo", help="load the demo programmes (running it twice changes nothing)")
    demo.set_defaults(handler=_demo)

    listing = commands.add_parser(
        "list", help="list programmes, partners, organisations, projects, calls or applications"
    )
    listing.add_argument("what", choices=LISTS)
    listing.add_argument("--programme", metavar="CODE", help="only records of this programme")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(handler=_list)

    call = commands.add_parser("call", help="work with a call for expressions of interest")
    call_commands = call.add_subparsers(dest="call_command", metavar="ACTION", required=True)
    rank = call_commands.add_parser("rank", help="the applications of a call ranked by weighted review score")
    rank.add_argument("reference", metavar="REF")
    rank.add_argument("--json", action="store_true")
    rank.set_defaults(handler=_call_rank)


def _demo(args: argparse.Namespace, workspace: Workspace) -> int:
    from ..demo.loader import load_demo

    report = load_demo(workspace.services)
    for code in report.loaded:
        print(f"loaded the demo programme {code}")
    for code in report.already_there:
        print(f"{code} is already in the database: left as it is")
    return 0


def _list(args: argparse.Namespace, workspace: Workspace) -> int:
    headers, rows, records = _LISTERS[args.what](workspace.services, args.programme)
    if args.json:
        print_json(records)
    else:
        print_table(headers, rows)
    return 0


Listing = tuple[Sequence[str], list[Sequence[Any]], list[dict[str, Any]]]


def _programmes(services: Services, programme: str | None) -> Listing:
    found = [p for p in services.programmes.find() if programme in (None, p.code)]
    return (
        ("Code", "Name", "Donor", "Currency", "Start", "End"),
        [(p.code, p.name, p.donor_name, p.currency, p.start_date, p.end_date) for p in found],
        [
            {
                "code": p.code,
                "name": p.name,
                "donor": p.donor_name,
                "award_number": p.award_number,
                "currency": p.currency,
                "start": p.start_date,
                "end": p.end_date,
            }
            for p in found
        ],
    )


def _organisations(partners_only: bool) -> Callable[[Services, str | None], Listing]:
    def listing(services: Services, programme: str | None) -> Listing:
        found = services.organisations.partners() if partners_only else services.organisations.find()
        if programme is not None:
            programme_id = _programme_code_to_id(services, programme)
            partner_ids = {p.partner_id for p in services.projects.find(programme_id=programme_id)}
            found = [o for o in found if o.id in partner_ids]
        return (
            ("Name", "Acronym", "Type", "Headquarters", "Due diligence"),
            [(o.name, o.acronym, o.type, country_name(o.hq_country or ""), o.dd_state) for o in found],
            [
                {
                    "name": o.name,
                    "acronym": o.acronym,
                    "type": o.type,
                    "hq_country": o.hq_country,
                    "hq_country_name": country_name(o.hq_country) if o.hq_country else None,
                    "due_diligence": o.dd_state,
                }
                for o in found
            ],
        )

    return listing


def _projects(services: Services, programme: str | None) -> Listing:
    programme_id = _programme_code_to_id(services, programme) if programme else None
    found = services.projects.find(programme_id=programme_id)
    return (
        ("Code", "Title", "Partner", "Country", "Status", "Grant", "Currency"),
        [(p.code, p.title, p.partner_name, p.country, p.status, p.grant_amount, p.currency) for p in found],
        [
            {
                "code": p.code,
                "title": p.title,
                "programme": p.programme_code,
                "partner": p.partner_name,
                "country": p.country,
                "locations": [loc.name for loc in p.locations],
                "status": p.status,
                "grant_amount": p.grant_amount,
                "currency": p.currency,
            }
            for p in found
        ],
    )


def _calls(services: Services, programme: str | None) -> Listing:
    programme_id = _programme_code_to_id(services, programme) if programme else None
    found = services.calls.find(programme_id=programme_id)
    return (
        ("Reference", "Title", "Status", "Deadline", "Applications"),
        [(c.reference, c.title, c.status, c.submission_deadline, c.application_count) for c in found],
        [
            {
                "reference": c.reference,
                "title": c.title,
                "programme": c.programme_code,
                "status": c.status,
                "submission_deadline": c.submission_deadline,
                "applications": c.application_count,
            }
            for c in found
        ],
    )


def _applications(services: Services, programme: str | None) -> Listing:
    calls = services.calls.find(
        programme_id=_programme_code_to_id(services, programme) if programme else None
    )
    found = [a for c in calls for a in services.applications.find(call_id=c.id)]
    return (
        ("Call", "Organisation", "Status", "Score", "Rank", "Requested"),
        [
            (a.call_reference, a.organisation_name, a.status, a.score, a.rank, a.requested_amount)
            for a in found
        ],
        [
            {
                "call": a.call_reference,
                "organisation": a.organisation_name,
                "title": a.title,
                "status": a.status,
                "score": a.score,
                "rank": a.rank,
                "requested_amount": a.requested_amount,
                "currency": a.currency,
                "decision_reason": a.decision_reason,
            }
            for a in found
        ],
    )


_LISTERS: dict[str, Callable[[Services, str | None], Listing]] = {
    "programmes": _programmes,
    "partners": _organisations(partners_only=True),
    "organisations": _organisations(partners_only=False),
    "projects": _projects,
    "calls": _calls,
    "applications": _applications,
}


def _programme_code_to_id(services: Services, code: str) -> int:
    return services.programmes.get_by_code(code).id


def _call_rank(args: argparse.Namespace, workspace: Workspace) -> int:
    services = workspace.services
    call = services.calls.get_by_reference(args.reference)
    ranking = services.reviews.ranking(call.id)
    if args.json:
        print_json({"call": call.reference, "title": call.title, "ranking": ranking})
        return 0
    print(f"{call.reference}: {call.title} ({call.status})")
    print_table(
        ("Rank", "Organisation", "Score", "Reviews", "Recused", "Status"),
        [(r.rank, r.organisation_name, r.score, r.review_count, r.recused_count, r.status) for r in ranking],
    )
    return 0
