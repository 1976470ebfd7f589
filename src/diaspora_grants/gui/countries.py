"""Country names in the app's language, sorted the way that language sorts them.

The names come from pycountry's own translations of ISO 3166 (the Debian iso-codes catalogues it
ships), so "Lebanon" reads "Liban" in French and "لبنان" in Arabic. Stored values stay the ISO codes;
the donor workbook, IATI and the command line keep the English names (see domain.codes).
"""

from __future__ import annotations

import gettext
from functools import cache, cmp_to_key

import pycountry
from PySide6.QtCore import QCollator, QLocale

from ..domain import codes

#: The catalogue of country names in pycountry's locales folder.
CATALOGUE = "iso3166-1"


def country_names() -> dict[str, str]:
    """ISO alpha-2 code to the country's name in the app's language, in that language's order."""
    return _names_in(QLocale().name())


def country_name(code: str) -> str:
    """A country's name in the app's language (an unknown code is shown as it is)."""
    return country_names().get(code, code)


def country_codes_by_name() -> dict[str, str]:
    """A typed name, in the app's language or in English, case-folded, to its code."""
    return {
        name.casefold(): code
        for names in (codes.country_names(), country_names())
        for code, name in names.items()
    }


@cache
def _names_in(locale_name: str) -> dict[str, str]:
    english = codes.country_names()
    language = locale_name.partition("_")[0]
    if language in ("en", "C", ""):
        return english
    catalogue = gettext.translation(CATALOGUE, pycountry.LOCALES_DIR, languages=[language], fallback=True)
    collator = QCollator(QLocale(locale_name))
    translated = {code: catalogue.gettext(name) for code, name in english.items()}
    by_name = cmp_to_key(collator.compare)
    return dict(sorted(translated.items(), key=lambda pair: by_name(pair[1])))
