"""init, check, backup and restore: keeping the database file sound."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only annotations: the desktop app parses arguments before loading the database layer
    from ..services.startup import Workspace


def register(commands: Any) -> None:
    init = commands.add_parser("init", help="create the database, or upgrade it to the current schema")
    init.set_defaults(handler=_init)

    check = commands.add_parser("check", help="integrity check and schema version")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=_check)

    backup = commands.add_parser("backup", help="copy the whole database to a file")
    backup.add_argument("--out", required=True, type=Path, metavar="FILE")
    backup.set_defaults(handler=_backup)

    restore = commands.add_parser("restore", help="replace the database with a backup file")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(handler=_restore, without_workspace=True)


def _init(args: argparse.Namespace, workspace: Workspace) -> int:
    state = workspace.services.maintenance.schema()
    verb = "created" if workspace.created else "ready"
    print(f"{workspace.database.display_url()}: {verb}, schema {state.current}")
    if workspace.upgrade_backup:
        print(f"backup taken before the upgrade: {workspace.upgrade_backup}")
    return 0


def _check(args: argparse.Namespace, workspace: Workspace) -> int:
    from .output import print_json

    report = workspace.services.maintenance.check()
    if args.json:
        print_json(report)
    else:
        print(f"database:  {report.database}")
        print(f"schema:    {report.schema_version} (current: {report.schema_head})")
        print(f"integrity: {report.integrity}")
        print(f"records:   {sum(report.row_counts.values()):,} in {len(report.row_counts)} tables")
    return 0 if report.ok else 1


def _backup(args: argparse.Namespace, workspace: Workspace) -> int:
    target = workspace.services.maintenance.backup(args.out)
    print(f"backed up to {target}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from ..services.maintenance import restore_into

    restored = restore_into(args.db, args.file)
    print(f"restored {restored.database} from {args.file}: {sum(restored.row_counts.values()):,} records")
    return 0
