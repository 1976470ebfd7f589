"""The assets installers use: the icon in every size a desktop asks for, the desktop entry, the
translations' sources and glossary."""

from __future__ import annotations

import configparser
import csv
import struct
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
ICONS = RESOURCES / "icons"
SVG = ICONS / "hicolor" / "scalable" / "apps" / "diaspora-grants.svg"


def test_the_window_shows_the_same_icon_the_installers_use() -> None:
    assert (ROOT / "src" / "diaspora_grants" / "gui" / "icons" / "app.svg").read_bytes() == SVG.read_bytes()


def png_size_and_alpha(path: Path) -> tuple[int, int, bool]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height, _depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, colour == 6  # 6: RGBA


def ico_sizes(path: Path) -> set[int]:
    data = path.read_bytes()
    _reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert kind == 1  # an icon, not a cursor
    return {data[6 + 16 * i] or 256 for i in range(count)}  # a width of 0 means 256


def icns_types(path: Path) -> set[bytes]:
    data = path.read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    types, position = set(), 8
    while position < len(data):
        types.add(data[position : position + 4])
        position += struct.unpack(">I", data[position + 4 : position + 8])[0]
    return types


def test_the_icon_exists_in_every_size_and_format_installers_need() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "diaspora-grants.png"
        assert png_size_and_alpha(png) == (size, size, True)
    assert {16, 32, 48, 256} <= ico_sizes(ICONS / "diaspora-grants.ico")
    assert {b"ic09", b"ic10"} & icns_types(ICONS / "diaspora-grants.icns")  # 512 px and 512@2x


def test_the_desktop_entry_starts_the_installed_app_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(RESOURCES / "diaspora-grants.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert desktop["Type"] == "Application" and desktop["Terminal"] == "false"
    assert desktop["Exec"].split()[0] in project["gui-scripts"]
    assert desktop["Icon"] == SVG.stem
    assert {"Name", "Comment[fr]", "Comment[ar]", "GenericName[fr]", "GenericName[ar]"} <= set(desktop)


def test_the_glossary_gives_every_term_in_french_and_arabic() -> None:
    with (RESOURCES / "translations" / "glossary.tsv").open(encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source, delimiter="\t"))
    terms = {row["english"] for row in rows}
    assert {"grant", "due diligence", "tranche", "disaggregation", "unique people", "locked period"} <= terms
    assert len(terms) == len(rows)  # one line per term
    for row in rows:
        assert row["french"].strip() and row["note"].strip()
        assert any("\u0600" <= c <= "\u06ff" for c in row["arabic"]), row["english"]
