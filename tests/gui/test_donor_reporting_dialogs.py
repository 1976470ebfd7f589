"""Reports page: the award from the donor, the variance threshold and the explanations of variances
are entered in the app, through the widgets, and kept by the services."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from diaspora_grants.gui.dialogs.award_dialog import PercentField
from diaspora_grants.gui.dialogs.record_dialog import RecordDialog
from diaspora_grants.gui.dialogs.variance_dialog import LIFE_OF_AWARD, VarianceDialog
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages.reports_page import ReportsPage
from diaspora_grants.services.finance import BudgetLineInput
from diaspora_grants.services.registry import Services

from .builders import Chain, grant_chain


@pytest.fixture
def chain(services: Services) -> Chain:
    return grant_chain(services)


@pytest.fixture
def page(window: MainWindow, chain: Chain) -> ReportsPage:
    shown = window.show_page("reports")
    assert isinstance(shown, ReportsPage)
    shown.programme.set_value(chain.programme_id)
    return shown


def _button(page: ReportsPage) -> QPushButton:
    button = page.findChild(QPushButton, "donor-reporting")
    assert button is not None and button.isVisibleTo(page)  # on the page, beside the programme
    return button


def _trigger(page: ReportsPage, action_name: str) -> object:
    button = _button(page)
    action = next(a for a in button.menu().actions() if a.objectName() == action_name)
    action.trigger()
    return button.property("dialog")


def _variances(page: ReportsPage, qtbot: QtBot) -> VarianceDialog:
    dialog = _trigger(page, "variances-action")
    assert isinstance(dialog, VarianceDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_award_and_threshold_are_entered_and_saved(
    page: ReportsPage, chain: Chain, services: Services, qtbot: QtBot
) -> None:
    dialog = _trigger(page, "award-action")
    assert isinstance(dialog, RecordDialog)
    qtbot.waitExposed(dialog)
    threshold = dialog.widgets["variance_threshold"]
    assert isinstance(threshold, PercentField) and threshold.text() == "10"  # the default, shown
    qtbot.keyClicks(dialog.widgets["amount"], "1,800,000")
    qtbot.keyClicks(dialog.widgets["indirect_rate"], "7")
    threshold.clear()
    qtbot.keyClicks(threshold, "15%")
    dialog.ok_button.click()
    award = services.programmes.award(chain.programme_id)
    assert award.amount == Decimal(1_800_000)
    assert award.indirect_rate == Decimal("0.07") and award.variance_threshold == Decimal("0.15")


def test_a_wrong_threshold_is_marked_on_the_form_and_nothing_is_saved(
    page: ReportsPage, chain: Chain, services: Services, qtbot: QtBot
) -> None:
    dialog = _trigger(page, "award-action")
    assert isinstance(dialog, RecordDialog)
    threshold = dialog.widgets["variance_threshold"]
    threshold.clear()
    qtbot.keyClicks(threshold, "150")
    dialog.ok_button.click()
    assert dialog.isVisible()  # stays open, the field marked
    assert threshold.property("invalid") or dialog.general_problem.text()
    assert services.programmes.award(chain.programme_id).version == 0


def test_explanations_per_indicator_and_period_and_per_budget_line(
    page: ReportsPage, chain: Chain, services: Services, qtbot: QtBot
) -> None:
    line = services.finance.create_budget_line(
        chain.project_id, BudgetLineInput(code="ACT", category="Activities", original_amount=Decimal(100))
    )
    dialog = _variances(page, qtbot)
    period = next(iter(chain.periods.values()))
    dialog.indicator.set_value(chain.people_id)
    dialog.period.set_value(period)
    qtbot.keyClicks(dialog.indicator_text, "Fuel shortages delayed the sessions.")
    qtbot.mouseClick(dialog.save_indicator, Qt.MouseButton.LeftButton)
    dialog.period.set_value(LIFE_OF_AWARD)
    assert dialog.indicator_text.value() is None  # another period: its own explanation (none yet)
    dialog.line.set_value(line.id)
    qtbot.keyClicks(dialog.line_text, "Prices doubled.")
    qtbot.mouseClick(dialog.save_line, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Saved."
    saved = {
        (e.indicator_id, e.period_id, e.budget_line_id): e.text
        for e in services.programmes.variance_explanations(chain.programme_id)
    }
    assert saved == {
        (chain.people_id, period, None): "Fuel shortages delayed the sessions.",
        (None, None, line.id): "Prices doubled.",
    }
    dialog.period.set_value(period)
    assert dialog.indicator_text.value() == "Fuel shortages delayed the sessions."  # read back


def test_a_refused_explanation_is_said_with_the_forms_own_label_and_nothing_is_saved(
    page: ReportsPage, chain: Chain, services: Services, qtbot: QtBot
) -> None:
    dialog = _variances(page, qtbot)
    dialog.indicator.set_value(chain.people_id)
    dialog.indicator_text.set_value("x" * 4_001)  # a pasted essay, past the 4,000 characters kept
    qtbot.mouseClick(dialog.save_indicator, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith("Explanation: ")
    assert "explanation " not in dialog.status.text()  # the service's key is not shown
    assert dialog.isVisible() and services.programmes.variance_explanations(chain.programme_id) == []
