"""Dates are typed (ISO and the system's short format), picked from the calendar, or cleared; a text
that is not a date is kept, marked and refused on saving, never saved as something else."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from pytestqt.qtbot import QtBot

from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages.partners_page import PartnersPage
from diaspora_grants.gui.widgets.dates import DateNotUnderstoodError, OptionalDateEdit, parse_date
from diaspora_grants.services.registry import Services

JANUARY_31 = dt.date(2027, 1, 31)


@pytest.fixture
def british() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def field(qtbot: QtBot) -> OptionalDateEdit:
    widget = OptionalDateEdit()
    qtbot.addWidget(widget)
    return widget


def type_date(qtbot: QtBot, field: OptionalDateEdit, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)  # leaves the field as Tab would


@pytest.mark.parametrize("typed", ["2027-01-31", "20270131", "2027-1-31"])
def test_typing_into_an_empty_date_gives_that_date(qtbot: QtBot, field: OptionalDateEdit, typed: str) -> None:
    assert field.value() is None and field.edit.text() == ""
    type_date(qtbot, field, typed)
    assert field.value() == JANUARY_31
    assert field.edit.text() == "2027-01-31"  # not "not set20270131"


def test_the_systems_short_format_is_understood(qtbot: QtBot, field: OptionalDateEdit, british: None) -> None:
    type_date(qtbot, field, "31/01/2027")
    assert field.value() == JANUARY_31
    american = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert parse_date("1/31/27", american) == JANUARY_31
    assert parse_date("1/31/2027", american) == JANUARY_31
    assert parse_date("31.01.27", QLocale(QLocale.Language.German, QLocale.Country.Germany)) == JANUARY_31


def test_a_date_can_be_cleared_by_deleting_it_or_with_the_button(
    qtbot: QtBot, field: OptionalDateEdit
) -> None:
    changes: list[dt.date | None] = []
    field.changed.connect(lambda: changes.append(field.valid_value()))
    field.set_value(JANUARY_31)
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    assert field.value() is None
    field.set_value(JANUARY_31)
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert field.value() is None and field.edit.text() == ""
    assert changes == [JANUARY_31, None, JANUARY_31, None]


def test_a_date_is_picked_from_the_calendar(field: OptionalDateEdit) -> None:
    field.open_calendar()
    field.calendar.clicked.emit(QDate(2027, 1, 31))
    assert field.value() == JANUARY_31 and field.edit.text() == "2027-01-31"


def test_a_text_that_is_not_a_date_is_kept_marked_and_refused(qtbot: QtBot, field: OptionalDateEdit) -> None:
    type_date(qtbot, field, "2027-13-45")
    assert field.edit.text() == "2027-13-45" and field.edit.property("invalid") is True
    assert "'2027-13-45' is not a date: type it as 2027-01-31" in field.edit.toolTip()
    with pytest.raises(DateNotUnderstoodError, match="is not a date"):
        field.value()
    assert field.valid_value() is None


def test_a_dialog_with_a_wrong_date_says_so_and_saves_nothing(
    window: MainWindow, qtbot: QtBot, services: Services
) -> None:
    page = window.show_page("partners")
    assert isinstance(page, PartnersPage)
    window.new_action.trigger()
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Pontes")
    type_date(qtbot, dialog.dd_date, "31/02/2027")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "'31/02/2027' is not a date" in dialog.general_problem.text()
    assert services.organisations.find() == []
    type_date(qtbot, dialog.dd_date, "2027-02-28")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [o.dd_date for o in services.organisations.find()] == [dt.date(2027, 2, 28)]
