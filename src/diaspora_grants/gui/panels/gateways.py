"""Child records as undo sees them: each adapter gives one kind of child record of one owner the
shape of a plain service (create, get, update, delete with the version read), so the house's undo
commands (gui/undo.py) drive them like any other record.

An adapter is bound to its owner (the project, the organisation) when it is made, so an undo on the
stack keeps acting on the right project whatever is selected later.
"""

from __future__ import annotations

import atexit
import dataclasses
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from ...domain.enums import DocumentOwner
from ...services.documents import DocumentInput, DocumentView
from ...services.finance import (
    BudgetLineInput,
    BudgetLineView,
    ExpenditureInput,
    ExpenditureView,
    TrancheInput,
    TrancheView,
)
from ...services.organisations import ContactInput, ContactView
from ...services.projects import LocationInput, LocationView
from ...services.registry import Services

#: What a revision redone or undone in the app records as its reason.
UNDO_REASON = "undone or redone in the app (Edit > Undo / Redo)"


class Locations:
    def __init__(self, services: Services, project_id: int) -> None:
        self.projects, self.project_id = services.projects, project_id

    def create(self, data: LocationInput) -> LocationView:
        return self.projects.add_location(self.project_id, data.name, data.pcode, data.admin1_code)

    def get(self, record_id: int) -> LocationView:
        return self.projects.get_location(record_id)

    def update(self, record_id: int, data: LocationInput, *, expected_version: int) -> LocationView:
        return self.projects.update_location(
            record_id, data.name, data.pcode, data.admin1_code, expected_version=expected_version
        )

    def delete(self, record_id: int, *, expected_version: int) -> None:
        self.projects.delete_location(record_id, expected_version=expected_version)


class BudgetLines:
    def __init__(self, services: Services, project_id: int) -> None:
        self.finance, self.project_id = services.finance, project_id

    def create(self, data: BudgetLineInput) -> BudgetLineView:
        return self.finance.create_budget_line(self.project_id, data, reason=UNDO_REASON)

    def get(self, record_id: int) -> BudgetLineView:
        return self.finance.get_budget_line(record_id)

    def update(self, record_id: int, data: BudgetLineInput, *, expected_version: int) -> BudgetLineView:
        return self.finance.update_budget_line(
            record_id, data, expected_version=expected_version, reason=UNDO_REASON
        )

    def delete(self, record_id: int, *, expected_version: int) -> None:
        self.finance.delete_budget_line(record_id, expected_version=expected_version)


class Tranches:
    """Undo restores a tranche's plan (number, date, amount, condition); its status and payment are
    steps of the workflow, which undo leaves as they are."""

    def __init__(self, services: Services, project_id: int) -> None:
        self.finance, self.project_id = services.finance, project_id

    def create(self, data: TrancheInput) -> TrancheView:
        return self.finance.create_tranche(self.project_id, data)

    def get(self, record_id: int) -> TrancheView:
        return self.finance.get_tranche(record_id)

    def update(self, record_id: int, data: TrancheInput, *, expected_version: int) -> TrancheView:
        current = self.finance.get_tranche(record_id)
        kept = replace(
            data, status=current.status, actual_date=current.actual_date, actual_amount=current.actual_amount
        )
        return self.finance.update_tranche(record_id, kept, expected_version=expected_version)

    def delete(self, record_id: int, *, expected_version: int) -> None:
        self.finance.delete_tranche(record_id, expected_version=expected_version)


class Expenditures:
    def __init__(self, services: Services, project_id: int) -> None:
        self.finance, self.project_id = services.finance, project_id

    def create(self, data: ExpenditureInput) -> ExpenditureView:
        return self.finance.create_expenditure(self.project_id, data)

    def get(self, record_id: int) -> ExpenditureView:
        return self.finance.get_expenditure(record_id)

    def update(self, record_id: int, data: ExpenditureInput, *, expected_version: int) -> ExpenditureView:
        return self.finance.update_expenditure(record_id, data, expected_version=expected_version)

    def delete(self, record_id: int, *, expected_version: int) -> None:
        self.finance.delete_expenditure(record_id, expected_version=expected_version)


class Contacts:
    def __init__(self, services: Services, organisation_id: int) -> None:
        self.organisations, self.organisation_id = services.organisations, organisation_id

    def create(self, data: ContactInput) -> ContactView:
        return self.organisations.add_contact(self.organisation_id, data)

    def get(self, record_id: int) -> ContactView:
        return self.organisations.get_contact(record_id)

    def update(self, record_id: int, data: ContactInput, *, expected_version: int) -> ContactView:
        return self.organisations.update_contact(record_id, data, expected_version=expected_version)

    def delete(self, record_id: int, *, expected_version: int) -> None:
        self.organisations.delete_contact(record_id, expected_version=expected_version)


@dataclass(frozen=True, kw_only=True)
class DocumentDraft(DocumentInput):
    """A document as undo needs it: its details and which stored file it is (by content hash)."""

    sha256: str


class Documents:
    """Attach, rename and remove the documents of one record. A removed file is first copied to a
    private folder for the session, so Undo can attach it again (the store drops a file once no
    record refers to it)."""

    def __init__(self, services: Services, owner: DocumentOwner, owner_id: int, keep_dir: Path) -> None:
        self.documents, self.owner, self.owner_id = services.documents, owner, owner_id
        self.keep_dir = keep_dir

    def attach(self, path: Path, data: DocumentInput) -> DocumentView:
        return self.documents.attach(
            self.owner, self.owner_id, path, data.name, data.kind, data.document_date
        )

    def create(self, data: DocumentDraft) -> DocumentView:
        kept = self.keep_dir / data.sha256
        source = kept if kept.is_file() else self.documents.stored_path(data.sha256)
        return self.attach(source, _details(data))

    def get(self, record_id: int) -> DocumentView:
        return self.documents.get(record_id)

    def update(self, record_id: int, data: DocumentInput, *, expected_version: int) -> DocumentView:
        return self.documents.update(record_id, _details(data), expected_version=expected_version)

    def delete(self, record_id: int, *, expected_version: int) -> None:
        document = self.documents.get(record_id)
        kept = self.keep_dir / document.sha256
        if not kept.is_file():
            self.keep_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            shutil.copyfile(self.documents.path_of(record_id), kept)
        self.documents.delete(record_id, expected_version=expected_version)


def _details(data: DocumentInput) -> DocumentInput:
    names = [f.name for f in dataclasses.fields(DocumentInput)]
    return DocumentInput(**{name: getattr(data, name) for name in names})


def session_keep_dir() -> Path:
    """A private folder (0700) for the files removed in this session, gone when the app exits."""
    folder = Path(tempfile.mkdtemp(prefix="diaspora-grants-removed-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder
