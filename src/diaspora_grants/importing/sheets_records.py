"""Importing project locations, reporting requirements and document records through their services."""

from __future__ import annotations

from typing import Any

from ..domain.enums import DocumentOwner
from ..services.documents import DocumentRecord
from ..services.requirements import RequirementInput
from .import_run import CREATED, ImportRun, outcome
from .lookups import by, found, required_ref
from .rows import Row

DOCUMENT_ALIASES = {"sha-256": "SHA-256", "size": "Size", "original file name": "Original file name"}
REQUIREMENT_ALIASES = {"due date": "Due", "submitted on": "Submitted", "accepted on": "Accepted"}


def location(run: ImportRun, row: Row) -> str:
    projects = run.uow.projects
    owner = required_ref(row, "Project", by(projects.get_by_code), sheet_hint="Projects")
    name = row.text("Name", 200, required=True)
    row.check()
    assert owner is not None
    current = next((loc for loc in owner.locations if loc.name.casefold() == name.casefold()), None)
    pcode = row.text("P-code", 40, keep=current and current.pcode)
    area = row.text("Admin-1 code", 10, keep=current and current.admin1_code)
    row.check()
    if current is None:
        projects.add_location(owner.id, name, pcode, area)
        return CREATED
    saved = projects.update_location(current.id, name, pcode, area, expected_version=current.version)
    return outcome(current, saved)


def requirement(run: ImportRun, row: Row) -> str:
    service = run.uow.requirements
    owner = required_ref(row, "Project", by(run.uow.projects.get_by_code), sheet_hint="Projects")
    title = row.text("Title", 300, required=True)
    due = row.date("Due", required=True)
    row.check()
    assert owner is not None
    current = next(
        (
            r
            for r in service.find(project_id=owner.id)
            if r.title.casefold() == title.casefold() and r.due_date == due
        ),
        None,
    )
    data = RequirementInput(
        project_id=owner.id,
        title=title,
        due_date=due,
        submitted_on=row.date("Submitted", keep=current and current.submitted_on),
        accepted_on=row.date("Accepted", keep=current and current.accepted_on),
        notes=row.text("Notes", keep=current and current.notes),
    )
    row.check()
    if current is None:
        service.create(data)
        return CREATED
    return outcome(current, service.update(current.id, data, expected_version=current.version))


def document(run: ImportRun, row: Row) -> str:
    service = run.uow.documents
    owner_type = row.choice("Owner type", DocumentOwner)
    owner_key, applicant = row.text("Owner", required=True), row.text("Applicant")
    row.check()
    owner_id = _owner_id(run, row, owner_type, owner_key, applicant)
    data = DocumentRecord(
        name=row.text("Name", 300, required=True),
        kind=row.text("Kind", 120),
        document_date=row.date("Date"),
        original_filename=row.text("Original file name", 300, required=True),
        sha256=row.text("SHA-256", 64, required=True),
        size_bytes=row.whole("Size", required=True),
    )
    row.check()
    current = next(
        (
            d
            for d in service.find(owner_type, owner_id)
            if (d.name, d.sha256) == (data.name, data.sha256.lower())
        ),
        None,
    )
    if current is None:
        service.record(owner_type, owner_id, data)
        return CREATED
    return outcome(current, service.update(current.id, data, expected_version=current.version))


def _owner_id(run: ImportRun, row: Row, owner_type: DocumentOwner, key: str, applicant: str | None) -> int:
    uow = run.uow
    owner: Any
    if owner_type == DocumentOwner.ORGANISATION:
        owner = found(uow.organisations.get_by_name, key)
    elif owner_type == DocumentOwner.CALL:
        owner = found(uow.calls.get_by_reference, key)
    elif owner_type == DocumentOwner.PROJECT:
        owner = found(uow.projects.get_by_code, key)
    else:
        call, organisation = (
            found(uow.calls.get_by_reference, key),
            found(uow.organisations.get_by_name, applicant or ""),
        )
        owner = call and organisation and found(uow.applications.get_by_applicant, call.id, organisation.id)
    if owner is None:
        named = f"{key} / {applicant}" if owner_type == DocumentOwner.APPLICATION else key
        row.problem(
            "Owner",
            f"the {owner_type.value} '{named}' does not exist",
            "add it on its own sheet or correct the name (for an application: its call in Owner, "
            "the organisation in Applicant)",
        )
        row.check()
    return int(owner.id)
