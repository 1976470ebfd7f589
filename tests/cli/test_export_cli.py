"""export report | iati | hxl | data through the real command line: files, one-line errors, exit codes."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.cli.runner import run_cli

PROGRAMME = "BHA-DIASPORA-2022"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export-cli")
    loaded = run_cli("demo", home=folder, timeout=300)
    assert loaded.returncode == 0, loaded.stderr
    return folder


def _report(home: Path, *extra: str) -> list[str]:
    return [
        "export",
        "report",
        "--programme",
        PROGRAMME,
        "--from",
        "2022-07-01",
        "--to",
        "2022-12-31",
        *extra,
    ]


def test_report_writes_the_workbook_and_shows_people_reached(home: Path) -> None:
    out = home / "bha-h2.xlsx"
    result = run_cli(*_report(home, "--out", str(out), "--type", "semi-annual", "--provisional"), home=home)
    assert result.returncode == 0, result.stderr
    assert "people reached (unique, direct): 1,565,000" in result.stdout
    wb = openpyxl.load_workbook(out, read_only=True)
    assert wb.sheetnames[:3] == ["Cover", "IPTT", "Reach"]
    cover = {r[0]: r[1] for r in wb["Cover"].iter_rows(max_col=2, values_only=True) if r and r[0]}
    assert cover["Report type"] == "Semi-annual (provisional)"
    # What the demo leaves out is said, on the terminal as on the Cover.
    assert "to complete before sending" in result.stdout
    assert "  - Explain why budget line SUP of project ZW-VAX-01 is over-spent" in result.stdout


@pytest.mark.parametrize(
    ("arguments", "message", "code"),
    [
        (["--programme", "NOPE"], "programme NOPE does not exist", 1),
        (["--from", "2022-13-01"], "'2022-13-01' is not a date like 2022-07-31", 2),
        (["--from", "2023-01-01"], "is before from (2023-01-01)", 1),
        (["--out", "missing-folder/report.xlsx"], "does not exist", 1),
    ],
)
def test_report_errors_are_one_line(home: Path, arguments: list[str], message: str, code: int) -> None:
    values = {"--programme": PROGRAMME, "--from": "2022-07-01", "--to": "2022-12-31", "--out": "r.xlsx"}
    values.update(dict(zip(arguments[::2], arguments[1::2], strict=True)))
    values["--out"] = str(home / values["--out"])
    args = ["export", "report", *[part for pair in values.items() for part in pair]]
    result = run_cli(*args, home=home)
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert message in last
    assert not (home / "r.xlsx").exists()


def test_report_over_a_folder_name_is_refused(home: Path) -> None:
    (home / "taken.xlsx").mkdir()
    result = run_cli(*_report(home, "--out", str(home / "taken.xlsx")), home=home)
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == f"diaspora-grants: Cannot write {home / 'taken.xlsx'}: a folder has that name; "
        "give the name of a file"
    )


def test_iati_and_hxl(home: Path) -> None:
    xml = home / "bha.xml"
    result = run_cli("export", "iati", "--programme", PROGRAMME, "--out", str(xml), home=home)
    assert result.returncode == 0, result.stderr
    assert "7 IATI activities" in result.stdout and xml.read_text(encoding="utf-8").startswith("<?xml")
    for sheet in ("reach", "5w"):
        csv = home / f"{sheet}.csv"
        result = run_cli(
            "export", "hxl", "--programme", PROGRAMME, "--sheet", sheet, "--out", str(csv), home=home
        )
        assert result.returncode == 0, result.stderr
        assert csv.read_text(encoding="utf-8").splitlines()[1].startswith("#")


def test_hxl_needs_a_known_sheet(home: Path) -> None:
    result = run_cli(
        "export", "hxl", "--programme", PROGRAMME, "--sheet", "iptt", "--out", "x.csv", home=home
    )
    assert result.returncode == 2
    assert "invalid choice: 'iptt'" in result.stderr


def test_data_workbook(home: Path) -> None:
    out = home / "data.xlsx"
    result = run_cli("export", "data", "--programme", PROGRAMME, "--out", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert out.exists() and "sheets" in result.stdout


def test_narrative_writes_the_pdf_without_a_display(home: Path) -> None:
    out = home / "bha-final.pdf"
    arguments = ["--programme", PROGRAMME, "--from", "2022-01-01", "--to", "2023-03-31", "--type", "final"]
    result = run_cli("export", "narrative", *arguments, "--out", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {out} (") and "pages)" in result.stdout
    assert "people reached (unique, direct): 1,565,000" in result.stdout
    assert "  - Write the narrative's section: Executive summary." in result.stdout
    assert out.read_bytes().startswith(b"%PDF-")
