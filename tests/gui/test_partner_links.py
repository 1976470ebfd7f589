"""A partner's documents (attach, open, remove) and its applications and projects, from the Partners page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.modeltest import ModelTester

from diaspora_grants.domain.enums import DocumentOwner
from diaspora_grants.gui import desktop, interaction
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.models.documents import DocumentTableModel
from diaspora_grants.gui.pages.partners_page import PartnersPage
from diaspora_grants.gui.pages.projects_page import ProjectsPage
from diaspora_grants.gui.panels import documents_panel
from diaspora_grants.services.registry import Services

from .builders import Chain, grant_chain


@pytest.fixture
def chain(services: Services) -> Chain:
    return grant_chain(services)


@pytest.fixture
def page(window: MainWindow, chain: Chain) -> PartnersPage:
    shown = window.show_page("partners")
    assert isinstance(shown, PartnersPage)
    shown.refresh()  # the window opened on this page before the chain existed
    shown.select_id(chain.partner_id)
    return shown


def test_attach_open_and_remove_a_document(
    window: MainWindow,
    page: PartnersPage,
    services: Services,
    chain: Chain,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: ModelTester,
) -> None:
    agreement = tmp_path / "grant agreement SAMS.pdf"
    agreement.write_bytes(b"%PDF-1.4 signed agreement")
    monkeypatch.setattr(documents_panel.QFileDialog, "getOpenFileName", lambda *_a: (str(agreement), ""))
    opened: list[Path] = []
    monkeypatch.setattr(desktop, "open_path", lambda path: opened.append(path) or True)
    links = page.links
    assert links.tabText(0) == "Documents (0)" and not links.open_button.isEnabled()

    links.attach_button.click()
    dialog = links.documents_panel.dialog
    assert dialog is not None and dialog.widgets["name"].text() == "grant agreement SAMS.pdf"
    dialog.ok_button.click()
    [document] = services.documents.find(DocumentOwner.ORGANISATION, chain.partner_id)
    assert document.name == "grant agreement SAMS.pdf" and document.updated_by == "tester"
    model = links.document_model
    assert model.data(model.index(0, DocumentTableModel.COL_NAME)) == "grant agreement SAMS.pdf"
    assert model.data(model.index(0, DocumentTableModel.COL_SIZE)) == "25 bytes"
    assert links.tabText(0) == "Documents (1)"
    qtmodeltester.check(model)

    links.documents.selectRow(0)
    links.open_button.click()
    assert len(opened) == 1 and opened[0].read_bytes() == agreement.read_bytes()
    assert opened[0] != agreement  # the stored copy, which survives the original being moved

    monkeypatch.setattr(interaction, "confirm", lambda *_a, **_k: True)
    links.remove_button.click()
    assert services.documents.find(DocumentOwner.ORGANISATION, chain.partner_id) == []
    assert model.rowCount() == 0 and links.tabText(0) == "Documents (0)"

    window.undo_action.trigger()  # the removed file was kept aside: it comes back, same content
    [back] = services.documents.find(DocumentOwner.ORGANISATION, chain.partner_id)
    assert services.documents.path_of(back.id).read_bytes() == agreement.read_bytes()
    assert links.tabText(0) == "Documents (1)"


def test_the_partners_projects_are_listed_and_open_the_project(
    window: MainWindow, page: PartnersPage, chain: Chain
) -> None:
    links = page.links
    assert links.tabText(2) == "Projects (1)"
    item = links.projects.item(0)
    assert item.text().startswith("LB-VAX-01: Rural vaccination — Implementation, 250,000.00 USD")
    assert links.applications.item(0).text() == "No applications from this organisation"
    links.projects.itemDoubleClicked.emit(item)
    projects = window.current_page()
    assert isinstance(projects, ProjectsPage)
    assert projects.selected_id() == chain.project_id


def test_a_placeholder_line_opens_nothing(window: MainWindow, page: PartnersPage) -> None:
    placeholder = page.links.applications.item(0)
    assert isinstance(placeholder, QListWidgetItem)
    page.links.applications.itemDoubleClicked.emit(placeholder)
    assert window.current_page() is page
