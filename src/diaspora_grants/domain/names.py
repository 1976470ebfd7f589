"""Names and codes people type: one normalisation, one key for uniqueness, one skeleton for look-alikes.

- `normalise_name`: what is stored. NFC (an accented letter is one code point however it was
  typed), blanks of any kind folded to one space and trimmed, and invisible characters removed:
  zero-width spaces, word joiners, byte-order marks, soft hyphens. The zero-width (non-)joiners
  that shape Arabic-script and Indic words are kept between two letters, removed elsewhere.
- `name_problem`: control characters (C0, DEL, C1) and the bidirectional overrides and isolates
  that make text display in another order than it is stored are refused, naming the character.
- `name_key`: what uniqueness compares: NFKC, case-folded, every default-ignorable code point
  removed. "Dup Org", "DUP ORG", "Dup Org" + zero-width space and full-width "Ｄｕｐ Ｏｒｇ" are one key.
- `skeleton`: what look-alike detection compares: the key with accents removed and every character
  replaced by a representative of its class of confusable characters (Unicode's confusables, from
  the confusable-homoglyphs package): Cyrillic "О" and digit "0" look like Latin "o", "Dûp" like "Dup".
  Names with one skeleton but different keys are different names that a reader could mistake.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .errors import FieldProblem

#: Removed wherever they are: they show nothing and only make two equal-looking names differ.
_INVISIBLE = frozenset("\u200b\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064")
#: Zero-width non-joiner and joiner: part of how some words are spelled, kept between letters.
_JOINERS = frozenset("\u200c\u200d")
#: Bidirectional embeddings, overrides and isolates (and the deprecated format controls).
_BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f"
)

#: What normalise_name may take out.
_REMOVABLE = _INVISIBLE | _JOINERS
#: What name_problem refuses: the control characters (Unicode category Cc: U+0000-U+001F and
#: U+007F-U+009F) but tab and line breaks, and the bidirectional controls.
_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + "".join(sorted(_BIDI_CONTROLS)) + "]")


def normalise_name(text: str | None) -> str | None:
    """The name as stored; None when nothing visible is left."""
    if text is None:
        return None
    composed = unicodedata.normalize("NFC", text)
    if _REMOVABLE.isdisjoint(composed):  # nearly every name: no character by character pass
        return " ".join(composed.split()) or None
    kept = []
    for index, char in enumerate(composed):
        if char in _INVISIBLE:
            continue
        if char in _JOINERS and not _between_letters(composed, index):
            continue
        kept.append(char)
    folded = " ".join("".join(kept).split())
    return folded or None


def name_problem(field: str, text: str | None, *, max_length: int | None = None) -> FieldProblem | None:
    """Why `text` cannot be a name (required, control characters, too long), or None."""
    refused = _REFUSED.search(text or "")
    if refused is not None:
        char = refused.group()
        code = f"U+{ord(char):04X}"
        label = unicodedata.name(char, "a control character")
        return FieldProblem(
            field, f"contains the invisible control character {code} ({label}); retype it without it"
        )
    name = normalise_name(text)
    if name is None:
        return FieldProblem(field, "is required")
    if max_length is not None and len(name) > max_length:
        return FieldProblem(field, f"is {len(name)} characters long; at most {max_length} fit")
    return None


@functools.lru_cache(maxsize=65_536)  # an import of thousands asks for each name's key several times
def name_key(text: str) -> str:
    """The key two names must not share (NFKC case fold, default-ignorable characters dropped)."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return " ".join(folded.translate(_DROPPED).split())


@functools.lru_cache(maxsize=65_536)
def skeleton(text: str) -> str:
    """The shape of a name: its key without accents, each character replaced by its confusable class."""
    key = name_key(text)
    if key.isascii():  # no accents, and only the ASCII classes apply: one pass in C
        return key.translate(_ASCII_TRANSLATION).casefold()
    without_accents = "".join(
        ch for ch in unicodedata.normalize("NFD", key) if unicodedata.category(ch) != "Mn"
    )
    classes = _confusable_classes()
    return "".join(classes.get(ch, ch) for ch in without_accents).casefold()


def _between_letters(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and text[index - 1].isalpha() and text[index + 1].isalpha()


#: str.translate table dropping every ignorable character (one pass in C rather than per character).
_DROPPED = dict.fromkeys(map(ord, (*_INVISIBLE, *_JOINERS, *_BIDI_CONTROLS, "\u200e", "\u200f", "\u061c")))


#: ASCII characters that are themselves confused in names: zero and o, one and l and i.
_ASCII_CLASSES = {"0": "o", "1": "l", "i": "l"}
_ASCII_TRANSLATION = str.maketrans(_ASCII_CLASSES)


@functools.cache
def _confusable_classes() -> dict[str, str]:
    """Character -> the ASCII letter or digit it can be confused with (Cyrillic "о" -> "o").

    From the confusables data (about 9,600 characters), letters and digits only and without chains
    (a chain through other scripts would make "u" look like "r"): each character that is not ASCII
    maps to the smallest ASCII character it is listed as confusable with; then the few ASCII
    characters confused with each other meet. Case is folded before, so "O" and "o" are one.
    """
    from confusable_homoglyphs.confusables import confusables_data

    table: dict[str, str] = {}
    for char, homoglyphs in confusables_data.items():
        for homoglyph in homoglyphs:
            other = homoglyph["c"].replace("\u200e", "").replace("\u200f", "")
            if not (_letter_or_digit(char) and _letter_or_digit(other)):
                continue
            a, b = _folded(char), _folded(other)
            if a.isascii() == b.isascii():
                continue
            foreign, plain = (b, a) if a.isascii() else (a, b)
            table[foreign] = min(table.get(foreign, plain), plain)
    return {char: _ASCII_CLASSES.get(target, target) for char, target in table.items()} | _ASCII_CLASSES


def _letter_or_digit(char: str) -> bool:
    return len(char) == 1 and unicodedata.category(char)[0] in "LN"


def _folded(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char).casefold()
    return folded if len(folded) == 1 else char
