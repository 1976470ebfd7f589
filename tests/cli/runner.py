"""Run the real command line in a subprocess, as a user or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def run_cli(
    *args: str, home: Path, timeout: float = 120, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DIASPORA_GRANTS_HOME": str(home), "DIASPORA_GRANTS_USER": "cli-tester"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH", "")) if p)
    env.pop("DIASPORA_GRANTS_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "diaspora_grants", *args],
        capture_output=True,
        text=True,
        input=input,
        env=env,
        timeout=timeout,
        check=False,
    )
