"""Journey: on a fresh database, a programme manager sets a programme up in the app, through the
widgets only: the programme, two indicators (one for working-age people and children only, one
worth 1 EGP a point), two reporting periods and a target; then edits one and takes it back with
Undo. What the services refuse (an end before the start, a code already used) is said in the form,
under the field it is about."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diaspora_grants.domain.enums import Measure, Reach, Sex
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages.programmes_page import ProgrammesPage
from diaspora_grants.services.inputs import input_of
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.result_cells import CellInput

from .builders import grant_chain
from .clicking import answer_next, on_screen


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> ProgrammesPage:
    on_screen(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Go > Programmes
    shown = window.current_page()
    assert isinstance(shown, ProgrammesPage)
    return shown


def type_into(qtbot: QtBot, dialog: Any, values: dict[str, str]) -> None:
    for name, text in values.items():
        widget = dialog.widgets[name]
        line = getattr(widget, "edit", widget)  # a date field types into its line
        line.clear()
        qtbot.keyClicks(line, text)


def save(dialog: Any) -> None:
    dialog.ok_button.click()
    assert not dialog.isVisible(), dialog.general_problem.text()


def refused_on(dialog: Any, field: str) -> str:
    """Save, expect the form to stay open with `field` marked; the message under it."""
    dialog.ok_button.click()
    row = dialog.form.row(field)
    assert dialog.isVisible() and row is not None and row.is_marked(), dialog.general_problem.text()
    return str(row.message.text())


def choose(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text} not offered"
    combo.setCurrentIndex(index)


def create_programme(qtbot: QtBot, page: ProgrammesPage) -> None:
    page.window().new_action.trigger()  # type: ignore[attr-defined]
    dialog = page.dialog
    type_into(
        qtbot,
        dialog,
        {
            "code": "EG-DIA-2024",
            "name": "Diaspora for Egypt",
            "award_number": "720EG24GR0001",
            "start_date": "2024-01-01",
            "end_date": "2023-12-31",
            "age_bands": "0-17, 18-59, 60+",
            "sdg_goals": "8, 10",
        },
    )
    choose(dialog.widgets["currency"], "EGP – Egyptian Pound")
    assert "before start" in refused_on(dialog, "end")
    type_into(qtbot, dialog, {"end_date": "2025-12-31"})
    save(dialog)


def add_indicators(qtbot: QtBot, page: ProgrammesPage) -> None:
    panel = page.indicators
    page.tabs.setCurrentWidget(panel)
    panel.new_button.click()
    dialog = panel.dialog
    type_into(qtbot, dialog, {"code": "EG-1", "name": "People trained", "unit": "people"})
    choose(dialog.widgets["reach"], "Direct reach")
    bands = dialog.widgets["age_bands"]
    bands.boxes["60+"].click()  # no one over 60 is trained
    save(dialog)

    panel.new_button.click()
    dialog = panel.dialog
    type_into(qtbot, dialog, {"code": "eg-1", "name": "Clickfunding points", "unit": "points"})
    assert "already has an indicator with code" in refused_on(dialog, "code")
    type_into(qtbot, dialog, {"code": "EG-2", "unit_value": "1"})
    dialog.widgets["disaggregated"].click()
    assert "currency of the unit value" in refused_on(dialog, "currency")
    choose(dialog.widgets["unit_value_currency"], "EGP – Egyptian Pound")
    save(dialog)
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "Indicators (2)"


def add_periods(qtbot: QtBot, page: ProgrammesPage) -> None:
    panel = page.periods
    page.tabs.setCurrentWidget(panel)
    for label, start, end in (
        ("2024-H1", "2024-01-01", "2024-06-30"),
        ("2024-H2", "2024-07-01", "2024-12-31"),
    ):
        panel.new_button.click()
        type_into(qtbot, panel.dialog, {"label": label, "start_date": start, "end_date": end})
        save(panel.dialog)
    panel.new_button.click()
    dialog = panel.dialog
    type_into(qtbot, dialog, {"label": "2025-H1", "start_date": "2025-06-30", "end_date": "2025-01-01"})
    assert "before start" in refused_on(dialog, "end")
    dialog.reject()
    assert panel.model.rowCount() == 2
    assert panel.model.index(0, 3).data() == ""  # not locked; locking is on the Results page


def add_target(qtbot: QtBot, page: ProgrammesPage) -> None:
    panel = page.targets
    page.tabs.setCurrentWidget(panel)
    panel.new_button.click()
    dialog = panel.dialog
    choose(dialog.widgets["indicator_id"], "EG-1 – People trained")
    choose(dialog.widgets["period_id"], "2024-H1")
    type_into(qtbot, dialog, {"value": "1200"})
    save(dialog)
    assert [panel.model.index(0, c).data() for c in range(4)] == [
        "EG-1",
        "whole programme",
        "2024-H1",
        "1,200.00",
    ]


def test_a_programme_is_set_up_entirely_in_the_app(
    qtbot: QtBot, window: MainWindow, page: ProgrammesPage, services: Services
) -> None:
    create_programme(qtbot, page)
    add_indicators(qtbot, page)
    add_periods(qtbot, page)
    add_target(qtbot, page)

    programme = services.programmes.get_by_code("EG-DIA-2024")
    assert (programme.currency, programme.end_date, programme.sdg_goals) == (
        "EGP",
        dt.date(2025, 12, 31),
        ("8", "10"),
    )
    people, points = services.indicators.find(programme.id)
    assert (people.reach, people.age_bands, people.disaggregated) == (Reach.DIRECT, ("0-17", "18-59"), True)
    assert (points.measure, points.unit_value, points.unit_value_currency) == (
        Measure.NUMBER,
        Decimal(1),
        "EGP",
    )
    assert not points.disaggregated
    assert [p.label for p in services.periods.find(programme.id)] == ["2024-H1", "2024-H2"]
    (target,) = services.results.find_targets(programme_id=programme.id)
    assert (target.indicator_id, target.project_id, target.value) == (people.id, None, Decimal(1200))

    # An edit, then Undo: the indicator's name and its age bands come back as they were.
    page.tabs.setCurrentWidget(page.indicators)
    page.indicators.table.selectRow(0)
    page.indicators.edit_button.click()
    dialog = page.indicators.dialog
    type_into(qtbot, dialog, {"name": "People trained in digital skills"})
    dialog.widgets["age_bands"].boxes["60+"].click()
    save(dialog)
    assert services.indicators.get(people.id).age_bands == ()
    assert page.indicators.model.index(0, 2).data() == "all"

    window.undo_action.trigger()
    restored = services.indicators.get(people.id)
    assert (restored.name, restored.age_bands) == ("People trained", ("0-17", "18-59"))
    assert page.indicators.model.index(0, 1).data() == "People trained"


def test_leaving_out_an_age_band_that_holds_results_is_refused_in_the_form(
    qtbot: QtBot, page: ProgrammesPage, services: Services
) -> None:
    chain = grant_chain(services)
    cell = CellInput(chain.locations["Akkar"], "host community", Sex.MALE, "60+", 12)
    services.results.save_grid(chain.project_id, chain.people_id, chain.periods["2022-H1"], [cell])
    page.refresh()
    page.select_id(chain.programme_id)
    panel = page.indicators
    panel.select_id(chain.people_id)
    panel.edit_button.click()
    dialog = panel.dialog
    type_into(qtbot, dialog, {"name": "Young people vaccinated"})
    dialog.widgets["age_bands"].boxes["60+"].click()
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "in the age bands left out" in dialog.general_problem.text()
    assert dialog.general_problem.isVisible()
    # One save: the name did not change without the bands either.
    assert services.indicators.get(chain.people_id).name != "Young people vaccinated"


def test_a_new_programme_is_taken_back_with_undo_and_brought_back_with_redo(
    qtbot: QtBot, window: MainWindow, page: ProgrammesPage, services: Services
) -> None:
    window.new_action.trigger()
    dialog = page.dialog
    type_into(
        qtbot,
        dialog,
        {"code": "TN-2025", "name": "Tunisia diaspora", "start_date": "2025-01-01", "end_date": "2026-06-30"},
    )
    save(dialog)
    assert page.model.rowCount() == 1 and page.detail_title.text() == "TN-2025 — Tunisia diaspora"
    window.undo_action.trigger()
    assert services.programmes.find() == [] and page.model.rowCount() == 0
    window.redo_action.trigger()
    assert [p.code for p in services.programmes.find()] == ["TN-2025"]
    assert page.model.rowCount() == 1


def test_undo_of_a_deleted_programme_brings_back_its_indicators_periods_and_targets(
    qtbot: QtBot, window: MainWindow, page: ProgrammesPage, services: Services
) -> None:
    chain = grant_chain(services)
    services.projects.delete(
        chain.project_id, expected_version=services.projects.get(chain.project_id).version
    )
    services.results.set_target(chain.people_id, 500, period_id=chain.periods["2022-H2"])
    before = services.programmes.get(chain.programme_id)
    services.programmes.update(
        before.id,
        replace(input_of(before, ProgrammeInput), headline_indicator_id=chain.people_id),
        expected_version=before.version,
    )
    page.refresh()
    page.select_id(chain.programme_id)
    seen: list[str] = []
    answer_next("Delete", seen)
    window.delete_action.trigger()
    assert "come back with Undo" in seen[0] and services.programmes.find() == []

    window.undo_action.trigger()
    (programme,) = services.programmes.find()
    indicators = services.indicators.find(programme.id)
    assert [i.code for i in indicators] == ["BHA-1", "BHA-4"]
    assert programme.headline_indicator_id == indicators[0].id
    assert [p.label for p in services.periods.find(programme.id)] == ["2022-H1", "2022-H2"]
    (target,) = services.results.find_targets(programme_id=programme.id)
    assert (target.indicator_id, target.value) == (indicators[0].id, Decimal(500))
    assert page.tabs.tabText(0) == "Indicators (2)" and page.tabs.tabText(2) == "Targets (1)"

    window.redo_action.trigger()
    assert services.programmes.find() == []
