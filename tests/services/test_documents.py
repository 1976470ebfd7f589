"""Documents: stored once per content under its SHA-256, private to the user, removed with the last record."""

from __future__ import annotations

import datetime as dt
import hashlib
import stat
from pathlib import Path

import pytest

from diaspora_grants.domain.enums import DocumentOwner
from diaspora_grants.domain.errors import DomainError, NotFoundError, ValidationError
from diaspora_grants.services.documents import DocumentInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.registry import Services

AGREEMENT = b"Grant agreement BHA-DIAS/LB-01\nSigned in Beirut\n"


@pytest.fixture
def partner_id(services: Services) -> int:
    return services.organisations.create(OrganisationInput(name="Genesis Entrepreneurship Trust")).id


def write(path: Path, content: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def test_attached_file_is_copied_under_its_hash_readable_only_by_the_owner(
    services: Services, partner_id: int, tmp_path: Path
) -> None:
    source = write(tmp_path / "inbox" / "agreement.pdf", AGREEMENT)
    digest = hashlib.sha256(AGREEMENT).hexdigest()

    document = services.documents.attach(
        DocumentOwner.ORGANISATION, partner_id, source, kind="agreement", document_date=dt.date(2022, 3, 1)
    )

    stored = services.documents.path_of(document.id)
    assert stored == services.context.documents_dir / digest[:2] / digest
    assert stored.read_bytes() == AGREEMENT
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert (document.name, document.original_filename, document.size_bytes) == (
        "agreement.pdf",
        "agreement.pdf",
        len(AGREEMENT),
    )
    source.unlink()
    assert services.documents.path_of(document.id).read_bytes() == AGREEMENT


def test_same_content_is_stored_once_and_kept_until_its_last_record_goes(
    services: Services, partner_id: int, tmp_path: Path
) -> None:
    first = services.documents.attach(
        "organisation", partner_id, write(tmp_path / "a.pdf", AGREEMENT), name="Agreement"
    )
    second = services.documents.attach(
        DocumentOwner.ORGANISATION, partner_id, write(tmp_path / "copy" / "a (1).pdf", AGREEMENT), name="Copy"
    )
    other = services.documents.attach(
        DocumentOwner.ORGANISATION, partner_id, write(tmp_path / "b.txt", b"other")
    )

    stored = [p for p in services.context.documents_dir.rglob("*") if p.is_file()]
    assert len(stored) == 2
    assert first.sha256 == second.sha256 != other.sha256
    assert [d.name for d in services.documents.find(DocumentOwner.ORGANISATION, partner_id)] == [
        "Agreement",
        "b.txt",
        "Copy",
    ]

    shared = services.documents.path_of(first.id)
    services.documents.delete(first.id, expected_version=first.version)
    assert shared.is_file()
    services.documents.delete(second.id, expected_version=second.version)
    assert not shared.exists()
    assert services.documents.path_of(other.id).read_bytes() == b"other"


def test_missing_source_file_is_named(services: Services, partner_id: int, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "budget.xlsx"
    with pytest.raises(ValidationError, match=r"budget\.xlsx"):
        services.documents.attach(DocumentOwner.ORGANISATION, partner_id, missing)
    assert services.documents.find(DocumentOwner.ORGANISATION, partner_id) == []


def test_owner_must_exist_and_nothing_is_stored_otherwise(services: Services, tmp_path: Path) -> None:
    source = write(tmp_path / "a.pdf", AGREEMENT)
    with pytest.raises(NotFoundError, match="project"):
        services.documents.attach(DocumentOwner.PROJECT, 42, source)
    documents_dir = services.context.documents_dir
    assert not documents_dir.exists() or not [p for p in documents_dir.rglob("*") if p.is_file()]


def test_renaming_and_a_lost_stored_file(services: Services, partner_id: int, tmp_path: Path) -> None:
    document = services.documents.attach(
        DocumentOwner.ORGANISATION, partner_id, write(tmp_path / "x.pdf", b"x")
    )
    renamed = services.documents.update(
        document.id,
        DocumentInput(name="Due diligence report", kind="due diligence"),
        expected_version=document.version,
    )
    assert (renamed.name, renamed.kind) == ("Due diligence report", "due diligence")

    services.documents.path_of(document.id).unlink()
    with pytest.raises(DomainError, match="Due diligence report"):
        services.documents.path_of(document.id)
