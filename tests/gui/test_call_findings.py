"""What a new user met on the Calls page, each driven through the widgets: the criteria grid (Tab,
totals, deletions in the audit trail, frozen once scored) and a workflow that hides its steps."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from diaspora_grants.domain.enums import ApplicationStatus, CallStatus, DueDiligenceStatus
from diaspora_grants.gui import interaction
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages.calls_page import CallsPage
from diaspora_grants.services.applications import ApplicationInput
from diaspora_grants.services.calls import CallInput, CriterionInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.reviews import ReviewInput

D = Decimal


def make_call(
    services: Services, *, deadline: dt.date = dt.date(2022, 3, 15), status: CallStatus | None = None
) -> int:
    programme = services.programmes.create(
        ProgrammeInput(code="BHA", name="BHA", start_date=dt.date(2022, 1, 1), end_date=dt.date(2023, 1, 31))
    )
    call = services.calls.create(
        CallInput(
            reference="EOI-2022-01", title="Recovery", programme_id=programme.id, submission_deadline=deadline
        )
    )
    call = services.calls.set_criteria(
        call.id,
        [CriterionInput(name="Relevance", weight=D(60)), CriterionInput(name="Capacity", weight=D(40))],
        expected_version=call.version,
    )
    if status is not None:
        services.calls.change_status(call.id, status, expected_version=call.version)
    return call.id


def scored(services: Services, call_id: int) -> None:
    """One eligible application with one review holding scores."""
    org = services.organisations.create(
        OrganisationInput(name="Pontes Ricerche e Interventi", dd_status=DueDiligenceStatus.CLEARED)
    )
    app = services.applications.create(
        ApplicationInput(
            call_id=call_id, organisation_id=org.id, received_date=dt.date(2022, 3, 1), title="Media"
        )
    )
    app = services.applications.decide(app.id, ApplicationStatus.ELIGIBLE, None, expected_version=app.version)
    criteria = services.calls.get(call_id).criteria
    services.reviews.create(
        ReviewInput(application_id=app.id, reviewer="Leila", scores={c.id: D(4) for c in criteria})
    )


def calls_page(window: MainWindow, qtbot: QtBot) -> CallsPage:
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("calls")
    assert isinstance(page, CallsPage)
    page.refresh()
    page.table.selectRow(0)
    return page


def button(page: QWidget, text: str) -> QPushButton:
    [found] = [b for b in page.findChildren(QPushButton) if b.text() == text and b.isVisibleTo(page)]
    return found


def open_editor(page: CallsPage) -> QLineEdit:
    """The cell editor the grid has open (the one being typed into)."""
    [editor] = [e for e in page.criteria_view.findChildren(QLineEdit) if e.isVisible()]
    return editor


@pytest.fixture
def confirmed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(interaction, "confirm", lambda _w, _t, question, **_k: asked.append(question) or True)
    return asked


def test_tab_after_a_new_criterions_name_goes_to_its_own_weight(
    window: MainWindow, qtbot: QtBot, services: Services
) -> None:
    make_call(services)
    page = calls_page(window, qtbot)
    button(page, "Add criterion").click()
    editor = open_editor(page)
    QTest.keyClicks(editor, "Diaspora added value")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    weight_editor = open_editor(page)
    QTest.keyClicks(weight_editor, "35")
    QTest.keyClick(weight_editor, Qt.Key.Key_Return)
    model = page.criteria_model
    qtbot.waitUntil(lambda: model.data(model.index(2, 1)) != "0")  # Return commits through the event loop

    rows = [(model.data(model.index(r, 0)), model.data(model.index(r, 1))) for r in range(model.rowCount())]
    assert rows == [("Relevance", "60"), ("Capacity", "40"), ("Diaspora added value", "35")]


def test_weights_totalling_45_are_refused_with_the_reason_shown(
    window: MainWindow, qtbot: QtBot, services: Services, confirmed: list[str]
) -> None:
    call_id = make_call(services)
    page = calls_page(window, qtbot)
    model = page.criteria_model
    model.setData(model.index(0, model.COL_WEIGHT), "25")
    model.setData(model.index(1, model.COL_WEIGHT), "20")
    assert page.weight_total.text() == "total weight 45"
    page.save_criteria_button.click()

    assert [c.weight for c in services.calls.get(call_id).criteria] == [D(60), D(40)]
    problem = [
        label.text()
        for label in page.findChildren(type(page.weight_total))
        if "must total 100" in label.text()
    ]
    assert problem == ["weights: the criteria weights total 45; they must total 100"]


def test_a_criterion_deleted_in_the_grid_leaves_an_audit_entry(
    window: MainWindow, qtbot: QtBot, services: Services, confirmed: list[str]
) -> None:
    call_id = make_call(services)
    capacity = services.calls.get(call_id).criteria[1]
    page = calls_page(window, qtbot)
    model = page.criteria_model
    model.setData(model.index(0, model.COL_WEIGHT), "100")
    page.criteria_view.selectRow(1)
    page.criteria_view.setCurrentIndex(model.index(1, 0))
    button(page, "Remove").click()
    page.save_criteria_button.click()

    assert [c.name for c in services.calls.get(call_id).criteria] == ["Relevance"]
    entries = [e for e in services.audit.find(table="criteria") if e.record_id == capacity.id]
    assert [e.action.value for e in entries] == ["delete", "insert"]


def test_criteria_are_frozen_once_reviews_hold_scores_and_change_only_with_a_reason(
    window: MainWindow, qtbot: QtBot, services: Services, confirmed: list[str]
) -> None:
    call_id = make_call(services, status=CallStatus.OPEN)
    scored(services, call_id)
    page = calls_page(window, qtbot)
    model = page.criteria_model

    assert not model.setData(model.index(0, model.COL_WEIGHT), "50")
    assert not page.save_criteria_button.isEnabled()
    panel = page.criteria
    assert panel.frozen_note.text().startswith("Frozen: reviewers have given 2 score(s)")

    panel.change_button.click()
    dialog = panel.reason_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "Panel agreed capacity weighs more")
    dialog.ok_button.click()
    assert model.setData(model.index(0, model.COL_WEIGHT), "50")
    assert model.setData(model.index(1, model.COL_WEIGHT), "50")
    page.save_criteria_button.click()

    assert [c.weight for c in services.calls.get(call_id).criteria] == [D(50), D(50)]
    [change] = [
        e for e in services.audit.find(table="criteria") if e.field == "weight" and e.new_value == "50"
    ][:1]
    assert change.reason == "Panel agreed capacity weighs more"
    assert panel.frozen_note.text().startswith("Frozen:")  # frozen again after the save


def test_the_workflow_shows_the_path_and_one_next_step(
    window: MainWindow, qtbot: QtBot, services: Services, confirmed: list[str]
) -> None:
    call_id = make_call(services)
    page = calls_page(window, qtbot)
    bar = page.workflow
    assert bar.path.text() == "<b>Draft</b> › Open › Closed › Under review › Awarded"
    assert bar.next_button.text() == "Open for applications…" and bar.next_button.isEnabled()

    bar.next_button.click()
    assert "not undone with Undo" in confirmed[-1]
    assert services.calls.get(call_id).status is CallStatus.OPEN
    assert bar.next_button.text() == "Close and start review…"
    assert not any(b.text() == "Mark awarded" for b in page.findChildren(QPushButton) if b.isVisibleTo(page))

    bar.next_button.click()  # the deadline has passed: nothing to ask
    assert services.calls.get(call_id).status is CallStatus.UNDER_REVIEW
    assert bar.path.text() == "Draft › Open › Closed › <b>Under review</b> › Awarded"
    assert bar.next_button.text() == "Mark awarded…" and not bar.next_button.isEnabled()
    assert bar.why.text() == (
        "Not yet: no grant has been awarded from this call yet: award a selected application on the "
        "Applications page first."
    )


def test_a_call_whose_weights_do_not_total_100_says_why_it_cannot_open(
    window: MainWindow, qtbot: QtBot, services: Services
) -> None:
    call_id = make_call(services)
    call = services.calls.get(call_id)
    services.calls.delete_criterion(call.criteria[1].id, expected_version=call.criteria[1].version)
    page = calls_page(window, qtbot)
    assert not page.workflow.next_button.isEnabled()
    assert page.workflow.why.text() == (
        "Not yet: the criteria weights total 60; they must total 100 before the call opens."
    )


def test_closing_before_the_deadline_asks_why_first(
    window: MainWindow, qtbot: QtBot, services: Services, confirmed: list[str]
) -> None:
    call_id = make_call(services, deadline=dt.date(2022, 9, 30), status=CallStatus.OPEN)
    page = calls_page(window, qtbot)
    bar = page.workflow
    assert bar.why.text() == "The deadline (2022-09-30) has not passed: closing now asks why."

    bar.next_button.click()
    dialog = bar.reason_dialog
    assert dialog is not None and dialog.isVisible()
    assert (
        "The submission deadline is 2022-09-30, 15 days from today" in dialog.findChild(type(bar.why)).text()
    )
    assert services.calls.get(call_id).status is CallStatus.OPEN  # nothing happens before the answer
    dialog.ok_button.click()  # no reason: refused, the dialog stays
    assert dialog.isVisible() and services.calls.get(call_id).status is CallStatus.OPEN
    qtbot.keyClicks(dialog.reason, "Envelope fully committed by early applications")
    dialog.ok_button.click()

    assert services.calls.get(call_id).status is CallStatus.UNDER_REVIEW
    [closed] = [e for e in services.audit.find(table="calls") if e.new_value == "closed"]
    assert closed.reason == "Envelope fully committed by early applications"
    assert not confirmed  # the reason dialog was the question
