"""What an import says without refusing: columns it ignores, and new names that read like old ones."""

from __future__ import annotations

from pathlib import Path

from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.registry import Services

from .fixtures import write_book


def test_the_preview_lists_ignored_columns_and_look_alike_names(services: Services, tmp_path: Path) -> None:
    services.organisations.create(OrganisationInput(name="Pontes Ricerche e Interventi"))
    book = write_book(
        tmp_path / "orgs.xlsx",
        {
            "Organisations": [
                ["Name", "Type", "Checked by"],
                ["Pontes Ricerche e Intervent\u0456", "NGO", "Amal"],  # a Cyrillic і at the end
                ["Amel Association", "NGO", "Amal"],
            ]
        },
    )
    preview = DataExchange(services).preview_import(book)
    assert preview.ok and preview.changes == 2
    assert [(w.sheet, w.row, w.column) for w in preview.warnings] == [
        ("Organisations", 1, "Checked by"),
        ("Organisations", 2, "Name"),
    ]
    assert (
        "looks like the existing organisation 'Pontes Ricerche e Interventi'" in preview.warnings[1].message
    )
