"""The narrative on the Reports page: written in the editor (sections, outcomes with their indicators,
partners' words quoted), saved as a draft, read-only once locked; its PDF previewed, then saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from diaspora_grants.domain.errors import LockedPeriodError
from diaspora_grants.gui import interaction
from diaspora_grants.gui.dialogs.narrative_dialog import NarrativeDialog
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages import narrative_actions
from diaspora_grants.gui.pages.reports_page import ReportsPage
from diaspora_grants.services.registry import Services

from .builders import Chain, grant_chain

ARABIC = "وصلنا إلى القرى الريفية في عكار"


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


def _editor(page: ReportsPage, period: str) -> NarrativeDialog:
    page.period_from.set_value(page.services.periods.get_by_label(page.programme.value(), period).id)
    page.period_to.set_value(page.period_from.value())
    page.narrative.write_button.click()
    editor = page.narrative.editor
    assert editor is not None and editor.isVisible()
    return editor


def test_a_draft_is_written_with_outcomes_and_a_partners_words_and_saved(
    page: ReportsPage, chain: Chain, services: Services, qtbot: QtBot, errors: list[str]
) -> None:
    services.programmes.save_partner_narrative(
        chain.project_id,
        chain.periods["2022-H1"],
        {"progress": "Les élèves de Médenine ont fini la formation."},
    )
    editor = _editor(page, "2022-H1")
    assert editor.partners.choice.currentText().startswith("LB-VAX-01 · 2022-H1")
    summary = editor.editors["executive_summary"]
    qtbot.keyClicks(summary, "Vaccination reached Akkar. ")
    summary.insertPlainText(ARABIC)
    editor.tabs.setCurrentWidget(editor.editors["challenges"])
    editor.partners.quote_button.click()
    editor.tabs.setCurrentWidget(editor.outcomes)
    editor.outcomes.add_button.click()
    editor.outcomes.title.clear()
    qtbot.keyClicks(editor.outcomes.title, "People are protected")
    editor.outcomes.text.setPlainText("Two rounds of vaccination.")
    editor.outcomes.indicators.item(0).setCheckState(Qt.CheckState.Checked)

    editor.save_button.click()

    assert errors == [] and editor.status.text().startswith("Draft saved at")
    saved = services.programmes.narrative(
        chain.programme_id, chain.periods["2022-H1"], chain.periods["2022-H1"]
    )
    assert saved.text("executive_summary") == f"Vaccination reached Akkar. {ARABIC}"
    quoted = "“Les élèves de Médenine ont fini la formation.”"
    assert saved.text("challenges") == f"{quoted} (Syrian American Medical Society, LB-VAX-01, 2022-H1)"
    assert [(o.title, o.text, o.indicator_codes) for o in saved.outcomes] == [
        ("People are protected", "Two rounds of vaccination.", ("BHA-1",))
    ]
    # Opened again, the editor shows the draft as saved.
    again = _editor(page, "2022-H1")
    assert again.editors["executive_summary"].toPlainText() == saved.text("executive_summary")
    assert again.outcomes.list.item(0).text() == "People are protected"


def test_a_locked_period_shows_its_narrative_read_only_with_the_reason(
    page: ReportsPage, chain: Chain, services: Services
) -> None:
    services.periods.lock(chain.periods["2022-H1"], "reported to the donor")
    editor = _editor(page, "2022-H1")
    assert editor.locked.isVisibleTo(editor)
    assert LockedPeriodError("2022-H1").message in editor.locked.text()
    assert editor.editors["context"].isReadOnly() and editor.outcomes.title.isReadOnly()
    assert not editor.save_button.isEnabled()
    assert editor.save_button.toolTip() == LockedPeriodError("2022-H1").message


def test_the_pdf_is_previewed_then_saved_where_the_user_says(
    page: ReportsPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    out = tmp_path / "narrative.pdf"
    suggested: list[str] = []

    def answer(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(name)
        return str(out), ""

    monkeypatch.setattr(narrative_actions.QFileDialog, "getSaveFileName", answer)
    page.report_type.set_value("semi-annual")
    operation = page.narrative.make_pdf()
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=60_000)
    assert errors == []
    preview = page.narrative.preview
    assert preview is not None and preview.isVisible()
    assert preview.document.status() == QPdfDocument.Status.Ready and preview.document.pageCount() >= 6
    assert not out.exists()  # nothing is saved before the user says where

    preview.findChild(object, "save-pdf").click()

    assert suggested == ["BHA-2022-narrative-2022-H1_2022-H1.pdf"]
    assert out.read_bytes().startswith(b"%PDF-")
    assert page.narrative.result.text() == f"Saved: {out}"
