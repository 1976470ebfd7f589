"""The desktop app shows its window before the whole file is checked; a damaged file found then is
refused as at start (the newest sound backup named) and the window closes."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from diaspora_grants.gui import app as gui_app
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.startup import open_workspace


def _scribble_on_table(path: Path, table: str) -> None:
    """Overwrite the header of the table's root page, as a failing disk might."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size : (root - 1) * page_size + 16] = b"\xa5" * 16
    path.write_bytes(bytes(data))


def test_damage_found_after_the_window_shows_closes_it_naming_the_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIASPORA_GRANTS_HOME", str(tmp_path / "home"))
    database = tmp_path / "grants.sqlite"
    workspace = open_workspace(str(database), user="amal", daily=False)
    workspace.services.organisations.create(OrganisationInput(name="Xarit", hq_country="SN"))
    workspace.close()
    open_workspace(str(database), user="amal").close()  # today's backup: the good copy
    [backup] = sorted((tmp_path / "home" / "backups").glob("grants.daily.*.sqlite"))
    _scribble_on_table(database, "results")  # a table checked only once the window shows

    shown: list[bool] = []
    messages: list[str] = []

    def refused(_parent: object, _title: str, text: str) -> None:
        shown.append(any(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)))
        messages.append(text)

    monkeypatch.setattr(QMessageBox, "critical", refused)
    args = argparse.Namespace(db=str(database), user="amal", with_demo=False)
    assert gui_app.run_gui(args) == 1
    assert shown == [True], "the window was up while the file was checked"
    assert len(messages) == 1 and messages[0].startswith("Could not open the database")
    assert "damaged" in messages[0] and str(backup) in messages[0]
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
