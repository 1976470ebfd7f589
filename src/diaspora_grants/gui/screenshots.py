"""Render every page of the demo programme to PNG, for the README and for a look before release.

    python -m diaspora_grants.gui.screenshots --out docs/screenshots [--db URL] [--sizes 1400x900 1024x700]

Without --db a fresh database is made in a temporary folder and the demo programmes are loaded.
Runs without a display (Qt's offscreen platform) unless DISPLAY is set; settings go to a temporary
file, never the user's own. With several sizes, each goes to a folder of its own (out/1024x700/).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

WINDOW_SIZE = (1400, 900)


def window_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m diaspora_grants.gui.screenshots", description=__doc__)
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument("--db", help="database URL or SQLite path (default: a new one with the demo)")
    parser.add_argument("--pages", nargs="*", help="only these page keys (default: all)")
    parser.add_argument(
        "--sizes", nargs="*", type=window_size, default=[WINDOW_SIZE], help="window sizes, e.g. 1024x700"
    )
    parser.add_argument(
        "--check-clipping", action="store_true", help="list texts cut off by their widget; exit 1 if any"
    )
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
    from .settings import AppSettings
    from .workers import PageReads, deliver_at_once
    from .writes import Writes

    app = make_application(sys.argv[:1])
    # Each state is prepared and grabbed at once: the pages' reads and saves are waited for as
    # they start (a refusal's message is on the form when it is grabbed).
    PageReads.settle = deliver_at_once
    Writes.settle = deliver_at_once
    workspace = open_workspace(args.db or str(scratch / "demo.sqlite"), user="screenshots")
    if args.db is None or not is_loaded(workspace.services):
        load_demo(workspace.services)
    written: list[Path] = []
    clipped: list[str] = [] if args.check_clipping else None  # type: ignore[assignment]
    for size in args.sizes:
        out = args.out if len(args.sizes) == 1 else args.out / f"{size[0]}x{size[1]}"
        settings = AppSettings(
            QSettings(str(scratch / f"settings-{size[0]}.ini"), QSettings.Format.IniFormat)
        )
        window = MainWindow(workspace, settings)
        window.resize(*size)
        window.show()
        out.mkdir(parents=True, exist_ok=True)
        written += _pages(app, window, args.pages, size, out, clipped)
        if not args.pages or "help" in args.pages:
            written += _help(app, window, out, clipped)
        window.undo_stack.clear()
        window.close()
    workspace.close()
    for path in written:
        sys.stdout.write(f"{path}\n")
    for line in clipped or []:
        sys.stderr.write(f"clipped: {line}\n")
    return 1 if clipped else 0


def _pages(
    app: Any, window: Any, keys: list[str] | None, size: tuple[int, int], out: Path, clipped: list[str] | None
) -> list[Path]:
    from .page_registry import PAGES

    written = []
    for number, spec in enumerate(PAGES, start=1):
        if keys and spec.key not in keys:
            continue
        page = window.show_page(spec.key)
        window.resize(*size)
        app.processEvents()
        for suffix, prepare in page.screenshot_states():
            dialog = prepare()
            written += _grab(app, window, dialog, out / f"{number:02d}-{spec.key}{suffix}.png", clipped)
    if not keys or "settings" in keys:
        from .workspace_actions import show_settings

        path = out / f"{len(PAGES) + 1:02d}-settings-dialog.png"
        written += _grab(app, None, show_settings(window), path, clipped)
    return written


def _help(app: Any, window: Any, out: Path, clipped: list[str] | None) -> list[Path]:
    from . import help_actions

    written = []
    for name, show in (
        ("guide", help_actions.show_guide),
        ("shortcuts", help_actions.show_shortcuts),
        ("about", help_actions.show_about),
    ):
        written += _grab(app, None, show(window), out / f"help-{name}-dialog.png", clipped)
    return written


def _grab(app: Any, window: Any, dialog: Any, path: Path, clipped: list[str] | None) -> list[Path]:
    """The window (if given) and the dialog (if any) as PNG files; the dialog is closed after.
    With `clipped` given, what each of them cuts off is added to it, named by the file."""
    from .clipping import clipped_texts

    for _ in range(3):
        app.processEvents()
    written = []
    shown = [(window, path)] if window is not None else []
    if dialog is not None:
        app.processEvents()
        shown.append((dialog, path if window is None else path.with_name(f"{path.stem}-dialog.png")))
    for widget, widget_path in shown:
        widget.grab().save(str(widget_path))
        written.append(widget_path)
        if clipped is not None:
            clipped += [
                f"{widget_path.parent.name}/{widget_path.name}: {found}" for found in clipped_texts(widget)
            ]
    if dialog is not None:
        dialog.close()
    return written


if __name__ == "__main__":
    sys.exit(main())
