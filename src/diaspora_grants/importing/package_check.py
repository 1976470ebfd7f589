"""Refuse hostile or broken files before any XML parser sees them.

An .xlsx file is a zip of XML parts. Before openpyxl opens it, every part is decompressed once,
as a stream, to check that the zip is sound (CRC), that no part is oversized or compressed
suspiciously well (a zip bomb), and that no XML part declares a DTD (billion laughs, external
entities: a workbook never needs one). The same pass notes, per worksheet, whether it holds
formulas or merged cells, so that the importer can point at them without a second read.

A file that could be read more than one way is refused too: two zip entries of one part (a zip
reader keeps one of them, silently), and rows or cells numbered outside 1..1,048,576 or out of
order (openpyxl drops a row numbered -5 without a word and reads a repeated number twice).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from .problems import ImportRejectedError, file_problem

MAX_PART_BYTES = 400 * 1024 * 1024
MAX_TOTAL_BYTES = 800 * 1024 * 1024
MAX_PARTS = 5_000
#: Real worksheets compress 5-30 times; bombs compress hundreds of times or more.
MAX_RATIO = 150
#: Below this size a high ratio does no harm (a part of empty styles compresses very well).
RATIO_CHECKED_ABOVE = 5 * 1024 * 1024
_CHUNK = 1024 * 1024
_OVERLAP = 256

_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s/>]")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Za-z]+[0-9]+(?::[A-Za-z]+[0-9]+)?)\"")
#: The row number of each <row> that has one (the attribute is optional).
_ROW = re.compile(rb"<(?:\w+:)?row\s[^>]*?\br=\"([^\"]*)\"")
#: A cell reference that is not letters then a row number from 1 (found without a Python loop).
_BAD_CELL = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"(?![A-Za-z]{1,3}[1-9][0-9]{0,6}\")([^\"]*)\"")
#: The last row of a worksheet in Excel and LibreOffice.
MAX_ROW = 1_048_576


@dataclass
class PartScan:
    has_formulas: bool = False
    #: Ranges such as "A1:C1", in the order found (a dict keeps them unique and ordered).
    merged_ranges: dict[str, None] = field(default_factory=dict)


@dataclass(frozen=True)
class PackageScan:
    """What the check found in each worksheet part (keyed by the part's name in the zip)."""

    worksheets: dict[str, PartScan]


def check_package(path: Path) -> PackageScan:
    """Raise ImportRejectedError unless `path` is a sound, safe .xlsx package."""
    if not path.is_file():
        raise file_problem(f"{path.name} does not exist or is not a file", "give the path of an .xlsx file")
    if not zipfile.is_zipfile(path):
        raise file_problem(
            f"{path.name} is not an Excel workbook (.xlsx)",
            "save the file as an Excel workbook (.xlsx) and import that",
        )
    try:
        with zipfile.ZipFile(path) as archive:
            return _scan(archive, path.name)
    except ImportRejectedError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, RuntimeError) as error:
        raise file_problem(
            f"{path.name} is damaged ({_plain(error)})",
            "open it in Excel or LibreOffice, save it again as .xlsx, and import the new file",
        ) from error
    except (NotImplementedError, zlib.error) as error:
        raise file_problem(
            f"{path.name} uses a compression this program does not read ({_plain(error)})",
            "save it again as .xlsx from Excel or LibreOffice",
        ) from error


def _scan(archive: zipfile.ZipFile, file_name: str) -> PackageScan:
    entries = archive.infolist()
    names = {entry.filename for entry in entries}
    _refuse_twin_entries(entries, file_name)
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/workbook") for n in names):
        raise file_problem(
            "the file is a zip archive but not an Excel workbook",
            "save the file as an Excel workbook (.xlsx) and import that",
        )
    if len(entries) > MAX_PARTS:
        raise file_problem(f"the workbook has {len(entries):,} parts", "no real workbook has that many")
    total = sum(entry.file_size for entry in entries)
    if total > MAX_TOTAL_BYTES:
        raise file_problem(
            f"the workbook unpacks to {total / 2**20:,.0f} MB",
            f"split it into files of at most {MAX_TOTAL_BYTES // 2**20} MB unpacked",
        )
    worksheets: dict[str, PartScan] = {}
    for entry in entries:
        _check_sizes(entry)
        is_xml = entry.filename.endswith((".xml", ".rels", ".vml"))
        is_sheet = entry.filename.startswith("xl/worksheets/") and entry.filename.endswith(".xml")
        scan = _scan_part(archive, entry, is_xml, is_sheet, file_name)
        if is_sheet:
            worksheets[entry.filename] = scan
    return PackageScan(worksheets)


def _check_sizes(entry: zipfile.ZipInfo) -> None:
    if entry.file_size > MAX_PART_BYTES:
        raise file_problem(
            f"part {entry.filename} unpacks to {entry.file_size / 2**20:,.0f} MB",
            f"split the data into files whose sheets hold less than {MAX_PART_BYTES // 2**20} MB",
        )
    ratio = entry.file_size / max(entry.compress_size, 1)
    if entry.file_size > RATIO_CHECKED_ABOVE and ratio > MAX_RATIO:
        raise file_problem(
            f"part {entry.filename} is compressed {ratio:,.0f} times, as zip bombs are",
            "save the workbook again from Excel or LibreOffice; a real workbook compresses far less",
        )


def _refuse_twin_entries(entries: list[zipfile.ZipInfo], file_name: str) -> None:
    """Part names compare without case (Open Packaging Conventions); a name twice is ambiguous."""
    seen: set[str] = set()
    for entry in entries:
        key = entry.filename.casefold()
        if key in seen:
            raise file_problem(
                f"{file_name} holds the part {entry.filename} twice, so it is unclear which copy to read",
                "open it in Excel or LibreOffice, save it again as .xlsx, and import the new file",
            )
        seen.add(key)


def _scan_part(
    archive: zipfile.ZipFile, entry: zipfile.ZipInfo, is_xml: bool, is_sheet: bool, file_name: str
) -> PartScan:
    scan = PartScan()
    rows = _RowOrder(file_name, entry.filename)
    tail = b""
    read = 0
    with archive.open(entry) as stream:
        while chunk := stream.read(_CHUNK):
            read += len(chunk)
            if read > entry.file_size:
                raise file_problem(f"part {entry.filename} is larger than it declares", "the file is damaged")
            if is_xml:
                window = tail + chunk
                if _DTD.search(window):
                    raise file_problem(
                        f"part {entry.filename} declares a DTD or entities (as XML bombs and external-entity "
                        "attacks do)",
                        "do not import this file; export the data again from the program it came from",
                    )
                if is_sheet:
                    scan.has_formulas = scan.has_formulas or _FORMULA.search(window) is not None
                    for match in _MERGE.finditer(window):
                        scan.merged_ranges[match.group(1).decode("ascii").upper()] = None
                    rows.check(window, len(tail))
                tail = window[-_OVERLAP:]
    return scan


class _RowOrder:
    """Row numbers must run from 1 to MAX_ROW, each once and in order; cells must name a real row."""

    def __init__(self, file_name: str, part: str) -> None:
        self.file_name = file_name
        self.part = part
        self.last = 0

    def check(self, window: bytes, seen_up_to: int) -> None:
        # Matches that end inside the overlap kept from the last chunk were checked with that chunk.
        for match in _ROW.finditer(window):
            if match.end() > seen_up_to:
                self._row(match.group(1))
        bad = next((m for m in _BAD_CELL.finditer(window) if m.end() > seen_up_to), None)
        if bad is not None:
            self._refuse(f"a cell numbered '{_printable(bad.group(1))}'")

    def _row(self, raw: bytes) -> None:
        number = int(raw) if raw.isdigit() else -1
        if not 1 <= number <= MAX_ROW:
            self._refuse(f"a row numbered '{_printable(raw)}'")
        if number <= self.last:
            self._refuse(f"row {number} after row {self.last}")
        self.last = number

    def _refuse(self, what: str) -> None:
        raise file_problem(
            f"{self.file_name} is ambiguous: its part {self.part} has {what} (rows run from 1 to "
            f"{MAX_ROW:,}, each once and in order), so rows could be read in the wrong place or not at all",
            "open it in Excel or LibreOffice, save it again as .xlsx, and import the new file",
        )


def _printable(raw: bytes) -> str:
    text = raw[:20].decode("utf-8", "replace")
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def _plain(error: BaseException) -> str:
    return str(error).strip() or type(error).__name__
