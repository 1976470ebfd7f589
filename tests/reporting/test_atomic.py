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


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (28, "the disk is full; free some space"),
        (30, "the disk is read-only"),
        (5, "input/output error"),
        (1, "unchangeable"),
        (16, "in use by another program"),
    ],
)
def test_a_fault_at_the_write_call_is_one_line_naming_cause_and_remedy(
    tmp_path: Path, code: int, words: str
) -> None:
    """The disk-full case injected at the write call, for machines where no small disk can be mounted."""
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"previous report")
    with pytest.raises(DomainError) as raised, atomic_target(target) as temporary:
        temporary.write_bytes(b"half")
        raise OSError(code, os.strerror(code))
    assert words in str(raised.value) and "report.xlsx" in str(raised.value)
    assert "\n" not in str(raised.value)
    assert target.read_bytes() == b"previous report"
    assert _leftovers(tmp_path) == []


def test_a_writer_error_raised_from_a_full_disk_is_said_as_a_full_disk(tmp_path: Path) -> None:
    class WriterError(Exception):
        pass

    with pytest.raises(DomainError, match="the disk is full"), atomic_target(tmp_path / "x.xml"):
        try:
            raise OSError(28, "No space left on device")
        except OSError:
            raise WriterError("not in an element") from None


def test_special_files_are_refused_and_a_symlinked_file_is_replaced_through_the_link(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(DomainError, match="named pipe"):
        write_bytes_atomically(fifo, b"x")
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_bytes_atomically(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
    assert _leftovers(tmp_path) == []


def test_a_name_too_long_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="too long for the file system; choose a shorter name"):
        write_bytes_atomically(tmp_path / ("x" * 300), b"x")
    target = tmp_path / ("y" * 250)  # fits, though its temporary name would not if it were kept whole
    write_bytes_atomically(target, b"ok")
    assert target.read_bytes() == b"ok"
