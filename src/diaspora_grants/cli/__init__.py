"""Headless commands. Never imports Qt: every command runs on a server or in CI without a display.

Each command module offers `register(commands)`, adding its sub-parsers with a `handler` default.
A handler takes the parsed arguments and the open workspace and returns the exit status:
0 success, 1 a user error (one line on stderr, no traceback); argparse itself exits 2 on bad usage.
"""

from __future__ import annotations

import argparse
import importlib
import logging
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
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="desktop app: check this installation: open the window on a new database in a temporary "
        "folder, build every page, close; exit 0 if all went well (with QT_QPA_PLATFORM=offscreen: "
        "no screen needed)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(commands)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run_cli(args: argparse.Namespace) -> int:
    from ..services.startup import open_workspace

    # Objects abandoned by a failed write (a half-saved workbook's streams) complain when collected;
    # that goes to the log, not under the one line that says what happened.
    sys.unraisablehook = _log_unraisable
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
    except Exception as error:  # the last resort: one line, the details in the log
        print(f"diaspora-grants: {_fault_line(error)}", file=sys.stderr)
        return 1


def _log_unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    logging.getLogger("diaspora_grants.cli").debug(
        "ignored while cleaning up: %r", unraisable.exc_value, exc_info=unraisable.exc_value
    )


def _fault_line(error: Exception) -> str:
    """A fault of the machine (disk full, read-only, I/O error) in words; anything else is a bug,
    logged with its traceback and said in one line that points at the log."""
    from ..domain.faults import cause_and_remedy

    found = cause_and_remedy(error)
    if found is not None:
        cause, remedy = found
        return f"{cause}; {remedy}; nothing half-written was kept"
    log = logging.getLogger("diaspora_grants.cli")
    log.error("unexpected error", exc_info=error)
    handlers = logging.getLogger("diaspora_grants").handlers
    where = next((h.baseFilename for h in handlers if isinstance(h, logging.FileHandler)), None)
    details = f"the details are in {where}" if where else "run it again with the same input to see it"
    return f"unexpected error ({type(error).__name__}: {str(error).strip()[:200]}); {details}"
