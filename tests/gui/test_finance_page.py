"""The Finance page: the programme summary, a missing rate named on the page, rates edited, tranches due."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_grants.gui import interaction
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.models.finance import ProgrammeFinanceTableModel, RateTableModel
from diaspora_grants.gui.pages.finance_page import FinancePage
from diaspora_grants.services.exchange_rates import RateInput
from diaspora_grants.services.finance import TrancheInput
from diaspora_grants.services.projects import ProjectInput
from diaspora_grants.services.registry import Services

from .builders import Chain, grant_chain


@pytest.fixture
def chain(services: Services) -> Chain:
    return grant_chain(services)


@pytest.fixture
def page(window: MainWindow, chain: Chain) -> FinancePage:
    shown = window.show_page("finance")
    assert isinstance(shown, FinancePage)
    return shown


def cell(model: object, row: int, column: int) -> object:
    return model.data(model.index(row, column))  # type: ignore[attr-defined]


def add_euro_project(services: Services, chain: Chain) -> None:
    services.projects.create(
        ProjectInput(
            code="TN-YOUTH-01",
            title="Youth entrepreneurship",
            programme_id=chain.programme_id,
            partner_id=chain.partner_id,
            country="TN",
            grant_amount=Decimal(100000),
            currency="EUR",
            planned_start=dt.date(2022, 3, 1),
            planned_end=dt.date(2022, 12, 31),
        )
    )


def test_the_summary_shows_each_project_in_the_reporting_currency(
    page: FinancePage, window: MainWindow, services: Services, chain: Chain
) -> None:
    model = page.summary_model
    assert model.rowCount() == 1
    assert cell(model, 0, ProgrammeFinanceTableModel.COL_PROJECT) == "LB-VAX-01"
    assert cell(model, 0, ProgrammeFinanceTableModel.COL_GRANT) == "250,000.00"
    assert cell(model, 0, ProgrammeFinanceTableModel.COL_BURN) == "—"  # no budget yet
    assert "grant 250,000.00 USD" in page.totals.text()
    assert window.count_label.text() == "1 project · 0 exchange rates"


def test_a_missing_rate_is_named_and_can_be_added_from_the_page(
    page: FinancePage, qtbot: QtBot, services: Services, chain: Chain
) -> None:
    add_euro_project(services, chain)
    page.refresh()
    assert page.summary_stack.currentIndex() == 1
    assert "no exchange rate for EUR against USD in 2022-03" in page.problem.text()
    assert page.add_missing_button.isVisibleTo(page)

    page.add_missing_button.click()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.widgets["currency"].value() == "EUR"
    assert dialog.widgets["month"].value() == dt.date(2022, 3, 1)
    qtbot.keyClicks(dialog.widgets["units_per_base"], "0.9125")
    dialog.ok_button.click()

    assert not dialog.isVisible(), dialog.general_problem.text()
    [rate] = services.exchange_rates.find()
    assert (rate.currency, rate.month, rate.units_per_base) == ("EUR", dt.date(2022, 3, 1), Decimal("0.9125"))
    assert page.summary_stack.currentIndex() == 0
    assert page.summary_model.rowCount() == 2
    assert cell(page.rate_model, 0, RateTableModel.COL_UNITS) == "0.9125"


def test_rates_are_added_edited_and_deleted_with_undo(
    page: FinancePage, window: MainWindow, qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.new_action.trigger()
    dialog = page.dialog
    assert dialog is not None
    dialog.widgets["currency"].set_value("LBP")
    dialog.widgets["month"].set_value(dt.date(2022, 5, 17))
    dialog.ok_button.click()  # no rate typed
    row = dialog.form.row("units per base")
    assert dialog.isVisible() and row is not None and row.is_marked()
    qtbot.keyClicks(dialog.widgets["units_per_base"], "1,507.5")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    [rate] = services.exchange_rates.find()
    assert (rate.month, rate.units_per_base) == (dt.date(2022, 5, 1), Decimal("1507.5"))
    assert cell(page.rate_model, 0, RateTableModel.COL_MONTH) == "2022-05"

    page.rate_table.selectRow(0)
    window.edit_action.trigger()
    dialog = page.dialog
    assert dialog is not None
    dialog.widgets["units_per_base"].clear()
    qtbot.keyClicks(dialog.widgets["units_per_base"], "1510")
    dialog.ok_button.click()
    assert services.exchange_rates.get(rate.id).units_per_base == Decimal(1510)

    monkeypatch.setattr(interaction, "confirm", lambda *_a, **_k: True)
    page.rate_table.selectRow(0)
    window.delete_action.trigger()
    assert services.exchange_rates.find() == []
    assert page.rate_model.rowCount() == 0
    window.undo_action.trigger()
    assert [r.units_per_base for r in services.exchange_rates.find()] == [Decimal(1510)]
    assert page.rate_model.rowCount() == 1


def test_tranches_still_to_pay_are_listed_with_the_overdue_marked(
    page: FinancePage, services: Services, chain: Chain
) -> None:
    finance = services.finance
    first = finance.create_tranche(
        chain.project_id,
        TrancheInput(number=1, planned_date=dt.date(2022, 3, 1), planned_amount=Decimal(100000)),
    )
    first = finance.approve_tranche(first.id, expected_version=first.version)
    finance.mark_paid(first.id, dt.date(2022, 3, 5), Decimal(100000), expected_version=first.version)
    finance.create_tranche(
        chain.project_id,
        TrancheInput(number=2, planned_date=dt.date(2022, 9, 1), planned_amount=Decimal(90000)),
    )
    finance.create_tranche(
        chain.project_id,
        TrancheInput(number=3, planned_date=dt.date(2022, 12, 1), planned_amount=Decimal(60000)),
    )
    page.refresh()
    model = page.tranche_model
    assert [cell(model, r, model.COL_NUMBER) for r in range(model.rowCount())] == ["2", "3"]
    assert cell(model, 0, model.COL_STATUS) == "Scheduled (overdue)"  # today is 2022-09-15
    assert cell(model, 1, model.COL_STATUS) == "Scheduled"
    assert cell(model, 0, model.COL_AMOUNT) == "90,000.00 USD"
    assert cell(page.summary_model, 0, ProgrammeFinanceTableModel.COL_DISBURSED) == "100,000.00"


def test_finance_models_are_valid_qt_models(
    qtmodeltester: ModelTester, page: FinancePage, services: Services, chain: Chain
) -> None:
    services.exchange_rates.create(
        RateInput(currency="EUR", month=dt.date(2022, 3, 1), units_per_base=Decimal(1))
    )
    services.finance.create_tranche(
        chain.project_id, TrancheInput(number=1, planned_date=dt.date(2022, 9, 1), planned_amount=Decimal(5))
    )
    page.refresh()
    for model in (page.summary_model, page.rate_model, page.tranche_model):
        assert model.rowCount() == 1
        qtmodeltester.check(model)
