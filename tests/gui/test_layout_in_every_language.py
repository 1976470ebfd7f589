"""Layouts that hold in every language: no text cut off in the pseudo-language (every string 40%
longer), and right-to-left tables that select what the app asks them to select."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from diaspora_grants.domain.enums import TrancheStatus
from diaspora_grants.domain.errors import DuplicateError, FieldProblem
from diaspora_grants.domain.steps import tranche_step
from diaspora_grants.domain.validation import not_negative
from diaspora_grants.gui.clipping import clipped_texts
from diaspora_grants.gui.dialogs.help_dialogs import user_guide_text
from diaspora_grants.gui.formatting import money_text
from diaspora_grants.gui.i18n import ENV_LANGUAGE, apply_language
from diaspora_grants.gui.iso_names import country_name, currency_names
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.models.grid_input import plain_number
from diaspora_grants.gui.models.result_grid import amount_text
from diaspora_grants.gui.pages.projects_page import ProjectsPage
from diaspora_grants.gui.settings import AppSettings
from diaspora_grants.gui.widgets.pickers import CountryCombo
from diaspora_grants.services.finance_tranches import TrancheInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.startup import Workspace

from .builders import grant_chain
from .test_i18n import run_script


def test_the_check_finds_a_squeezed_label_and_a_button_past_the_edge(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QHBoxLayout(holder)
    fits = QLabel("Fits")
    squeezed = QLabel("A caption far longer than the room it is given")
    squeezed.setMinimumWidth(1)
    squeezed.setMaximumWidth(60)
    layout.addWidget(fits)
    layout.addWidget(squeezed)
    outside = QPushButton("Beyond the edge", holder)
    holder.resize(300, 60)
    holder.show()
    outside.move(280, 0)
    qtbot.waitExposed(holder)

    found = {clip.text for clip in clipped_texts(holder)}

    assert found == {"A caption far longer than the room it is given", "Beyond the edge"}


def test_no_page_or_dialog_cuts_a_text_in_the_pseudo_language_at_1400x900(tmp_path: Path) -> None:
    """The release check, run as a person preparing a release runs it (see the screenshot tool)."""
    env = {**os.environ, ENV_LANGUAGE: "pseudo", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "diaspora_grants.gui.screenshots", "--out", str(tmp_path), "--check-clipping"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )

    clipped = [line for line in done.stderr.splitlines() if line.startswith("clipped:")]
    assert clipped == [] and done.returncode == 0, done.stderr[-3000:]
    shots = list(tmp_path.glob("*.png"))
    assert len(shots) > 60  # every page, its states and their dialogs were looked at


def test_a_record_opened_from_another_page_is_selected_right_to_left(
    qapp: QApplication, qtbot: QtBot, workspace: Workspace, settings: AppSettings, restore_language: None
) -> None:
    apply_language(qapp, "ar")
    chain = grant_chain(workspace.services)
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage) and page.isRightToLeft()
    assert page.selected_id() is None

    window.context.show_record("projects", chain.project_id)

    assert page.selected_id() == chain.project_id
    assert page.detail_title.text().startswith("LB-VAX-01 — ")  # its detail followed


def test_countries_are_named_and_found_in_the_apps_language(
    qapp: QApplication, qtbot: QtBot, workspace: Workspace, settings: AppSettings, restore_language: None
) -> None:
    apply_language(qapp, "fr")  # country names come with pycountry, not the app's catalogue
    chain = grant_chain(workspace.services)
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)

    window.context.show_record("projects", chain.project_id)
    shown = page.model.index(0, page.model.COL_COUNTRY).data()
    assert shown == "Liban"
    grant = page.model.index(0, page.model.COL_GRANT).data()  # money as French writes it
    assert grant.endswith(",00 USD") and "\u202f" in grant and "," not in grant[:-7]
    assert page.summary["Where"].text().startswith("Liban")

    combo = CountryCombo()
    qtbot.addWidget(combo)
    assert combo.findText("Liban (LB)") > 0 and combo.findText("Égypte (EG)") < combo.findText("Espagne (ES)")
    for typed in ("liban", "Lebanon", "lb"):
        combo.setEditText(typed)
        assert combo.value() == "LB"

    assert currency_names()["USD"] == "Dollar américain"  # the currency pickers too

    apply_language(qapp, "ar")
    assert country_name("LB") == "لبنان" and currency_names()["LBP"] == "الليرة اللبنانية"


def test_the_cores_sentences_reach_the_screen_in_the_apps_language(
    qapp: QApplication,
    qtbot: QtBot,
    workspace: Workspace,
    settings: AppSettings,
    tmp_path: Path,
    restore_language: None,
) -> None:
    run_script("release", "--qm-dir", str(tmp_path))  # the catalogues as committed
    apply_language(qapp, "fr", folder=tmp_path)
    chain = grant_chain(workspace.services)
    workspace.services.finance.create_tranche(
        chain.project_id,
        TrancheInput(number=1, planned_date=dt.date(2022, 3, 1), planned_amount=Decimal(50000)),
    )
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.context.show_record("projects", chain.project_id)
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    page.tranches.reload()
    page.tranches.table.selectRow(0)

    # Why Record payment waits, as the service says it, in French beside the button.
    assert (
        page.tranches.pay_button.toolTip()
        == "la tranche de paiement 1 est prévue\u00a0: approuvez-la d'abord"
    )
    assert not_negative("montant", Decimal(-1)) == FieldProblem(
        "montant", "doit être un nombre supérieur ou égal à zéro"
    )

    with pytest.raises(DuplicateError) as refused:  # a service's refusal, as the form shows it
        workspace.services.programmes.create(
            ProgrammeInput(
                code="BHA-2022", name="Again", start_date=dt.date(2022, 1, 1), end_date=dt.date(2022, 12, 31)
            )
        )
    assert refused.value.problems[0].message == "un programme de code «\u00a0BHA-2022\u00a0» existe déjà"

    apply_language(qapp, "en")  # the command line and the English app: as the core writes it
    assert tranche_step(1, TrancheStatus.SCHEDULED, TrancheStatus.PAID).blocked == (
        "tranche 1 is scheduled: approve it first"
    )


def test_the_user_guide_opens_in_the_apps_language_with_every_section() -> None:
    english = user_guide_text("en")
    sections = english.count("\n## ")
    for language, title in (("fr", "guide de l'utilisateur"), ("ar", "دليل المستخدم")):
        guide = user_guide_text(language)
        assert title in guide.splitlines()[0]
        assert guide.count("\n## ") == sections  # kept in step with the English guide
        assert guide.count("**F1**") == english.count("**F1**")
    assert user_guide_text("de") == english  # no German guide: English


def test_numbers_read_and_are_typed_in_the_locales_own_separators_and_digits(
    qapp: QApplication, restore_language: None
) -> None:
    apply_language(qapp, "fr")
    assert money_text(Decimal("-1234567.5"), "USD") == "-1\u202f234\u202f567,50 USD"
    assert plain_number(amount_text(Decimal("1250.5"))) == "1250.50"  # what is shown types back

    apply_language(qapp, "ar")
    shown = amount_text(Decimal("25740"))
    assert shown == "٢٥٬٧٤٠" and plain_number(shown) == "25740"

    apply_language(qapp, "en")
    assert money_text(Decimal("1234567.5"), "USD") == "1,234,567.50 USD"
