"""Two workbooks with the same parts, byte for byte (creation times aside)."""

from __future__ import annotations

import zipfile
from pathlib import Path


def assert_same_parts(rendered: Path, reference: Path) -> None:
    with zipfile.ZipFile(rendered) as ours, zipfile.ZipFile(reference) as theirs:
        assert ours.namelist() == theirs.namelist()
        for name in ours.namelist():
            if not name.startswith("docProps/"):  # creation times
                assert ours.read(name) == theirs.read(name), name
