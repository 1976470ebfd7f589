"""The Partners page driven as a user would: the dialog, the table, search, delete, undo and conflicts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from diaspora_grants.domain.enums import OrganisationType
from diaspora_grants.gui import interaction
from diaspora_grants.gui.dialogs.organisation_dialog import OrganisationDialog
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.models.organisations import OrganisationTableModel
from diaspora_grants.gui.pages.partners_page import PartnersPage
from diaspora_grants.services.organisations import ContactInput, OrganisationInput
from diaspora_grants.services.registry import Services

LEFT = Qt.MouseButton.LeftButton

SAMS = OrganisationInput(name="Syrian American Medical Society", acronym="SAMS", hq_country="US")
PONTES = OrganisationInput(name="Pontes Ricerche e Interventi", hq_country="IT", type=OrganisationType.NGO)


@pytest.fixture
def page(window: MainWindow) -> PartnersPage:
    shown = window.show_page("partners")
    assert isinstance(shown, PartnersPage)
    return shown


@pytest.fixture
def confirm_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def answer(_parent: object, _title: str, question: str, **_kw: object) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr(interaction, "confirm", answer)
    return asked


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(interaction, "show_error", lambda _parent, error, **_kw: shown.append(str(error)))
    return shown


def names_in_table(page: PartnersPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, OrganisationTableModel.COL_NAME)) for r in range(model.rowCount())]


def open_dialog(window: MainWindow, page: PartnersPage, action: str = "new") -> OrganisationDialog:
    (window.new_action if action == "new" else window.edit_action).trigger()
    assert page.dialog is not None and page.dialog.isVisible()
    return page.dialog


def select(page: PartnersPage, name: str) -> None:
    row = names_in_table(page).index(name)
    page.table.selectRow(row)


def test_create_a_partner_through_the_dialog(
    window: MainWindow, page: PartnersPage, qtbot: QtBot, services: Services
) -> None:
    assert "No organisations yet" in page.empty.text()
    dialog = open_dialog(window, page)
    qtbot.keyClicks(dialog.name, "Citizens Initiative")
    qtbot.keyClicks(dialog.acronym, "CI")
    qtbot.keyClicks(dialog.email, "info@citizens.org.za")
    qtbot.keyClicks(dialog.hq_country.lineEdit(), "South Africa (ZA)")
    dialog.operating_countries.set_value(("ZW",))
    qtbot.mouseClick(dialog.ok_button, LEFT)

    assert not dialog.isVisible()
    saved = services.organisations.get_by_name("Citizens Initiative")
    assert (saved.acronym, saved.hq_country, saved.operating_countries) == ("CI", "ZA", ("ZW",))
    assert saved.updated_by == "tester"
    assert names_in_table(page) == ["Citizens Initiative"]
    assert page.selected_id() == saved.id
    assert page.detail_title.text() == "Citizens Initiative (CI)"
    assert window.count_label.text() == "1 organisation"


def test_edit_by_double_click_saves_and_updates_the_table(
    window: MainWindow, page: PartnersPage, qtbot: QtBot, services: Services
) -> None:
    services.organisations.create(SAMS)
    page.refresh()
    select(page, SAMS.name)
    index = page.model.index(0, 0)
    page.table.doubleClicked.emit(index)
    dialog = page.dialog
    assert dialog is not None and dialog.name.text() == SAMS.name
    dialog.acronym.clear()
    qtbot.keyClicks(dialog.acronym, "SAMS-US")
    qtbot.mouseClick(dialog.ok_button, LEFT)

    assert services.organisations.get_by_name(SAMS.name).acronym == "SAMS-US"
    assert page.model.data(page.model.index(0, OrganisationTableModel.COL_ACRONYM)) == "SAMS-US"


def test_a_validation_error_marks_the_field_and_keeps_the_dialog_open(
    window: MainWindow, page: PartnersPage, qtbot: QtBot, services: Services
) -> None:
    dialog = open_dialog(window, page)
    qtbot.keyClicks(dialog.name, "Genesis Entrepreneurship Trust")
    qtbot.keyClicks(dialog.email, "not-an-address")
    qtbot.mouseClick(dialog.ok_button, LEFT)

    assert dialog.isVisible()
    email_row = dialog.form.row("email")
    assert email_row is not None and email_row.is_marked()
    assert "is not an e-mail address" in email_row.message.text()
    name_row = dialog.form.row("name")
    assert name_row is not None and not name_row.is_marked()
    assert services.organisations.find() == []

    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "hello@genesis.co.zw")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    assert [o.email for o in services.organisations.find()] == ["hello@genesis.co.zw"]


def test_a_missing_name_is_marked_as_required(window: MainWindow, page: PartnersPage, qtbot: QtBot) -> None:
    dialog = open_dialog(window, page)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    row = dialog.form.row("name")
    assert row is not None and row.is_marked()
    assert row.message.text() == "Name is required"


def test_search_and_filters_narrow_the_table(
    window: MainWindow, page: PartnersPage, qtbot: QtBot, services: Services
) -> None:
    services.organisations.create(SAMS)
    services.organisations.create(PONTES)
    page.refresh()
    assert len(names_in_table(page)) == 2

    window.search_action.trigger()
    qtbot.keyClicks(page.search, "sams")
    qtbot.waitUntil(lambda: names_in_table(page) == [SAMS.name], timeout=2000)
    assert window.count_label.text() == "1 organisation"

    page.search.clear()
    qtbot.waitUntil(lambda: len(names_in_table(page)) == 2, timeout=2000)
    page.type_filter.set_value(OrganisationType.NGO)
    assert names_in_table(page) == [PONTES.name]
    page.country_filter.set_value("US")
    assert names_in_table(page) == []
    assert "No organisations match" in page.empty.text()


def test_delete_asks_first_and_undo_brings_it_back_with_its_contacts(
    window: MainWindow, page: PartnersPage, services: Services, confirm_yes: list[str]
) -> None:
    sams = services.organisations.create(SAMS)
    services.organisations.add_contact(sams.id, ContactInput(name="Dr Amal", role="programme lead"))
    page.refresh()
    select(page, SAMS.name)
    assert window.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    window.delete_action.trigger()

    assert "Delete Syrian American Medical Society?" in confirm_yes[0]
    assert services.organisations.find() == []
    assert names_in_table(page) == []

    window.undo_action.trigger()
    back = services.organisations.get_by_name(SAMS.name)
    assert back.acronym == "SAMS"
    assert [c.name for c in services.organisations.contacts(back.id)] == ["Dr Amal"]
    assert names_in_table(page) == [SAMS.name]

    window.redo_action.trigger()
    assert services.organisations.find() == []


def test_delete_is_not_done_when_the_user_says_no(
    window: MainWindow, page: PartnersPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.organisations.create(SAMS)
    page.refresh()
    select(page, SAMS.name)
    monkeypatch.setattr(interaction, "confirm", lambda *_a, **_k: False)
    window.delete_action.trigger()
    assert [o.name for o in services.organisations.find()] == [SAMS.name]


def test_undo_and_redo_of_create_and_edit(
    window: MainWindow, page: PartnersPage, qtbot: QtBot, services: Services
) -> None:
    dialog = open_dialog(window, page)
    qtbot.keyClicks(dialog.name, "Pontes")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    select(page, "Pontes")
    dialog = open_dialog(window, page, "edit")
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Pontes Ricerche e Interventi")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert [o.name for o in services.organisations.find()] == ["Pontes Ricerche e Interventi"]

    window.undo_action.trigger()  # the edit
    assert [o.name for o in services.organisations.find()] == ["Pontes"]
    window.undo_action.trigger()  # the creation
    assert services.organisations.find() == []
    assert names_in_table(page) == []
    window.redo_action.trigger()  # created again, under a new id
    window.redo_action.trigger()  # and the edit finds it there
    assert [o.name for o in services.organisations.find()] == ["Pontes Ricerche e Interventi"]
    assert names_in_table(page) == ["Pontes Ricerche e Interventi"]


def test_undo_that_cannot_be_done_says_why_and_leaves_the_stack(
    window: MainWindow,
    page: PartnersPage,
    qtbot: QtBot,
    services: Services,
    other_user: Services,
    errors: list[str],
) -> None:
    dialog = open_dialog(window, page)
    qtbot.keyClicks(dialog.name, "Pontes")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    created = services.organisations.get_by_name("Pontes")
    other_user.organisations.delete(created.id, expected_version=created.version)

    window.undo_action.trigger()
    assert errors and "does not exist" in errors[0]
    # The history is left as it was: the same step is still offered, nothing below it is lost.
    assert window.undo_stack.count() == 1 and window.undo_stack.index() == 1
    assert window.undo_action.isEnabled() and "create organisation Pontes" in window.undo_action.text()


def test_a_conflicting_save_offers_reload_or_review_and_overwrites_nothing(
    window: MainWindow, page: PartnersPage, qtbot: QtBot, services: Services, other_user: Services
) -> None:
    sams = services.organisations.create(SAMS)
    page.refresh()
    select(page, SAMS.name)
    dialog = open_dialog(window, page, "edit")
    theirs = other_user.organisations.update(
        sams.id,
        OrganisationInput(name=SAMS.name, acronym="SAMS-INTL", hq_country="US"),
        expected_version=sams.version,
    )
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "mine@sams.org")
    qtbot.mouseClick(dialog.ok_button, LEFT)

    conflict = dialog.conflict_dialog
    assert conflict is not None and conflict.isVisible()
    assert "changed by colleague" in conflict.message.text()
    assert services.organisations.get(sams.id).acronym == "SAMS-INTL"  # nothing overwritten
    assert services.organisations.get(sams.id).email is None

    qtbot.mouseClick(conflict.review_button, LEFT)
    assert conflict.comparison.isVisible()
    assert set(conflict.differing_fields()) == {"Acronym", "E-mail"}
    qtbot.mouseClick(conflict.keep_button, LEFT)

    assert dialog.isVisible() and dialog.email.text() == "mine@sams.org"  # your values kept
    qtbot.mouseClick(dialog.ok_button, LEFT)
    saved = services.organisations.get(sams.id)
    assert saved.email == "mine@sams.org"
    assert saved.version == theirs.version + 1


def test_reload_theirs_replaces_the_form_with_the_saved_version(
    window: MainWindow, page: PartnersPage, qtbot: QtBot, services: Services, other_user: Services
) -> None:
    sams = services.organisations.create(SAMS)
    page.refresh()
    select(page, SAMS.name)
    dialog = open_dialog(window, page, "edit")
    other_user.organisations.update(
        sams.id, OrganisationInput(name=SAMS.name, acronym="SAMS-INTL"), expected_version=sams.version
    )
    qtbot.keyClicks(dialog.phone, "+1 555 0100")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    conflict = dialog.conflict_dialog
    assert conflict is not None
    qtbot.mouseClick(conflict.reload_button, LEFT)

    assert dialog.acronym.text() == "SAMS-INTL"
    assert dialog.phone.text() == ""
    assert "colleague" in dialog.base_notice.text()
    assert services.organisations.get(sams.id).phone is None
