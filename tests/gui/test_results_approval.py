"""Approving results in the grid: the location shown and how many, four eyes, approved results
read-only until reopened with a reason, and a save that meets a colleague's save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from diaspora_grants.config import AppPaths
from diaspora_grants.db.engine import Database
from diaspora_grants.domain.enums import ResultStatus
from diaspora_grants.gui import interaction
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages.results_page import ResultsPage
from diaspora_grants.gui.settings import AppSettings
from diaspora_grants.services.registry import Services
from diaspora_grants.services.results import CellInput
from diaspora_grants.services.startup import Workspace

from .builders import Chain, grant_chain


@pytest.fixture
def chain(services: Services) -> Chain:
    chain = grant_chain(services)
    cells = [
        CellInput(chain.locations[place], "refugees", sex, age, 5)
        for place in ("Akkar", "Baalbek-Hermel")
        for sex in ("female", "male")
        for age in ("0-17", "18-59")
    ]
    services.results.save_grid(chain.project_id, chain.people_id, chain.periods["2022-H1"], cells)
    return chain


def results_of(window: MainWindow, place: str = "Akkar") -> ResultsPage:
    page = window.show_page("results")
    assert isinstance(page, ResultsPage)
    page.scope.choose(project="LB-VAX-01", indicator="BHA-1", period="2022-H1")
    page.location.setCurrentIndex(page.location.findText(place))
    return page


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def confirm(_parent: object, _title: str, question: str, **_kw: object) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr(interaction, "confirm", confirm)
    return asked


def colleague_window(
    qtbot: QtBot, database: Database, other_user: Services, settings: AppSettings, tmp_path: Path
) -> MainWindow:
    root = tmp_path / "colleague"
    paths = AppPaths(root, root / "logs", root / "backups", root / "documents")
    window = MainWindow(Workspace(paths, database, other_user, created=False, upgrade_backup=None), settings)
    qtbot.addWidget(window)
    return window


def test_approve_says_how_many_and_acts_on_the_location_shown_only(
    window: MainWindow, services: Services, chain: Chain, questions: list[str]
) -> None:
    page = results_of(window)
    assert "submitted by tester" in page.status_label.text()
    page.approval.approve_button.click()
    assert (
        questions == [questions[0]]
        and "Approve 4 results of LB-VAX-01 · BHA-1 · 2022-H1 · Akkar?" in questions[0]
    )
    assert "Undo does not take an approval back" in questions[0]
    grid = services.results.grid(chain.project_id, chain.people_id, chain.periods["2022-H1"])
    assert grid.status_at({chain.locations["Akkar"]}) is ResultStatus.APPROVED
    assert grid.status_at({chain.locations["Baalbek-Hermel"]}) is ResultStatus.SUBMITTED
    assert "approved by tester" in page.status_label.text()


def test_four_eyes_the_submitter_is_told_why_and_a_colleague_approves(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    other_user: Services,
    gui_database: Database,
    settings: AppSettings,
    chain: Chain,
    questions: list[str],
    tmp_path: Path,
) -> None:
    page = results_of(window)
    page.approval.rules_button.click()
    rules = page.approval.rules_dialog
    assert rules is not None and not rules.four_eyes.isChecked()  # a SQLite file: off to start with
    rules.four_eyes.setChecked(True)
    rules.save_button.click()
    assert services.programmes.get(chain.programme_id).approver_must_differ

    approve = page.approval.approve_button
    assert not approve.isEnabled()
    assert approve.toolTip().startswith("You submitted the results of LB-VAX-01 · BHA-1 · 2022-H1 · Akkar")

    theirs = results_of(colleague_window(qtbot, gui_database, other_user, settings, tmp_path))
    assert theirs.approval.approve_button.isEnabled()
    theirs.approval.approve_button.click()
    cells = services.results.grid(chain.project_id, chain.people_id, chain.periods["2022-H1"]).cells
    assert {(c.submitted_by, c.approved_by) for c in cells if c.location_id == chain.locations["Akkar"]} == {
        ("tester", "colleague")
    }


def test_approved_results_are_read_only_until_reopened_with_a_reason(
    qtbot: QtBot, window: MainWindow, services: Services, chain: Chain, questions: list[str]
) -> None:
    page = results_of(window)
    page.approval.approve_button.click()
    model = page.model
    assert not model.flags(model.index(0, 0)) & model.flags(model.index(0, 0)).ItemIsEditable
    page.grid.setCurrentIndex(model.index(0, 0))
    qtbot.keyClicks(page.grid, "7")
    assert page.grid.findChild(QLineEdit) is None or not page.grid.findChild(QLineEdit).isVisible()
    assert page.problem.text() == "These results are approved: reopen them with a reason to correct them"
    assert not page.approval.submit_button.isEnabled() and page.approval.reopen_button.isEnabled()

    page.approval.reopen_button.click()
    dialog = page.approval.reopen_dialog
    assert (
        dialog is not None
        and "Reopen 4 results of LB-VAX-01 · BHA-1 · 2022-H1 · Akkar?"
        in dialog.findChild(type(page.status_label)).text()
    )
    dialog.ok_button.click()  # no reason: refused, the dialog stays
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "Partner sent corrected attendance sheets")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert model.flags(model.index(0, 0)) & model.flags(model.index(0, 0)).ItemIsEditable
    assert "draft" in page.status_label.text()
    entry = services.audit.find(table="results", limit=1)[0]
    assert (entry.new_value, entry.reason) == ("draft", "Partner sent corrected attendance sheets")


def test_a_save_after_a_colleague_saved_the_grid_asks_and_overwrites_nothing(
    window: MainWindow,
    services: Services,
    other_user: Services,
    chain: Chain,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = results_of(window, "Baalbek-Hermel")
    monkeypatch.setattr(interaction, "confirm", lambda *_a, **_k: True)
    page.model.setData(page.model.index(0, 0), "9")
    scope = (chain.project_id, chain.people_id, chain.periods["2022-H1"])
    theirs = [CellInput(*c.key, 6) for c in other_user.results.grid(*scope).cells]
    other_user.results.save_grid(*scope, theirs, status=None)
    asked: list[str] = []

    def choose(_parent: object, _title: str, question: str, options: list[str]) -> int | None:
        asked.append(question)
        return 0  # show theirs

    monkeypatch.setattr(interaction, "choose", choose)
    page.save_button.click()
    assert asked and asked[0].startswith("colleague changed these results on ")
    assert services.results.grid(*scope).total == 48  # their figures, untouched
    assert not page.model.dirty and page.model.total() == 48
