"""Budget lines of a project and their revisions: a changed revised amount keeps its reason and the
amount it replaced, so the history of the budget can be shown and reported."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..db.models import BudgetLine, BudgetRevision, Expenditure, Project
from ..domain import validation as v
from ..domain.errors import DuplicateError, FieldProblem, ReasonRequiredError, WorkflowError
from ..domain.money import amount_problem
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import Service, assign, check_version
from .work_reason import work_reason

#: The reason a revision gets when a line is entered already revised and nobody said why.
ENTERED_REVISED = "entered already revised"


@dataclass(frozen=True, kw_only=True)
class BudgetLineInput:
    code: str
    category: str
    original_amount: Decimal
    revised_amount: Decimal | None = None
    description: str | None = None


@dataclass(frozen=True, kw_only=True)
class BudgetLineView(BudgetLineInput):
    id: int
    project_id: int
    version: int
    updated_at: dt.datetime
    updated_by: str | None
    #: The revised amount once there is one, else the original: what the partner may spend.
    current_amount: Decimal
    #: How many times the revised amount was changed, and why the last time.
    revision_count: int = 0
    last_revision_reason: str | None = None


@dataclass(frozen=True, kw_only=True)
class BudgetRevisionRecord:
    """A revision as an earlier record has it."""

    previous_amount: Decimal
    revised_amount: Decimal | None
    revised_on: dt.date
    reason: str


@dataclass(frozen=True, kw_only=True)
class BudgetRevisionView:
    id: int
    budget_line_id: int
    budget_line_code: str
    previous_amount: Decimal
    #: None: the revision was withdrawn and the original amount is in force again.
    revised_amount: Decimal | None
    revised_on: dt.date
    reason: str
    revised_by: str | None
    recorded_at: dt.datetime


_LINE_FIELDS = tuple(f.name for f in fields(BudgetLineInput))


class BudgetLineOperations(Service):
    def budget_lines(self, project_id: int) -> list[BudgetLineView]:
        with self._read() as session:
            self._get(session, Project, project_id, "project")
            query = (
                select(BudgetLine)
                .where(BudgetLine.project_id == project_id)
                .options(selectinload(BudgetLine.revisions))
                .order_by(BudgetLine.code)
            )
            return [_line_view(b) for b in session.scalars(query)]

    def get_budget_line(self, line_id: int) -> BudgetLineView:
        with self._read() as session:
            return _line_view(self._get(session, BudgetLine, line_id, "budget line"))

    def budget_revisions(self, line_id: int) -> list[BudgetRevisionView]:
        """The line's revisions, oldest first."""
        with self._read() as session:
            line = self._get(session, BudgetLine, line_id, "budget line")
            return [_revision_view(r) for r in line.revisions]

    def create_budget_line(
        self, project_id: int, data: BudgetLineInput, *, reason: str | None = None, history: bool = False
    ) -> BudgetLineView:
        """A line entered with a revised amount records that revision, with `reason` (or the unit
        of work's, or 'entered already revised'); `history=True` enters a line as an earlier record
        has it, whose revisions are entered with record_revision."""
        values = _validated_line(data)
        why = v.clean(reason) or work_reason(self.context) or ENTERED_REVISED
        with self._write(reason=v.clean(reason)) as session:
            self._get(session, Project, project_id, "project")
            _check_line_code_free(session, project_id, values["code"], None)
            line = BudgetLine(project_id=project_id, **values)
            if values["revised_amount"] is not None and not history:
                line.revisions.append(
                    self._revision(values["original_amount"], values["revised_amount"], why)
                )
            session.add(line)
            session.flush()
            return _line_view(line)

    def record_revision(self, line_id: int, revision: BudgetRevisionRecord) -> BudgetRevisionView:
        """Enter one revision of a line's history as an earlier record has it (a data workbook):
        the amounts, day and reason it was made with; the line itself is left as it is."""
        reason = v.clean(revision.reason)
        v.raise_if_any(
            [
                v.required("reason", reason, max_length=2000),
                amount_problem("previous amount", revision.previous_amount),
                amount_problem("revised amount", revision.revised_amount),
            ]
        )
        assert reason is not None
        with self._write() as session:
            line = self._get(session, BudgetLine, line_id, "budget line")
            record = BudgetRevision(
                previous_amount=revision.previous_amount,
                revised_amount=revision.revised_amount,
                revised_on=revision.revised_on,
                reason=reason,
            )
            line.revisions.append(record)
            session.flush()
            return _revision_view(record)

    def update_budget_line(
        self, line_id: int, data: BudgetLineInput, *, expected_version: int, reason: str | None = None
    ) -> BudgetLineView:
        """A change of the revised amount is a revision: it needs a reason (given here, or the unit
        of work's, e.g. the import of a workbook) and is kept with the amount it replaced."""
        values = _validated_line(data)
        why = v.clean(reason) or work_reason(self.context)
        with self._write(reason=v.clean(reason)) as session:
            line = self._get(session, BudgetLine, line_id, "budget line")
            check_version(line, expected_version, "budget line")
            _check_line_code_free(session, line.project_id, values["code"], line_id)
            if values["revised_amount"] != line.revised_amount:
                if why is None:
                    raise ReasonRequiredError(
                        say(
                            QT_TRANSLATE_NOOP(
                                "Core",
                                "the revised amount of {code} changes: say why the budget is revised "
                                "(it is kept with the line's history)",
                            ),
                            code=line.code,
                        )
                    )
                before = line.original_amount if line.revised_amount is None else line.revised_amount
                line.revisions.append(self._revision(before, values["revised_amount"], why))
            assign(line, values)
            session.flush()
            return _line_view(line)

    def delete_budget_line(self, line_id: int, *, expected_version: int) -> None:
        with self._write() as session:
            line = self._get(session, BudgetLine, line_id, "budget line")
            check_version(line, expected_version, "budget line")
            booked = session.scalar(
                select(func.count()).select_from(Expenditure).where(Expenditure.budget_line_id == line_id)
            )
            if booked:
                raise WorkflowError(
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "budget line {code} cannot be deleted: {booked} expenditures are "
                            "booked on it; move them to another line first",
                        ),
                        code=line.code,
                        booked=booked,
                    )
                )
            session.delete(line)

    def _revision(self, before: Decimal, after: Decimal | None, reason: str) -> BudgetRevision:
        return BudgetRevision(
            previous_amount=before, revised_amount=after, revised_on=self.context.today(), reason=reason
        )


def _validated_line(data: BudgetLineInput) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _LINE_FIELDS}
    for name in ("code", "category", "description"):
        values[name] = v.clean(values[name])
    v.raise_if_any(
        [
            v.required("code", values["code"], max_length=40),
            v.required("category", values["category"], max_length=120),
            FieldProblem("original amount", say(QT_TRANSLATE_NOOP("Core", "is required")))
            if data.original_amount is None
            else amount_problem("original amount", data.original_amount),
            amount_problem("revised amount", data.revised_amount),
        ]
    )
    return values


def _check_line_code_free(session: Session, project_id: int, code: str, own_id: int | None) -> None:
    clash = session.scalar(
        select(BudgetLine.id).where(
            BudgetLine.project_id == project_id,
            func.lower(BudgetLine.code) == code.lower(),
            BudgetLine.id != (own_id or 0),
        )
    )
    if clash is not None:
        raise DuplicateError(
            FieldProblem(
                "code",
                say(QT_TRANSLATE_NOOP("Core", "the project already has a budget line '{code}'"), code=code),
            )
        )


def _line_view(b: BudgetLine) -> BudgetLineView:
    revisions = b.revisions
    return BudgetLineView(
        **{name: getattr(b, name) for name in _LINE_FIELDS},
        id=b.id,
        project_id=b.project_id,
        version=b.version,
        updated_at=b.updated_at,
        updated_by=b.updated_by,
        current_amount=b.original_amount if b.revised_amount is None else b.revised_amount,
        revision_count=len(revisions),
        last_revision_reason=revisions[-1].reason if revisions else None,
    )


def _revision_view(r: BudgetRevision) -> BudgetRevisionView:
    return BudgetRevisionView(
        id=r.id,
        budget_line_id=r.budget_line_id,
        budget_line_code=r.budget_line.code,
        previous_amount=r.previous_amount,
        revised_amount=r.revised_amount,
        revised_on=r.revised_on,
        reason=r.reason,
        revised_by=r.updated_by,
        recorded_at=r.created_at,
    )
