"""users and login: the people of a team's PostgreSQL database, their roles, and where each
person's password is kept (the system keyring, never a file or a URL).

A SQLite file is single-user: `users` refuses it in one line, before opening or creating anything.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any

from ..domain.enums import AccessRole
from ..domain.errors import DomainError, TeamModeError
from .output import print_json, print_table

if TYPE_CHECKING:  # only annotations: the desktop app parses arguments before loading the database layer
    from ..services.people import PeopleService

ROLE_NAMES = {
    "administrator": AccessRole.ADMINISTRATOR,
    "programme-manager": AccessRole.PROGRAMME_MANAGER,
    "me-officer": AccessRole.ME_OFFICER,
    "finance-officer": AccessRole.FINANCE_OFFICER,
    "reviewer": AccessRole.REVIEWER,
    "viewer": AccessRole.VIEWER,
}


def register(commands: Any) -> None:
    users = commands.add_parser(
        "users", help="team mode (PostgreSQL): the people of the database and their roles, for administrators"
    )
    sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="every person, with their roles")
    listing.add_argument("--json", action="store_true")
    add = sub.add_parser("add", help="add a person: a login of the server, with no role yet")
    add.add_argument("login", help="lower-case letters, digits and underscores")
    add.add_argument("--name", help="the person's name as colleagues read it")
    _password_options(add)
    for verb, text in (("grant", "give a person a role"), ("revoke", "take a role back")):
        parser = sub.add_parser(verb, help=f"{text} in a programme (a reviewer: on a call)")
        parser.add_argument("login")
        parser.add_argument("role", choices=sorted(ROLE_NAMES))
        parser.add_argument(
            "--programme", metavar="CODE", help="the programme (every role but administrator)"
        )
        parser.add_argument("--call", metavar="REF", help="the call (reviewers)")
    remove = sub.add_parser("remove", help="take a person off the database (their login too, if unused)")
    remove.add_argument("login")
    password = sub.add_parser("password", help="set a person's password")
    password.add_argument("login")
    _password_options(password)
    sub.add_parser("setup", help="the database owner: install or refresh the server's team-mode rules")
    users.set_defaults(handler=_users, without_workspace=True)

    login = commands.add_parser(
        "login", help="keep your password for --db in the system keyring (checked by connecting first)"
    )
    login.add_argument("--forget", action="store_true", help="remove the kept password instead")
    login.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    login.set_defaults(handler=_login, without_workspace=True)


def _password_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (default: ask for it, when a terminal is there)",
    )


def _users(args: argparse.Namespace) -> int:
    from ..config import AppPaths, database_url
    from ..services.people import SINGLE_USER
    from ..services.startup import open_workspace

    if database_url(args.db, AppPaths.discover()).startswith("sqlite"):
        raise TeamModeError(SINGLE_USER)
    workspace = open_workspace(args.db, user=args.user, daily=False)
    try:
        return _run(args, workspace.services.people)
    finally:
        workspace.close()


def _run(args: argparse.Namespace, people: PeopleService) -> int:
    command = args.users_command
    if command == "list":
        return _list(people, as_json=args.json)
    if command == "setup":
        complete = people.setup()
        print(
            "team-mode rules installed" + ("" if complete else "; group roles need an owner with CREATEROLE")
        )
        return 0 if complete else 1
    if command == "add":
        person = people.add(args.login, args.name or args.login, _ask_password(args, args.login))
        print(f"added {person.login}; give them a role with: diaspora-grants users grant {person.login} ROLE")
    elif command == "password":
        password = _ask_password(args, args.login)
        if not password:
            raise DomainError("no password given")
        people.set_password(args.login, password)
        print(f"password of {args.login} changed")
    elif command in ("grant", "revoke"):
        change = people.grant if command == "grant" else people.revoke
        person = change(args.login, ROLE_NAMES[args.role], programme=args.programme, call=args.call)
        print(f"{person.login}: {'; '.join(r.describe() for r in person.roles) or 'no role'}")
    else:
        dropped = people.remove(args.login)
        print(
            f"removed {args.login}"
            + ("" if dropped else " (their login stays: another database counts them)")
        )
    return 0


def _list(people: PeopleService, *, as_json: bool) -> int:
    found = people.find()
    if as_json:
        print_json(found)
    else:
        rows = [(p.login, p.name, "; ".join(r.describe() for r in p.roles) or "no role") for p in found]
        print_table(("login", "name", "roles"), rows)
    return 0


def _ask_password(args: argparse.Namespace, login: str) -> str | None:
    """From standard input when asked, else from the terminal (twice); None without either."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(f"password for {login}: ")
    if first != getpass.getpass("the same again: "):
        raise DomainError("the two passwords differ; nothing was changed")
    return first or None


def _login(args: argparse.Namespace) -> int:
    from ..config import AppPaths, database_url
    from ..services.credentials import check_and_store, forget_password

    url = database_url(args.db, AppPaths.discover())
    if args.forget:
        print("password forgotten" if forget_password(url) else "no password was kept for this database")
        return 0
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else getpass.getpass("password: ")
    entry = check_and_store(url, password)
    print(f"password checked and kept in the system keyring as {entry}")
    return 0
