"""Entry point: with a command, run it headless; without one, open the desktop app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from .cli import parse, run_cli

    args = parse(sys.argv[1:] if argv is None else argv)
    if args.command is not None:
        return run_cli(args)
    # Imported only here: a headless command must never load Qt.
    if args.smoke:
        from .gui.smoke import run_smoke

        return run_smoke(args)
    from .gui.app import run_gui

    return int(run_gui(args))


if __name__ == "__main__":
    sys.exit(main())
