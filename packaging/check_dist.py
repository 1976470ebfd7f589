"""Check what `make dist` built, as an installer would need it:

- the wheel holds the compiled translations, the migration scripts and the icons;
- the standalone app starts to its shown window (`--smoke`) offscreen with its translations, in
  Arabic right to left, and on X11 (xcb) when a display or xvfb-run is at hand;
- its command line loads the demo, writes the data workbook (openpyxl), reads it back into a new
  database (the import), writes IATI XML (lxml) and checks the new database (the migrations ran).

    python packaging/check_dist.py [--dist dist]

Exit status 0 when every check held. Prints how large the app folder and the wheel are.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "diaspora_grants"
DEMO_PROGRAMME = "BHA-DIASPORA-2022"


def wheel_problems(wheel: Path) -> list[str]:
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    migrations = sorted((PACKAGE / "db" / "migrations" / "versions").glob("*.py"))
    wanted = [
        *(f"diaspora_grants/translations/{ts.stem}.qm" for ts in sources),
        "diaspora_grants/db/migrations/env.py",
        "diaspora_grants/db/migrations/script.py.mako",
        *(f"diaspora_grants/db/migrations/versions/{script.name}" for script in migrations),
        "diaspora_grants/gui/icons/app.svg",
        "diaspora_grants/reporting/fonts/DejaVuSans.ttf",
    ]
    return [f"{wheel.name} lacks {name}" for name in wanted if name not in names]


def program(app: Path) -> Path:
    name = "diaspora-grants.exe" if sys.platform == "win32" else "diaspora-grants"
    return app / name


def run(command: list[str], **env: str) -> str:
    """Run one step of the check; its output is shown either way, a failure stops the check."""
    print("$", " ".join(command), flush=True)
    done = subprocess.run(command, env={**os.environ, **env}, capture_output=True, text=True, timeout=300)
    shown = [
        line
        for line in done.stdout.splitlines() + done.stderr.splitlines()
        if "propagateSizeHints" not in line
    ]
    print("\n".join(shown[-12:]), flush=True)
    if done.returncode != 0:
        raise SystemExit(f"failed with status {done.returncode}: {' '.join(command)}")
    return done.stdout


def smoke(app: Path) -> None:
    languages = sorted(
        ts.stem.rsplit("_", 1)[-1] for ts in (ROOT / "resources" / "translations").glob("*.ts")
    )
    said = run([str(program(app)), "--smoke"], QT_QPA_PLATFORM="offscreen")
    if f"translations: {', '.join(languages)}" not in said:
        raise SystemExit(f"the app does not list its translations ({', '.join(languages)})")
    said = run([str(program(app)), "--smoke"], QT_QPA_PLATFORM="offscreen", DIASPORA_GRANTS_LANGUAGE="ar")
    if "(right to left)" not in said:
        raise SystemExit("in Arabic the app is not laid out right to left")
    if sys.platform.startswith("linux"):
        if os.environ.get("DISPLAY"):
            run([str(program(app)), "--smoke"], QT_QPA_PLATFORM="xcb")
        elif shutil.which("xvfb-run"):
            run(["xvfb-run", "-a", str(program(app)), "--smoke"], QT_QPA_PLATFORM="xcb")


def command_line(app: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="diaspora-grants-dist-", ignore_cleanup_errors=True) as scratch:
        folder = Path(scratch)
        home = {"DIASPORA_GRANTS_HOME": str(folder / "home")}
        demo = ["--db", str(folder / "demo.sqlite")]
        fresh = ["--db", str(folder / "fresh.sqlite")]
        exe = str(program(app))
        run([exe, *demo, "demo"], **home)
        run([exe, *demo, "export", "data", "--out", str(folder / "data.xlsx")], **home)
        run(
            [exe, *demo, "export", "iati", "--programme", DEMO_PROGRAMME, "--out", str(folder / "a.xml")],
            **home,
        )
        run([exe, *fresh, "import", str(folder / "data.xlsx")], **home)
        said = run([exe, *fresh, "check"], **home)
        if "integrity: ok" not in said:
            raise SystemExit("the imported database does not check out")


def size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="what make dist wrote")
    args = parser.parse_args(argv)
    wheels = sorted(args.dist.glob("diaspora_grants-*.whl"))
    app = args.dist / "diaspora-grants"
    if not wheels or not program(app).exists():
        raise SystemExit(f"no wheel or no app in {args.dist}: run make dist first")
    problems = wheel_problems(wheels[-1])
    if problems:
        raise SystemExit("\n".join(problems))
    smoke(app)
    command_line(app)
    print(
        f"app folder {size(app) / 2**20:.0f} MiB, wheel {size(wheels[-1]) / 2**10:.0f} KiB: all checks passed"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
