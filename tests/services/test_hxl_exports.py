"""The demo's HXL files as a cluster's information officer reads them with libhxl: direct and
indirect apart, every column's tag sums to that column, the same country codes in both files,
targets filled, the date the data describe, and a budget only on its project's row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import hxl
import pytest

from diaspora_grants.services.registry import Services
from tests.services.donor_demo import BHA, demo_services


@dataclass
class Files:
    services: Services
    reach: hxl.model.Dataset
    five_w: hxl.model.Dataset


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Files]:
    folder = tmp_path_factory.mktemp("hxl")
    services, database = demo_services(folder)
    programme = services.programmes.get_by_code(BHA).id
    services.exports.write_hxl(programme, "reach", folder / "reach.csv")
    services.exports.write_hxl(programme, "5w", folder / "5w.csv")

    def read(name: str) -> hxl.model.Dataset:
        return hxl.data(str(folder / name), hxl.InputOptions(allow_local=True)).cache()

    yield Files(services, read("reach.csv"), read("5w.csv"))
    database.dispose()


def _sum(dataset: hxl.model.Dataset, tag: str) -> int:
    return sum(int(row.get(tag)) for row in dataset if row.get(tag) not in ("", None))


def test_direct_reach_and_indirect_audiences_never_add_up_together(files: Files) -> None:
    services = files.services
    report = services.reach.people_reached(services.programmes.get_by_code(BHA).id)
    explanation = report.explanation
    assert explanation is not None
    # Summing the rows gives each project's own count (the upper bound), direct only:
    assert _sum(files.reach, "#reached+ind") == explanation.direct_unique_upper_bound == 1_785_000
    assert _sum(files.reach, "#reached") == 1_785_000
    assert _sum(files.reach, "#x_audience") == explanation.indirect_unique_upper_bound
    counted = sum(int(r.get("#reached+ind") or 0) for r in files.reach if r.get("#meta+counted") == "Yes")
    assert counted == explanation.direct_unique == 1_565_000  # the rows the overlap rule counts
    assert _sum(files.reach, "#reached+new") == 1_785_000  # its own column, not matched by +ind


def test_both_files_use_iso3_country_codes(files: Files) -> None:
    assert files.reach.get_value_set("#country+code+v_iso3") == {"LBN", "TUN", "ZWE"}
    assert files.five_w.get_value_set("#country+code+v_iso3") == {"LBN", "TUN", "ZWE"}


def test_five_w_targets_budgets_and_reporting_date(files: Files) -> None:
    services = files.services
    programme = services.programmes.get_by_code(BHA)
    rows = list(files.five_w)
    project_rows = [r for r in rows if r.get("#loc+name") == "all locations (project)"]
    assert len(project_rows) == 6
    assert all(not r.get("#value+budget+c_usd") for r in rows if r not in project_rows)
    budgets = sum(Decimal(r.get("#value+budget+c_usd")) for r in project_rows)
    summary = services.finance.programme_summary(programme.id)
    assert budgets == summary.totals.grant
    assert _sum(files.five_w, "#targeted+ind") > 0 and all(r.get("#targeted+ind") for r in project_rows)
    assert _sum(files.five_w, "#reached+ind") == 1_785_000  # locations' rows: each project's own count
    reported = {r.get("#date+reported") for r in rows}
    last_end = max(p.end_date for p in services.periods.find(programme.id) if p.end_date <= dt.date.today())
    assert reported == {last_end.isoformat()}  # the date the data describe, not the export's
