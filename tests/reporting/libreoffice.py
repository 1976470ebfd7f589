"""Recalculate a workbook the way a donor's spreadsheet program would: LibreOffice headless.

LibreOffice loads the file, recalculates every formula, and saves a copy whose cached values we
read with openpyxl (data_only=True). Each call uses its own profile folder so parallel runs do not
fight over LibreOffice's user installation lock.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.workbook.workbook import Workbook

from tests.conftest import require_or_skip

SOFFICE_TIMEOUT_S = 180
# Recalculate every formula on load (0 = always), as a careful donor would, whatever the file caches.
RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">
<value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse">
<value>0</value></prop></item>
</oor:items>
"""


def require_libreoffice() -> str:
    path = shutil.which("soffice")
    require_or_skip(path is not None, "LibreOffice")
    assert path is not None
    return path


def recalculated_copy(source: Path, out_dir: Path) -> Path:
    """Convert `source` to xlsx with LibreOffice (which recalculates on load) into `out_dir`."""
    soffice = require_libreoffice()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        user = Path(profile) / "user"
        user.mkdir()
        (user / "registrymodifications.xcu").write_text(RECALC_ALWAYS, encoding="utf-8")
        command = [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--calc",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out_dir),
            str(source),
        ]
        completed = subprocess.run(
            command, capture_output=True, text=True, timeout=SOFFICE_TIMEOUT_S, check=False
        )
    result = out_dir / (source.stem + ".xlsx")
    if completed.returncode != 0 or not result.exists():
        raise AssertionError(
            f"LibreOffice could not convert {source.name}: {completed.stderr or completed.stdout}"
        )
    return result


def recalculate(source: Path, out_dir: Path) -> Workbook:
    """The workbook as LibreOffice recalculated it: formulas replaced by their values."""
    return openpyxl.load_workbook(recalculated_copy(source, out_dir), data_only=True)
