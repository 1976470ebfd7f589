"""IATI 2.03 XML validates against the official schema and carries what the donor needs."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from diaspora_grants.domain.errors import DomainError
from diaspora_grants.reporting.iati import write_iati_xml
from diaspora_grants.reporting.iati_model import Budget, CountryShare
from tests.reporting.iati_sample import bha_programme

SCHEMA_PATH = Path(__file__).parents[1] / "schemas" / "iati-2.03" / "iati-activities-schema.xsd"
GENERATED = dt.datetime(2022, 10, 14, 10, 0)


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA_PATH)))


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> etree._ElementTree:
    path = write_iati_xml(bha_programme(), tmp_path_factory.mktemp("iati") / "activities.xml", GENERATED)
    return etree.parse(str(path))


def test_schema_is_the_official_2_03(schema: etree.XMLSchema) -> None:
    assert 'version="2.03"' in SCHEMA_PATH.read_text(encoding="utf-8")[:200]
    assert (SCHEMA_PATH.parent / "LICENSE").exists()


def test_validates_against_the_iati_2_03_schema(
    schema: etree.XMLSchema, document: etree._ElementTree
) -> None:
    assert schema.validate(document), schema.error_log


def test_programme_is_parent_of_six_projects(document: etree._ElementTree) -> None:
    root = document.getroot()
    assert root.get("version") == "2.03"
    activities = root.findall("iati-activity")
    assert [a.get("hierarchy") for a in activities] == ["1"] + ["2"] * 6
    parent_id = activities[0].findtext("iati-identifier")
    assert parent_id == "XM-DAC-00000-DPG-BHA"
    children = {a.findtext("iati-identifier") for a in activities[1:]}
    assert {r.get("ref") for r in activities[0].findall("related-activity[@type='2']")} == children
    for child in activities[1:]:
        assert [r.get("ref") for r in child.findall("related-activity[@type='1']")] == [parent_id]
        roles = sorted(p.get("role") for p in child.findall("participating-org"))
        assert roles == ["1", "2", "4"]


def test_transactions_results_and_countries(document: etree._ElementTree) -> None:
    root = document.getroot()
    types = [t.get("code") for t in root.iter("transaction-type")]
    assert types.count("11") == 1 and types.count("1") == 1
    assert types.count("2") == 6 and types.count("3") == 6 and types.count("4") == 6
    assert all(v.get("value-date") for v in root.iter("value"))
    assert len(list(root.iter("result"))) == 7
    assert len(list(root.iter("indicator"))) == 7
    programme = root.find("iati-activity")
    shares = [Decimal(c.get("percentage")) for c in programme.findall("recipient-country")]
    assert sum(shares) == 100
    assert [t.get("code") for t in programme.findall("tag[@vocabulary='2']")] == ["4", "10", "17"]
    assert programme.find("sector").get("vocabulary") == "1"
    sexes = {d.get("value") for d in root.iter("dimension") if d.get("name") == "sex"}
    assert sexes == {"female", "male"}
    first_child_actuals = root.findall("iati-activity")[1].findall(".//period/actual")
    total, female, male, _age = (Decimal(a.get("value")) for a in first_child_actuals)
    assert total == female + male


def test_country_percentages_must_add_up(tmp_path: Path) -> None:
    programme = bha_programme(
        countries=(
            CountryShare(code="LB", percentage=Decimal(60)),
            CountryShare(code="TN", percentage=Decimal(30)),
        )
    )
    with pytest.raises(DomainError, match="add up to 90"):
        write_iati_xml(programme, tmp_path / "a.xml", GENERATED)
    assert not (tmp_path / "a.xml").exists()


def test_budget_period_longer_than_a_year_is_refused(tmp_path: Path) -> None:
    long = Budget(
        start=dt.date(2022, 1, 1), end=dt.date(2023, 6, 30), value=Decimal(1), value_date=dt.date(2022, 1, 1)
    )
    with pytest.raises(DomainError, match="one year or less"):
        write_iati_xml(bha_programme(budgets=(long,)), tmp_path / "a.xml", GENERATED)


def test_control_characters_in_names_do_not_break_the_xml(schema: etree.XMLSchema, tmp_path: Path) -> None:
    programme = bha_programme(title="Diaspora\x00 Grants\x1b")
    path = write_iati_xml(programme, tmp_path / "a.xml", GENERATED)
    document = etree.parse(str(path))
    assert schema.validate(document)
    assert document.getroot().find("iati-activity/title/narrative").text == "Diaspora Grants"


def test_unchanged_existing_file_when_invalid(tmp_path: Path) -> None:
    target = tmp_path / "a.xml"
    target.write_text("previous")
    bad = dataclasses.replace(bha_programme(), sectors=())
    write_iati_xml(bad, target, GENERATED)  # no sectors is allowed
    assert target.read_text().startswith("<?xml")
    with pytest.raises(DomainError):
        write_iati_xml(
            bha_programme(countries=(CountryShare(code="LB", percentage=Decimal(1)),)), target, GENERATED
        )
    assert target.read_text().startswith("<?xml")
