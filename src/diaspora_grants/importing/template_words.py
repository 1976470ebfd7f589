"""The problems of an imported partner template, worded in the template's language.

The rules stay where they are (domain/result_cells.py for figures, importing/cells.py for what a
cell holds); this module only chooses the words: a rule's issue maps to a message id of
reporting/template_strings.py. An English template keeps the importer's own English words for
cells, so that it reads exactly like the data workbook's problems.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from ..reporting.results_template import COLUMN_IDS
from ..reporting.template_language import TemplateLanguage, say
from .problems import CellError, Problem

#: Longest bit of a cell quoted back in a problem.
QUOTED = 40


@dataclass(frozen=True)
class TemplateWords:
    language: TemplateLanguage

    @property
    def english(self) -> bool:
        return self.language is TemplateLanguage.ENGLISH

    def header(self, column: str) -> str:
        """The header of a Results column by its name in COLUMN_IDS ("value"), in the template's language."""
        message_id = f"results.header.{column}"
        assert message_id in COLUMN_IDS
        return say(self.language, message_id)

    def say(self, message_id: str, **params: Any) -> str:
        return say(self.language, message_id, **params)

    def problem(
        self,
        where: tuple[str, int, str],
        message_id: str,
        fix_id: str | None = None,
        fix: dict[str, Any] | None = None,
        **params: Any,
    ) -> Problem:
        """A problem at (sheet, row, column header); its fix is `fix_id` (else the message's ".fix")."""
        sheet, row, column = where
        return Problem(
            sheet,
            row,
            column,
            self.say(message_id, **params),
            self.say(fix_id or f"{message_id}.fix", **(fix or {})),
        )

    def worded(self, where: tuple[str, int, str], message: str, fix_id: str) -> Problem:
        """A problem another part of the app has already put into words (a service's refusal)."""
        return Problem(*where, message, self.say(fix_id))

    def number_problem(self, where: tuple[str, int, str], raw: Any, error: CellError) -> Problem:
        """A Value cell that importing/cells.number refused (it decides; this only words it)."""
        if self.english:
            return Problem(*where, error.message, error.fix)
        if isinstance(raw, str):
            text = raw.strip()
            if any(ch.isdecimal() and not ch.isascii() for ch in text):
                plain = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)
                return self.problem(
                    where, "problem.other_digits", fix={"plain": _short(plain)}, value=_short(text)
                )
            return self.problem(where, "problem.not_a_number", value=_short(text))
        return self.problem(where, "problem.no_number")

    def text_problem(self, where: tuple[str, int, str], raw: Any, limit: int, error: CellError) -> Problem:
        """A text cell that importing/cells.text refused (too long, control characters, not text)."""
        if self.english:
            return Problem(*where, error.message, error.fix)
        if not isinstance(raw, str):
            return self.problem(where, "problem.not_text")
        if len(raw.strip()) > limit:
            return self.problem(where, "problem.too_long", fix={"limit": limit}, length=len(raw.strip()))
        return self.problem(where, "problem.control_characters")


def _short(text: str) -> str:
    return text if len(text) <= QUOTED else text[: QUOTED - 3] + "..."
