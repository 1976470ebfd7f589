"""Reading an untrusted workbook: checked package, read-only streaming, headers found by name.

Only after `check_package` has passed is the file given to openpyxl (read-only mode, which streams
rows, with defusedxml underneath). A sheet's columns are found by their header text in the first
row, whatever their order or case. A column the sheet lacks reads as empty in every row (the
importer then leaves that field as it is); columns the importer does not know are ignored and
listed (`Table.unknown_headers`), and a row with data only in them is no record. Two sheets whose
names differ only in case or spaces make the file ambiguous and it is refused. Formulas and merged
cells in a sheet that is read are problems, named by sheet, row and column.
"""

from __future__ import annotations

import operator
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.cell import column_index_from_string, get_column_letter, range_boundaries

from ..reporting.data_format import Column
from .lean_reading import LeanReading, lean_opening, lean_rows
from .package_check import PackageScan, PartScan, check_package
from .problems import Problem, file_problem

#: At most this many problems of one kind are listed per sheet; the rest are counted.
MAX_LISTED = 50


def normalise_header(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    return " ".join(value.replace("*", " ").split()).casefold()


class WorkbookReader:
    """An open, checked workbook. Use as a context manager so the file is closed."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.scan: PackageScan = check_package(self.path)
        self._lean = LeanReading()
        try:
            with warnings.catch_warnings(), lean_opening():
                warnings.simplefilter("ignore")
                self.book = load_workbook(self.path, read_only=True, data_only=False, keep_links=False)
        except Exception as error:  # openpyxl raises many types on malformed parts
            self._lean.release()
            raise file_problem(
                f"{self.path.name} cannot be read as a workbook ({type(error).__name__}: {error})",
                "open it in Excel or LibreOffice, save it again as .xlsx, and import the new file",
            ) from error
        try:
            self._refuse_twin_sheets()
        except BaseException:
            self.close()
            raise

    def _refuse_twin_sheets(self) -> None:
        """Sheets are found by name up to case and spaces, so two such names would hide one sheet."""
        seen: dict[str, str] = {}
        for name in self.book.sheetnames:
            key = normalise_header(name)
            if key in seen:
                raise file_problem(
                    f"{self.path.name} has two sheets named '{seen[key]}' and '{name}', which differ only "
                    "in case or spaces, so it is unclear which one to read",
                    "merge them into one sheet, or rename or delete one of them, and import again",
                )
            seen[key] = name

    def __enter__(self) -> WorkbookReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.book.close()
        finally:
            self._lean.release()

    @property
    def sheet_names(self) -> list[str]:
        return list(self.book.sheetnames)

    def find_sheet(self, name: str) -> str | None:
        wanted = normalise_header(name)
        return next((s for s in self.book.sheetnames if normalise_header(s) == wanted), None)

    def sheet(self, name: str) -> Any:
        return self.book[name]

    def table(self, name: str, columns: Sequence[Column]) -> Table:
        return Table(self, name, columns)


class Table:
    """The rows of one sheet, as values in the order of `columns` (None where a column is absent)."""

    def __init__(self, reader: WorkbookReader, sheet: str, columns: Sequence[Column]) -> None:
        self.sheet = sheet
        self.columns = tuple(columns)
        self._worksheet = reader.sheet(sheet)
        self.problems: list[Problem] = []
        self.positions: dict[str, int] = {}
        #: Headers of the first row that no column of this sheet has: ignored, said as a warning.
        self.unknown_headers: tuple[str, ...] = ()
        header = next(self._worksheet.iter_rows(min_row=1, max_row=1, values_only=True), ())
        self._find_headers(header)
        scan = reader.scan.worksheets.get(str(getattr(self._worksheet, "_worksheet_path", "")), PartScan())
        self._check_merged(scan)
        if scan.has_formulas:
            self._check_formulas()

    def has(self, header: str) -> bool:
        return header.casefold() in self.positions

    def rows(self) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """(row number, values) for every row below the header with a value in a known column."""
        if self.problems:
            return
        wanted = [self.positions.get(c.header.casefold(), -1) for c in self.columns]
        present = [p for p in wanted if p >= 0]
        if not present:
            return
        width = max(present) + 1
        # An absent column reads the cell just past the known ones, which every row is cut or padded
        # to make empty: read from the row, it could be an unknown column's cell.
        indexes = [p if p >= 0 else width for p in wanted]
        pick = operator.itemgetter(*indexes)
        single = len(indexes) == 1
        absent = len(present) < len(wanted)
        padding = (None,) * (width + 1)
        rows = lean_rows(self._worksheet.iter_rows(min_row=2, values_only=True))
        for number, row in enumerate(rows, start=2):
            if absent and len(row) > width:
                row = row[:width]
            if len(row) <= width:
                row = (*row, *padding[: width + 1 - len(row)])
            values = (pick(row),) if single else pick(row)
            for value in values:
                if value is not None and (not isinstance(value, str) or value.strip()):
                    yield number, values
                    break

    def column_name(self, position: int) -> str:
        """The header of the 0-based sheet column, or its letter when it has none we know."""
        for header, index in self.positions.items():
            if index == position:
                return next((c.header for c in self.columns if c.header.casefold() == header), header)
        return str(get_column_letter(position + 1))

    def _find_headers(self, header: tuple[Any, ...]) -> None:
        seen: dict[str, int] = {}
        texts: dict[str, str] = {}
        for index, raw in enumerate(header):
            name = normalise_header(raw)
            if not name:
                continue
            if name in seen:
                self.problems.append(
                    Problem(
                        self.sheet,
                        1,
                        str(raw).strip(),
                        f"the header appears twice (columns {get_column_letter(seen[name] + 1)} and "
                        f"{get_column_letter(index + 1)})",
                        "keep one of the two columns",
                    )
                )
                continue
            seen[name] = index
            texts[name] = " ".join(str(raw).split())
        known = {normalise_header(c.header) for c in self.columns}
        self.positions = {name: index for name, index in seen.items() if name in known}
        self.unknown_headers = tuple(texts[name] for name in seen if name not in known)
        missing = [c.header for c in self.columns if c.required and c.header.casefold() not in self.positions]
        if missing:
            self.problems.append(
                Problem(
                    self.sheet,
                    1,
                    ", ".join(missing),
                    f"the required column{'s' if len(missing) > 1 else ''} {_listed(missing)} "
                    f"{'are' if len(missing) > 1 else 'is'} missing",
                    f"add {'columns' if len(missing) > 1 else 'a column'} headed {_listed(missing)} "
                    "in the first row",
                )
            )

    def _check_merged(self, scan: PartScan) -> None:
        for listed, ref in enumerate(scan.merged_ranges):
            if listed == MAX_LISTED:
                self.problems.append(
                    Problem(
                        self.sheet, 0, "", f"{len(scan.merged_ranges) - listed} more merged ranges", "unmerge"
                    )
                )
                break
            min_col, min_row, _, _ = range_boundaries(ref)
            self.problems.append(
                Problem(
                    self.sheet,
                    int(min_row or 1),
                    self.column_name(int(min_col or 1) - 1),
                    f"cells {ref} are merged",
                    "unmerge them (Format > Merge cells) and give each cell its own value",
                )
            )

    def _check_formulas(self) -> None:
        read = set(self.positions.values())
        found = 0
        for row in self._worksheet.iter_rows():
            for cell in row:
                if getattr(cell, "data_type", None) != "f":
                    continue
                column = column_index_from_string(cell.column_letter) - 1
                if column not in read:
                    continue
                found += 1
                if found <= MAX_LISTED:
                    self.problems.append(
                        Problem(
                            self.sheet,
                            int(cell.row),
                            self.column_name(column),
                            f"holds the formula {str(cell.value)[:60]}",
                            "type the value itself (copy the cells and paste values only)",
                        )
                    )
        if found > MAX_LISTED:
            self.problems.append(
                Problem(self.sheet, 0, "", f"{found - MAX_LISTED} more formulas", "use values")
            )


def _listed(headers: Sequence[str]) -> str:
    quoted = [f"'{h}'" for h in headers]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"
