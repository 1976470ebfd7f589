"""The desktop app parses its arguments before the database layer is loaded, so the window can
show first; a headless command loads it when it runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PARSE_AND_REPORT = """
import json, sys
from diaspora_grants.cli import parse
args = parse(sys.argv[1:])
print(json.dumps({"command": args.command, "loaded": sorted(
    m for m in ("sqlalchemy", "openpyxl", "lxml", "PySide6", "diaspora_grants.services.startup")
    if m in sys.modules
)}))
"""


def _parse(*argv: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PARSE_AND_REPORT, *argv],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_parsing_the_desktop_start_loads_neither_the_database_layer_nor_qt() -> None:
    assert _parse("--db", "grants.sqlite") == {"command": None, "loaded": []}


def test_parsing_a_command_still_knows_every_command() -> None:
    assert _parse("--db", "grants.sqlite", "reach", "--programme", "BHA")["command"] == "reach"
