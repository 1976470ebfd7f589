"""The Results page: the grid's live totals, saving and status, locked periods, and the big table."""

from __future__ import annotations

import threading
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_grants.domain.enums import AuditAction, ResultStatus
from diaspora_grants.gui import interaction
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.models.result_grid import DisaggregationGridModel
from diaspora_grants.gui.models.results import ResultTableModel
from diaspora_grants.gui.pages.results_page import ResultsPage
from diaspora_grants.gui.workers import PageReads
from diaspora_grants.services.indicators import IndicatorInput
from diaspora_grants.services.inputs import input_of
from diaspora_grants.services.registry import Services
from diaspora_grants.services.results import CellInput, ResultFilter

from .builders import Chain, grant_chain

EDITABLE = Qt.ItemFlag.ItemIsEditable


@pytest.fixture
def chain(services: Services) -> Chain:
    return grant_chain(services)


@pytest.fixture
def page(window: MainWindow, chain: Chain) -> ResultsPage:
    shown = window.show_page("results")
    assert isinstance(shown, ResultsPage)
    return shown


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(interaction, "show_error", lambda _parent, error, **_kw: shown.append(str(error)))
    return shown


@pytest.fixture
def confirm_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interaction, "confirm", lambda *_a, **_k: True)


def choose(
    page: ResultsPage, indicator: str = "BHA-1", period: str = "2022-H1", location: str = "Akkar"
) -> None:
    page.scope.choose(project="LB-VAX-01", indicator=indicator, period=period)
    if page.model.disaggregated:
        page.location.setCurrentIndex(page.location.findText(location))


def cell_text(model: DisaggregationGridModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


def grand_total(model: DisaggregationGridModel) -> str:
    return cell_text(model, model.rowCount() - 1, model.columnCount() - 1)


def test_totals_follow_each_key_press_and_save_keeps_every_location(
    window: MainWindow, page: ResultsPage, qtbot: QtBot, services: Services, chain: Chain
) -> None:
    choose(page)
    model = page.model
    # Rows: 6 population groups x 3 sexes, then Total; columns: 3 age bands + unknown, then Total.
    assert (model.rowCount(), model.columnCount()) == (19, 5)
    assert model.headerData(0, Qt.Orientation.Vertical) == "host community · female"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "18-59"
    assert not model.flags(model.index(0, 4)) & EDITABLE  # a row total is never typed
    assert not model.flags(model.index(18, 0)) & EDITABLE

    page.grid.setCurrentIndex(model.index(0, 1))
    page.grid.edit(model.index(0, 1))
    editor = page.grid.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, "12")
    assert grand_total(model) == "12"  # before the editor is closed
    qtbot.keyClicks(editor, "0")
    assert (cell_text(model, 0, 4), cell_text(model, 18, 1), grand_total(model)) == ("120", "120", "120")
    assert "Total of the scope: 120" in page.totals_label.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # Qt commits and closes the editor on the next turn of the event loop
    model.setData(model.index(3, 1), "30")  # migrants, male, 18-59
    assert (cell_text(model, 18, 1), grand_total(model)) == ("150", "150")

    page.location.setCurrentIndex(page.location.findText("Baalbek-Hermel"))
    assert grand_total(model) == "0"
    model.setData(model.index(0, 0), "5")
    assert "Total of the scope: 155" in page.totals_label.text()
    assert page.save_button.isEnabled() and not page.approval.submit_button.isEnabled()
    page.save_button.click()

    grid = services.results.grid(chain.project_id, chain.people_id, chain.periods["2022-H1"])
    assert grid.total == Decimal(155)
    assert grid.by_location == {chain.locations["Akkar"]: Decimal(150), chain.locations["Baalbek-Hermel"]: 5}
    assert grid.status is ResultStatus.DRAFT
    assert "draft" in page.status_label.text()
    page.tabs.setCurrentWidget(page.table_panel)
    assert page.table_panel.model.total() == 3
    page.tabs.setCurrentIndex(0)

    window.undo_action.trigger()
    assert services.results.grid(chain.project_id, chain.people_id, chain.periods["2022-H1"]).is_empty
    assert page.model.total() == 0


def test_submit_then_approve_changes_the_status_of_the_scope(
    page: ResultsPage, services: Services, chain: Chain, confirm_yes: None
) -> None:
    scope = (chain.project_id, chain.people_id, chain.periods["2022-H1"])
    cell = CellInput(chain.locations["Akkar"], "refugees", "female", "0-17", 40)
    services.results.save_grid(*scope, [cell], status=ResultStatus.DRAFT)
    page.refresh()
    choose(page)
    approval = page.approval
    assert approval.submit_button.isEnabled()
    approval.submit_button.click()
    assert services.results.grid(*scope).status is ResultStatus.SUBMITTED
    assert "submitted by tester" in page.status_label.text()
    assert "waiting for approval" in page.status_label.text()
    approval.approve_button.click()  # one person may do both on this programme (a SQLite file)
    assert services.results.grid(*scope).status is ResultStatus.APPROVED
    assert not approval.approve_button.isEnabled()


def test_an_indicator_without_disaggregation_takes_one_value_per_location(
    page: ResultsPage, services: Services, chain: Chain
) -> None:
    choose(page, indicator="BHA-4")
    model = page.model
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())] == [
        "Akkar", "Baalbek-Hermel", "whole project", "Total",
    ]  # fmt: skip
    assert model.columnCount() == 2 and not page.location.isEnabled()
    model.setData(model.index(0, 0), "3")
    model.setData(model.index(1, 0), "2")
    assert cell_text(model, 3, 0) == "5"
    page.save_button.click()
    grid = services.results.grid(chain.project_id, chain.classrooms_id, chain.periods["2022-H1"])
    assert grid.by_location == {chain.locations["Akkar"]: Decimal(3), chain.locations["Baalbek-Hermel"]: 2}


def test_a_cell_the_service_refuses_is_marked_and_named_by_its_labels(
    page: ResultsPage, services: Services, other_user: Services, chain: Chain
) -> None:
    choose(page)
    model = page.model
    model.setData(model.index(2, 0), "5")
    # The indicator changes under the grid: what was typed no longer fits when saved.
    indicator = other_user.indicators.get(chain.people_id)
    other_user.indicators.update(
        indicator.id,
        replace(input_of(indicator, IndicatorInput), disaggregated=False),
        expected_version=indicator.version,
    )
    page.save_button.click()
    assert page.problem.isVisibleTo(page)
    assert "Not saved: Akkar · host community · sex unknown · 0-17:" in page.problem.text()
    assert "cell 30" not in page.problem.text() and "#" not in page.problem.text()
    assert model.data(model.index(2, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert services.results.count(ResultFilter(programme_id=chain.programme_id)) == 0


def test_a_locked_period_is_read_only_with_a_visible_lock(
    page: ResultsPage, services: Services, chain: Chain
) -> None:
    services.periods.lock(chain.periods["2022-H1"])
    page.refresh()
    choose(page)
    locking = page.locking
    assert locking.banner.isVisibleTo(page)
    assert "Period 2022-H1 is locked" in locking.text.text()
    assert not locking.icon.pixmap().isNull()
    period_index = page.scope.period.findText("2022-H1")
    assert not page.scope.period.itemIcon(period_index).isNull()
    model = page.model
    assert not model.flags(model.index(0, 0)) & EDITABLE
    assert not model.setData(model.index(0, 0), "10")
    assert not page.save_button.isEnabled()
    assert locking.unlock_button.isVisibleTo(page) and not locking.lock_button.isVisibleTo(page)


def test_a_save_into_a_period_locked_meanwhile_is_refused(
    page: ResultsPage, services: Services, other_user: Services, chain: Chain, errors: list[str]
) -> None:
    choose(page)
    page.model.setData(page.model.index(0, 0), "10")
    other_user.periods.lock(chain.periods["2022-H1"])
    page.save_button.click()
    assert errors and "is locked" in errors[0]
    assert services.results.count(ResultFilter(programme_id=chain.programme_id)) == 0


def test_lock_and_unlock_with_a_reason_reach_the_audit_trail(
    page: ResultsPage, qtbot: QtBot, services: Services, chain: Chain, confirm_yes: None
) -> None:
    choose(page)
    locking = page.locking
    locking.lock_button.click()
    period_id = chain.periods["2022-H1"]
    assert services.periods.get(period_id).locked
    assert locking.banner.isVisibleTo(page) and not page.model.flags(page.model.index(0, 0)) & EDITABLE

    locking.unlock_button.click()
    dialog = locking.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ok_button.click()  # no reason
    row = dialog.form.row("reason")
    assert dialog.isVisible() and row is not None and row.is_marked()
    assert services.periods.get(period_id).locked
    qtbot.keyClicks(dialog.reason, "Partner corrected the Akkar figures")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert not services.periods.get(period_id).locked
    assert page.model.flags(page.model.index(0, 0)) & EDITABLE

    trail = services.audit.find(table="periods", record_id=period_id)
    actions = [
        (e.action, e.user_name, e.reason) for e in trail if e.action in (AuditAction.LOCK, AuditAction.UNLOCK)
    ]
    assert actions == [
        (AuditAction.UNLOCK, "tester", "Partner corrected the Akkar figures"),
        (AuditAction.LOCK, "tester", None),
    ]


def test_the_results_table_filters_in_the_database_and_opens_a_row_in_the_grid(
    window: MainWindow, page: ResultsPage, services: Services, chain: Chain
) -> None:
    akkar = chain.locations["Akkar"]
    for period, status in (("2022-H1", ResultStatus.APPROVED), ("2022-H2", ResultStatus.DRAFT)):
        services.results.save_grid(
            chain.project_id,
            chain.people_id,
            chain.periods[period],
            [
                CellInput(akkar, "refugees", "female", "0-17", 7),
                CellInput(akkar, "migrants", "male", "60+", 3),
            ],
            status=status,
        )
    page.refresh()
    page.tabs.setCurrentWidget(page.table_panel)
    panel = page.table_panel
    assert panel.model.total() == 4
    assert window.count_label.text() == "4 result cells"
    panel.status_filter.set_value(ResultStatus.DRAFT)
    assert panel.model.total() == 2
    assert {panel.model.data(panel.model.index(r, ResultTableModel.COL_PERIOD)) for r in range(2)} == {
        "2022-H2"
    }

    panel.table.doubleClicked.emit(panel.model.index(0, 0))
    assert page.tabs.currentIndex() == 0
    assert page.scope.period.currentText() == "2022-H2"
    assert grand_total(page.model) == "10"


def test_the_result_models_are_valid_qt_models(
    qtmodeltester: ModelTester, page: ResultsPage, services: Services, chain: Chain
) -> None:
    services.results.save_grid(
        chain.project_id,
        chain.people_id,
        chain.periods["2022-H1"],
        [
            CellInput(chain.locations["Akkar"], "refugees", "female", "0-17", 7),
            CellInput(None, "migrants", "male", "unknown", 2),
        ],
    )
    page.refresh()
    choose(page)
    qtmodeltester.check(page.model)
    page.location.setCurrentIndex(page.location.findText("whole project"))
    assert "migrants · male" in [page.model.headerData(r, Qt.Orientation.Vertical) for r in range(20)]
    assert grand_total(page.model) == "2"
    qtmodeltester.check(page.model)
    page.tabs.setCurrentWidget(page.table_panel)
    assert page.table_panel.model.total() == 2
    qtmodeltester.check(page.table_panel.model)


def test_the_table_is_loading_until_another_order_has_been_read(
    page: ResultsPage, services: Services, chain: Chain, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A header click reads the rows again, in the new order, off the GUI thread: the page says it
    is loading (the status bar, the bench's timing) until they are shown."""
    akkar = chain.locations["Akkar"]
    cells = [
        CellInput(akkar, "refugees", "female", "0-17", 7),
        CellInput(akkar, "migrants", "male", "60+", 3),
    ]
    services.results.save_grid(chain.project_id, chain.people_id, chain.periods["2022-H1"], cells)
    page.refresh()
    page.tabs.setCurrentWidget(page.table_panel)
    panel = page.table_panel
    assert panel.model.total() == 2
    monkeypatch.setattr(PageReads, "settle", None)
    release = threading.Event()
    results = panel.services.results
    find = results.find
    monkeypatch.setattr(results, "find", lambda *a, **kw: (release.wait(10), find(*a, **kw))[1])

    panel.table.sortByColumn(ResultTableModel.COL_VALUE, Qt.SortOrder.DescendingOrder)
    assert page.is_loading()
    release.set()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)
    assert [panel.model.data(panel.model.index(r, ResultTableModel.COL_VALUE)) for r in range(2)] == [
        "7",
        "3",
    ]
