"""Errors a user can act on. Each carries a message that can be shown as it is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .wording import QT_TRANSLATE_NOOP, say


class DomainError(Exception):
    """Base of every error caused by what the user asked for, not by a bug."""

    @property
    def message(self) -> str:
        return str(self)


#: A result cell by its dimensions: (location id, population group, sex, age band); None where
#: the cell is not broken down by that dimension (or covers the whole project, for the location).
CellKey = tuple[int | None, str | None, str | None, str | None]


@dataclass(frozen=True)
class FieldProblem:
    """What is wrong, and where: the field, and for a result cell the cell itself.

    The location is data, not words: the grid marks the cell and names it by its labels
    ("Beirut · host community · female · 0-17"), the importer names the row of the file.
    """

    field: str
    message: str
    #: The result cell the problem is about, when it is about one.
    cell: CellKey | None = None

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(DomainError):
    """One or more fields are wrong; each problem names the field and what to fix."""

    def __init__(self, problems: list[FieldProblem] | FieldProblem) -> None:
        self.problems = [problems] if isinstance(problems, FieldProblem) else list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls(FieldProblem(field, message))


class NotFoundError(DomainError):
    def __init__(self, entity: str, key: object) -> None:
        self.entity = entity
        self.key = key
        super().__init__(f"{entity} {key!s} does not exist")


class DuplicateError(ValidationError):
    """A natural key (name, code, reference) is already taken."""


class WorkflowError(DomainError):
    """A status change that the workflow does not allow from the current status."""


class ReasonRequiredError(ValidationError):
    """A step that can be taken, but only with a written reason (it goes into the audit trail)."""

    def __init__(self, question: str) -> None:
        self.question = question
        super().__init__(FieldProblem("reason", question))


class DueDiligenceError(WorkflowError):
    """Selecting or awarding to an organisation whose due diligence is not cleared (or expired)
    needs an override with a written reason."""

    def __init__(self, organisation: str, state: str, step: str) -> None:
        self.organisation = organisation
        self.state = state
        self.step = step
        super().__init__(
            f"the due diligence of {organisation} is {state}: {step} needs a due diligence override "
            "with a written reason"
        )


#: The one wording of a locked period (the partner template words it from these in English too).
PERIOD_LOCKED = QT_TRANSLATE_NOOP(
    "Core",
    "period {periods} is locked (its results were reported); unlock it in the app, giving a reason, "
    "before changing the period or its results",
)
PERIODS_LOCKED = QT_TRANSLATE_NOOP(
    "Core",
    "period {periods} are locked (its results were reported); unlock it in the app, giving a reason, "
    "before changing the period or its results",
)


class LockedPeriodError(DomainError):
    """A locked reporting period, and its results, cannot be created, changed or deleted.

    The one wording of the rule, whichever path met it (grid, bulk load, import, template)."""

    def __init__(self, *labels: str) -> None:
        self.labels = labels
        template = PERIOD_LOCKED if len(labels) == 1 else PERIODS_LOCKED
        super().__init__(say(template, periods=", ".join(labels)))


class ConflictError(DomainError):
    """Someone else saved the record after it was read; nothing was overwritten."""

    def __init__(self, entity: str, label: str, changed_by: str | None, changed_at: datetime | None) -> None:
        self.entity = entity
        self.label = label
        self.changed_by = changed_by
        self.changed_at = changed_at
        when = changed_at.strftime("%Y-%m-%d %H:%M:%S") if changed_at else "an unknown time"
        who = changed_by or "another user"
        super().__init__(
            f"{entity} {label} was changed by {who} at {when} after you opened it; "
            "reload it to see their version before saving again"
        )


class MissingExchangeRateError(DomainError):
    def __init__(self, currency: str, base: str, month: str) -> None:
        self.currency = currency
        self.base = base
        self.month = month
        super().__init__(
            say(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "no exchange rate for {currency} against {base} in {month}: add one under Finance > "
                    "Exchange rates",
                ),
                currency=currency,
                base=base,
                month=month,
            )
        )


class AccessDeniedError(DomainError):
    """Team mode: the person's roles do not allow what they asked (said by the database server
    itself, or by the app before asking it), in one line naming who may."""


class TeamModeError(DomainError):
    """Something only a team's PostgreSQL database has (people, roles) was asked of another one."""


class DatabaseBusyError(DomainError):
    """SQLite stayed locked by another program for longer than the busy timeout."""


class DatabaseUnavailableError(DomainError):
    """The database server could not be reached or refused the login (the password is never shown)."""


class DamagedDatabaseError(DomainError):
    """The SQLite file failed its check at start; `backup` is the newest backup that passed it."""

    def __init__(self, path: str, problem: str, backup: str | None, backup_dir: str) -> None:
        self.path = path
        self.problem = problem
        self.backup = backup
        advice = (
            f"restore the latest good backup with: diaspora-grants --db {path} restore {backup}"
            if backup
            else f"no sound backup was found in {backup_dir}; restore a copy you keep elsewhere "
            "with: diaspora-grants restore FILE"
        )
        super().__init__(f"the database {path} is damaged ({problem}); {advice}")
