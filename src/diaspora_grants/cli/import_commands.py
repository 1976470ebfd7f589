"""template and import: partner results templates out, filled templates and data workbooks in."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only annotations: the desktop app parses arguments before loading the database layer
    from ..services.startup import Workspace


def register(commands: Any) -> None:
    template = commands.add_parser("template", help="write the results template of a project and period")
    template.add_argument("--project", required=True, metavar="CODE")
    template.add_argument("--period", required=True, metavar="LABEL")
    template.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    template.add_argument(
        "--lang",
        choices=("en", "fr", "ar"),
        default="en",
        help="the partner's language: headers, instructions, lists and problems (default: en)",
    )
    template.set_defaults(handler=_template)

    load = commands.add_parser(
        "import", help="import a filled results template or a data workbook (all or nothing)"
    )
    load.add_argument("file", type=Path, metavar="FILE.xlsx")
    load.add_argument(
        "--dry-run", action="store_true", help="show what would change and every problem; save nothing"
    )
    load.add_argument("--json", action="store_true")
    load.set_defaults(handler=_import)


def _template(args: argparse.Namespace, workspace: Workspace) -> int:
    from ..importing.exchange import DataExchange

    info = DataExchange(workspace.services).make_template(args.project, args.period, args.out, args.lang)
    print(
        f"wrote {info.path} ({info.rows:,} rows: {info.project_code}, period {info.period_label}, "
        f"language {args.lang})"
    )
    return 0


def _import(args: argparse.Namespace, workspace: Workspace) -> int:
    from ..importing.exchange import DataExchange
    from ..importing.problems import ImportRejectedError, problem_lines
    from .output import print_json, print_table

    exchange = DataExchange(workspace.services)
    try:
        report = exchange.preview_import(args.file) if args.dry_run else exchange.commit_import(args.file)
        problems = list(report.problems)
    except ImportRejectedError as error:
        report, problems = None, error.problems
    if args.json:
        print_json(
            {
                "file": args.file.name,
                "kind": report.kind if report else None,
                "committed": bool(report and not args.dry_run and not problems),
                "sheets": list(report.sheets) if report else [],
                "problems": problems,
                "warnings": list(report.warnings) if report else [],
            }
        )
        return 1 if problems else 0
    if report is not None:
        print(f"{report.file}: {report.kind}")
        print_table(
            [
                "sheet",
                "to create" if args.dry_run else "created",
                "to change" if args.dry_run else "changed",
                "unchanged",
            ],
            [[s.sheet, s.created, s.changed, s.unchanged] for s in report.sheets],
        )
        for line in problem_lines(report.warnings):
            print(f"warning: {line}")
    if problems:
        print(f"{len(problems)} problem(s); nothing was saved:", file=sys.stderr)
        # One line per rule broken (rows given as ranges), capped: --json lists every problem.
        for line in problem_lines(problems):
            print(f"  {line}", file=sys.stderr)
        return 1
    if args.dry_run:
        print("dry run: nothing was saved")
    else:
        print(f"imported: {report.changes if report else 0:,} change(s)")
    return 0
