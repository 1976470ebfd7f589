"""Usable at 1024x700 and at 1920x1080: the window fits, the navigation's names are whole, the
Results choosers do not draw over each other, the dashboard's charts keep their labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.page_registry import PAGES
from diaspora_grants.gui.pages.dashboard_page import CHART_HEIGHT, DashboardPage
from diaspora_grants.gui.pages.results_page import ResultsPage
from diaspora_grants.services.registry import Services

from .builders import grant_chain

SIZES = [(1024, 700), (1920, 1080)]


@pytest.fixture
def shown(qtbot: QtBot, window: MainWindow, services: Services) -> MainWindow:
    grant_chain(services)
    window.show()
    qtbot.waitExposed(window)
    return window


def on_window(widget: QWidget, window: MainWindow) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_fits_the_window(qtbot: QtBot, shown: MainWindow, size: tuple[int, int]) -> None:
    for spec in PAGES:
        shown.show_page(spec.key)
        shown.resize(*size)
        qtbot.wait(1)
        assert (shown.width(), shown.height()) == size, spec.key


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_navigation_shows_each_name_in_full(
    qtbot: QtBot, shown: MainWindow, size: tuple[int, int]
) -> None:
    shown.resize(*size)
    qtbot.wait(1)
    navigation = shown.navigation
    for row in range(navigation.count()):
        item = navigation.item(row)
        text_width = navigation.fontMetrics().horizontalAdvance(item.text())
        room = navigation.visualItemRect(item).width() - navigation.iconSize().width() - 8
        assert text_width <= room, item.text()  # "Applications", not "Applic"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_results_choosers_do_not_overlap(qtbot: QtBot, shown: MainWindow, size: tuple[int, int]) -> None:
    page = shown.show_page("results")
    assert isinstance(page, ResultsPage)
    shown.resize(*size)
    qtbot.wait(1)
    scope = page.scope
    boxes = [
        on_window(w, shown) for w in scope.findChildren(QWidget) if w.isVisible() and w.parent() is scope
    ]
    assert len(boxes) == 8  # four captions, four combos
    for first, box in enumerate(boxes):
        for other in boxes[first + 1 :]:
            assert not box.intersects(other)  # "Period" is not drawn over the Indicator combo
    for widget in (page.save_button, page.approval.reopen_button, page.locking.lock_button):
        assert shown.rect().contains(on_window(widget, shown)), widget.text()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_dashboard_charts_keep_room_for_their_labels(
    qtbot: QtBot, shown: MainWindow, size: tuple[int, int]
) -> None:
    page = shown.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    shown.resize(*size)
    qtbot.wait(1)
    for chart in (page.country_chart, page.money_chart):
        assert chart.height() >= CHART_HEIGHT
        assert shown.rect().contains(on_window(chart, shown))
