"""HXL CSV read by libhxl, the HXL project's own library: sums by tag equal the input data."""

from __future__ import annotations

import csv
import dataclasses
from decimal import Decimal
from pathlib import Path

import hxl

from diaspora_grants.reporting.donor_workbook.columns import five_w_columns, reach_columns
from diaspora_grants.reporting.hxl import write_five_w_hxl, write_reach_hxl
from diaspora_grants.reporting.hxl_vocabulary import tag_problems
from tests.reporting.sample_data import five_w_rows, reach_rows


def _sum(dataset: hxl.model.Dataset, tag: str) -> int:
    return sum(int(row.get(tag)) for row in dataset if row.get(tag) not in ("", None))


def test_reach_sums_by_tag_match_the_data(tmp_path: Path) -> None:
    rows = list(reach_rows())
    path = tmp_path / "reach.csv"
    assert write_reach_hxl(path, rows) == len(rows)
    dataset = hxl.data(str(path), hxl.InputOptions(allow_local=True)).cache()
    direct = [r for r in rows if r.reach_type == "direct"]
    assert "#reached+f+children" in dataset.display_tags
    # Direct reach only: the indirect audience sits in its own column, never under #reached.
    assert _sum(dataset, "#reached+ind") == sum(r.total for r in direct)
    assert _sum(dataset, "#reached") == sum(r.total for r in direct)  # the total comes first
    assert _sum(dataset, "#x_audience") == 1_150_000
    assert _sum(dataset, "#reached+f") == sum(sum(r.female) for r in direct)  # the female total
    assert _sum(dataset, "#reached+children") == sum(r.female[0] + r.male[0] for r in direct)
    assert _sum(dataset, "#reached+f+children") == sum(r.female[0] for r in direct)
    assert _sum(dataset, "#reached+m+elderly") == sum(r.male[2] for r in direct)
    assert _sum(dataset, "#reached+sex_unknown+age_unknown") == sum(r.unknown for r in direct)
    assert dataset.get_value_set("#country+code+v_iso3") == {"LBN", "TUN", "ZWE"}


def test_every_reach_and_5w_tag_finds_its_own_column_and_uses_the_standards_vocabulary(
    tmp_path: Path,
) -> None:
    """HXL tools take, in each row, the first non-empty column matching a pattern: so that summing
    any column's tag gives that column's figure, no earlier column may match it (the +new column
    used to match #reached+ind). Hashtags and attributes are the HXL standard's or declared ours."""
    for columns in (reach_columns(), reach_columns(("0-4", "5-17", "18+")), five_w_columns()):
        tags = [c.tag for c in columns]
        for index, tag in enumerate(tags):
            pattern = hxl.model.TagPattern.parse(tag)
            earlier = [t for t in tags[:index] if pattern.match(hxl.model.Column.parse(t))]
            assert earlier == [], (tag, earlier)
            assert tag_problems(tag) == []
    assert tag_problems("#org+funder") == [
        "#org+funder: +funder is neither an HXL attribute nor a declared one"
    ]


def test_custom_age_bands_get_custom_attributes(tmp_path: Path) -> None:
    bands = ("0-4", "5-17", "18+")
    rows = [dataclasses.replace(r, female=(1, 2, 3), male=(4, 5, 6)) for r in list(reach_rows())[:3]]
    path = tmp_path / "vaccination.csv"
    write_reach_hxl(path, rows, bands)
    dataset = hxl.data(str(path), hxl.InputOptions(allow_local=True)).cache()
    assert _sum(dataset, "#reached+f+age_0_4") == 3
    assert _sum(dataset, "#reached+m+age_18_plus") == 18
    assert _sum(dataset, "#reached+f") == 18


def test_five_w_budget_and_targets_match(tmp_path: Path) -> None:
    rows = five_w_rows()
    path = tmp_path / "5w.csv"
    write_five_w_hxl(path, rows)
    dataset = hxl.data(str(path), hxl.InputOptions(allow_local=True)).cache()
    budgets = [Decimal(row.get("#value+budget+c_usd")) for row in dataset if row.get("#value+budget+c_usd")]
    assert sum(budgets) == sum((r.budget_usd or Decimal(0) for r in rows), Decimal(0))
    assert _sum(dataset, "#targeted+ind") == sum(r.targeted_total or 0 for r in rows)
    assert dataset.get_value_set("#country+code+v_iso3") == {"LBN", "TUN", "ZWE"}


def test_dangerous_text_gets_an_apostrophe_and_numbers_stay_plain(tmp_path: Path) -> None:
    rows = list(reach_rows())[:2]
    rows[0] = dataclasses.replace(
        rows[0], source='=HYPERLINK("http://evil.example")', location="-2", admin1="@x"
    )
    path = tmp_path / "reach.csv"
    write_reach_hxl(path, rows)
    with path.open(encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    first = dict(zip(table[1], table[2], strict=True))
    assert first["#meta+source"] == '\'=HYPERLINK("http://evil.example")'
    assert first["#loc+name"] == "'-2"
    assert first["#adm1+name"] == "'@x"
    assert first["#reached+ind"] == str(rows[0].total)  # plain number, no separators
    assert first["#date+start"] == "2022-04-01"
