"""Builders of hostile and broken workbooks for the importer tests."""

from __future__ import annotations

import zipfile
from pathlib import Path

from .fixtures import result_row, results_book

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + ']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
    "<si><t>&lol9;</t></si></sst>"
)


def replace_part(source: Path, target: Path, part: str, content: bytes) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for entry in old.infolist():
            if entry.filename != part:
                new.writestr(entry.filename, old.read(entry.filename))
        new.writestr(part, content)
    return target


def valid_results(folder: Path) -> Path:
    return results_book(folder / "valid.xlsx", [result_row(), result_row(Sex="male")])


def hostile_files(folder: Path) -> dict[str, Path]:
    valid = valid_results(folder)
    data = valid.read_bytes()
    files = {
        "empty file": folder / "empty.xlsx",
        "text file": folder / "notes.xlsx",
        "truncated zip": folder / "truncated.xlsx",
        "corrupt zip": folder / "corrupt.xlsx",
    }
    files["empty file"].write_bytes(b"")
    files["text file"].write_text("Programme,Project\nP1,TN-01\n")
    files["truncated zip"].write_bytes(data[: len(data) // 2])
    middle = len(data) // 2
    files["corrupt zip"].write_bytes(
        data[:middle] + bytes(b ^ 0xFF for b in data[middle : middle + 64]) + data[middle + 64 :]
    )
    files["billion laughs"] = replace_part(
        valid, folder / "laughs.xlsx", "xl/sharedStrings.xml", BILLION_LAUGHS.encode()
    )
    sheet = zipfile.ZipFile(valid).read("xl/worksheets/sheet1.xml").decode()
    doctype = '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    sheet = sheet.replace("?>", "?>" + doctype, 1) if "?>" in sheet else doctype + sheet
    part = "xl/worksheets/sheet1.xml"
    files["external entity"] = replace_part(valid, folder / "xxe.xlsx", part, sheet.encode())
    bomb = (
        b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    )
    bomb += b" " * (60 * 1024 * 1024) + b"<sheetData/></worksheet>"
    files["zip bomb"] = replace_part(valid, folder / "bomb.xlsx", "xl/worksheets/sheet1.xml", bomb)
    plain_zip = folder / "archive.xlsx"
    with zipfile.ZipFile(plain_zip, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    files["zip that is no workbook"] = plain_zip
    return files
