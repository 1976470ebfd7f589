"""The partner template's language: choosing it, saying a message in it, and the labels its lists
show for stored values, mapped back to exactly those values on import.

The words are in template_strings (one module, three languages per message id). Stored values
never change: a French list shows "féminin" for the stored "female", and the import turns
"féminin" (or "female", or "إناث") back into "female".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ..domain.result_cells import CellIssue
from .template_strings import STRINGS, VALUE_LABELS, TemplateLanguage

__all__ = [
    "ChoiceLabels",
    "TemplateLanguage",
    "every_wording",
    "is_right_to_left",
    "issue_message_id",
    "language_of",
    "say",
]

_AGE_RANGE = re.compile(r"^\s*(\d+)\s*-\s*(\d+)\s*$", re.ASCII)
_AGE_OVER = re.compile(r"^\s*(\d+)\s*\+\s*$", re.ASCII)


def language_of(code: str | None) -> TemplateLanguage:
    """The language of a code ("fr"); English when none is given (templates made before languages)."""
    if code is None or not code.strip():
        return TemplateLanguage.ENGLISH
    try:
        return TemplateLanguage(code.strip().lower())
    except ValueError:
        raise ValueError(f"'{code.strip()[:20]}' is not a template language: use en, fr or ar") from None


def say(language: TemplateLanguage, message_id: str, **params: Any) -> str:
    """The message in `language`, its placeholders filled."""
    return STRINGS[message_id].text(language).format(**params)


def every_wording(message_id: str, first: TemplateLanguage) -> tuple[str, ...]:
    """The message in `first`, then in English, then in the other languages (each text once): what a
    template in `first` is matched against, so that any of the three is understood."""
    order = (first, TemplateLanguage.ENGLISH, *TemplateLanguage)
    return tuple(dict.fromkeys(STRINGS[message_id].text(language) for language in order))


def is_right_to_left(language: TemplateLanguage) -> bool:
    return language is TemplateLanguage.ARABIC


def issue_message_id(issue: CellIssue) -> str:
    """The message that words one of the cell rules' problems (domain/result_cells.py)."""
    return f"problem.{issue.name.lower()}"


def folded(text: str) -> str:
    """Text as lists and headers compare it: spaces collapsed, case ignored."""
    return " ".join(text.split()).casefold()


def value_label(language: TemplateLanguage, kind: str, stored: str) -> str:
    """The label of one stored value of a list ("population group", "sex", "age band"), without
    regard to the other values of the list (ChoiceLabels makes the labels of a list distinct)."""
    if language is TemplateLanguage.ENGLISH:
        return stored
    known = {folded(value): wording for value, wording in VALUE_LABELS.get(kind, {}).items()}
    if folded(stored) in known:
        return known[folded(stored)].text(language)
    if kind == "age band":
        if found := _AGE_RANGE.match(stored):
            return say(language, "age.range", low=found[1], high=found[2])
        if found := _AGE_OVER.match(stored):
            return say(language, "age.over", low=found[1])
    return stored


class ChoiceLabels:
    """The labels one list of a template shows, and the way back to the stored values.

    Labels are distinct: where two stored values would show the same label, or a label would read
    as another stored value, both show their stored value instead. On import, a label in the
    template's language, a stored value, or a label in another language is accepted, in that order.
    """

    def __init__(self, language: TemplateLanguage, kind: str, stored: Iterable[str]) -> None:
        values = list(dict.fromkeys(stored))
        proposed = {value: value_label(language, kind, value) for value in values}
        shown = Counter(folded(label) for label in proposed.values())
        by_folded_value = {folded(value): value for value in values}
        self._labels = {
            value: (
                value
                if shown[folded(label)] > 1 or by_folded_value.get(folded(label), value) != value
                else label
            )
            for value, label in proposed.items()
        }
        self._back: dict[str, str] = {}
        for value, label in self._labels.items():
            self._back.setdefault(folded(label), value)
        for value in values:
            self._back.setdefault(folded(value), value)
        for other in TemplateLanguage:
            for value in values:
                self._back.setdefault(folded(value_label(other, kind, value)), value)

    @property
    def labels(self) -> list[str]:
        return list(self._labels.values())

    def label(self, stored: str | None) -> str | None:
        """What the sheet shows for a stored value (the value itself when the list does not have it)."""
        return None if stored is None else self._labels.get(stored, stored)

    def stored(self, text: str) -> str | None:
        """The stored value a typed or chosen label stands for, or None when it is not in the list."""
        return self._back.get(folded(text))
