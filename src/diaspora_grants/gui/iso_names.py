"""Country and currency names in the app's language; countries sorted the way it sorts them.

The names come from pycountry's own translations of ISO 3166 and ISO 4217 (the Debian iso-codes
catalogues it ships), so "Lebanon" reads "Liban" in French and "لبنان" in Arabic, "US Dollar"
"Dollar américain". Stored values stay the ISO codes; the donor workbook, IATI and the command line
keep the English names (see domain.codes).
"""

from __future__ import annotations

import gettext
from functools import cache, cmp_to_key

import pycountry
from PySide6.QtCore import QCollator, QLocale

from ..domain import codes

#: The catalogues of country and currency names in pycountry's locales folder.
COUNTRIES = "iso3166-1"
CURRENCIES = "iso4217"


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
    language = catalogue_language(locale_name) or "en"
    if catalogue_language(locale_name) is None:
        return english
    catalogue = _catalogue(COUNTRIES, language)
    collator = QCollator(QLocale(locale_name))
    translated = {code: catalogue.gettext(name) for code, name in english.items()}
    by_name = cmp_to_key(collator.compare)
    return dict(sorted(translated.items(), key=lambda pair: by_name(pair[1])))


def currency_names() -> dict[str, str]:
    """ISO 4217 code to the currency's name in the app's language, by code."""
    return _currencies_in(QLocale().name())


@cache
def _currencies_in(locale_name: str) -> dict[str, str]:
    english = codes.currency_names()
    language = catalogue_language(locale_name)
    if language is None:
        return english
    catalogue = _catalogue(CURRENCIES, language)
    return {code: catalogue.gettext(name) for code, name in english.items()}


def catalogue_language(locale_name: str) -> str | None:
    """The language whose names to look up ("fr" for fr_TN); None for English (the names as written)."""
    language = locale_name.partition("_")[0]
    return None if language in ("en", "C", "") else language


def _catalogue(domain: str, language: str) -> gettext.NullTranslations:
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language], fallback=True)
