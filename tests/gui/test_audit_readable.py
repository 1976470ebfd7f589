"""The audit trail reads as people speak: records by their natural keys, changes as
"field: old → new" in words, one entry per action, the demo under "demo"."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from diaspora_grants.domain.enums import ResultStatus
from diaspora_grants.gui import interaction
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages.audit_page import AuditPage
from diaspora_grants.gui.settings import AppSettings
from diaspora_grants.services.registry import Services
from diaspora_grants.services.results import CellInput
from diaspora_grants.services.startup import Workspace

from .builders import grant_chain


def rows_of(page: AuditPage) -> list[tuple[str, str, str]]:
    model = page.audit_model
    return [
        tuple(
            str(model.data(model.index(row, column)) or "")
            for column in (model.COL_ACTION, model.COL_RECORD, model.COL_CHANGE)
        )  # type: ignore[misc]
        for row in range(model.rowCount())
    ]


def test_results_are_named_by_their_keys_and_changes_read_as_words(
    window: MainWindow, services: Services, other_user: Services
) -> None:
    chain = grant_chain(services)
    scope = (chain.project_id, chain.people_id, chain.periods["2022-H1"])
    akkar = chain.locations["Akkar"]
    services.results.save_grid(*scope, [CellInput(akkar, "refugees", "female", "0-17", 12)], status=None)
    grid = services.results.grid(*scope)
    services.results.save_grid(*scope, [CellInput(akkar, "refugees", "female", "0-17", 15)], status=None)
    services.results.submit(*scope)
    other_user.results.approve(*scope)
    services.periods.lock(chain.periods["2022-H1"], "sent to the donor")
    assert grid.revision  # the grid was read before the change

    page = window.show_page("audit")
    assert isinstance(page, AuditPage)
    page.table_filter.set_value("results")
    rows = rows_of(page)
    cell = "LB-VAX-01 · BHA-1 · 2022-H1 · Akkar · refugees · female · 0-17"
    assert rows == [
        ("Changed", "LB-VAX-01 · BHA-1 · 2022-H1 (1 result)", "status: Submitted → Approved"),
        ("Changed", "LB-VAX-01 · BHA-1 · 2022-H1 (1 result)", "status: Draft → Submitted"),
        ("Changed", cell, "value: 12 → 15"),
        ("Created", cell, "value: 12; status: Draft"),
    ]
    assert not any("{" in change or "#" in record for _a, record, change in rows)

    page.table_filter.set_value("periods")
    locks = [row for row in rows_of(page) if row[0] == "Locked"]
    assert locks == [("Locked", "BHA-2022 · 2022-H1", "Locked")]  # one entry, not one per column


def test_references_read_as_the_names_of_what_they_point_to(window: MainWindow, services: Services) -> None:
    chain = grant_chain(services)
    project = services.projects.get(chain.project_id)
    from diaspora_grants.services.inputs import input_of
    from diaspora_grants.services.projects import ProjectInput

    services.projects.update(
        project.id,
        replace(input_of(project, ProjectInput), title="Rural vaccination campaign"),
        expected_version=project.version,
    )
    page = window.show_page("audit")
    assert isinstance(page, AuditPage)
    page.table_filter.set_value("projects")
    rows = rows_of(page)
    assert rows[0] == ("Changed", "LB-VAX-01", "title: Rural vaccination → Rural vaccination campaign")
    created = rows[-1][2]
    assert "partner: Syrian American Medical Society" in created and "programme: BHA-2022" in created
    assert "status: Implementation" in created


def test_the_demo_loaded_from_the_file_menu_is_attributed_to_demo(
    qtbot: QtBot, workspace: Workspace, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The demo's payments are dated as they happened: it loads on today's date, not the tests' day.
    services = Services(replace(workspace.services.context, today=dt.date.today))
    window = MainWindow(replace(workspace, services=services), settings)
    qtbot.addWidget(window)
    asked: list[str] = []
    failed: list[str] = []
    monkeypatch.setattr(interaction, "confirm", lambda _p, _t, question, **_k: asked.append(question) or True)
    monkeypatch.setattr(interaction, "show_error", lambda _p, error, **_k: failed.append(str(error)))
    window.demo_action.trigger()
    assert asked and "cannot be undone with Undo" in asked[0]
    qtbot.waitUntil(lambda: services.programmes.find() != [] or bool(failed), timeout=120_000)
    assert failed == []
    qtbot.waitUntil(
        lambda: "demo programmes are loaded" in window.statusBar().currentMessage(), timeout=60_000
    )
    total = services.audit.count()
    assert total > 100 and services.audit.count(user="demo") == total
    assert services.results.count() > 0
    assert {c.status for c in services.results.find(limit=50)} <= set(ResultStatus)
