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
