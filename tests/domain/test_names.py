"""Names are normalised one way everywhere; two names a person cannot tell apart are one name."""

from __future__ import annotations

import pytest

from diaspora_grants.domain.names import name_key, name_problem, normalise_name, skeleton


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  Dup   Org  ", "Dup Org"),
        ("Dup Org\u200b", "Dup Org"),
        ("\ufeffDup Org", "Dup Org"),
        ("Dup\u00a0Org", "Dup Org"),
        ("Dup\tOrg\n", "Dup Org"),
        ("Cafe\u0301 Tunis", "Café Tunis"),  # NFC: one code point for é
        ("\u200b\u200b\u200b", None),
        ("نور\u200cجهان", "نور\u200cجهان"),  # a joiner inside a Persian name is kept
    ],
)
def test_names_are_normalised(typed: str, stored: str | None) -> None:
    assert normalise_name(typed) == stored


@pytest.mark.parametrize("bad", ["Dup\x00Org", "Dup\x1bOrg", "Dup\x7fOrg", "Org\u202egro", "Org\x85"])
def test_control_characters_are_refused_with_a_clear_message(bad: str) -> None:
    problem = name_problem("name", bad)
    assert problem is not None and problem.field == "name"
    assert "control character" in problem.message and "U+" in problem.message


def test_a_name_of_invisible_characters_is_no_name() -> None:
    problem = name_problem("name", "\u200b\ufeff\u2060")
    assert problem is not None and "is required" in problem.message


@pytest.mark.parametrize(
    "same",
    [
        "dup org",
        "DUP ORG",
        "Dup Org\u200b",
        "\ufeffDup  Org",
        "Ｄｕｐ Ｏｒｇ",
        "Dup\u00adOrg".replace("Org", " Org"),
    ],
)
def test_names_that_differ_only_invisibly_share_one_key(same: str) -> None:
    assert name_key(same) == name_key("Dup Org")


@pytest.mark.parametrize("look_alike", ["Dup Оrg", "Dûp Org", "Dup 0rg", "DUP ORG", "Dup Orɡ"])
def test_look_alikes_share_a_skeleton(look_alike: str) -> None:
    assert skeleton(look_alike) == skeleton("Dup Org")


@pytest.mark.parametrize("other", ["Dup Orgs", "Top Org", "Pontes"])
def test_different_names_have_different_skeletons(other: str) -> None:
    assert skeleton(other) != skeleton("Dup Org")
