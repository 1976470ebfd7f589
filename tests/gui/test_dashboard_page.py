"""The dashboard on a database without results says what to do; with a programme it shows its figures."""

from __future__ import annotations

import datetime as dt

from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages.dashboard_page import DashboardPage
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.registry import Services


def test_an_empty_database_says_how_to_start(window: MainWindow) -> None:
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    assert page.headline.text() == "—"
    assert "load the demo programme" in page.headline_note.text()


def test_a_programme_without_results_shows_no_figure_and_no_error(
    window: MainWindow, services: Services
) -> None:
    services.programmes.create(
        ProgrammeInput(
            code="BHA", name="BHA diaspora", start_date=dt.date(2022, 1, 1), end_date=dt.date(2023, 1, 31)
        )
    )
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    assert page.programme.currentText() == "BHA – BHA diaspora"
    assert page.headline.text() == "—"
    assert page.overdue.item(0).text() == "No report is overdue."
    assert page.open_calls.item(0).text() == "No call is open."
