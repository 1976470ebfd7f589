"""The translation chain: sources -> .ts (lupdate) -> .qm (lrelease), and the glossary's phrase books.

    python scripts/translations.py update       # new and changed strings into resources/translations/*.ts
    python scripts/translations.py release      # .ts -> src/diaspora_grants/translations/*.qm
    python scripts/translations.py phrasebooks  # glossary.tsv -> glossary_<language>.qph for Qt Linguist

`make translations` runs all three; `make run`, `make test` and `make dist` run `release` (the .qm
are built, never committed). Uses the lupdate and lrelease that come with PySide6, so it needs no
Qt installation of its own. Run it with the project's Python (the one that has PySide6).
"""

from __future__ import annotations

import argparse
import csv
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "diaspora_grants"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = SOURCES / "translations"
GLOSSARY = TS_DIR / "glossary.tsv"
#: The app's catalogue name (gui/i18n.py loads <CATALOGUE>_<language>.qm) and its languages.
CATALOGUE = "diaspora_grants"
LANGUAGES = ("fr", "ar")


def qt_tool(name: str) -> Path:
    """lupdate / lrelease as shipped inside the PySide6 wheel (the pyside6-* commands wrap these)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def ts_files(ts_dir: Path) -> list[Path]:
    return [ts_dir / f"{CATALOGUE}_{language}.ts" for language in LANGUAGES]


def update(ts_dir: Path = TS_DIR, sources: Path = SOURCES) -> None:
    """Bring every .ts up to date with the marked strings of the sources (tr, translate,
    QT_TRANSLATE_NOOP in any module, domain/labels.py among them). Strings gone from the sources
    are dropped (-no-obsolete): a .ts holds only what the app can show."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    command = [
        str(qt_tool("lupdate")),
        "-extensions", "py",
        "-no-obsolete",
        "-locations", "relative",
        "-source-language", "en",
        str(sources),
        "-ts", *(str(path) for path in ts_files(ts_dir)),
    ]  # fmt: skip
    subprocess.run(command, check=True)
    for ts in ts_files(ts_dir):
        drop_code_comments(ts)


def drop_code_comments(ts: Path) -> None:
    """lupdate hands a translator every "#:" comment above a string as a note, but in this code
    those document attributes for developers ("the starting widths of the table..."): misleading
    beside a text to translate. Translators' notes live in the glossary."""
    text = ts.read_text(encoding="utf-8")
    ts.write_text(re.sub(r"\n\s*<extracomment>.*?</extracomment>", "", text, flags=re.S), encoding="utf-8")


def release(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR, only: list[Path] | None = None) -> list[Path]:
    """Compile each .ts (or `only` these) into the .qm the app loads. Unfinished entries are left
    out (-nounfinished): a translation nobody has confirmed never reaches a user."""
    qm_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in only or sorted(ts_dir.glob(f"{CATALOGUE}_*.ts")):
        qm = qm_dir / f"{ts.stem}.qm"
        subprocess.run(
            [str(qt_tool("lrelease")), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True
        )
        written.append(qm)
    return written


def phrasebooks(glossary: Path = GLOSSARY, out_dir: Path = TS_DIR) -> list[Path]:
    """One Qt Linguist phrase book per language from the glossary, so the translator sees the
    agreed term beside each string (Linguist: Phrases > Open Phrase Book)."""
    with glossary.open(encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source, delimiter="\t"))
    columns = {"fr": "french", "ar": "arabic"}
    written = []
    for language in LANGUAGES:
        phrases = "".join(
            "<phrase>\n"
            f"    <source>{escape(row['english'])}</source>\n"
            f"    <target>{escape(row[columns[language]])}</target>\n"
            f"    <definition>{escape(row['note'])}</definition>\n"
            "</phrase>\n"
            for row in rows
        )
        path = out_dir / f"glossary_{language}.qph"
        path.write_text(
            f'<!DOCTYPE QPH>\n<QPH sourcelanguage="en" language="{language}">\n{phrases}</QPH>\n',
            encoding="utf-8",
        )
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("step", choices=("update", "release", "phrasebooks", "all"))
    parser.add_argument("--ts-dir", type=Path, default=TS_DIR, help="where the .ts files are")
    parser.add_argument("--qm-dir", type=Path, default=QM_DIR, help="where the .qm files go")
    parser.add_argument("--sources", type=Path, default=SOURCES, help="the code lupdate reads")
    parser.add_argument("files", nargs="*", type=Path, help="release: only these .ts files")
    args = parser.parse_intermixed_args(argv)
    if args.step in ("update", "all"):
        update(args.ts_dir, args.sources)
    if args.step in ("release", "all"):
        release(args.ts_dir, args.qm_dir, args.files)
    if args.step in ("phrasebooks", "all"):
        phrasebooks(out_dir=args.ts_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
