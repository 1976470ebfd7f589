"""`diaspora-grants --smoke`: the check CI runs on the standalone app, here on the source tree."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from diaspora_grants.__main__ import main
from diaspora_grants.config import ENV_HOME
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.page_registry import PAGES


@pytest.fixture(autouse=True)
def own_home(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # The smoke run points the app's home at its temporary folder; put it back afterwards.
    # (qapp first: the session's application, settings kept out of the developer's own.)
    monkeypatch.setenv(ENV_HOME, str(tmp_path / "home"))


def test_smoke_opens_the_window_builds_every_page_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--smoke"]) == 0

    said = capsys.readouterr().out
    assert "window shown on smoke.sqlite" in said
    assert f"{len(PAGES)} pages built" in said
    assert "Qt platform offscreen" in said


def test_smoke_fails_and_says_why_when_a_page_cannot_be_built(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    show_page = MainWindow.show_page

    def charts_missing(window: MainWindow, key: str) -> object:
        if key == "dashboard":
            raise ModuleNotFoundError("No module named 'PySide6.QtCharts'")
        return show_page(window, key)

    monkeypatch.setattr(MainWindow, "show_page", charts_missing)

    assert main(["--smoke"]) == 1
    assert "smoke: ModuleNotFoundError: No module named 'PySide6.QtCharts'" in capsys.readouterr().err
