"""Review entry on the Applications page: scores per criterion change the application's weighted score;
a recused review is listed as such and counts for nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_grants.domain.enums import ApplicationStatus, CallStatus
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.models.calls import ApplicationTableModel
from diaspora_grants.gui.models.reviews import ReviewTableModel
from diaspora_grants.gui.pages.applications_page import ApplicationsPage
from diaspora_grants.services.applications import ApplicationInput
from diaspora_grants.services.calls import CallInput, CriterionInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.registry import Services


@pytest.fixture
def application_id(services: Services) -> int:
    programme = services.programmes.create(
        ProgrammeInput(code="BHA", name="BHA", start_date=dt.date(2022, 1, 1), end_date=dt.date(2023, 1, 31))
    )
    sams = services.organisations.create(OrganisationInput(name="Syrian American Medical Society"))
    call = services.calls.create(
        CallInput(reference="EOI-2022-01", title="Recovery", programme_id=programme.id)
    )
    call = services.calls.set_criteria(
        call.id,
        [
            CriterionInput(name="Relevance", weight=Decimal(60), max_score=5),
            CriterionInput(name="Capacity", weight=Decimal(40), max_score=10),
        ],
        expected_version=call.version,
    )
    services.calls.change_status(call.id, CallStatus.OPEN, expected_version=call.version)
    application = services.applications.create(
        ApplicationInput(
            call_id=call.id,
            organisation_id=sams.id,
            received_date=dt.date(2022, 3, 1),
            title="Rural vaccination",
        )
    )
    application = services.applications.decide(
        application.id, ApplicationStatus.ELIGIBLE, None, expected_version=application.version
    )
    return application.id


@pytest.fixture
def page(window: MainWindow, application_id: int) -> ApplicationsPage:
    shown = window.show_page("applications")
    assert isinstance(shown, ApplicationsPage)
    shown.table.selectRow(0)
    return shown


def score_in_table(page: ApplicationsPage) -> str:
    return str(page.model.data(page.model.index(0, ApplicationTableModel.COL_SCORE)))


def test_a_review_entered_in_the_dialog_sets_the_weighted_score(
    window: MainWindow, page: ApplicationsPage, qtbot: QtBot, services: Services, application_id: int
) -> None:
    panel = page.reviews
    assert panel.add_button.isEnabled() and score_in_table(page) == ""
    panel.add_button.click()
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.reviewer.text() == "tester"  # the user working, unless they already reviewed
    labels = [dialog.form.row(f"score for {name}") for name in ("Relevance", "Capacity")]
    assert all(row is not None for row in labels)
    relevance, capacity = dialog.scores.values()
    assert (relevance.maximum(), capacity.maximum()) == (5, 10)
    relevance.setValue(4)
    capacity.setValue(5)
    assert "68.00" in dialog.weighted.text()  # (60 x 4/5 + 40 x 5/10) / 100 x 100
    qtbot.keyClicks(dialog.comment, "Strong local presence")
    dialog.ok_button.click()
    assert not dialog.isVisible()

    [review] = services.reviews.find(application_id=application_id)
    assert (review.reviewer, review.weighted_score, review.comment) == (
        "tester",
        Decimal(68),
        "Strong local presence",
    )
    assert services.applications.get(application_id).score == Decimal(68)
    assert score_in_table(page) == "68.00"
    assert page.facts["Score"].text().startswith("68.00 (rank 1 of 1 in EOI-2022-01) · 1 review(s)")
    assert panel.model.data(panel.model.index(0, ReviewTableModel.COL_SCORE)) == "68.00"

    window.undo_action.trigger()
    assert services.reviews.find(application_id=application_id) == []
    assert score_in_table(page) == ""


def test_a_recused_review_is_shown_as_such_and_does_not_count(
    page: ApplicationsPage, qtbot: QtBot, services: Services, application_id: int
) -> None:
    panel = page.reviews
    panel.add_button.click()
    first = panel.dialog
    assert first is not None
    first.reviewer.clear()
    qtbot.keyClicks(first.reviewer, "R. Haddad")
    for field in first.scores.values():
        field.setValue(field.maximum())
    first.ok_button.click()
    assert services.applications.get(application_id).score == Decimal(100)

    panel.add_button.click()
    second = panel.dialog
    assert second is not None and second is not first
    second.reviewer.clear()
    qtbot.keyClicks(second.reviewer, "M. Ben Salah")
    assert not second.conflict_note.isEnabled()
    second.conflict.setChecked(True)
    assert second.conflict_note.isEnabled() and not any(f.isEnabled() for f in second.scores.values())
    assert "Recused" in second.weighted.text()
    qtbot.keyClicks(second.conflict_note, "Board member of the applicant")
    second.ok_button.click()
    assert not second.isVisible()

    application = services.applications.get(application_id)
    assert (application.score, application.review_count, application.recused_count) == (Decimal(100), 2, 1)
    texts = {
        panel.model.data(panel.model.index(r, ReviewTableModel.COL_REVIEWER)): panel.model.data(
            panel.model.index(r, ReviewTableModel.COL_SCORE)
        )
        for r in range(panel.model.rowCount())
    }
    assert texts == {"R. Haddad": "100.00", "M. Ben Salah": "recused"}
    assert "1 recused" in panel.note.text()


def test_a_review_without_a_reviewer_is_marked_and_not_saved(
    page: ApplicationsPage, services: Services, application_id: int
) -> None:
    page.reviews.add_button.click()
    dialog = page.reviews.dialog
    assert dialog is not None
    dialog.reviewer.clear()
    dialog.ok_button.click()
    row = dialog.form.row("reviewer")
    assert dialog.isVisible() and row is not None and row.is_marked()
    assert services.reviews.find(application_id=application_id) == []


def test_reviews_of_a_decided_application_cannot_be_added(
    page: ApplicationsPage, services: Services, application_id: int, qtmodeltester: ModelTester
) -> None:
    application = services.applications.get(application_id)
    services.applications.decide(
        application_id,
        ApplicationStatus.REJECTED,
        "Outside the eligible area",
        expected_version=application.version,
    )
    page.refresh()
    page.table.selectRow(0)
    assert not page.reviews.add_button.isEnabled()
    assert "rejected" in page.reviews.note.text()
    qtmodeltester.check(page.reviews.model)
