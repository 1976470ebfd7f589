"""A crash never leaves a half-written file under the real name, and an existing file survives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from diaspora_grants.domain.errors import DomainError
from diaspora_grants.reporting import atomic
from diaspora_grants.reporting.atomic import atomic_target, write_bytes_atomically
from diaspora_grants.reporting.donor_workbook import build_donor_workbook
from tests.reporting.sample_data import bha_report


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(atomic.TEMP_PREFIX)]


def test_failure_mid_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"previous report")
    with pytest.raises(RuntimeError, match="crash"), atomic_target(target) as temporary:
        temporary.write_bytes(b"half of the new rep")
        raise RuntimeError("crash")
    assert target.read_bytes() == b"previous report"
    assert _leftovers(tmp_path) == []


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the abandoned sheet stream
def test_workbook_failing_mid_build_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"previous report")

    def rows_then_crash():  # type: ignore[no-untyped-def]
        yield from bha_report().reach_rows
        raise OSError(28, "No space left on device")

    with pytest.raises((OSError, DomainError)):
        build_donor_workbook(bha_report(reach_rows=rows_then_crash()), target)
    assert target.read_bytes() == b"previous report"
    assert _leftovers(tmp_path) == []


def test_success_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "data.csv"
    target.write_text("old")
    write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert _leftovers(tmp_path) == []


def test_missing_folder_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as raised:
        write_bytes_atomically(tmp_path / "nowhere" / "report.xlsx", b"x")
    assert "does not exist" in str(raised.value)
    assert "\n" not in str(raised.value)


def test_file_open_elsewhere_is_one_line_and_old_file_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"open in Excel")

    def refuse(source: object, destination: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(DomainError) as raised:
        write_bytes_atomically(target, b"new")
    assert "open in another program" in str(raised.value)
    assert "\n" not in str(raised.value)
    assert target.read_bytes() == b"open in Excel"
    assert _leftovers(tmp_path) == []
