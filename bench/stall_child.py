"""The event loop measured while a user goes through the pages: python -m bench.stall_child DATABASE.

DATABASE is a SQLite path or a database URL (PostgreSQL, possibly through the latency proxy of
`bench.latency_proxy`). The app starts as a user starts it; once its database is open, a QTimer
ticking every 5 ms in the app's own process records the longest gap between two ticks (a stall:
the window could not repaint or answer meanwhile). Then each page is opened in navigation order
and, on the pages with a search box, a search is typed; each action waits, with the event loop
running, until the page's data has arrived. The first round builds each page (imports and
widgets); three more switch between built pages (the figure: each action's least stall over the
three, since the machine's own pauses only add; a search types or clears the one before). Each
round ends with a partner created through its form, the creation undone and redone (writes, off
the GUI thread too). Prints one JSON line: the longest stall over the actions, and per action its
longest stall and the seconds until its data arrived.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

#: How often the meter ticks (ms): a gap longer than this is time the event loop could not run.
TICK_MS = 5
#: What is typed in each search box (a letter most names hold; the audit trail: a record's words).
SEARCHES = {"audit": "cell 1"}
SEARCH_TEXT = "a"
#: How many times the built pages are gone through (each action's least stall is the figure).
ROUNDS = 3
#: The write actions (see _saves).
SAVES = ("partner_save", "undo", "redo")
#: How long the meter runs with nothing to do first, for the floor.
IDLE_S = 2.0
#: An action whose data has not arrived after this long is reported as such.
GIVE_UP_S = 30.0


class StallMeter:
    """Records the longest gap between ticks of a fast timer in the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.last = time.perf_counter()
        self.longest = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def reset(self) -> None:
        """Start a new action's count (the gap running now belongs to the action before)."""
        self.tick()
        self.longest = 0.0

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def _pump(app: Any, until: Callable[[], bool], at_least_s: float = 0.0) -> float:
    """Run the event loop until `until()` (and at least `at_least_s`); the seconds it took."""
    from PySide6.QtCore import QEventLoop

    started = time.perf_counter()
    while True:
        elapsed = time.perf_counter() - started
        if (elapsed >= at_least_s and until()) or elapsed > GIVE_UP_S:
            break
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, TICK_MS)
    app.processEvents()  # what arrived is painted
    return time.perf_counter() - started


def _measured(
    app: Any,
    meter: StallMeter,
    action: Callable[[], Any],
    settle_s: float = 0.0,
    done: Callable[[Any], bool] = lambda page: not page.is_loading(),
) -> dict[str, Any]:
    """One action: its longest stall (ms) and the seconds until its page's data arrived (or,
    for a save, until `done`)."""
    meter.reset()
    started = time.perf_counter()
    page = action()
    _pump(app, lambda: done(page), settle_s)
    data_s = time.perf_counter() - started
    meter.tick()  # the gap running now (the paint of the data) belongs to this action
    return {
        "stall_ms": round(meter.longest * 1000, 1),
        "data_s": round(data_s, 3),
        "arrived": done(page),
    }


def _saves(app: Any, window: Any, meter: StallMeter, round_no: int) -> dict[str, dict[str, Any]]:
    """A partner created through its form, then the creation undone and redone, as a user does."""
    page = window.show_page("partners")
    _pump(app, lambda: not page.is_loading())
    window.new_action.trigger()
    dialog = page.dialog
    # A name no run has used: a database given with --db keeps the partners of earlier runs.
    dialog.name.setText(f"Stall bench partner {round_no} ({time.time_ns()})")

    def settled(_page: Any) -> bool:
        return not dialog.isVisible() and not window.history.is_running() and not page.is_loading()

    def step(trigger: Callable[[], Any]) -> Callable[[], Any]:
        return lambda: (trigger(), page)[1]

    return {
        "partner_save": _measured(app, meter, step(dialog.ok_button.click), done=settled),
        "undo": _measured(app, meter, step(window.undo_action.trigger), done=settled),
        "redo": _measured(app, meter, step(window.redo_action.trigger), done=settled),
    }


def _go_through(app: Any, window: Any, meter: StallMeter) -> dict[str, dict[str, Any]]:
    """Every page opened, then searched where it has a search box."""
    from diaspora_grants.gui.page_registry import PAGES
    from diaspora_grants.gui.pages.base import SEARCH_DELAY_MS

    actions: dict[str, dict[str, Any]] = {}
    for spec in PAGES:
        key = spec.key
        actions[f"{key}_open"] = _measured(app, meter, lambda key=key: window.show_page(key))
        page = window.pages[key]
        search = getattr(page, "search", None)
        if search is None or "search" not in page.supports:
            continue

        def typed(page: Any = page, box: Any = search, key: str = key) -> Any:
            box.setText(SEARCHES.get(key, SEARCH_TEXT) if not box.text() else "")
            return page

        # The search waits for a pause in the typing before it asks: let that pass first.
        actions[f"{key}_search"] = _measured(app, meter, typed, SEARCH_DELAY_MS / 1000 + 0.05)
    return actions


def _least(rounds: list[dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Each action's smallest stall over the rounds (with its data time): what the app itself
    costs. The machine's own pauses (another process, the virtual machine) only ever add to a
    round, and a stall the app causes shows in every round."""
    return {name: min((r[name] for r in rounds), key=lambda a: a["stall_ms"]) for name in rounds[0]}


def run(database: str) -> dict[str, Any]:
    """Rounds through the pages: the first builds each page (Python imports and widgets, no
    database), the next ROUNDS switch between built pages and search them (the figure: each
    action's least stall over those rounds)."""
    from .gui_child import open_window

    app, window = open_window(database)
    meter = StallMeter()
    meter.start()
    # The floor: the same meter with nothing to do (a busy machine delays the process itself).
    _pump(app, lambda: True, IDLE_S)
    meter.tick()
    idle_ms = round(meter.longest * 1000, 1)
    first = _go_through(app, window, meter) | _saves(app, window, meter, 1)
    rounds = [_go_through(app, window, meter) | _saves(app, window, meter, 2 + n) for n in range(ROUNDS)]
    actions = _least(rounds)
    return {
        "longest_stall_ms": max(a["stall_ms"] for a in actions.values()),
        # A page's data: from choosing the page; a search's: from the key press (the typing
        # pause before the search asks is in it).
        "slowest_open_s": max(a["data_s"] for k, a in actions.items() if k.endswith("_open")),
        "slowest_search_s": max(a["data_s"] for k, a in actions.items() if k.endswith("_search")),
        # A save, an undo or a redo: from the click until the page shows what it did.
        "slowest_save_s": max(a["data_s"] for k, a in actions.items() if k in SAVES),
        "all_arrived": all(a["arrived"] for a in actions.values()),
        "idle_stall_ms": idle_ms,
        "actions": actions,
        "first_round": first,
        "first_round_longest_stall_ms": max(a["stall_ms"] for a in first.values()),
    }


def main(argv: list[str]) -> int:
    (database,) = argv
    measured = run(database)
    sys.stdout.write(json.dumps(measured) + "\n")
    sys.stdout.flush()
    os._exit(0)  # the window and its database go with the process


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
