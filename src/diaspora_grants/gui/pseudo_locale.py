"""A pseudo-language for testing layouts before translators deliver: every string comes back about
40% longer (French and Arabic texts run 20-40% longer than English), accented, and bracketed, so a
clipped label shows a missing "]" and an untranslated literal shows plain ASCII.

Placeholders (%1, %n, %L1, {name}), HTML tags and entities and keyboard mnemonics (&Save) are kept
as they are: the pseudo text must still format, render and work as the real one would.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject, QTranslator

#: How much longer every pseudo string is than its source.
EXPANSION = 0.4

_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅßÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"
_ACCENT = str.maketrans(_PLAIN, _ACCENTED)
#: Words to lengthen a string with: spaces let the text wrap where real translations would.
_FILLER = "ļöŕéɱ îþšûɱ đöļöŕ šîţ åɱéţ çöñšéçţéţûŕ åđîþîšçîñĝ éļîţ "

#: What must survive untouched: Qt and Python placeholders, markup, entities, mnemonics.
_KEPT = re.compile(r"%L?\d+|%L?n|\{[^{}]*\}|<[^>]*>|&[A-Za-z]+;|&&|&.", re.DOTALL)

#: Strings Qt reads back as data rather than shows: translating them would break the app
#: (shortcut names are parsed from their translations; the layout direction is read as "RTL").
_NEVER_TRANSLATED_CONTEXTS = frozenset({"QShortcut", "QKeySequence"})
_NEVER_TRANSLATED_SOURCES = frozenset({"QT_LAYOUT_DIRECTION"})


def pseudo_text(text: str) -> str:
    """The pseudo-translation of `text`: accented, bracketed and padded to about 1.4x its length."""
    if not text.strip():
        return text
    accented = _accent_outside_placeholders(text)
    wanted = math.ceil(len(text) * (1 + EXPANSION))
    padding = max(wanted - len(accented) - 3, 1)  # "[", " " and "]" count towards the length
    filler = (_FILLER * (padding // len(_FILLER) + 1))[:padding].rstrip() or _FILLER[0]
    return f"[{accented} {filler}]"


def _accent_outside_placeholders(text: str) -> str:
    pieces: list[str] = []
    position = 0
    for kept in _KEPT.finditer(text):
        pieces.append(text[position : kept.start()].translate(_ACCENT))
        pieces.append(kept.group())
        position = kept.end()
    pieces.append(text[position:].translate(_ACCENT))
    return "".join(pieces)


class PseudoTranslator(QTranslator):
    """Answers every translation request with the pseudo text of its source (Qt's own too)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return "pseudo"

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context in _NEVER_TRANSLATED_CONTEXTS or source_text in _NEVER_TRANSLATED_SOURCES:
            # The source itself: an empty answer would be taken as the text, and the Shortcuts
            # dialog would show "N" for Ctrl+N.
            return source_text
        return pseudo_text(source_text)
