"""The app's language: which one (the environment, then Settings, then the system's), its
translations (the app's own .qm and Qt's, for dialog buttons and the like), its locale for numbers
and dates, and its direction (Arabic lays the window out right to left).

The .qm files are compiled from resources/translations/*.ts by `make` (pyside6-lrelease) into the
package's translations/ folder; a language whose .qm is missing falls back to English, with a line
in the log, rather than stopping the app.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from ..domain import wording
from .labels import say_core
from .pseudo_locale import PseudoTranslator

log = logging.getLogger("diaspora_grants.gui")

#: The languages of the app, each named as its speakers write it (for the Settings list).
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "ar": "العربية"}
#: The language in which the app's sources are written: it needs no catalogue.
SOURCE_LANGUAGE = "en"
#: A test language: every string longer and accented (see pseudo_locale).
PSEUDO = "pseudo"
#: The setting's value for "the system's language".
SYSTEM = "system"
#: Overrides the setting (screenshots in each language, a support call in English).
ENV_LANGUAGE = "DIASPORA_GRANTS_LANGUAGE"

#: The app's catalogues: translations/diaspora_grants_<language>.qm inside the package.
CATALOGUE = "diaspora_grants"
TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
#: Qt's catalogue for the strings of QtWidgets and QtGui (standard buttons, file dialogs).
QT_CATALOGUE = "qtbase"


@dataclass(frozen=True)
class AppliedLanguage:
    """What `apply_language` set up, so the caller can tell the user or the log."""

    code: str
    locale_name: str
    right_to_left: bool
    #: The app's catalogue that was loaded (None for English, the pseudo-language or a missing one).
    catalogue: Path | None
    qt_catalogue: bool


def system_language(system: QLocale | None = None) -> str:
    """The first of the system's preferred languages that the app speaks; English otherwise."""
    for tag in (system or QLocale.system()).uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def chosen_language(setting: str | None, system: QLocale | None = None) -> str:
    """The language to use: $DIASPORA_GRANTS_LANGUAGE, else the setting, else the system's."""
    for source, value in (("environment", os.environ.get(ENV_LANGUAGE)), ("setting", setting)):
        code = (value or "").strip().lower()
        if code in LANGUAGES or code == PSEUDO:
            return code
        if code and code != SYSTEM:
            log.warning("unknown language %r in the %s: using the system's", value, source)
    return system_language(system)


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The system's locale when it is in that language (it keeps the country's conventions: fr_CH,
    ar_TN); else the language's default locale. The pseudo-language keeps the system's."""
    system = system or QLocale.system()
    if code == PSEUDO or system_language(system) == code:
        return system
    return QLocale(code)


def apply_language(app: QCoreApplication, code: str, *, folder: Path = TRANSLATIONS) -> AppliedLanguage:
    """Replace the app's translators with those of `code`, make its locale the default one and
    set the layout direction. Widgets made afterwards read in that language; those already shown
    get a LanguageChange event (pages that retranslate themselves follow at once)."""
    remove_translators(app)
    wording.speak_with(say_core)  # the core's sentences, in the same language
    locale = locale_for(code)
    QLocale.setDefault(locale)
    catalogue: Path | None = None
    qt_catalogue = False
    if code == PSEUDO:
        app.installTranslator(PseudoTranslator(app))
    elif code != SOURCE_LANGUAGE:
        # Qt's first: translators installed later are asked first, so the app's own can override.
        qt_catalogue = install_catalogue(app, locale, QT_CATALOGUE, qt_translations_folder()) is not None
        catalogue = install_catalogue(app, locale, CATALOGUE, folder)
        if catalogue is None:
            log.warning("no %s translation in %s: the app stays in English", code, folder)
    right_to_left = locale.textDirection() == Qt.LayoutDirection.RightToLeft
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
    return AppliedLanguage(code, locale.name(), right_to_left, catalogue, qt_catalogue)


def install_catalogue(app: QCoreApplication, locale: QLocale, name: str, folder: Path) -> Path | None:
    """Load <folder>/<name>_<language>.qm (the most specific one of the locale's languages) and
    install it; the translator is a child of the app, so it lives as long as the app."""
    translator = QTranslator(app)
    if not translator.load(locale, name, "_", str(folder)):
        translator.deleteLater()
        return None
    app.installTranslator(translator)
    return Path(translator.filePath())


def remove_translators(app: QCoreApplication) -> None:
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()


def qt_translations_folder() -> Path:
    """Where Qt's own catalogues are: inside the PySide6 wheel, or the bundle's copy of it."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def available_catalogues(folder: Path = TRANSLATIONS) -> list[str]:
    """The languages whose compiled catalogue is in `folder` (the smoke check lists them)."""
    prefix = f"{CATALOGUE}_"
    return sorted(p.stem.removeprefix(prefix) for p in folder.glob(f"{prefix}*.qm"))
