"""Public code lists: ISO 3166 countries, ISO 4217 currencies and the DAC sectors the programmes use."""

from __future__ import annotations

import re
from functools import cache

import pycountry

from .errors import FieldProblem
from .wording import QT_TRANSLATE_NOOP, say

_CURRENCY_PATTERN = re.compile(r"^[A-Z]{3}$")

# Currencies withdrawn from ISO 4217 that programmes still meet in old budgets and bank statements;
# pycountry lists only the current ones.
_HISTORIC_CURRENCIES = {"ZWL": "Zimbabwe Dollar (2009-2024)"}

DAC_SECTORS: dict[str, str] = {
    "11120": "Education facilities and training",
    "11231": "Basic life skills for youth",
    "12250": "Infectious disease control",
    "15153": "Media and free flow of information",
    "15190": "Facilitation of orderly, safe, regular and responsible migration and mobility",
    "16020": "Employment creation",
    "72011": "Basic health care services in emergencies",
    "72012": "Education in emergencies",
    "15160": "Human rights",
    "16010": "Social protection",
    "43072": "Household food security",
    "99810": "Sectors not specified",
}


@cache
def country_names() -> dict[str, str]:
    """ISO alpha-2 code to the common English name, sorted by name for pickers."""
    pairs = sorted(
        ((c.alpha_2, getattr(c, "common_name", None) or c.name) for c in pycountry.countries),
        key=lambda pair: pair[1],
    )
    return dict(pairs)


def country_name(code: str) -> str:
    return country_names().get(code, code)


@cache
def _alpha3_by_alpha2() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def country_alpha3(code: str) -> str:
    return _alpha3_by_alpha2()[code]


@cache
def currency_names() -> dict[str, str]:
    names = {c.alpha_3: c.name for c in pycountry.currencies}
    names.update(_HISTORIC_CURRENCIES)
    return dict(sorted(names.items()))


def check_country(field: str, code: str | None, *, required: bool = False) -> FieldProblem | None:
    if not code:
        return FieldProblem(field, say(QT_TRANSLATE_NOOP("Core", "choose a country"))) if required else None
    if code not in country_names():
        return FieldProblem(
            field,
            say(
                QT_TRANSLATE_NOOP(
                    "Core", "'{code}' is not an ISO 3166 two-letter country code (e.g. LB, TN, ZW)"
                ),
                code=code,
            ),
        )
    return None


def check_countries(field: str, codes: tuple[str, ...]) -> FieldProblem | None:
    unknown = [c for c in codes if c not in country_names()]
    if unknown:
        listed = ", ".join(unknown)
        return FieldProblem(
            field,
            say(QT_TRANSLATE_NOOP("Core", "not ISO 3166 two-letter country codes: {listed}"), listed=listed),
        )
    return None


def check_currency(field: str, code: str | None, *, required: bool = True) -> FieldProblem | None:
    """Any three capital letters are accepted: currencies change (Zimbabwe's has, twice)."""
    if not code:
        return FieldProblem(field, say(QT_TRANSLATE_NOOP("Core", "choose a currency"))) if required else None
    if not _CURRENCY_PATTERN.match(code):
        return FieldProblem(
            field,
            say(
                QT_TRANSLATE_NOOP("Core", "'{code}' is not a three-letter ISO 4217 currency code (e.g. USD)"),
                code=code,
            ),
        )
    return None
