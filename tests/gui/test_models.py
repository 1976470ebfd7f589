"""Table models: valid for Qt (qtmodeltester), people-readable cells, sorting in the model and in SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from diaspora_grants.domain.enums import DueDiligenceStatus, OrganisationType
from diaspora_grants.gui.models.lazy_model import LazyTableModel, PageSource
from diaspora_grants.gui.models.organisations import OrganisationTableModel
from diaspora_grants.gui.models.roles import ID_ROLE, SORT_ROLE
from diaspora_grants.gui.models.table_model import Column, RowTableModel
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.registry import Services

DISPLAY = Qt.ItemDataRole.DisplayRole


@dataclass(frozen=True)
class Grant:
    id: int
    title: str
    amount: Decimal | None
    signed: dt.date | None
    kind: OrganisationType


class GrantModel(RowTableModel[Grant]):
    COL_TITLE, COL_AMOUNT, COL_SIGNED, COL_KIND = range(4)
    COLUMNS = (
        Column[Grant]("Title", lambda g: g.title, order_key="title"),
        Column[Grant]("Amount", lambda g: g.amount, order_key="amount"),
        Column[Grant]("Signed", lambda g: g.signed),
        Column[Grant]("Kind", lambda g: g.kind),
    )


class LazyGrantModel(LazyTableModel[Grant]):
    COLUMNS = GrantModel.COLUMNS


GRANTS = [
    Grant(1, "schools", Decimal("1250000.5"), dt.date(2022, 3, 1), OrganisationType.DIASPORA),
    Grant(2, "Vaccination", Decimal("9000"), None, OrganisationType.UN_AGENCY),
    Grant(3, "media literacy", None, dt.date(2021, 12, 24), OrganisationType.NGO),
]


def cell(model: RowTableModel[Any], row: int, column: int, role: int = DISPLAY) -> object:
    return model.data(model.index(row, column), role)


def test_cells_read_as_people_write_them(qtmodeltester: ModelTester) -> None:
    model = GrantModel()
    model.set_rows(GRANTS)
    qtmodeltester.check(model)
    assert cell(model, 0, GrantModel.COL_AMOUNT) == "1,250,000.50"
    assert cell(model, 0, GrantModel.COL_SIGNED) == "2022-03-01"
    assert cell(model, 1, GrantModel.COL_KIND) == "UN agency"  # the value, never UN_AGENCY
    assert cell(model, 2, GrantModel.COL_AMOUNT) == ""
    alignment = cell(model, 0, GrantModel.COL_AMOUNT, Qt.ItemDataRole.TextAlignmentRole)
    assert isinstance(alignment, Qt.AlignmentFlag) and alignment & Qt.AlignmentFlag.AlignRight
    assert cell(model, 1, 0, ID_ROLE) == 2


def test_sorting_orders_numbers_by_size_and_keeps_blanks_last(qtmodeltester: ModelTester) -> None:
    model = GrantModel()
    model.set_rows(GRANTS)
    model.sort(GrantModel.COL_AMOUNT, Qt.SortOrder.AscendingOrder)
    assert [cell(model, r, 0) for r in range(3)] == ["Vaccination", "schools", "media literacy"]
    model.sort(GrantModel.COL_AMOUNT, Qt.SortOrder.DescendingOrder)
    assert [cell(model, r, 0) for r in range(3)] == ["schools", "Vaccination", "media literacy"]
    model.sort(GrantModel.COL_TITLE, Qt.SortOrder.AscendingOrder)  # without regard to case
    assert [cell(model, r, 0) for r in range(3)] == ["media literacy", "schools", "Vaccination"]
    assert cell(model, 1, GrantModel.COL_AMOUNT, SORT_ROLE) == 1250000.5
    qtmodeltester.check(model)


def test_new_rows_keep_the_chosen_sort() -> None:
    model = GrantModel()
    model.sort(GrantModel.COL_SIGNED, Qt.SortOrder.DescendingOrder)
    model.set_rows(GRANTS)
    assert [cell(model, r, 0) for r in range(3)] == ["schools", "media literacy", "Vaccination"]


class FakeTable:
    """Stands in for a service's count/page queries, recording what the model asked for."""

    def __init__(self, size: int) -> None:
        self.rows = [Grant(i, f"grant {i:07d}", Decimal(i), None, OrganisationType.NGO) for i in range(size)]
        self.asked: list[tuple[str | None, bool, int, int]] = []

    def source(self) -> PageSource[Grant]:
        return PageSource(count=lambda: len(self.rows), page=self.page)

    def page(self, order: str | None, descending: bool, limit: int, offset: int) -> list[Grant]:
        self.asked.append((order, descending, limit, offset))
        rows = sorted(self.rows, key=lambda g: g.amount or 0, reverse=descending) if order else self.rows
        return rows[offset : offset + limit]


def test_lazy_model_fetches_pages_and_sorts_by_asking_again(qtmodeltester: ModelTester) -> None:
    table = FakeTable(1200)
    model = LazyGrantModel(page_size=500)
    model.set_source(table.source())
    assert model.rowCount() == 500
    assert model.total() == 1200
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 1200
    assert not model.canFetchMore()
    qtmodeltester.check(model)

    model.sort(GrantModel.COL_AMOUNT, Qt.SortOrder.DescendingOrder)
    assert table.asked[-1] == ("amount", True, 500, 0)
    assert cell(model, 0, GrantModel.COL_TITLE) == "grant 0001199"
    assert model.rowCount() == 500

    asked = len(table.asked)
    model.sort(GrantModel.COL_SIGNED)  # no order key: not sortable in SQL, so nothing is asked
    assert len(table.asked) == asked


def test_lazy_model_refuses_python_rows() -> None:
    with pytest.raises(TypeError):
        LazyGrantModel().set_rows(GRANTS)


def test_organisation_model_shows_names_not_codes(qtmodeltester: ModelTester, services: Services) -> None:
    services.organisations.create(
        OrganisationInput(
            name="Genesis Entrepreneurship Trust",
            hq_country="ZW",
            operating_countries=("ZW", "ZA"),
            dd_status=DueDiligenceStatus.CLEARED,
            dd_expiry=dt.date(2022, 10, 1),
        )
    )
    model = OrganisationTableModel()
    model.set_rows(services.organisations.find())
    qtmodeltester.check(model)
    assert cell(model, 0, OrganisationTableModel.COL_HQ) == "Zimbabwe"
    assert cell(model, 0, OrganisationTableModel.COL_OPERATES) == "Zimbabwe, South Africa"
    assert cell(model, 0, OrganisationTableModel.COL_TYPE) == "Diaspora organisation"
    assert cell(model, 0, OrganisationTableModel.COL_DD) == "Cleared (expires soon)"
    assert cell(model, 0, OrganisationTableModel.COL_DD, Qt.ItemDataRole.ForegroundRole) is not None
