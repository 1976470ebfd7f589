"""Projects (create through the form, delete, undo) and the Audit trail (lazy, filtered in SQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diaspora_grants.domain.enums import ProjectStatus
from diaspora_grants.gui import interaction
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages.audit_page import AuditPage
from diaspora_grants.gui.pages.projects_page import ProjectsPage
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.registry import Services

from .builders import grant_chain

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def programme_and_partner(services: Services) -> tuple[int, int]:
    programme = services.programmes.create(
        ProgrammeInput(
            code="BHA-2022",
            name="Diaspora BHA",
            start_date=dt.date(2022, 1, 1),
            end_date=dt.date(2023, 1, 31),
        )
    )
    partner = services.organisations.create(
        OrganisationInput(name="Syrian American Medical Society", acronym="SAMS")
    )
    return programme.id, partner.id


def test_create_a_project_through_the_form_then_undo(
    window: MainWindow, qtbot: QtBot, services: Services, programme_and_partner: tuple[int, int]
) -> None:
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    assert "No projects yet" in page.empty.text()
    window.new_action.trigger()
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.widgets["code"], "LB-VAX-01")
    qtbot.keyClicks(dialog.widgets["title"], "Rural COVID-19 vaccination campaign")
    dialog.widgets["country"].set_value("LB")
    qtbot.keyClicks(dialog.widgets["grant_amount"], "250000")
    qtbot.keyClicks(dialog.widgets["agreement_number"], " 720BHA22-GA-01 ")
    qtbot.mouseClick(dialog.ok_button, LEFT)

    assert not dialog.isVisible(), dialog.general_problem.text()
    saved = services.projects.get_by_code("LB-VAX-01")
    assert (saved.grant_amount, saved.country, saved.partner_name, saved.agreement_number) == (
        Decimal("250000.00"),
        "LB",
        "Syrian American Medical Society",
        "720BHA22-GA-01",
    )
    model = page.model
    assert model.data(model.index(0, 5)) == "250,000.00 USD"
    assert page.detail_title.text() == "LB-VAX-01 — Rural COVID-19 vaccination campaign"

    window.undo_action.trigger()
    assert services.projects.find() == []


def test_project_form_marks_a_date_out_of_order(
    window: MainWindow, qtbot: QtBot, services: Services, programme_and_partner: tuple[int, int]
) -> None:
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    window.new_action.trigger()
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.widgets["code"], "TN-01")
    qtbot.keyClicks(dialog.widgets["title"], "Youth")
    dialog.widgets["country"].set_value("TN")
    dialog.widgets["planned_start"].set_value(dt.date(2022, 6, 1))
    dialog.widgets["planned_end"].set_value(dt.date(2022, 5, 1))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    row = dialog.form.row("planned end")
    assert dialog.isVisible() and row is not None and row.is_marked()
    assert "before planned start" in row.message.text()


def test_a_project_opened_from_another_page_is_shown_even_when_the_filters_hid_it(
    window: MainWindow, services: Services
) -> None:
    chain = grant_chain(services)
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    page.status_filter.set_value(ProjectStatus.CLOSED)
    assert page.model.rowCount() == 0
    assert "No projects match the search and filters" in page.empty.text()

    window.context.show_record("projects", chain.project_id)

    assert page.status_filter.value() is None and page.search.text() == ""
    assert page.selected_id() == chain.project_id
    assert page.detail_title.text().startswith("LB-VAX-01 — ")


def test_audit_page_lists_changes_newest_first_and_filters_in_the_database(
    window: MainWindow, qtbot: QtBot, services: Services
) -> None:
    for number in range(3):
        services.organisations.create(OrganisationInput(name=f"Partner {number}"))
    page = window.show_page("audit")
    assert isinstance(page, AuditPage)
    model = page.audit_model
    assert model.total() == 3
    assert model.data(model.index(0, model.COL_RECORD)) == "Partner 2"
    assert model.data(model.index(0, model.COL_ACTION)) == "Created"
    assert window.count_label.text() == "3 changes"

    qtbot.keyClicks(page.search, "partner 1")
    qtbot.waitUntil(lambda: model.total() == 1, timeout=2000)
    assert model.data(model.index(0, model.COL_RECORD)) == "Partner 1"


def test_audit_page_pages_through_many_changes(window: MainWindow, services: Services) -> None:
    for number in range(620):
        services.organisations.create(OrganisationInput(name=f"Org {number:04d}"))
    page = window.show_page("audit")
    assert isinstance(page, AuditPage)
    assert page.audit_model.rowCount() == 500
    assert "620 changes (500 loaded" in window.count_label.text()
    page.table.scrollToBottom()
    page.audit_model.fetchMore()
    assert page.audit_model.rowCount() == 620


def test_delete_a_project_after_confirming_and_undo_it(
    window: MainWindow,
    services: Services,
    programme_and_partner: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from diaspora_grants.services.projects import ProjectInput

    programme_id, partner_id = programme_and_partner
    services.projects.create(
        ProjectInput(
            code="ZW-EDU-01",
            title="Classrooms",
            programme_id=programme_id,
            partner_id=partner_id,
            country="ZW",
        )
    )
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    page.table.selectRow(0)
    monkeypatch.setattr(interaction, "confirm", lambda *_a, **_k: True)
    window.delete_action.trigger()
    assert services.projects.find() == []
    window.undo_action.trigger()
    assert [p.code for p in services.projects.find()] == ["ZW-EDU-01"]
