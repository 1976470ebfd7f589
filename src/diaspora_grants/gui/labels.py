"""Stored codes as people read them, in the language of the app (see domain.labels)."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..domain import labels, wording
from ..domain.enums import UNKNOWN_AGE_BAND


def dimension_text(value: str | None) -> str:
    """An age band or population group as shown: the programme's own words as they are, and the
    app's "unknown" (the cell for people whose age or group was not recorded) in the app's language."""
    if value == UNKNOWN_AGE_BAND:  # the same word for a group nobody recorded
        return QCoreApplication.translate("Dimension", "unknown")
    return value or ""


def say_core(template: str, values: Mapping[str, Any]) -> str:
    """A sentence of the core (domain.wording) in the app's language: its template from the
    catalogue, an enum put in by its label. Untranslated, or with a translation whose placeholders
    do not match, it is said as the core wrote it."""
    said = QCoreApplication.translate(wording.CONTEXT, template)
    if said == template:
        return wording.english(template, values)
    shown = {name: _shown(value) for name, value in values.items()}
    try:
        return said.format(**shown)
    except (KeyError, IndexError, ValueError):
        return wording.english(template, values)


def _shown(value: Any) -> Any:
    if isinstance(value, Enum) and labels.has_label(value):
        return label_of(value).lower()
    return value.value if isinstance(value, Enum) else value


#: The context of record nouns ("project", "budget lines") marked where a page or panel names them.
NOUN_CONTEXT = "Noun"


def label_of(value: Enum) -> str:
    return QCoreApplication.translate(labels.CONTEXT, labels.label(value), labels.disambiguation(value))


def noun_text(noun: str) -> str:
    """A record noun kept as a key (object names, undo ids) as people read it."""
    return QCoreApplication.translate(NOUN_CONTEXT, noun)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate under `context` where it is defined (a table of titles); the code that
    shows it calls QCoreApplication.translate(context, text)."""
    return text
