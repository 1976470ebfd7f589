"""The reliability ledger: every scenario counts its cases, failures and any data lost.

Tests name their scenario with `@pytest.mark.scenario("...")` (or a module `pytestmark`) and add
what they checked to the session `ledger`; a failed test counts as a failure of its scenario.
`--reliability-report` prints the table at the end of the run (`make reliability`).
"""

from __future__ import annotations

import time
from collections.abc import Generator
from dataclasses import dataclass, field

import pytest


@dataclass
class Tally:
    cases: int = 0
    failures: int = 0
    lost: int = 0
    skipped: int = 0
    seconds: float = 0.0
    #: Kill scenarios: runs killed part-way, and runs that finished before their kill came.
    killed: int = 0
    finished: int = 0
    notes: set[str] = field(default_factory=set)


class Ledger:
    def __init__(self) -> None:
        self.scenarios: dict[str, Tally] = {}

    def tally(self, scenario: str) -> Tally:
        return self.scenarios.setdefault(scenario, Tally())

    def add(self, scenario: str, *, cases: int = 1, lost: int = 0) -> None:
        """Count `cases` checked cases of `scenario`, `lost` of which found data missing or changed."""
        tally = self.tally(scenario)
        tally.cases += cases
        tally.lost += lost

    def kill(self, scenario: str, *, killed: bool) -> None:
        tally = self.tally(scenario)
        if killed:
            tally.killed += 1
        else:
            tally.finished += 1


_LEDGER_KEY = pytest.StashKey[Ledger]()
_STARTED_KEY = pytest.StashKey[float]()
_CASES_BEFORE_KEY = pytest.StashKey[int]()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "scenario(name): the reliability scenario a test counts towards")
    config.stash[_LEDGER_KEY] = Ledger()
    config.stash[_STARTED_KEY] = time.monotonic()


@pytest.fixture(scope="session")
def ledger(pytestconfig: pytest.Config) -> Ledger:
    return pytestconfig.stash[_LEDGER_KEY]


def _scenario(item: pytest.Item) -> str | None:
    marker = item.get_closest_marker("scenario")
    return str(marker.args[0]) if marker else None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    scenario = _scenario(item)
    if scenario is None:
        return report
    tally = item.config.stash[_LEDGER_KEY].tally(scenario)
    if report.when == "setup":
        item.stash[_CASES_BEFORE_KEY] = tally.cases
    if report.when == "call":
        tally.seconds += report.duration
        if tally.cases == item.stash.get(_CASES_BEFORE_KEY, tally.cases):
            tally.cases += 1  # a test that counted nothing itself is one case
    if report.failed:
        tally.failures += 1
    elif report.skipped:
        tally.skipped += 1
        if hasattr(report, "wasxfail"):
            reason = f"known failure, {str(call.excinfo.value) if call.excinfo else report.wasxfail}"
        else:
            reason = str(report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr)
        tally.notes.add(reason.removeprefix("Skipped: ")[:300])
    return report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    if not config.getoption("--reliability-report", default=False):
        return
    scenarios = config.stash[_LEDGER_KEY].scenarios
    write = terminalreporter.write_line
    terminalreporter.section("reliability")
    headers = ("scenario", "cases run", "failures", "data lost", "seconds")
    rows = [
        (name, f"{t.cases:,}", str(t.failures), str(t.lost), f"{t.seconds:.1f}")
        for name, t in sorted(scenarios.items())
    ]
    totals = [sum(t.cases for t in scenarios.values()), sum(t.failures for t in scenarios.values())]
    rows.append(
        (
            "total",
            f"{totals[0]:,}",
            str(totals[1]),
            str(sum(t.lost for t in scenarios.values())),
            f"{sum(t.seconds for t in scenarios.values()):.1f}",
        )
    )
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = "  ".join(
        h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths, strict=True))
    )
    write(line)
    write("  ".join("-" * w for w in widths))
    for row in rows:
        write(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    for name, tally in sorted(scenarios.items()):
        if tally.killed or tally.finished:
            write(f"{name}: {tally.killed} killed part-way, {tally.finished} finished before the kill")
    for name, tally in sorted(scenarios.items()):
        if tally.skipped:
            write(f"{name}: {tally.skipped} skipped ({'; '.join(sorted(tally.notes))})")
    write(f"wall time: {time.monotonic() - config.stash[_STARTED_KEY]:.0f} s")
