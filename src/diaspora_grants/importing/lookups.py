"""Finding records by their natural keys, as the workbook names them (case does not matter)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import Application, Call, Indicator, Organisation, Period, Programme, Project
from .rows import Row


def _one(session: Session, model: Any, column: Any, text: str, *where: Any) -> Any:
    query = select(model).where(func.lower(column) == text.strip().lower(), *where)
    return session.scalars(query.limit(1)).first()


def organisation(session: Session, name: str) -> Organisation | None:
    found: Organisation | None = _one(session, Organisation, Organisation.name, name)
    return found


def programme(session: Session, code: str) -> Programme | None:
    found: Programme | None = _one(session, Programme, Programme.code, code)
    return found


def project(session: Session, code: str) -> Project | None:
    found: Project | None = _one(session, Project, Project.code, code)
    return found


def call(session: Session, reference: str) -> Call | None:
    found: Call | None = _one(session, Call, Call.reference, reference)
    return found


def indicator(session: Session, programme_id: int, code: str) -> Indicator | None:
    found: Indicator | None = _one(
        session, Indicator, Indicator.code, code, Indicator.programme_id == programme_id
    )
    return found


def period(session: Session, programme_id: int, label: str) -> Period | None:
    found: Period | None = _one(session, Period, Period.label, label, Period.programme_id == programme_id)
    return found


def application(session: Session, call_id: int, organisation_id: int) -> Application | None:
    return session.scalars(
        select(Application).where(
            Application.call_id == call_id, Application.organisation_id == organisation_id
        )
    ).first()


def required_ref(row: Row, header: str, finder: Any, *args: Any, sheet_hint: str) -> Any:
    """The record named in the row's `header` cell, or a problem saying where to add it."""
    name = row.text(header, required=True)
    if name is None:
        return None
    found = finder(row.session, *args, name)
    if found is None:
        row.problem(
            header, f"'{name}' does not exist", f"add it on the {sheet_hint} sheet or correct the name"
        )
    return found


def optional_ref(row: Row, header: str, finder: Any, *args: Any, sheet_hint: str, keep: Any = None) -> Any:
    if not row.present(header):
        return keep
    name = row.text(header)
    if name is None:
        return None
    found = finder(row.session, *args, name)
    if found is None:
        row.problem(
            header, f"'{name}' does not exist", f"add it on the {sheet_hint} sheet or correct the name"
        )
    return found
