"""Searching the audit trail finds the entries holding the text, with or without SQLite's index.

On SQLite a text of three or more characters is looked up in the full-text index `audit_search`
(revision 0002), shorter ones with LIKE alone. Users must find exactly what LIKE finds either
way: the text anywhere in the record, field, old value, new value or reason, ASCII letters in any
case, every other character (%, _, quotes, FTS5 words like AND or NEAR) as itself.

Where the trigram index and LIKE truly differ, LIKE wins: the index also folds the case of
other scripts (É/é, Σ/σ) and of look-alike signs (the Kelvin sign K as k), LIKE does not, so
on SQLite "école" does not find "École" (it never did). PostgreSQL compares lowered text and does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.db.models import AuditEntry
from diaspora_grants.domain.enums import AuditAction
from diaspora_grants.services import audit as audit_module
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.registry import Services
from tests.conftest import make_services

#: (record label, field, old value, new value, reason) of each entry: varied scripts, signs and
#: texts that would be syntax in an FTS5 query or wildcards in a LIKE pattern.
ENTRIES: list[tuple[str | None, ...]] = [
    ("Pontes Ricerche e Interventi", "name", None, "Pontes Ricerche", None),
    ("École Normale de Tunis", "notes", None, "ÉCOLE OUVERTE", "rentrée"),
    ("Straße der Hoffnung", "city", "Köln", "KÖLN", None),
    ("Σύλλογος Ελλήνων", "name", "σύλλογος", "ΣΎΛΛΟΓΟΣ", None),
    ("جمعية الجالية", "name", None, "الجالية المغربية", "تصحيح"),
    ("100% local", "share", "50%", "100%", "raised to 100%"),
    ("a_b partners", "code", "a_b", "axb", None),
    ('quote "inside" here', "notes", "it's", '""', 'say "hi"'),
    ("AND OR NOT", "notes", "NEAR(a b)", "x* y*", "col:value ^start"),
    ("emoji 🎉 party", "notes", "🎉🎉", "🌍 world", None),
    ("Kelvin 20K", "temperature", "300 \u212a", None, None),  # the Kelvin sign
    ("back\\slash C:\\temp", "path", "C:\\temp\\new", None, None),
    ("cell 12345", "value", None, "12345", None),
    ("cell 123456", "value", "1", "2", None),
    (None, None, None, None, None),
    ("Lycée", "notes", "école fermée", None, None),
]

NEEDLES = [
    "pontes",
    "PONTES",
    "ricerche e",
    "école",  # lowercase é: finds the lowercase ones only (LIKE folds ASCII letters only)
    "ÉCOLE",
    "ecole",  # accents are not ignored
    "köln",
    "σύλλογος",
    "الجالية",
    "100%",
    "0%",
    "%",
    "a_b",
    "_",
    "a%b",
    '"inside"',
    '"',
    '""',
    "it's",
    "AND",
    "and or not",
    "NEAR(a b)",
    "NEAR",
    "x*",
    "*",
    "col:value",
    "^start",
    "🎉",
    "🎉🎉",
    "party",
    "k",  # the Kelvin sign K is not the letter K to LIKE
    "300 k",
    "\\",
    "c:\\temp",
    "cell 12345",
    "12345",
    "  cell 1234  ",
    "ab",
    "nowhere to be found",
]


@pytest.fixture
def trail(sqlite_url: str, tmp_path: Path) -> Iterator[Services]:
    """A SQLite database at head whose trail holds ENTRIES (ids 1, 2... in order)."""
    database = Database(sqlite_url)
    upgrade_to_head(database)
    _write(database, ENTRIES)
    yield make_services(database, tmp_path)
    database.dispose()


def _write(database: Database, entries: list[tuple[str | None, ...]]) -> None:
    at = dt.datetime(2022, 9, 1, tzinfo=dt.UTC)
    rows = [
        {
            "at": at + dt.timedelta(minutes=n),
            "user_name": "tester",
            "action": AuditAction.UPDATE,
            "table_name": "organisations",
            "record_id": n,
            **dict(zip(("record_label", "field", "old_value", "new_value", "reason"), texts, strict=True)),
        }
        for n, texts in enumerate(entries, start=1)
    ]
    with database.session(user="tester") as session:
        session.connection().execute(insert(AuditEntry), rows)


def _ascii_lower(text: str) -> str:
    return text.translate({c: c + 32 for c in range(ord("A"), ord("Z") + 1)})


def _holding(needle: str, entries: list[tuple[str | None, ...]]) -> set[int]:
    """What SQLite's LIKE finds: the lowered text in a column, ignoring the case of ASCII letters."""
    wanted = needle.strip().lower()
    return {
        n
        for n, texts in enumerate(entries, start=1)
        if any(t is not None and wanted in _ascii_lower(t) for t in texts)
    }


def _found(services: Services, needle: str, *, indexed: bool, monkeypatch: pytest.MonkeyPatch) -> set[int]:
    """What the search finds with the index whenever it can (`indexed`), or with LIKE alone."""
    monkeypatch.setattr(audit_module, "INDEXED_SEARCH_FROM", 3 if indexed else 10**9)
    ids = {e.record_id or 0 for e in services.audit.find(search=needle, limit=1000)}
    assert services.audit.count(search=needle) == len(ids)
    return ids


@pytest.mark.parametrize("needle", NEEDLES)
def test_the_index_finds_what_like_finds(
    trail: Services, needle: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _holding(needle, ENTRIES)

    assert _found(trail, needle, indexed=True, monkeypatch=monkeypatch) == expected
    assert _found(trail, needle, indexed=False, monkeypatch=monkeypatch) == expected


def test_the_cases_where_the_index_alone_would_find_more(
    trail: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The trigram index folds É to é and the Kelvin sign to k; LIKE, and so the search, does not.
    assert _found(trail, "école", indexed=True, monkeypatch=monkeypatch) == {16}
    assert _found(trail, "ÉCOLE", indexed=True, monkeypatch=monkeypatch) == {16}
    assert _found(trail, "cole", indexed=True, monkeypatch=monkeypatch) == {2, 16}
    assert _found(trail, "300 k", indexed=True, monkeypatch=monkeypatch) == set()
    assert _found(trail, "20k", indexed=True, monkeypatch=monkeypatch) == {11}


_ALPHABET = st.sampled_from([*"aAbBkK eÉé%_*\"'\\:^()-🎉σΣß", "\u212a", "AND", "NEAR", "OR"])
_TEXT = st.lists(_ALPHABET, max_size=8).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    texts=st.lists(st.tuples(_TEXT, st.none() | _TEXT), min_size=1, max_size=6),
    needle=_TEXT,
)
def test_any_text_is_found_as_like_finds_it(
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    texts: list[tuple[str, str | None]],
    needle: str,
) -> None:
    entries: list[tuple[str | None, ...]] = [(label, None, None, value, None) for label, value in texts]
    # Most random needles match nothing; a piece of an entry exercises the matches too.
    needles = [needle, texts[0][0][1:4], (texts[-1][1] or "")[:5]]
    database = Database(sqlite_url)
    try:
        upgrade_to_head(database)
        with database.session(user="tester") as session:
            session.execute(delete(AuditEntry))
        _write(database, entries)
        services = make_services(database, tmp_path)
        for text in needles:
            if not text.strip():
                continue
            expected = _holding(text, entries)
            assert _found(services, text, indexed=True, monkeypatch=monkeypatch) == expected, text
            assert _found(services, text, indexed=False, monkeypatch=monkeypatch) == expected, text
    finally:
        database.dispose()


def test_the_index_is_what_answers_long_texts(trail: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    with trail.audit.context.database.session(user="tester") as session:
        session.connection().exec_driver_sql("INSERT INTO audit_search(audit_search) VALUES ('delete-all')")

    assert _found(trail, "pontes", indexed=True, monkeypatch=monkeypatch) == set()
    assert _found(trail, "pontes", indexed=False, monkeypatch=monkeypatch) == {1}
    assert _found(trail, "_", indexed=True, monkeypatch=monkeypatch) == {7}  # short: LIKE alone


def test_a_text_in_many_entries_is_searched_without_the_index(
    trail: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An index that points "pontes" at three other entries and not at the one holding it: only
    # a search that leaves the index aside finds that one.
    with trail.audit.context.database.session(user="tester") as session:
        connection = session.connection()
        connection.exec_driver_sql("INSERT INTO audit_search(audit_search) VALUES ('delete-all')")
        for n in (2, 3, 4):
            connection.exec_driver_sql(f"INSERT INTO audit_search(rowid, reason) VALUES ({n}, 'pontes')")
    assert _found(trail, "pontes", indexed=True, monkeypatch=monkeypatch) == set()

    monkeypatch.setattr(audit_module, "FIND_BY_INDEX_UP_TO", 2)
    assert [e.record_id for e in trail.audit.find(search="pontes")] == [1]
    assert trail.audit.count(search="pontes") == 0
    monkeypatch.setattr(audit_module, "COUNT_BY_INDEX_UP_TO", 2)
    assert trail.audit.count(search="pontes") == 1


def test_the_index_follows_entries_written_changed_and_removed_outside_the_services(
    trail: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    with trail.audit.context.database.session(user="tester") as session:
        connection = session.connection()
        connection.exec_driver_sql("UPDATE audit_log SET new_value = 'Ponti e Porte' WHERE id = 1")
        connection.exec_driver_sql("DELETE FROM audit_log WHERE id = 13")
        connection.exec_driver_sql(
            "INSERT INTO audit_log (at, user_name, action, table_name, new_value)"
            " VALUES ('2022-09-02 00:00:00.000000', 'x', 'insert', 'results', 'cell 123457')"
        )

    assert _found(trail, "ponti e", indexed=True, monkeypatch=monkeypatch) == {1}
    assert _found(trail, "pontes ricerche", indexed=True, monkeypatch=monkeypatch) == {1}  # the label
    assert _found(trail, "interventi", indexed=True, monkeypatch=monkeypatch) == {1}
    assert trail.audit.count(search="Pontes Ricerche") == 1
    assert [e.record_label for e in trail.audit.find(search="cell 1234")] == [None, "cell 123456"]


def test_wildcards_and_case_on_every_database(services: Services) -> None:
    for name in ("100% local", "1000 local", "a_b partners", "axb partners", "Back\\slash"):
        services.organisations.create(OrganisationInput(name=name))

    def labels(text: str) -> list[str]:
        return sorted(e.record_label for e in services.audit.find(search=text) if e.record_label)

    assert labels("0% L") == ["100% local"]
    assert labels("%") == ["100% local"]
    assert labels("A_B") == ["a_b partners"]
    assert labels("k\\s") == ["Back\\slash"]
    assert services.audit.count(search="PARTNERS") == 2
