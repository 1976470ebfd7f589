"""A donor workbook exported through the command line keeps hostile names as text: a partner named
like a formula and a location starting with @ come back from openpyxl as strings, never formulas."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import openpyxl
import pytest

from diaspora_grants.db.engine import Database
from diaspora_grants.services.organisations import OrganisationInput
from tests.conftest import make_services
from tests.reliability.conftest import Ledger
from tests.reliability.helpers import run_cli

pytestmark = pytest.mark.scenario("exports safe to open")

PARTNER = '=HYPERLINK("http://x","y")'
LOCATION = "@SUM(1)"


def test_formula_like_names_are_strings_in_the_donor_workbook(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "grants.sqlite"
    loaded = run_cli("--db", str(path), "demo", home=tmp_path, timeout=300)
    assert loaded.returncode == 0, loaded.stderr
    database = Database(f"sqlite:///{path}")
    services = make_services(database, tmp_path)
    programme = services.programmes.get_by_code("BHA-DIASPORA-2022")
    project = services.projects.find(programme_id=programme.id)[0]
    partner = services.organisations.get(project.partner_id)
    fields = {f.name: getattr(partner, f.name) for f in dataclasses.fields(OrganisationInput)}
    services.organisations.update(
        partner.id, OrganisationInput(**{**fields, "name": PARTNER}), expected_version=partner.version
    )
    place = project.locations[0]
    services.projects.update_location(place.id, LOCATION, place.pcode, expected_version=place.version)
    database.dispose()

    out = tmp_path / "report.xlsx"
    exported = run_cli(
        "--db", str(path), "export", "report", "--programme", "BHA-DIASPORA-2022",
        "--from", "2022-01-01", "--to", "2022-12-31", "--provisional", "--out", str(out),
        home=tmp_path,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr

    book = openpyxl.load_workbook(out)
    found: dict[str, list[str]] = {PARTNER: [], LOCATION: []}
    formulas_with_them = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value in found:
                    found[str(cell.value)].append(f"{sheet.title}!{cell.coordinate}:{cell.data_type}")
                elif cell.data_type == "f" and (
                    "HYPERLINK" in str(cell.value) or "SUM(1)" in str(cell.value)
                ):
                    formulas_with_them.append(f"{sheet.title}!{cell.coordinate}")
    cells = found[PARTNER] + found[LOCATION]
    not_text = [c for c in cells if not c.endswith(":s")]
    ledger.add("exports safe to open", cases=len(cells), lost=len(not_text) + len(formulas_with_them))
    assert found[PARTNER] and found[LOCATION], f"both names appear in the workbook: {found}"
    assert not_text == [] and formulas_with_them == []
