"""Organisation names: normalised as stored, unique up to case, blanks and invisible characters, and
look-alikes of an existing name found for the import preview to warn about."""

from __future__ import annotations

import pytest

from diaspora_grants.domain.errors import DuplicateError, ValidationError
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.registry import Services


@pytest.mark.parametrize(
    "twin", ["Dup Org\u200b", "\ufeffDup Org", "dup  org", "DUP ORG ", "Ｄｕｐ Ｏｒｇ", "Dup\u00a0Org"]
)
def test_a_name_that_differs_only_invisibly_is_refused_as_taken(services: Services, twin: str) -> None:
    services.organisations.create(OrganisationInput(name="Dup Org"))
    with pytest.raises(DuplicateError) as refused:
        services.organisations.create(OrganisationInput(name=twin))
    assert "'Dup Org' already exists" in refused.value.message
    assert [o.name for o in services.organisations.find()] == ["Dup Org"]


@pytest.mark.parametrize(
    ("typed", "stored"), [("\ufeffPontes", "Pontes"), ("  Pontes\u200b  Ricerche ", "Pontes Ricerche")]
)
def test_names_are_stored_normalised(services: Services, typed: str, stored: str) -> None:
    assert services.organisations.create(OrganisationInput(name=typed)).name == stored
    assert services.organisations.find_id(stored.upper()) is not None


@pytest.mark.parametrize("bad", ["\u200b\u200b", "Dup\x00Org", "Org\u202egro"])
def test_invisible_and_control_character_names_are_refused(services: Services, bad: str) -> None:
    with pytest.raises(ValidationError) as refused:
        services.organisations.create(OrganisationInput(name=bad))
    assert [p.field for p in refused.value.problems] == ["name"]


def test_look_alikes_of_an_existing_name_are_found(services: Services) -> None:
    services.organisations.create(OrganisationInput(name="Dup Org"))
    services.organisations.create(OrganisationInput(name="Pontes"))
    for look_alike in ("Dup Оrg", "Dûp Org", "Dup 0rg"):  # Cyrillic O, an accent, a zero
        assert services.organisations.look_alikes(look_alike) == ["Dup Org"]
    assert (
        services.organisations.look_alikes("Dup Org") == []
    )  # the same name is a duplicate, not a look-alike
    assert services.organisations.look_alikes("Other Org") == []
    created = services.organisations.create(OrganisationInput(name="Dûp Org"))  # allowed: only a warning
    assert services.organisations.look_alikes("Dup Org", own_id=None) == ["Dûp Org"]
    assert services.organisations.look_alikes("Dûp Org", own_id=created.id) == ["Dup Org"]
