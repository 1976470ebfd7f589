"""reach and results summary: the people-reached headline with its derivation, and per-indicator results."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ..domain.counting import format_number
from ..domain.errors import ValidationError
from .arguments import iso_date, programme_id_of

if TYPE_CHECKING:  # only annotations: the desktop app parses arguments before loading the database layer
    from ..services.startup import Workspace


def register(commands: Any) -> None:
    reach = commands.add_parser(
        "reach", help="people reached (unique, direct) of a programme, and how the figure was computed"
    )
    reach.add_argument("--programme", required=True, metavar="CODE")
    reach.add_argument(
        "--from", dest="date_from", type=iso_date, metavar="DATE", help="first day (YYYY-MM-DD)"
    )
    reach.add_argument("--to", dest="date_to", type=iso_date, metavar="DATE", help="last day (YYYY-MM-DD)")
    reach.add_argument(
        "--provisional", action="store_true", help="count submitted results too (default: approved only)"
    )
    reach.add_argument("--json", action="store_true")
    reach.set_defaults(handler=_reach)

    results = commands.add_parser("results", help="results of a programme's indicators")
    sub = results.add_subparsers(dest="results_command", metavar="COMMAND", required=True)
    summary = sub.add_parser(
        "summary", help="per indicator: per-period and life-of-award actual, target and %% of target"
    )
    summary.add_argument("--programme", required=True, metavar="CODE")
    summary.add_argument("--indicator", metavar="CODE", help="only this indicator")
    summary.add_argument("--provisional", action="store_true", help="count submitted results too")
    summary.add_argument("--json", action="store_true")
    summary.set_defaults(handler=_summary)


def _reach(args: argparse.Namespace, workspace: Workspace) -> int:
    from .output import print_json

    report = workspace.services.reach.people_reached(
        programme_id_of(workspace, args.programme),
        date_from=args.date_from,
        date_to=args.date_to,
        provisional=args.provisional,
    )
    if args.json:
        print_json(report.as_dict())
    else:
        print(report.describe())
    return 0


def _summary(args: argparse.Namespace, workspace: Workspace) -> int:
    from .output import print_json, print_table

    services = workspace.services
    programme_id = programme_id_of(workspace, args.programme)
    indicator_id = None
    if args.indicator:
        indicator_id = services.indicators.find_id(programme_id, args.indicator)
        if indicator_id is None:
            raise ValidationError.single(
                "indicator", f"programme {args.programme} has no indicator {args.indicator}"
            )
    summaries = services.reach.results_summary(programme_id, indicator_id, provisional=args.provisional)
    if args.json:
        print_json(summaries)
        return 0
    for summary in summaries:
        print(
            f"{summary.code}  {summary.name}  ({summary.counting}, reach {summary.reach}, {summary.measure})"
        )
        labels = [p.label for p in summary.programme.periods]
        rows = [
            [
                line.label,
                *(_figure(p.actual) for p in line.periods),
                _figure(line.life_of_award),
                _figure(line.target),
                _percent(line.percent_of_target),
            ]
            for line in (*summary.projects, summary.programme)
        ]
        print_table(["", *labels, "life of award", "target", "% of target"], rows)
        print(summary.note)
        print()
    return 0


def _figure(value: Any) -> str:
    return "" if value is None else format_number(value)


def _percent(value: Any) -> str:
    return "" if value is None else f"{value}%"
