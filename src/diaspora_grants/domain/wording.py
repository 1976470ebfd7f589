"""Sentences the core says to people, in the language of whoever shows them.

The core never imports Qt and the command line stays in English, so the core writes its messages
in English. Those a screen shows are made with :func:`say`: without a speaker (the command line,
the services' tests) it is the English sentence; the desktop app installs one at start
(:func:`speak_with`), which says the template in the person's language from the app's catalogue.
Each template is marked where it is written, ``say(QT_TRANSLATE_NOOP("Core", "is {n} long"), n=3)``,
the form lupdate finds, so it lands in the catalogue under the context ``Core``.

Every message then reaches every screen already in its language (a dialog, a tooltip, a field's
problem), without each of them having to know which texts came from the core.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

#: The catalogue context of the core's sentences.
CONTEXT = "Core"

#: Says a template with its values in the person's language (None: English, as written).
Speaker = Callable[[str, Mapping[str, Any]], str]
_speaker: list[Speaker] = []


def QT_TRANSLATE_NOOP(context: str, template: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a template of the core's sentences for the catalogue (the context is always "Core")."""
    return template


def say(template: str, **values: Any) -> str:
    """``template`` with ``values`` put in, said by the installed speaker if there is one; in English
    an enum is put in by its stored value ("paid")."""
    if _speaker:
        return _speaker[0](template, values)
    return english(template, values)


def english(template: str, values: Mapping[str, Any]) -> str:
    """The sentence as written in the core."""
    if not values:
        return template
    return template.format(**{name: _plain(value) for name, value in values.items()})


def speak_with(speaker: Speaker | None) -> None:
    """Install the function that says the core's sentences (None: English again)."""
    _speaker.clear()
    if speaker is not None:
        _speaker.append(speaker)


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value
