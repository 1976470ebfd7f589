"""What is wrong with an imported file, said so that a partner can find the cell and fix it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..domain.errors import DomainError

#: The "sheet" of problems that concern the file as a whole (not a workbook, corrupt, too large).
WHOLE_FILE = "(file)"


@dataclass(frozen=True)
class Problem:
    """One problem: where it is (sheet, row, column), what is wrong, and how to fix it.

    Row 0 means the sheet (or file) as a whole, row 1 the header row; column "" the whole row.
    """

    sheet: str
    row: int
    column: str
    message: str
    fix: str

    @property
    def where(self) -> str:
        if self.row == 0:
            return f"{self.sheet}" + (f", column {self.column}" if self.column else "")
        return f"{self.sheet}, row {self.row}" + (f", column {self.column}" if self.column else "")

    def __str__(self) -> str:
        return f"{self.where}: {self.message}; {self.fix}"


class ImportRejectedError(DomainError):
    """The file was refused; nothing was saved. `problems` lists every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        count = len(self.problems)
        first = str(self.problems[0]) if self.problems else "no details"
        more = f" (and {count - 1} more problem{'s' if count > 2 else ''})" if count > 1 else ""
        super().__init__(f"nothing was imported: {first}{more}")


class CellError(Exception):
    """A cell value that cannot be used; the reader turns it into a Problem with its position."""

    def __init__(self, message: str, fix: str) -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix


def file_problem(message: str, fix: str) -> ImportRejectedError:
    return ImportRejectedError([Problem(WHOLE_FILE, 0, "", message, fix)])


@dataclass(frozen=True)
class ProblemGroup:
    """Problems that break one rule the same way (same sheet, column, message and fix) on many rows."""

    sheet: str
    column: str
    message: str
    fix: str
    #: The rows concerned, ascending (empty for problems of the whole sheet or file).
    rows: tuple[int, ...]
    #: How many problems the group stands for (a sheet-level problem counts once).
    count: int

    def row_ranges(self, limit: int = 12) -> str:
        """'2,522-5,041' or '2, 4, 6 and 994 more': runs of consecutive rows, at most `limit` runs."""
        runs: list[tuple[int, int]] = []
        for row in self.rows:
            if runs and row == runs[-1][1] + 1:
                runs[-1] = (runs[-1][0], row)
            else:
                runs.append((row, row))
        shown = [f"{a:,}" if a == b else f"{a:,}-{b:,}" for a, b in runs[:limit]]
        left = sum(b - a + 1 for a, b in runs[limit:])
        return ", ".join(shown) + (f" and {left:,} more" if left else "")

    def __str__(self) -> str:
        """As Problem.where words a place: 'Results, rows 2,522-5,041, column Period: ...'."""
        where = self.sheet
        if self.rows:
            where += f", {'row' if len(self.rows) == 1 else 'rows'} {self.row_ranges()}"
        if self.column:
            where += f", column {self.column}"
        counted = f" ({len(self.rows):,} rows)" if len(self.rows) > 1 else ""
        return f"{where}: {self.message}{counted}; {self.fix}"


def group_problems(problems: Iterable[Problem]) -> list[ProblemGroup]:
    """The problems grouped by rule, in the order each rule was first broken."""
    groups: dict[tuple[str, str, str, str], tuple[set[int], list[int]]] = {}
    for problem in problems:
        key = (problem.sheet, problem.column, problem.message, problem.fix)
        rows, count = groups.setdefault(key, (set(), [0]))
        if problem.row > 0:
            rows.add(problem.row)
        count[0] += 1
    return [
        ProblemGroup(sheet, column, message, fix, tuple(sorted(rows)), count[0])
        for (sheet, column, message, fix), (rows, count) in groups.items()
    ]


def problem_lines(problems: Iterable[Problem], limit: int = 30) -> list[str]:
    """What a screen shows: one line per rule broken, at most `limit`, then how much is left out."""
    listed = list(problems)
    groups = group_problems(listed)
    lines = [str(group) for group in groups[:limit]]
    if len(groups) > limit:
        lines.append(
            f"... and {len(groups) - limit:,} more kinds of problem ({len(listed):,} problems in all); "
            "--json lists every one"
        )
    return lines
