"""Admin-1 areas (governorates, provinces, regions) of a country, from ISO 3166-2 (pycountry), and
the OCHA P-code that humanitarian data carries beside them.

pycountry names some areas by a transliteration of their local name ("Jabal Lubnān"); where the
programmes' countries are usually written in English, the English name is shown first and the
ISO name after it. Typed names are matched without regard to case or accents.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from functools import cache

import pycountry

from .errors import FieldProblem
from .validation import max_length_of
from .wording import QT_TRANSLATE_NOOP, say

#: English names (the first is shown) by ISO 3166-2 code, where pycountry's differ from common use.
_ENGLISH: dict[str, tuple[str, ...]] = {
    "LB-AK": ("Akkar",),
    "LB-AS": ("North", "North Lebanon"),
    "LB-BA": ("Beirut",),
    "LB-BH": ("Baalbek-Hermel", "Baalbek Hermel"),
    "LB-BI": ("Beqaa", "Bekaa"),
    "LB-JA": ("South", "South Lebanon"),
    "LB-JL": ("Mount Lebanon",),
    "LB-NA": ("Nabatieh", "Nabatiyeh"),
    "EG-ALX": ("Alexandria",),
    "EG-ASN": ("Aswan",),
    "EG-AST": ("Asyut",),
    "EG-BA": ("Red Sea",),
    "EG-BH": ("Beheira",),
    "EG-BNS": ("Beni Suef",),
    "EG-C": ("Cairo",),
    "EG-DK": ("Dakahlia",),
    "EG-DT": ("Damietta",),
    "EG-FYM": ("Faiyum", "Fayoum"),
    "EG-GH": ("Gharbia",),
    "EG-GZ": ("Giza",),
    "EG-IS": ("Ismailia",),
    "EG-JS": ("South Sinai",),
    "EG-KB": ("Qalyubia",),
    "EG-KFS": ("Kafr El Sheikh",),
    "EG-KN": ("Qena",),
    "EG-LX": ("Luxor",),
    "EG-MN": ("Minya",),
    "EG-MNF": ("Monufia",),
    "EG-MT": ("Matrouh",),
    "EG-PTS": ("Port Said",),
    "EG-SHG": ("Sohag",),
    "EG-SHR": ("Sharqia",),
    "EG-SIN": ("North Sinai",),
    "EG-SUZ": ("Suez",),
    "EG-WAD": ("New Valley",),
}

_PCODE_MAX = 40


@dataclass(frozen=True)
class AdminArea:
    #: ISO 3166-2 code (LB-JL).
    code: str
    #: The name a user reads first (English where it differs from the ISO name).
    name: str
    #: The ISO 3166-2 name (pycountry's).
    iso_name: str
    #: "Governorate", "Province", ...
    kind: str

    @property
    def label(self) -> str:
        extra = f" ({self.iso_name})" if self.iso_name != self.name else ""
        return f"{self.name}{extra} · {self.code}"


@cache
def admin1_areas(country: str) -> tuple[AdminArea, ...]:
    """The country's top-level subdivisions, by name."""
    wanted = country.upper()
    areas = [
        AdminArea(s.code, _ENGLISH.get(s.code, (s.name,))[0], s.name, s.type)
        for s in pycountry.subdivisions
        if s.country_code == wanted and s.parent_code is None
    ]
    return tuple(sorted(areas, key=lambda a: _folded(a.name)))


def admin1_area(code: str) -> AdminArea | None:
    country = code.split("-")[0]
    return next((a for a in admin1_areas(country) if a.code == code.upper()), None)


def find_admin1(country: str, name: str) -> AdminArea | None:
    """The area a typed name means ("akkar", "Medenine", "Jabal Lubnan"), or None."""
    wanted = _folded(name)
    for area in admin1_areas(country):
        names = (area.name, area.iso_name, *_ENGLISH.get(area.code, ()))
        if wanted in {_folded(n) for n in names}:
            return area
    return None


def check_admin1(field: str, country: str, code: str | None) -> FieldProblem | None:
    if code is None:
        return None
    if admin1_area(code) is None or not code.upper().startswith(f"{country.upper()}-"):
        return FieldProblem(
            field,
            say(
                QT_TRANSLATE_NOOP("Core", "'{code}' is not an admin-1 area of {country} (ISO 3166-2)"),
                code=code,
                country=country,
            ),
        )
    return None


def check_pcode(field: str, country: str, pcode: str | None) -> FieldProblem | None:
    """An OCHA P-code starts with the country's two-letter code (LB11, TN52)."""
    if pcode is None:
        return None
    if too_long := max_length_of(field, pcode, _PCODE_MAX):
        return too_long
    if not pcode.upper().startswith(country.upper()):
        return FieldProblem(
            field,
            say(
                QT_TRANSLATE_NOOP(
                    "Core", "'{pcode}' does not start with {value}: a P-code starts with the country's code"
                ),
                pcode=pcode,
                value=country.upper(),
            ),
        )
    return None


@functools.lru_cache(maxsize=8_192)  # each lookup folds every admin-1 name of the country again
def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch.isalnum())
    return kept
