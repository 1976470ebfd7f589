"""Render the application icon from its SVG: PNG sizes in the freedesktop layout, a Windows .ico,
a macOS .icns, and the package's copy that the window shows. Run after changing the SVG and commit
what it writes (the icons are source assets; building the app never needs Pillow).

    python scripts/make_icons.py

Needs PySide6 (renders the SVG) and Pillow (writes .ico and .icns): `pip install -e '.[dist]'`.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "hicolor" / "scalable" / "apps" / "diaspora-grants.svg"
#: The window's icon inside the package (gui/icons.py loads it as "app").
PACKAGE_COPY = ROOT / "src" / "diaspora_grants" / "gui" / "icons" / "app.svg"
#: Sizes desktops look for (hicolor), the ones a Windows .ico carries, and a macOS .icns.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int, out: Path) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):  # PNG, from the suffix
        raise OSError(f"could not write {out}")
    return out


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    for size in PNG_SIZES:
        render(size, ICONS / "hicolor" / f"{size}x{size}" / "apps" / "diaspora-grants.png")
    big = ICONS / "build" / "diaspora-grants-1024.png"
    render(1024, big)
    with Image.open(big) as image:
        image.save(ICONS / "diaspora-grants.ico", sizes=[(s, s) for s in ICO_SIZES])
        image.save(ICONS / "diaspora-grants.icns", sizes=[(s, s) for s in ICNS_SIZES])
    shutil.rmtree(big.parent)
    shutil.copyfile(SOURCE, PACKAGE_COPY)
    return 0


if __name__ == "__main__":
    sys.exit(main())
