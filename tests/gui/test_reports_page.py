"""The Reports page: exports in the background (open, show in folder, cancel) and imports with a preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_grants.gui import desktop, interaction
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.models.imports import ProblemTableModel
from diaspora_grants.gui.pages import reports_page
from diaspora_grants.gui.pages.reports_page import ReportsPage
from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.services.registry import Services
from diaspora_grants.services.results import ResultFilter

from .builders import Chain, grant_chain


@pytest.fixture
def chain(services: Services) -> Chain:
    return grant_chain(services)


@pytest.fixture
def page(window: MainWindow, chain: Chain) -> ReportsPage:
    shown = window.show_page("reports")
    assert isinstance(shown, ReportsPage)
    return shown


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(interaction, "show_error", lambda _parent, error, **_kw: shown.append(str(error)))
    return shown


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Answer the save dialog with `path`; returns the names it suggested."""
    suggested: list[str] = []

    def answer(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(name)
        return str(path), ""

    monkeypatch.setattr(reports_page.QFileDialog, "getSaveFileName", answer)
    return suggested


def choose_kind(page: ReportsPage, key: str) -> None:
    page.kind.set_value(key)


def test_export_runs_in_the_background_then_opens_and_shows_the_folder(
    page: ReportsPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    out = tmp_path / "out" / "data.xlsx"
    out.parent.mkdir()
    suggested = save_as(monkeypatch, out)
    opened: list[tuple[str, Path]] = []
    monkeypatch.setattr(desktop, "open_path", lambda path: opened.append(("open", path)) or True)
    monkeypatch.setattr(desktop, "show_in_folder", lambda path: opened.append(("folder", path)) or True)
    choose_kind(page, "data")
    assert not page.form.isRowVisible(page.periods_row)
    assert not page.open_button.isVisibleTo(page)

    page.export_button.click()
    operation = page.operation
    assert operation is not None and suggested == ["BHA-2022-data-2022-09-15.xlsx"]
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    assert errors == []
    assert out.exists() and "Projects" in load_workbook(out).sheetnames
    assert str(out) in page.result.text()
    assert page.open_button.isVisibleTo(page)
    page.open_button.click()
    page.folder_button.click()
    assert opened == [("open", out), ("folder", out)]


def test_the_donor_export_asks_for_periods_and_cancel_leaves_no_file(
    page: ReportsPage, qtbot: QtBot, tmp_path: Path, errors: list[str]
) -> None:
    choose_kind(page, "donor")
    assert page.form.isRowVisible(page.periods_row) and page.form.isRowVisible(page.report_type)
    assert page.period_to.currentText() == "2022-H1"  # the last period that has ended by 2022-09-15
    kind = next(k for k in page.kinds if k.key == "donor")
    assert page.suggested_name(kind) == "BHA-2022-donor-2022-H1_2022-H1.xlsx"
    out = tmp_path / "donor.xlsx"
    operation = page.export_to(kind, out)
    assert operation is not None
    operation.cancel()
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    assert not out.exists()
    assert page.last_path is None and errors == []


def test_an_import_preview_lists_every_problem_by_row_and_saves_nothing(
    page: ReportsPage, qtbot: QtBot, tmp_path: Path, services: Services, chain: Chain
) -> None:
    path = tmp_path / "from-partner.xlsx"
    DataExchange(services).make_template("LB-VAX-01", "2022-H1", path)
    book = load_workbook(path)
    sheet = book["Results"]
    sheet["H2"], sheet["H3"], sheet["H4"] = 120, "about forty", -3
    book.save(path)

    panel = page.import_panel
    operation = panel.preview(path)
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    model = panel.problem_model
    rows = [
        (
            model.data(model.index(r, ProblemTableModel.COL_ROW)),
            model.data(model.index(r, ProblemTableModel.COL_COLUMN)),
        )
        for r in range(model.rowCount())
    ]
    assert rows == [("3", "Value"), ("4", "Value")]
    assert "not a number" in str(model.data(model.index(0, ProblemTableModel.COL_MESSAGE)))
    assert model.data(model.index(0, ProblemTableModel.COL_FIX))
    assert "2 problems to fix" in panel.summary.text()
    assert not panel.commit_button.isEnabled() and panel.cancel_button.isEnabled()
    assert services.results.count(ResultFilter(programme_id=chain.programme_id)) == 0

    panel.cancel_button.click()
    assert model.rowCount() == 0 and panel.path is None


def test_a_good_file_is_previewed_then_committed(
    page: ReportsPage,
    qtbot: QtBot,
    tmp_path: Path,
    services: Services,
    chain: Chain,
    qtmodeltester: ModelTester,
) -> None:
    path = tmp_path / "from-partner.xlsx"
    DataExchange(services).make_template("LB-VAX-01", "2022-H1", path)
    book = load_workbook(path)
    book["Results"]["H2"], book["Results"]["H3"] = 120, 35
    book.save(path)

    panel = page.import_panel
    operation = panel.preview(path)
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    assert panel.problem_model.rowCount() == 0
    assert sum(s.created for s in panel.sheet_model.rows()) == 2
    assert "no problems" in panel.summary.text() and panel.commit_button.isEnabled()
    assert services.results.count(ResultFilter(programme_id=chain.programme_id)) == 0
    qtmodeltester.check(panel.sheet_model)

    committed = panel.commit()
    assert committed is not None
    qtbot.waitUntil(lambda: committed.done, timeout=20_000)
    assert services.results.count(ResultFilter(programme_id=chain.programme_id)) == 2
    assert "imported: 2 row(s) created" in panel.summary.text()
    assert not panel.commit_button.isEnabled()


def test_a_file_that_is_not_a_workbook_is_refused_with_its_reason(
    page: ReportsPage, qtbot: QtBot, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("not a workbook")
    operation = page.import_panel.preview(path)
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    model = page.import_panel.problem_model
    assert model.rowCount() >= 1
    assert model.data(model.index(0, ProblemTableModel.COL_ROW)) == ""  # the file as a whole
    assert "refused" in page.import_panel.summary.text()
    qtmodeltester.check(model)


def test_the_partner_template_is_made_in_the_language_chosen(
    page: ReportsPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    choose_kind(page, "donor")
    assert not page.form.isRowVisible(page.template_language)
    choose_kind(page, "template")
    assert page.form.isRowVisible(page.template_language)
    assert page.template_language.value() == "en"
    assert [page.template_language.itemText(i) for i in range(page.template_language.count())] == [
        "English",
        "French",
        "Arabic",
    ]
    page.template_language.set_value("fr")
    out = tmp_path / "modele.xlsx"
    suggested = save_as(monkeypatch, out)

    page.export_button.click()
    operation = page.operation
    assert operation is not None and suggested[0].endswith("-results-fr.xlsx")
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    assert errors == []
    book = load_workbook(out)
    assert "Résultats" in book.sheetnames and book["Résultats"]["H1"].value == "Valeur"
    identity = {row[0]: row[1] for row in book["_template"].iter_rows(values_only=True)}
    assert identity["language"] == "fr"
