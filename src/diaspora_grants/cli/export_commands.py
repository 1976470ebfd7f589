"""export report | narrative | iati | hxl: the donor workbook, the narrative report (PDF), IATI 2.03
activities and HXL-tagged CSV."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.counting import format_number
from .arguments import iso_date, programme_id_of

if TYPE_CHECKING:  # only annotations: the desktop app parses arguments before loading the database layer
    from ..services.startup import Workspace

REPORT_TYPES = ("quarterly", "semi-annual", "annual", "final")


def register(commands: Any) -> None:
    export = commands.add_parser(
        "export", help="write the donor workbook, narrative PDF, IATI XML or HXL CSV of a programme"
    )
    sub = export.add_subparsers(dest="export_command", metavar="COMMAND", required=True)
    _register_report(sub)
    _register_narrative(sub)
    _register_iati(sub)
    _register_hxl(sub)
    _register_data(sub)


def _add_period_arguments(parser: argparse.ArgumentParser, out_metavar: str) -> None:
    """The arguments the workbook and the narrative share: both report one programme over one
    period, so they are asked for in the same words."""
    parser.add_argument("--programme", required=True, metavar="CODE")
    parser.add_argument(
        "--from",
        dest="date_from",
        required=True,
        type=iso_date,
        metavar="DATE",
        help="first day (YYYY-MM-DD)",
    )
    parser.add_argument(
        "--to", dest="date_to", required=True, type=iso_date, metavar="DATE", help="last day (YYYY-MM-DD)"
    )
    parser.add_argument("--out", required=True, type=Path, metavar=out_metavar)
    parser.add_argument("--type", dest="report_type", choices=REPORT_TYPES, default="quarterly")
    parser.add_argument(
        "--provisional", action="store_true", help="count submitted results too (default: approved only)"
    )
    parser.add_argument("--prepared-by", metavar="NAME", help="shown on the cover (default: the user)")


def _register_report(sub: Any) -> None:
    report = sub.add_parser("report", help="the donor workbook (.xlsx) of a programme and reporting period")
    _add_period_arguments(report, "FILE.xlsx")
    report.set_defaults(handler=_report)


def _register_narrative(sub: Any) -> None:
    narrative = sub.add_parser(
        "narrative", help="the narrative report (PDF) of a programme and reporting period, with charts"
    )
    _add_period_arguments(narrative, "FILE.pdf")
    narrative.add_argument(
        "--annex", metavar="FILE.xlsx", help="the donor workbook's file name, named as the annex"
    )
    narrative.set_defaults(handler=_narrative)


def _register_iati(sub: Any) -> None:
    iati = sub.add_parser("iati", help="IATI 2.03 activities: the programme and its projects")
    iati.add_argument("--programme", required=True, metavar="CODE")
    iati.add_argument("--out", required=True, type=Path, metavar="FILE.xml")
    iati.set_defaults(handler=_iati)


def _register_hxl(sub: Any) -> None:
    hxl = sub.add_parser("hxl", help="the Reach or 5W table as HXL-tagged CSV")
    hxl.add_argument("--programme", required=True, metavar="CODE")
    hxl.add_argument("--sheet", required=True, choices=("reach", "5w"))
    hxl.add_argument("--out", required=True, type=Path, metavar="FILE.csv")
    hxl.set_defaults(handler=_hxl)


def _register_data(sub: Any) -> None:
    data = sub.add_parser("data", help="every record, one sheet per entity (the data exchange workbook)")
    data.add_argument("--programme", metavar="CODE", help="only this programme (default: all)")
    data.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    data.set_defaults(handler=_data)


def _report(args: argparse.Namespace, workspace: Workspace) -> int:
    result = workspace.services.exports.write_donor_report(
        programme_id_of(workspace, args.programme),
        args.date_from,
        args.date_to,
        args.out,
        report_type=args.report_type,
        prepared_by=args.prepared_by,
        provisional=args.provisional,
    )
    sheets = ", ".join(result.sheets)
    print(f"wrote {result.path} ({len(result.sheets)} sheets: {sheets}; {result.rows} reach rows)")
    reached = "no figure" if result.people_reached is None else format_number(result.people_reached)
    print(f"people reached (unique, direct): {reached}")
    _to_complete(result.to_complete)
    return 0


def _narrative(args: argparse.Namespace, workspace: Workspace) -> int:
    result = workspace.services.exports.write_narrative_report(
        programme_id_of(workspace, args.programme),
        args.date_from,
        args.date_to,
        args.out,
        report_type=args.report_type,
        prepared_by=args.prepared_by,
        provisional=args.provisional,
        annex=args.annex,
    )
    print(f"wrote {result.path} ({result.rows} pages)")
    reached = "no figure" if result.people_reached is None else format_number(result.people_reached)
    print(f"people reached (unique, direct): {reached}")
    _to_complete(result.to_complete)
    return 0


def _to_complete(items: tuple[str, ...]) -> None:
    """What the report still needs before it is sent (also on the workbook's Cover)."""
    if items:
        print(f"to complete before sending ({len(items)}):")
        for item in items:
            print(f"  - {item}")


def _iati(args: argparse.Namespace, workspace: Workspace) -> int:
    result = workspace.services.exports.write_iati(programme_id_of(workspace, args.programme), args.out)
    print(f"wrote {result.path} ({result.rows} IATI activities)")
    _to_complete(result.to_complete)
    return 0


def _hxl(args: argparse.Namespace, workspace: Workspace) -> int:
    result = workspace.services.exports.write_hxl(
        programme_id_of(workspace, args.programme), args.sheet, args.out
    )
    print(f"wrote {result.path} ({result.rows} rows, HXL tags in row 2)")
    return 0


def _data(args: argparse.Namespace, workspace: Workspace) -> int:
    from ..importing.exchange import DataExchange

    rows = DataExchange(workspace.services).export_all(args.out, args.programme)
    print(f"wrote {args.out} ({len(rows)} sheets, {sum(rows.values())} rows)")
    return 0
