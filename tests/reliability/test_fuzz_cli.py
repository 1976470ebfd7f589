"""Random command lines: the program answers 0, 1 or 2 and one line of explanation, never a traceback.

The parser sees thousands of argument lists; a few hundred parsed ones are also run against a
real (empty) database in a scratch folder, so relative output paths land there.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diaspora_grants.cli import build_parser, run_cli
from tests.reliability.conftest import Ledger

pytestmark = pytest.mark.scenario("fuzz: command-line arguments")

COMMANDS = [
    "init", "check", "backup", "restore", "list", "call", "rank", "reach", "results", "summary",
    "export", "report", "iati", "hxl", "data", "template", "import",
]  # fmt: skip
OPTIONS = [
    "--json", "--out", "--programme", "--from", "--to", "--type", "--provisional", "--prepared-by",
    "--sheet", "--indicator", "--project", "--period", "--dry-run", "--user", "--help", "-h",
    "--version", "--", "-", "--with-demo",
]  # fmt: skip
VALUES = [
    "programmes", "partners", "projects", "calls", "applications", "organisations", "reach", "5w",
    "quarterly", "final", "2022-01-01", "2022-13-45", "BENCH-1", "RDPP-2022", "x.xlsx", "out.csv",
    "", " ", "-1", "0", "١٢٣", "مرحبا", "😀", "=1+1", "a" * 5000, "nosuch.sqlite", "..",
]  # fmt: skip
#: Arguments never given: a path outside the scratch folder, or another database.
safe_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="/\\~\x00"),
    max_size=30,
)
argument = st.sampled_from(COMMANDS) | st.sampled_from(OPTIONS) | st.sampled_from(VALUES) | safe_text
argv_lists = st.lists(argument, max_size=8) | st.tuples(
    st.sampled_from(COMMANDS), st.lists(argument, max_size=7)
).map(lambda t: [t[0], *t[1]])

value = st.sampled_from(VALUES) | safe_text
flag = st.lists(st.sampled_from(["--json", "--provisional", "--dry-run"]), max_size=2)
#: Command lines shaped like real ones, with hostile values where the user types.
runnable = (
    st.one_of(
        st.tuples(st.just(["list"]), st.lists(value, min_size=1, max_size=1), flag),
        st.tuples(
            st.just(["list", "projects", "--programme"]), st.lists(value, min_size=1, max_size=1), flag
        ),
        st.tuples(
            st.just(["export", "report"]),
            st.tuples(value, value, value, value).map(
                lambda v: ["--programme", v[0], "--from", v[1], "--to", v[2], "--out", v[3]]
            ),
            flag,
        ),
        st.tuples(
            st.sampled_from([["export", "iati"], ["export", "data"]]),
            st.tuples(value, value).map(lambda v: ["--programme", v[0], "--out", v[1]]),
            flag,
        ),
        st.tuples(st.just(["reach", "--programme"]), st.lists(value, min_size=1, max_size=1), flag),
        st.tuples(
            st.just(["results", "summary", "--programme"]), st.lists(value, min_size=1, max_size=1), flag
        ),
        st.tuples(st.just(["call", "rank"]), st.lists(value, min_size=1, max_size=1), flag),
        st.tuples(
            st.sampled_from([["import"], ["restore"], ["backup", "--out"]]),
            st.lists(value, min_size=1, max_size=1),
            flag,
        ),
        st.tuples(
            st.just(["template"]),
            st.tuples(value, value, value).map(
                lambda v: ["--project", v[0], "--period", v[1], "--out", v[2]]
            ),
            flag,
        ),
        st.tuples(st.sampled_from([["check"], ["init"]]), st.just([]), flag),
    ).map(lambda t: [*t[0], *t[1], *t[2]])
    | argv_lists
)

PARSER = build_parser()


def _parse(argv: list[str]) -> tuple[int | None, object]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            return None, PARSER.parse_args(argv)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
            assert "Traceback" not in err.getvalue()
            return code, None


@settings(max_examples=2500, deadline=None, derandomize=True, database=None)
@given(argv=argv_lists)
def test_the_parser_exits_0_or_2_or_parses(argv: list[str], ledger: Ledger) -> None:
    code, _ = _parse(argv)
    ledger.add("fuzz: command-line arguments")
    assert code in (None, 0, 2), f"{argv!r} exited {code}"


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli-fuzz")


@settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(argv=runnable)
def test_parsed_commands_run_to_0_or_1_with_one_line(
    argv: list[str], scratch: Path, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, args = _parse(["--db", str(scratch / "fuzz.sqlite"), "--user", "fuzzer", *argv])
    if args is None or getattr(args, "command", None) is None or "--db" in argv:
        return
    monkeypatch.chdir(scratch)
    monkeypatch.setenv("DIASPORA_GRANTS_HOME", str(scratch))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = run_cli(args)
        except SystemExit as exit_:
            status = exit_.code if isinstance(exit_.code, int) else 1
    ledger.add("fuzz: command-line arguments")
    assert status in (0, 1), f"{argv!r} returned {status}: {err.getvalue()}"
    assert "Traceback" not in err.getvalue()
    if status == 1:
        said = err.getvalue()
        if "--json" in argv and not said:
            json.loads(out.getvalue())  # the problems, for a program to read
        else:
            assert said.startswith("diaspora-grants: ") or "problem(s); nothing was saved" in said, said
