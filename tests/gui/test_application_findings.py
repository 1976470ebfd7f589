"""What a new user met on the Applications page, driven through the widgets: decisions for partners
whose due diligence is not cleared, Award offered on an open call, the application form's list of
organisations, and ranks that read within their call."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diaspora_grants.domain.enums import ApplicationStatus, CallStatus, DueDiligenceStatus, OrganisationType
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.models.calls import ApplicationTableModel
from diaspora_grants.gui.pages.applications_page import ApplicationsPage
from diaspora_grants.gui.pages.projects_page import ProjectsPage
from diaspora_grants.services.applications import ApplicationInput
from diaspora_grants.services.calls import CallInput, CriterionInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.reviews import ReviewInput

A = ApplicationStatus
D = Decimal


def open_call(services: Services, reference: str = "EOI-2022-01") -> int:
    programme_id = (
        services.programmes.find_id("BHA")
        or services.programmes.create(
            ProgrammeInput(
                code="BHA", name="BHA", start_date=dt.date(2022, 1, 1), end_date=dt.date(2023, 1, 31)
            )
        ).id
    )
    call = services.calls.create(
        CallInput(
            reference=reference,
            title="Recovery",
            programme_id=programme_id,
            submission_deadline=dt.date(2022, 3, 15),
        )
    )
    call = services.calls.set_criteria(
        call.id, [CriterionInput(name="Relevance", weight=D(100))], expected_version=call.version
    )
    return services.calls.change_status(call.id, CallStatus.OPEN, expected_version=call.version).id


def application(
    services: Services, call_id: int, name: str, status: ApplicationStatus, **organisation: object
) -> int:
    org = services.organisations.create(OrganisationInput(name=name, **organisation))  # type: ignore[arg-type]
    app = services.applications.create(
        ApplicationInput(
            call_id=call_id,
            organisation_id=org.id,
            received_date=dt.date(2022, 3, 1),
            title=f"{name} plan",
            countries=("LB",),
            requested_amount=D(200000),
        )
    )
    route = {A.ELIGIBLE: [A.ELIGIBLE], A.SHORTLISTED: [A.ELIGIBLE, A.SHORTLISTED]}[status]
    for step in route:
        app = services.applications.decide(app.id, step, None, expected_version=app.version)
    return app.id


def applications_page(window: MainWindow, select: int | None = None) -> ApplicationsPage:
    page = window.show_page("applications")
    assert isinstance(page, ApplicationsPage)
    page.refresh()
    if select is not None:
        page.select_id(select)
    return page


def close_for_review(services: Services, call_id: int) -> None:
    call = services.calls.get(call_id)
    call = services.calls.change_status(call_id, CallStatus.CLOSED, expected_version=call.version)
    services.calls.change_status(call_id, CallStatus.UNDER_REVIEW, expected_version=call.version)


@pytest.mark.parametrize(
    ("dd", "said"),
    [
        ({"dd_status": DueDiligenceStatus.IN_PROGRESS}, "in progress (not cleared)"),
        (
            {"dd_status": DueDiligenceStatus.CLEARED, "dd_expiry": dt.date(2022, 8, 31)},
            "expired on 2022-08-31",
        ),
    ],
)
def test_selecting_and_awarding_without_cleared_due_diligence_needs_a_written_override(
    window: MainWindow, qtbot: QtBot, services: Services, dd: dict[str, object], said: str
) -> None:
    call_id = open_call(services)
    app_id = application(services, call_id, "Citizens Initiative", A.SHORTLISTED, **dd)
    page = applications_page(window, app_id)
    assert page.facts["Due diligence"].text() == f"{said}: selecting or awarding needs a written override"

    page.decision_buttons[A.SELECTED].click()
    dialog = page.decision_dialog
    assert dialog is not None and dialog.override is not None
    warning = dialog.findChild(type(page.award_note), "due-diligence-warning")
    assert warning is not None and f"The due diligence of Citizens Initiative is {said}." in warning.text()
    qtbot.keyClicks(dialog.reason, "Highest score")
    dialog.ok_button.click()  # no override written
    override_row = dialog.form.row("due diligence override")
    assert dialog.isVisible() and override_row is not None and override_row.is_marked()
    assert services.applications.get(app_id).status is A.SHORTLISTED
    qtbot.keyClicks(dialog.override, "Regional director accepts: audit report due in October")
    dialog.ok_button.click()

    selected = services.applications.get(app_id)
    assert (selected.status, selected.dd_override_reason) == (
        A.SELECTED,
        "Regional director accepts: audit report due in October",
    )
    assert page.facts["Due diligence"].text().startswith(f"overridden on 2022-09-15 by tester ({said})")

    close_for_review(services, call_id)
    page.refresh()
    page.select_id(app_id)
    page.award_button.click()
    award = page.award_dialog
    assert award is not None and award.override is None  # the selection's override covers the award
    award.ok_button.click()
    projects = window.current_page()
    assert isinstance(projects, ProjectsPage)
    assert (
        projects.summary["Due diligence"]
        .text()
        .endswith(": Regional director accepts: audit report due in October")
    )


def test_award_is_not_offered_on_an_open_call_and_says_why(window: MainWindow, services: Services) -> None:
    call_id = open_call(services)
    app_id = application(services, call_id, "Pontes", A.SHORTLISTED, dd_status=DueDiligenceStatus.CLEARED)
    app = services.applications.get(app_id)
    services.applications.decide(app_id, A.SELECTED, "Best", expected_version=app.version)
    page = applications_page(window, app_id)

    assert not page.award_button.isEnabled()
    assert page.award_note.text() == (
        "Award is not available yet: call EOI-2022-01 is open: grants are awarded once the call is under "
        "review (Calls page: Close and start review)."
    )
    close_for_review(services, call_id)
    page.refresh()
    page.select_id(app_id)
    assert page.award_button.isEnabled() and not page.award_note.isVisibleTo(page)


def test_the_application_form_offers_only_applicants_and_creates_a_new_one(
    window: MainWindow, qtbot: QtBot, services: Services
) -> None:
    call_id = open_call(services)
    for name, kind in (("USAID", OrganisationType.DONOR), ("UNHCR", OrganisationType.UN_AGENCY)):
        services.organisations.create(OrganisationInput(name=name, type=kind))
    services.organisations.create(OrganisationInput(name="Pontes Ricerche e Interventi"))
    page = applications_page(window)
    page.call_filter.set_value(call_id)
    window.new_action.trigger()
    dialog = page.dialog
    assert dialog is not None
    picker = dialog.widgets["organisation_id"]
    assert picker.names() == ["Pontes Ricerche e Interventi"]

    picker.new_button.click()
    organisation = page.organisation_dialog
    assert organisation is not None and organisation.isVisible()
    offered = [organisation.type.itemText(i) for i in range(organisation.type.count())]
    assert "Donor" not in offered and "UN agency" not in offered
    qtbot.keyClicks(organisation.name, "Citizens Initiative")
    organisation.hq_country.set_value("ZA")
    organisation.ok_button.click()

    assert picker.value() == services.organisations.find_id("Citizens Initiative")
    qtbot.keyClicks(dialog.widgets["title"], "Youth hubs in Harare")
    dialog.widgets["received_date"].set_value(dt.date(2022, 3, 2))
    dialog.ok_button.click()
    assert not dialog.isVisible(), dialog.general_problem.text()
    [saved] = services.applications.find(call_id=call_id)
    assert saved.organisation_name == "Citizens Initiative"
    assert window.undo_stack.undoText() == "create application Citizens Initiative"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert services.applications.find(call_id=call_id) == []
    assert services.organisations.find_id("Citizens Initiative") is None


def test_ranks_read_within_their_call_when_all_calls_are_listed(
    window: MainWindow, services: Services
) -> None:
    for reference, name in (("EOI-A", "Pontes"), ("EOI-B", "FTCR")):
        call_id = open_call(services, reference)
        app_id = application(services, call_id, name, A.ELIGIBLE)
        criterion = services.calls.get(call_id).criteria[0]
        services.reviews.create(
            ReviewInput(application_id=app_id, reviewer="Leila", scores={criterion.id: D(4)})
        )
    page = applications_page(window)
    assert page.call_filter.value() is None
    model = page.model
    ranks = sorted(
        str(model.data(model.index(r, ApplicationTableModel.COL_RANK))) for r in range(model.rowCount())
    )
    assert ranks == ["1 of 1 · EOI-A", "1 of 1 · EOI-B"]
    assert model.headerData(ApplicationTableModel.COL_RANK, Qt.Orientation.Horizontal) == "Rank in call"
