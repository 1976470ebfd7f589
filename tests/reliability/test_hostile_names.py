"""Hostile names through a data workbook: a zero-width twin, a byte-order mark, a full-width twin of an
existing organisation never become a second organisation; a name of zero-width spaces or with a
control character is refused by cell."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.importing.problems import ImportRejectedError
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.registry import Services
from tests.importing.fixtures import write_book
from tests.reliability.conftest import Ledger

SCENARIO = "names: invisible twins and look-alikes"
pytestmark = pytest.mark.scenario(SCENARIO)


@pytest.mark.parametrize("twin", ["Dup Org\u200b", "\ufeffDup Org", "Ｄｕｐ Ｏｒｇ", "DUP  ORG"])
def test_an_invisible_twin_never_becomes_a_second_organisation(
    services: Services, tmp_path: Path, twin: str, ledger: Ledger
) -> None:
    services.organisations.create(OrganisationInput(name="Dup Org"))
    path = write_book(tmp_path / "o.xlsx", {"Organisations": [["Name", "Notes"], [twin, "from the file"]]})
    # Whether the row updates "Dup Org" or is refused depends on how the importer looks the name up;
    # either way the unique key of organisations keeps a second one out.
    with contextlib.suppress(ImportRejectedError):
        DataExchange(services).commit_import(path)
    names = [o.name for o in services.organisations.find()]
    ledger.add(SCENARIO, lost=int(names != ["Dup Org"]))
    assert names == ["Dup Org"]


@pytest.mark.parametrize("bad", ["\u200b\u200b\u200b", "Org\u202egro"])
def test_invisible_or_control_character_names_are_refused_by_cell(
    services: Services, tmp_path: Path, bad: str, ledger: Ledger
) -> None:
    path = write_book(tmp_path / "o.xlsx", {"Organisations": [["Name"], ["Fine Org"], [bad]]})
    with pytest.raises(ImportRejectedError) as refused:
        DataExchange(services).commit_import(path)
    ledger.add(SCENARIO, lost=int(bool(services.organisations.find())))
    assert [(p.row, p.column) for p in refused.value.problems] == [(3, "Name")]
