"""Every command explains itself: `--help` works at every level of the command line."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from diaspora_grants.cli import build_parser


def _all_parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _all_parsers(child, (*path, name))


COMMANDS = list(_all_parsers(build_parser()))


def test_the_command_line_offers_the_documented_commands() -> None:
    top = {path[0] for path in COMMANDS if len(path) == 1}
    assert top >= {"init", "check", "backup", "restore", "demo", "list", "call", "reach", "results", "export"}


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "(top)")
def test_help_renders(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args([*path, "--help"])
    assert exit_.value.code == 0
    assert "usage: diaspora-grants" in capsys.readouterr().out
