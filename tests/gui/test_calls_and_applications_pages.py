"""Calls and applications: criteria editing, workflow decisions with their reasons, and the award."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diaspora_grants.domain.enums import ApplicationStatus, CallStatus, DueDiligenceStatus
from diaspora_grants.gui import interaction
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages.applications_page import ApplicationsPage
from diaspora_grants.gui.pages.calls_page import CallsPage
from diaspora_grants.gui.pages.projects_page import ProjectsPage
from diaspora_grants.services.applications import ApplicationInput
from diaspora_grants.services.calls import CallInput, CriterionInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.registry import Services

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def call_with_application(services: Services) -> tuple[int, int]:
    programme = services.programmes.create(
        ProgrammeInput(
            code="BHA", name="BHA diaspora", start_date=dt.date(2022, 1, 1), end_date=dt.date(2023, 1, 31)
        )
    )
    sams = services.organisations.create(
        OrganisationInput(name="Syrian American Medical Society", dd_status=DueDiligenceStatus.CLEARED)
    )
    call = services.calls.create(
        CallInput(reference="EOI-2022-01", title="COVID-19 recovery", programme_id=programme.id)
    )
    call = services.calls.set_criteria(
        call.id,
        [
            CriterionInput(name="Relevance", weight=Decimal(60)),
            CriterionInput(name="Capacity", weight=Decimal(40)),
        ],
        expected_version=call.version,
    )
    call = services.calls.change_status(call.id, CallStatus.OPEN, expected_version=call.version)
    application = services.applications.create(
        ApplicationInput(
            call_id=call.id,
            organisation_id=sams.id,
            received_date=dt.date(2022, 3, 1),
            title="Rural vaccination in Lebanon",
            countries=("LB",),
            requested_amount=Decimal(300000),
        )
    )
    return call.id, application.id


def test_criteria_are_edited_in_the_table_and_saved(
    window: MainWindow,
    services: Services,
    call_with_application: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(interaction, "confirm", lambda _w, _t, question, **_k: asked.append(question) or True)
    page = window.show_page("calls")
    assert isinstance(page, CallsPage)
    page.table.selectRow(0)
    model = page.criteria_model
    assert model.rowCount() == 2 and page.weight_total.text() == "total weight 100"
    model.setData(model.index(1, model.COL_WEIGHT), "30")
    assert page.weight_total.text() == "total weight 90"
    row = model.add()
    model.setData(model.index(row, model.COL_NAME), "Diaspora added value")
    model.setData(model.index(row, model.COL_WEIGHT), "10")
    page.save_criteria_button.click()
    assert "not undone with Undo" in asked[0]
    saved = services.calls.get(call_with_application[0])
    assert [(c.name, c.weight) for c in saved.criteria] == [
        ("Relevance", Decimal(60)), ("Capacity", Decimal(30)), ("Diaspora added value", Decimal(10)),
    ]  # fmt: skip


def test_a_decision_that_needs_a_reason_marks_it_then_award_opens_the_project(
    window: MainWindow, qtbot: QtBot, services: Services, call_with_application: tuple[int, int]
) -> None:
    call_id, application_id = call_with_application
    page = window.show_page("applications")
    assert isinstance(page, ApplicationsPage)
    page.table.selectRow(0)
    assert page.decision_buttons[ApplicationStatus.ELIGIBLE].isVisibleTo(page)
    assert not page.decision_buttons[ApplicationStatus.SELECTED].isVisibleTo(page)

    for status in (ApplicationStatus.ELIGIBLE, ApplicationStatus.SHORTLISTED):
        page.decision_buttons[status].click()
        assert page.decision_dialog is not None
        page.decision_dialog.ok_button.click()
    assert services.applications.get(application_id).status is ApplicationStatus.SHORTLISTED

    page.decision_buttons[ApplicationStatus.SELECTED].click()
    dialog = page.decision_dialog
    assert dialog is not None
    dialog.ok_button.click()  # no reason written
    reason_row = dialog.form.row("reason")
    assert dialog.isVisible() and reason_row is not None and reason_row.is_marked()
    assert services.applications.get(application_id).status is ApplicationStatus.SHORTLISTED
    qtbot.keyClicks(dialog.reason, "Highest weighted score; due diligence cleared")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    decided = services.applications.get(application_id)
    assert decided.status is ApplicationStatus.SELECTED
    assert decided.decision_reason == "Highest weighted score; due diligence cleared"

    call = services.calls.get(call_id)
    call = services.calls.change_status(call_id, CallStatus.CLOSED, expected_version=call.version)
    services.calls.change_status(call_id, CallStatus.UNDER_REVIEW, expected_version=call.version)
    page.refresh()
    page.table.selectRow(0)
    assert page.award_button.isVisibleTo(page)
    page.award_button.click()
    award = page.award_dialog
    assert award is not None
    award.code.clear()
    qtbot.keyClicks(award.code, "LB-SAMS-01")
    award.ok_button.click()

    project = services.projects.get_by_code("LB-SAMS-01")
    assert (project.partner_name, project.country, project.grant_amount) == (
        "Syrian American Medical Society",
        "LB",
        Decimal("300000.00"),
    )
    projects = window.current_page()
    assert isinstance(projects, ProjectsPage)
    assert projects.selected_id() == project.id
