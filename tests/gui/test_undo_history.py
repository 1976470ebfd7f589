"""A refused undo or redo says why and leaves the undo history exactly as it was: the same step is
offered again, nothing below it is lost, and it goes through once the obstacle is gone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diaspora_grants.gui import interaction
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages.partners_page import PartnersPage
from diaspora_grants.gui.pages.results_page import ResultsPage
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.registry import Services

from .builders import Chain, grant_chain


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(interaction, "show_error", lambda _parent, error, **_kw: shown.append(str(error)))
    return shown


def test_an_undo_refused_by_a_locked_period_keeps_the_history(
    window: MainWindow, services: Services, other_user: Services, errors: list[str]
) -> None:
    chain: Chain = grant_chain(services)
    page = window.show_page("results")
    assert isinstance(page, ResultsPage)
    page.scope.choose(project="LB-VAX-01", indicator="BHA-1", period="2022-H1")
    for value in ("4", "6"):  # two saves: two steps of history
        page.model.setData(page.model.index(0, 0), value)
        page.save_button.click()
    scope = (chain.project_id, chain.people_id, chain.periods["2022-H1"])
    other_user.periods.lock(chain.periods["2022-H1"], "reported")

    window.undo_action.trigger()
    assert errors and errors[0].startswith("Could not undo “save results of LB-VAX-01 · BHA-1 · 2022-H1”")
    assert "2022-H1 is locked" in errors[0] and "Your undo history is unchanged" in errors[0]
    assert window.undo_stack.count() == 2 and window.undo_stack.index() == 2
    assert services.results.grid(*scope).total == 6

    other_user.periods.unlock(chain.periods["2022-H1"], "late correction")
    window.undo_action.trigger()
    window.undo_action.trigger()  # both steps are still there, in order
    assert errors[1:] == [] and services.results.grid(*scope).is_empty and window.undo_stack.index() == 0


def test_a_redo_refused_keeps_the_history(
    window: MainWindow, qtbot: QtBot, services: Services, other_user: Services, errors: list[str]
) -> None:
    page = window.show_page("partners")
    assert isinstance(page, PartnersPage)
    window.new_action.trigger()
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Pontes")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    window.undo_action.trigger()  # the creation is undone
    assert services.organisations.find() == []
    other_user.organisations.create(OrganisationInput(name="Pontes"))  # a colleague takes the name

    window.redo_action.trigger()
    assert errors and errors[0].startswith("Could not redo “create organisation Pontes”")
    assert window.undo_stack.index() == 0 and window.redo_action.isEnabled()
    assert [o.name for o in services.organisations.find()] == ["Pontes"]  # theirs, once
