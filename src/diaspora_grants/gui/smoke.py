"""`diaspora-grants --smoke`: does this installation start? For CI and for an installer's last check.

Opens the desktop app on a new database in a temporary folder (its settings, log and backups
there too, never the user's), waits until the window is shown with its database open (so the
schema migrations were found and ran), builds every page once (so every module a page needs is
there: QtCharts, openpyxl...), checks that the app icon renders (Qt's SVG plugin) and then closes.
Exit status 0 when all of that held; 1 otherwise, with what went wrong on stderr and the tail of
the log. One line on stdout says what was checked.
"""

from __future__ import annotations

import argparse
import gettext
import os
import sys
import tempfile
from pathlib import Path

import pycountry
from PySide6.QtCore import QLocale, QSettings, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..config import ENV_HOME
from ..domain.names import skeleton
from .app import run_until_closed, start_window
from .dialogs.help_dialogs import user_guide_text
from .i18n import LANGUAGES, QT_CATALOGUE, SOURCE_LANGUAGE, available_catalogues, qt_translations_folder
from .iso_names import COUNTRIES, CURRENCIES
from .main_window import MainWindow
from .page_registry import PAGES
from .settings import APPLICATION_NAME, AppSettings
from .workers import wait_for_reads

#: Long enough for a cold start of a bundle on a slow disk; a hang (a modal dialog) ends here.
SMOKE_TIMEOUT_MS = 90_000


def run_smoke(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="diaspora-grants-smoke-", ignore_cleanup_errors=True) as scratch:
        folder = Path(scratch)
        os.environ[ENV_HOME] = str(folder / "home")
        args.db = str(folder / "smoke.sqlite")
        args.with_demo = False
        settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        app, window = start_window(args, settings=settings)
        problems: list[str] = []
        checked: list[str] = []
        window.opened.connect(lambda: QTimer.singleShot(0, window, lambda: check(window, checked, problems)))
        QTimer.singleShot(SMOKE_TIMEOUT_MS, app, lambda: give_up(app, problems))
        code = run_until_closed(app, window)
        if code != 0 and not problems:
            problems.append(f"the app ended with status {code} (the database was refused?)")
        if problems:
            _write(sys.stderr, "".join(f"smoke: {p}\n" for p in problems))
            _write(sys.stderr, log_tail(folder / "home"))
            return 1
        _write(sys.stdout, f"smoke: {APPLICATION_NAME} {__version__}: {', '.join(checked)}\n")
        return 0


def check(window: MainWindow, checked: list[str], problems: list[str]) -> None:
    """Everything the smoke run looks at once the window is open; then the window closes."""
    try:
        checked.append(f"window shown on {window.database_name()}")
        for spec in PAGES:
            window.show_page(spec.key)
            QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone()
        wait_for_reads()  # the pages' first loads
        QApplication.processEvents()
        checked.append(f"{len(PAGES)} pages built")
        check_resources(window, checked, problems)
    except Exception as error:  # said, then the window closes as in any other run
        problems.append(f"{type(error).__name__}: {error}")
    finally:
        window.close()


def check_resources(window: MainWindow, checked: list[str], problems: list[str]) -> None:
    """What the app loads by path rather than imports: the icon, its and Qt's translations."""
    if window.windowIcon().pixmap(64, 64).isNull():
        problems.append("the app icon does not render (Qt's SVG plugins missing?)")
    checked.append(f"translations: {', '.join(available_catalogues()) or 'none'}")
    qt_folder = qt_translations_folder()
    missing = [c for c in LANGUAGES if not (qt_folder / f"{QT_CATALOGUE}_{c}.qm").exists()]
    if missing:
        problems.append(f"Qt's own translations for {', '.join(missing)} are not in {qt_folder}")
    try:  # the Help menu's guide and the tables behind look-alike names are read as files too
        user_guide_text()
        skeleton("Fédération")
        checked.append("user guide and name tables found")
    except OSError as error:
        problems.append(f"a file the app reads is missing from the bundle: {error}")
    problems += _translated_files()
    direction = "right to left" if window.isRightToLeft() else "left to right"
    checked.append(f"language {QLocale().name()} ({direction})")
    checked.append(f"Qt platform {QGuiApplication.platformName()}")


def _translated_files() -> list[str]:
    """The guide's and the ISO names' translations, which fall back to English silently if absent."""
    problems = []
    for language in LANGUAGES:
        if language != SOURCE_LANGUAGE and user_guide_text(language) == user_guide_text(SOURCE_LANGUAGE):
            problems.append(f"the user guide in {language} is not in the bundle")
        for catalogue in (COUNTRIES, CURRENCIES):
            if (
                language != SOURCE_LANGUAGE
                and gettext.find(catalogue, pycountry.LOCALES_DIR, [language]) is None
            ):
                problems.append(f"pycountry's {catalogue} names in {language} are not in the bundle")
    return problems


def give_up(app: QApplication, problems: list[str]) -> None:
    problems.append(f"the window did not open within {SMOKE_TIMEOUT_MS // 1000} s")
    for widget in app.topLevelWidgets():
        widget.close()
    app.exit(1)


def log_tail(home: Path, lines: int = 40) -> str:
    tails = []
    for log_file in sorted(home.rglob("*.log")):
        text = log_file.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
        tails.append(f"--- {log_file.name}\n" + "\n".join(text) + "\n")
    return "".join(tails)


def _write(stream: object, text: str) -> None:
    # A windowed build on Windows has no console: sys.stdout and sys.stderr are None there.
    write = getattr(stream, "write", None)
    if write is not None:
        write(text)
