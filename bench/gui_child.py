"""The desktop app measured in a fresh process: python -m bench.gui_child MODE DATABASE_PATH.

- start: the app's own start path (`gui.app.start_window`): prints "shown" the moment the main
  window has painted (its frame, with "Opening the database…"), then "ready" once the workspace
  is open and the first page is built, filled and painted. The parent times the process from its
  launch to each line; "shown" the same way as the bare Qt window's.
- pages: starts the same way and waits for the database to open, then times what a user waits
  for, each action followed by the event loop so that the view has painted: the Results page
  opening (on its grid), its table of every result cell of the first programme opening
  (counted), sorting and filtering it, the Audit page opening and filtering, the Dashboard
  refreshing. Prints one JSON line with the
  seconds and the process's own peak RSS (VmHWM) at the end.

Qt runs offscreen (QT_QPA_PLATFORM=offscreen, set by the parent), with the settings and the
app's folders in a scratch folder, so nothing the user remembered changes what is measured.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

#: The bare baseline: a PySide6 main window shown, run as `python -c` by the parent.
BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "window = QMainWindow()\n"
    "window.show()\n"
    "app.processEvents()\n"
    "print('shown', flush=True)\n"
)


def _start_window(database: str) -> tuple[Any, Any]:
    """The app's own start path: the window shown, its database opening once it has painted."""
    from diaspora_grants.gui.app import start_window

    return start_window(argparse.Namespace(db=database, user="bench", with_demo=False))


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def open_window(database: str) -> tuple[Any, Any]:
    """Started as a user starts it, and waited for until the database is open on its first page."""
    from PySide6.QtCore import QEventLoop

    app, window = _start_window(database)
    while not window.is_open:
        if window.refused:
            raise SystemExit("the app refused to open the database")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    app.processEvents()
    return app, window


def start(database: str) -> int:
    from PySide6.QtCore import QEventLoop

    app, window = _start_window(database)
    window.first_painted.connect(lambda: _say("shown"))

    def ready() -> None:
        page = window.current_page()
        while page.is_loading():  # its data is read off the GUI thread
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
        app.processEvents()  # the first page painted
        _say("ready")
        # Leave at once: what follows (the background file check) is not start-up.
        os._exit(0)

    window.opened.connect(ready)
    app.exec()
    return 1  # the window closed before its database opened (refused): no "ready" line


def pages(database: str) -> int:
    from PySide6.QtCore import QEventLoop, Qt

    # Here, not at the top: it imports the donor workbook (openpyxl, SQLAlchemy), which the start
    # child must not pay for before its window shows.
    from .workbook_child import peak_rss_kb

    app, window = open_window(database)
    seconds: dict[str, float] = {}

    def timed(name: str, action: Callable[[], object]) -> None:
        started = time.perf_counter()
        action()
        while window.current_page().is_loading():  # pages read off the GUI thread: until shown
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
        app.processEvents()
        seconds[name] = time.perf_counter() - started

    timed("results_open", lambda: window.show_page("results"))
    results = window.pages["results"]
    panel = results.table_panel
    timed("results_table_open", lambda: results.tabs.setCurrentWidget(panel))
    model = panel.model
    rows = model.total()
    timed(
        "results_sort_value", lambda: panel.table.sortByColumn(model.COL_VALUE, Qt.SortOrder.DescendingOrder)
    )
    timed(
        "results_sort_project",
        lambda: panel.table.sortByColumn(model.COL_PROJECT, Qt.SortOrder.AscendingOrder),
    )
    timed(
        "results_filter_status", lambda: panel.status_filter.setCurrentIndex(panel.status_filter.count() - 1)
    )
    timed("results_filter_project", lambda: panel.project_filter.setCurrentIndex(1))
    filtered = model.total()
    timed("audit_open", lambda: window.show_page("audit"))
    audit = window.pages["audit"]
    audit_rows = audit.audit_model.total()
    timed("audit_filter_table", lambda: audit.table_filter.set_value("results"))
    audit.table_filter.set_value(None)
    audit.search.setText("cell 12345")  # a handful of entries among all of them
    timed("audit_search", audit.refresh)
    audit_found = audit.audit_model.total()
    dashboard = window.show_page("dashboard")
    while dashboard.is_loading():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
    timed("dashboard_refresh", dashboard.refresh)
    result = {
        "seconds": seconds,
        "result_rows": rows,
        "result_rows_filtered": filtered,
        "audit_rows": audit_rows,
        "audit_found": audit_found,
        "peak_rss_kb": peak_rss_kb(),
    }
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)


def main(argv: list[str]) -> int:
    mode, database = argv
    return {"start": start, "pages": pages}[mode](database)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
