"""Child records in the app: each kind can be entered, changed and removed (buttons, double-click,
context menu), is undone with Ctrl+Z, marks what is wrong on its field, and meets a colleague's
change with the same conflict dialog as every other record."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from diaspora_grants.domain.enums import DocumentOwner, TrancheStatus
from diaspora_grants.gui import desktop, interaction
from diaspora_grants.gui.dialogs.conflict_dialog import Choice
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages.partners_page import PartnersPage
from diaspora_grants.gui.pages.projects_page import ProjectsPage
from diaspora_grants.gui.panels import documents_panel
from diaspora_grants.services.finance import BudgetLineInput, TrancheInput
from diaspora_grants.services.organisations import ContactInput
from diaspora_grants.services.registry import Services

from .builders import Chain, grant_chain

D = Decimal


@pytest.fixture
def chain(services: Services) -> Chain:
    return grant_chain(services)


@pytest.fixture
def projects(window: MainWindow, chain: Chain) -> ProjectsPage:
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    page.refresh()
    page.select_id(chain.project_id)
    return page


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interaction, "confirm", lambda *_a, **_k: True)


def test_a_revision_asks_its_reason_on_the_form_and_the_history_lists_it(
    projects: ProjectsPage, qtbot: QtBot, services: Services, chain: Chain
) -> None:
    services.finance.create_budget_line(
        chain.project_id, BudgetLineInput(code="ACT", category="Activities", original_amount=D(150000))
    )
    panel = projects.budget
    panel.reload()
    panel.table.selectRow(0)
    panel.edit_button.click()
    dialog = panel.dialog
    qtbot.keyClicks(dialog.widgets["revised_amount"], "130000")
    dialog.ok_button.click()
    reason = dialog.form.row("reason")
    assert dialog.isVisible() and reason is not None and reason.is_marked()
    assert "say why the budget is revised" in reason.message.text()
    qtbot.keyClicks(dialog.widgets["revision_reason"], "Two clinics closed by the floods")
    dialog.ok_button.click()
    assert not dialog.isVisible()

    assert panel.model.data(panel.model.index(0, panel.model.COL_REVISIONS)) == "1"
    panel.history_button.click()
    history = panel.history
    assert history is not None and history.model.rowCount() == 1
    model = history.model
    assert [model.data(model.index(0, c)) for c in range(5)] == [
        "2022-09-15", "150,000.00", "130,000.00", "tester", "Two clinics closed by the floods",
    ]  # fmt: skip


def test_a_budget_line_changed_by_a_colleague_meets_the_conflict_dialog(
    projects: ProjectsPage, qtbot: QtBot, services: Services, other_user: Services, chain: Chain
) -> None:
    line = services.finance.create_budget_line(
        chain.project_id, BudgetLineInput(code="PER", category="Personnel", original_amount=D(60000))
    )
    panel = projects.budget
    panel.reload()
    panel.table.selectRow(0)
    panel.edit_button.click()
    dialog = panel.dialog
    other_user.finance.update_budget_line(
        line.id,
        BudgetLineInput(code="PER", category="Staff", original_amount=D(60000)),
        expected_version=line.version,
    )
    dialog.widgets["description"].set_value("Two nurses")
    dialog.ok_button.click()
    conflict = dialog.conflict_dialog
    assert conflict is not None and "changed by colleague" in conflict.message.text()
    conflict.reload_button.click()
    assert conflict.choice is Choice.RELOAD_THEIRS and dialog.widgets["category"].text() == "Staff"
    assert services.finance.get_budget_line(line.id).description is None


def test_tranches_show_their_next_step_and_why_the_others_wait(
    projects: ProjectsPage, services: Services, chain: Chain, yes: None
) -> None:
    services.finance.create_tranche(
        chain.project_id, TrancheInput(number=1, planned_date=dt.date(2022, 3, 1), planned_amount=D(50000))
    )
    panel = projects.tranches
    panel.reload()
    panel.table.selectRow(0)
    assert panel.approve_button.property("primary") and not panel.pay_button.isEnabled()
    assert panel.pay_button.toolTip() == "tranche 1 is scheduled: approve it first"
    panel.cancel_button.click()
    assert services.finance.tranches(chain.project_id)[0].status is TrancheStatus.CANCELLED
    assert not panel.approve_button.isEnabled()
    assert "it was cancelled; reopen it (back to scheduled) first" in panel.note.text()
    panel.reschedule_button.click()
    assert services.finance.tranches(chain.project_id)[0].status is TrancheStatus.SCHEDULED


def test_context_menu_offers_new_edit_delete_and_the_steps(
    projects: ProjectsPage, services: Services, chain: Chain, qtbot: QtBot
) -> None:
    services.finance.create_tranche(
        chain.project_id, TrancheInput(number=1, planned_date=dt.date(2022, 3, 1), planned_amount=D(50000))
    )
    panel = projects.tranches
    panel.reload()
    rect = panel.table.visualRect(panel.model.index(0, 0))
    panel.show_context_menu(rect.center() if rect.isValid() else QPoint(5, 5))
    menu = panel.context_menu
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == [
        "New…",
        "Edit…",
        "Delete…",
        "Approve…",
        "Record payment…",
        "Cancel tranche…",
        "Back to scheduled…",
    ]
    enabled = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    assert enabled["Approve…"] and not enabled["Record payment…"]
    menu.close()


def test_a_location_is_created_deleted_and_both_undone(
    window: MainWindow, projects: ProjectsPage, qtbot: QtBot, services: Services, chain: Chain, yes: None
) -> None:
    panel = projects.locations
    panel.new_button.click()
    dialog = panel.dialog
    qtbot.keyClicks(dialog.widgets["name"].lineEdit(), "Beqaa")
    dialog.ok_button.click()
    names = lambda: [loc.name for loc in services.projects.locations(chain.project_id)]  # noqa: E731
    assert names() == ["Akkar", "Baalbek-Hermel", "Beqaa"]
    panel.select_id(
        next(loc.id for loc in services.projects.locations(chain.project_id) if loc.name == "Beqaa")
    )
    panel.delete_button.click()
    assert names() == ["Akkar", "Baalbek-Hermel"]
    window.undo_action.trigger()
    assert names() == ["Akkar", "Baalbek-Hermel", "Beqaa"]
    window.undo_action.trigger()
    assert names() == ["Akkar", "Baalbek-Hermel"]
    assert panel.model.rowCount() == 2


def test_project_documents_are_attached_opened_and_removed(
    window: MainWindow,
    projects: ProjectsPage,
    services: Services,
    chain: Chain,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    yes: None,
) -> None:
    agreement = tmp_path / "LB-VAX-01 agreement.pdf"
    agreement.write_bytes(b"%PDF-1.4 signed")
    monkeypatch.setattr(documents_panel.QFileDialog, "getOpenFileName", lambda *_a: (str(agreement), ""))
    opened: list[Path] = []
    monkeypatch.setattr(desktop, "open_path", lambda path: opened.append(path) or True)
    panel = projects.documents
    panel.attach_button.click()
    dialog = panel.dialog
    dialog.widgets["kind"].set_value("grant agreement")
    dialog.ok_button.click()
    [document] = services.documents.find(DocumentOwner.PROJECT, chain.project_id)
    assert (document.name, document.kind) == ("LB-VAX-01 agreement.pdf", "grant agreement")
    panel.table.selectRow(0)
    panel.open_button.click()
    assert opened and opened[0].read_bytes() == agreement.read_bytes()
    panel.remove_button.click()
    assert services.documents.find(DocumentOwner.PROJECT, chain.project_id) == []
    window.undo_action.trigger()
    assert len(services.documents.find(DocumentOwner.PROJECT, chain.project_id)) == 1


def test_contacts_are_entered_in_the_partners_page_with_the_e_mail_checked(
    window: MainWindow, qtbot: QtBot, services: Services, chain: Chain, yes: None
) -> None:
    page = window.show_page("partners")
    assert isinstance(page, PartnersPage)
    page.refresh()
    page.select_id(chain.partner_id)
    panel = page.contacts
    panel.new_button.click()
    dialog = panel.dialog
    qtbot.keyClicks(dialog.widgets["name"], "Dr Amal Haddad")
    qtbot.keyClicks(dialog.widgets["email"], "amal.sams.org")
    dialog.ok_button.click()
    row = dialog.form.row("email")
    assert dialog.isVisible() and row is not None and row.is_marked()
    dialog.widgets["email"].set_value("amal@sams.org")
    dialog.ok_button.click()
    assert [(c.name, c.email) for c in services.organisations.contacts(chain.partner_id)] == [
        ("Dr Amal Haddad", "amal@sams.org")
    ]
    panel.table.selectRow(0)
    panel.edit_button.click()
    panel.dialog.widgets["role"].set_value("Programme lead")
    panel.dialog.ok_button.click()
    window.undo_action.trigger()
    assert services.organisations.contacts(chain.partner_id)[0].role is None
    services.organisations.add_contact(chain.partner_id, ContactInput(name="Omar"))
    page.refresh()
    assert panel.model.rowCount() == 2
