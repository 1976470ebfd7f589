"""The partner template's words: every message in English, French and Arabic, with the same
placeholders, in the glossary's terms; list labels that map back to the stored values exactly."""

from __future__ import annotations

import csv
import re
import string
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

from diaspora_grants.domain.enums import DEFAULT_AGE_BANDS, DEFAULT_POPULATION_GROUPS, Measure, Sex
from diaspora_grants.domain.errors import LockedPeriodError
from diaspora_grants.domain.result_cells import CellIssue, shape_problem, value_problem
from diaspora_grants.reporting.template_language import (
    ChoiceLabels,
    TemplateLanguage,
    issue_message_id,
    language_of,
    say,
)
from diaspora_grants.reporting.template_strings import STRINGS

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = tuple(TemplateLanguage)
ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("message_id", sorted(STRINGS))
def test_every_message_has_three_languages_with_the_same_placeholders(message_id: str) -> None:
    wording = STRINGS[message_id]
    english = wording.text(TemplateLanguage.ENGLISH)
    for language in LANGUAGES:
        text = wording.text(language)
        assert text.strip() == text and text, f"{message_id} ({language}) is empty or padded"
        assert placeholders(text) == placeholders(english), f"{message_id} ({language})"


def test_arabic_is_arabic_and_french_follows_french_typography() -> None:
    for message_id, wording in STRINGS.items():
        arabic, french = wording.text(TemplateLanguage.ARABIC), wording.text(TemplateLanguage.FRENCH)
        if ARABIC_LETTER.search(wording.text(TemplateLanguage.ENGLISH)) is None and re.search(
            "[a-z]", french
        ):
            assert ARABIC_LETTER.search(arabic), f"{message_id} is not translated into Arabic"
        assert not re.search(r" [:;?!»]|« ", french), (
            f"{message_id}: a plain space where French wants \\u00a0"
        )
        assert '"' not in french and not re.search(r"(^|\s)'", french), f"{message_id}: use « » in French"
        assert not re.search("[,?;]", arabic), (
            f"{message_id}: use the Arabic comma, semicolon and question mark"
        )


def glossary() -> dict[str, tuple[str, str]]:
    with (ROOT / "resources" / "translations" / "glossary.tsv").open(encoding="utf-8") as tsv:
        return {row["english"]: (row["french"], row["arabic"]) for row in csv.DictReader(tsv, delimiter="\t")}


@pytest.mark.parametrize(
    ("message_id", "term"),
    [
        ("results.header.indicator", "indicator"),
        ("results.header.location", "location"),
        ("results.header.population_group", "population group"),
        ("results.header.sex", "sex"),
        ("results.header.age_band", "age band"),
        ("instructions.period", "reporting period"),
        ("instructions.title", "template"),
    ],
)
def test_headers_and_instructions_use_the_glossary_terms(message_id: str, term: str) -> None:
    french, arabic = glossary()[term]
    wording = STRINGS[message_id]
    assert french.casefold() in wording.text(TemplateLanguage.FRENCH).casefold()
    # Arabic adds or drops the article as the phrase needs: compare the term without it.
    assert arabic.removeprefix("ال") in wording.text(TemplateLanguage.ARABIC)


def test_the_english_words_of_the_cell_rules_are_the_rules_own() -> None:
    """The template words the rules' problems from their issue; in English, exactly as the grid does."""
    assert say(TemplateLanguage.ENGLISH, issue_message_id(CellIssue.NOT_WHOLE), value=Decimal("4.5")) == (
        value_problem(Decimal("4.5"), Measure.NUMBER)
    )
    assert say(TemplateLanguage.ENGLISH, issue_message_id(CellIssue.DIMENSIONS_MISSING), code="P") == (
        shape_problem("P", True, None, "female", None)
    )
    assert (
        say(TemplateLanguage.ENGLISH, "problem.locked", period="2022-Q1")
        == LockedPeriodError("2022-Q1").message
    )
    for issue in CellIssue:
        for language in LANGUAGES:
            assert say(language, issue_message_id(issue), value=Decimal(10) ** 14, code="P")


@pytest.mark.parametrize("language", LANGUAGES)
def test_list_labels_are_distinct_and_map_back_to_the_stored_values(language: TemplateLanguage) -> None:
    for kind, stored in (
        ("population group", (*DEFAULT_POPULATION_GROUPS, "other", "diaspora youth")),
        ("sex", tuple(s.value for s in Sex)),
        ("age band", (*DEFAULT_AGE_BANDS, "5 - 9", "unknown", "adults")),
    ):
        labels = ChoiceLabels(language, kind, stored)
        shown = [labels.label(value) for value in stored]
        assert len(set(shown)) == len(shown)
        for value, label in zip(stored, shown, strict=True):
            assert labels.stored(label) == value
            assert labels.stored(f"  {label.upper()} ") == value
            assert labels.stored(value) == value  # the stored value (English) is accepted too
    assert ChoiceLabels(language, "age band", ("adults",)).label("adults") == "adults"  # no guessing


def test_a_programme_group_named_like_another_groups_translation_keeps_its_own_name() -> None:
    labels = ChoiceLabels(
        TemplateLanguage.FRENCH, "population group", ("host community", "communauté d'accueil")
    )
    assert labels.label("host community") == "host community"
    assert labels.label("communauté d'accueil") == "communauté d'accueil"
    assert labels.stored("communauté d'accueil") == "communauté d'accueil"
    assert labels.stored("host community") == "host community"


def test_languages_are_named_by_their_code() -> None:
    assert language_of("fr") is TemplateLanguage.FRENCH
    assert language_of(" AR ") is TemplateLanguage.ARABIC
    assert language_of(None) is TemplateLanguage.ENGLISH
    with pytest.raises(ValueError, match="en, fr or ar"):
        language_of("de")


def test_arabic_labels_carry_no_bidirectional_controls_that_would_break_matching() -> None:
    for wording in STRINGS.values():
        arabic = wording.text(TemplateLanguage.ARABIC)
        assert not [c for c in arabic if unicodedata.category(c) == "Cf"], arabic
