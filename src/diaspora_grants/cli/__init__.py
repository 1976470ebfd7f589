"""Headless commands. Never imports Qt: every command runs on a server or in CI without a display.

Each command module offers `register(commands)`, adding its sub-parsers with a `handler` default.
A handler takes the parsed arguments and the open workspace and returns the exit status:
0 success, 1 a user error (one line on stderr, no traceback); argparse itself exits 2 on bad usage.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__
from ..domain.errors import DomainError

#: The modules that contribute commands, in the order `--help` lists them.
_COMMAND_MODULES = (
    "database_commands",
    "catalogue_commands",
    "results_commands",
    "export_commands",
    "import_commands",
    "users_commands",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diaspora-grants",
        description="Diaspora Grants: without a command, open the desktop app; with one, run it headless.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database: a SQLite file path or URL, or postgresql+psycopg://user@host/name "
        "(default: $DIASPORA_GRANTS_DB, else the file in the data folder)",
    )
    parser.add_argument(
        "--user", help="name written to the audit trail (default: $DIASPORA_GRANTS_USER or login)"
    )
    parser.add_argument(
        "--with-demo", action="store_true", help="desktop app: load the demo programme if the database is new"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(commands)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run_cli(args: argparse.Namespace) -> int:
    from ..services.startup import open_workspace

    try:
        if getattr(args, "without_workspace", False):
            return int(args.handler(args))
        workspace = open_workspace(args.db, user=args.user)
        try:
            return int(args.handler(args, workspace))
        finally:
            workspace.close()
    except DomainError as error:
        print(f"diaspora-grants: {error.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("diaspora-grants: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130
