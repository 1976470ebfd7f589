"""Journey (a): from a new call to an award, through the widgets only: a call with criteria typed in
the grid and weighted to 100, opened; two applications, one from an organisation created in the
application form; reviews with one recusal; the call closed (early, with its reason) and under
review; a selection with its reason and a due diligence override with its own; the award.

Only the programme and one partner exist beforehand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from diaspora_grants.domain.enums import ApplicationStatus, CallStatus, DueDiligenceStatus
from diaspora_grants.gui import interaction
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages.applications_page import ApplicationsPage
from diaspora_grants.gui.pages.calls_page import CallsPage
from diaspora_grants.gui.pages.projects_page import ProjectsPage
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.registry import Services

A = ApplicationStatus
D = Decimal


@pytest.fixture
def programme(services: Services) -> None:
    services.programmes.create(
        ProgrammeInput(
            code="BHA-2022",
            name="Diaspora BHA",
            start_date=dt.date(2022, 1, 1),
            end_date=dt.date(2023, 3, 31),
        )
    )
    services.organisations.create(
        OrganisationInput(
            name="Syrian American Medical Society",
            acronym="SAMS",
            dd_status=DueDiligenceStatus.CLEARED,
            dd_expiry=dt.date(2024, 4, 15),
        )
    )


def save(dialog: object) -> None:
    dialog.ok_button.click()  # type: ignore[attr-defined]
    assert not dialog.isVisible(), getattr(dialog, "general_problem", dialog).text()  # type: ignore[attr-defined]


def draft_a_call(window: MainWindow, qtbot: QtBot) -> CallsPage:
    page = window.show_page("calls")
    assert isinstance(page, CallsPage)
    window.new_action.trigger()
    dialog = page.dialog
    qtbot.keyClicks(dialog.widgets["reference"], "EOI-2022-07")
    qtbot.keyClicks(dialog.widgets["title"], "Diaspora organisations in COVID-19 recovery")
    dialog.widgets["submission_deadline"].set_value(dt.date(2022, 9, 30))
    save(dialog)
    return page


def type_criteria(page: CallsPage, qtbot: QtBot) -> None:
    for name, weight in (("Relevance", "50"), ("Technical approach", "30"), ("Diaspora added value", "20")):
        page.criteria.add_button.click()
        editor = editing(page)
        QTest.keyClicks(editor, name)
        QTest.keyClick(editor, Qt.Key.Key_Tab)
        editor = editing(page)
        QTest.keyClicks(editor, weight)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not any(e.isVisible() for e in page.criteria_view.findChildren(QLineEdit)))
    assert page.weight_total.text() == "total weight 100"
    page.save_criteria_button.click()


def editing(page: CallsPage) -> QLineEdit:
    [editor] = [e for e in page.criteria_view.findChildren(QLineEdit) if e.isVisible()]
    return editor


def register_applications(window: MainWindow, qtbot: QtBot, call_id: int) -> ApplicationsPage:
    page = window.show_page("applications")
    assert isinstance(page, ApplicationsPage)
    page.call_filter.set_value(call_id)
    for organisation, title, amount in (
        ("Syrian American Medical Society", "Rural vaccination in Akkar", "240000"),
        (None, "Youth hubs in Harare", "180000"),
    ):
        window.new_action.trigger()
        dialog = page.dialog
        picker = dialog.widgets["organisation_id"]
        if organisation is None:
            picker.new_button.click()
            created = page.organisation_dialog
            qtbot.keyClicks(created.name, "Citizens Initiative")
            created.hq_country.set_value("ZA")
            save(created)
        else:
            picker.combo.setCurrentIndex(picker.combo.findText(organisation))
        qtbot.keyClicks(dialog.widgets["title"], title)
        dialog.widgets["countries"].set_value(("LB",) if organisation else ("ZW",))
        qtbot.keyClicks(dialog.widgets["requested_amount"], amount)
        save(dialog)
    return page


def decide(
    page: ApplicationsPage, qtbot: QtBot, organisation: str, status: ApplicationStatus, reason: str = ""
) -> None:
    select(page, organisation)
    page.decision_buttons[status].click()
    dialog = page.decision_dialog
    if reason:
        qtbot.keyClicks(dialog.reason, reason)
    save(dialog)


def select(page: ApplicationsPage, organisation: str) -> None:
    for row in range(page.model.rowCount()):
        if page.model.row_at(row).organisation_name == organisation:
            page.table.selectRow(row)
            return
    raise AssertionError(f"{organisation} is not listed")


def review(
    page: ApplicationsPage, qtbot: QtBot, organisation: str, reviewer: str, scores: tuple[int, ...] | None
) -> None:
    select(page, organisation)
    page.reviews.add_button.click()
    dialog = page.reviews.dialog
    dialog.reviewer.clear()
    qtbot.keyClicks(dialog.reviewer, reviewer)
    if scores is None:
        dialog.conflict.setChecked(True)
        qtbot.keyClicks(dialog.conflict_note, "Sits on the applicant's board")
    else:
        for field, score in zip(dialog.scores.values(), scores, strict=True):
            field.setValue(score)
    save(dialog)


def test_a_call_goes_from_draft_to_award_in_the_app(
    window: MainWindow, qtbot: QtBot, services: Services, programme: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(interaction, "confirm", lambda _w, _t, question, **_k: asked.append(question) or True)
    window.show()
    qtbot.waitExposed(window)

    calls = draft_a_call(window, qtbot)
    type_criteria(calls, qtbot)
    calls.workflow.next_button.click()  # Open for applications…
    call = services.calls.get_by_reference("EOI-2022-07")
    assert call.status is CallStatus.OPEN and [c.weight for c in call.criteria] == [D(50), D(30), D(20)]

    page = register_applications(window, qtbot, call.id)
    for organisation in ("Syrian American Medical Society", "Citizens Initiative"):
        decide(page, qtbot, organisation, A.ELIGIBLE)
    review(page, qtbot, "Syrian American Medical Society", "tester", (4, 4, 3))
    review(page, qtbot, "Syrian American Medical Society", "Leila Haddad", None)  # recused
    review(page, qtbot, "Citizens Initiative", "tester", (5, 4, 5))

    calls = window.show_page("calls")
    assert isinstance(calls, CallsPage)
    calls.select_id(call.id)
    calls.workflow.next_button.click()  # Close and start review…: the deadline is still ahead
    early = calls.workflow.reason_dialog
    qtbot.keyClicks(early.reason, "Both expected expressions of interest received")
    early.ok_button.click()
    assert services.calls.get(call.id).status is CallStatus.UNDER_REVIEW

    page = window.show_page("applications")
    assert isinstance(page, ApplicationsPage)
    page.refresh()
    for organisation in ("Syrian American Medical Society", "Citizens Initiative"):
        decide(page, qtbot, organisation, A.SHORTLISTED)
    select(page, "Citizens Initiative")
    assert page.model.row_at(page.table.currentIndex().row()).rank == 1
    page.decision_buttons[A.SELECTED].click()
    dialog = page.decision_dialog
    qtbot.keyClicks(dialog.reason, "Highest weighted score (93.00); strongest youth component")
    qtbot.keyClicks(dialog.override, "Registration papers seen; audit due before the first tranche")
    save(dialog)

    select(page, "Citizens Initiative")
    page.award_button.click()
    award = page.award_dialog
    award.code.clear()
    qtbot.keyClicks(award.code, "ZW-YOUTH-01")
    award.ok_button.click()

    projects = window.current_page()
    assert isinstance(projects, ProjectsPage)
    project = services.projects.get_by_code("ZW-YOUTH-01")
    assert projects.selected_id() == project.id
    assert (project.partner_name, project.country, project.grant_amount) == (
        "Citizens Initiative",
        "ZW",
        D(180000),
    )
    assert project.dd_override_reason == "Registration papers seen; audit due before the first tranche"
    assert "Registration papers seen" in projects.summary["Due diligence"].text()
    sams = services.applications.get_by_applicant(
        call.id, services.organisations.find_id("Syrian American Medical Society") or 0
    )
    assert (sams.review_count, sams.recused_count, sams.rank) == (2, 1, 2)
    # Saving the criteria, opening and the review each said beforehand that Undo does not take them back.
    assert len(asked) == 2 and all("not undone with Undo" in q for q in asked)

    calls = window.show_page("calls")
    assert isinstance(calls, CallsPage)
    calls.select_id(call.id)
    assert calls.workflow.next_button.isEnabled()  # Mark awarded…, now that a grant was awarded
    calls.workflow.next_button.click()
    assert services.calls.get(call.id).status is CallStatus.AWARDED
