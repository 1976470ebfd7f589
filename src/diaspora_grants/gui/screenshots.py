"""Render every page of the demo programme to PNG, for the README and for a look before release.

    python -m diaspora_grants.gui.screenshots --out docs/screenshots [--db URL] [--size 1024x700]

Without --db a fresh database is made in a temporary folder and the demo programmes are loaded.
Runs without a display (Qt's offscreen platform) unless DISPLAY is set; settings go to a temporary
file, never the user's own.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

WINDOW_SIZE = (1400, 900)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m diaspora_grants.gui.screenshots", description=__doc__)
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument("--db", help="database URL or SQLite path (default: a new one with the demo)")
    parser.add_argument("--pages", nargs="*", help="only these page keys (default: all)")
    parser.add_argument("--size", default="x".join(map(str, WINDOW_SIZE)), help="window size, e.g. 1024x700")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="dg-screens-") as scratch:
        return _render(args, Path(scratch))


def _render(args: argparse.Namespace, scratch: Path) -> int:
    os.environ.setdefault("DIASPORA_GRANTS_HOME", str(scratch / "home"))
    from PySide6.QtCore import QSettings

    from ..demo.loader import is_loaded, load_demo
    from ..services.startup import open_workspace
    from .app import make_application
    from .main_window import MainWindow
    from .page_registry import PAGES
    from .settings import AppSettings

    app = make_application(sys.argv[:1])
    workspace = open_workspace(args.db or str(scratch / "demo.sqlite"), user="screenshots")
    if args.db is None or not is_loaded(workspace.services):
        load_demo(workspace.services)
    settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(workspace, settings)
    size = tuple(int(n) for n in args.size.lower().split("x"))
    window.resize(*size)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    for number, spec in enumerate(PAGES, start=1):
        if args.pages and spec.key not in args.pages:
            continue
        page = window.show_page(spec.key)
        window.resize(*size)
        app.processEvents()
        for suffix, prepare in page.screenshot_states():
            dialog = prepare()
            for _ in range(3):
                app.processEvents()
            path = args.out / f"{number:02d}-{spec.key}{suffix}.png"
            window.grab().save(str(path))
            written.append(path)
            if dialog is not None:
                app.processEvents()
                dialog_path = path.with_name(f"{path.stem}-dialog.png")
                dialog.grab().save(str(dialog_path))
                written.append(dialog_path)
                dialog.close()
    if not args.pages or "settings" in args.pages:
        from .workspace_actions import show_settings

        dialog = show_settings(window)
        for _ in range(3):
            app.processEvents()
        path = args.out / f"{len(PAGES) + 1:02d}-settings-dialog.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.close()
    window.close()
    workspace.close()
    for path in written:
        sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
