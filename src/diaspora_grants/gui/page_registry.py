"""The pages of the main window, in navigation order.

Pages (and through them the services and the database layer) are imported only when the window
builds them, so the window's frame shows before any of that is loaded.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .labels import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .pages.base import Page, PageContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    #: "module:Class" under diaspora_grants.gui.pages
    target: str
    icon: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "dashboard",
        QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
        "dashboard_page:DashboardPage",
        "dashboard",
    ),
    PageSpec(
        "programmes",
        QT_TRANSLATE_NOOP("MainWindow", "Programmes"),
        "programmes_page:ProgrammesPage",
        "programmes",
    ),
    PageSpec(
        "calls",
        QT_TRANSLATE_NOOP("MainWindow", "Calls"),
        "calls_page:CallsPage",
        "calls",
    ),
    PageSpec(
        "applications",
        QT_TRANSLATE_NOOP("MainWindow", "Applications"),
        "applications_page:ApplicationsPage",
        "applications",
    ),
    PageSpec(
        "partners",
        QT_TRANSLATE_NOOP("MainWindow", "Partners"),
        "partners_page:PartnersPage",
        "partners",
    ),
    PageSpec(
        "projects",
        QT_TRANSLATE_NOOP("MainWindow", "Projects"),
        "projects_page:ProjectsPage",
        "projects",
    ),
    PageSpec(
        "results",
        QT_TRANSLATE_NOOP("MainWindow", "Results"),
        "results_page:ResultsPage",
        "results",
    ),
    PageSpec(
        "finance",
        QT_TRANSLATE_NOOP("MainWindow", "Finance"),
        "finance_page:FinancePage",
        "finance",
    ),
    PageSpec(
        "reports",
        QT_TRANSLATE_NOOP("MainWindow", "Reports"),
        "reports_page:ReportsPage",
        "reports",
    ),
    PageSpec("audit", QT_TRANSLATE_NOOP("MainWindow", "Audit"), "audit_page:AuditPage", "audit"),
)


PAGE_KEYS = tuple(spec.key for spec in PAGES)


def page_row(key: str) -> int:
    """The page's place in the navigation."""
    return PAGE_KEYS.index(key)


def build_page(spec: PageSpec, context: PageContext) -> Page:
    module_name, class_name = spec.target.split(":")
    module = importlib.import_module(f"diaspora_grants.gui.pages.{module_name}")
    factory: Callable[[PageContext], Page] = getattr(module, class_name)
    return factory(context)


class LazyPages(Mapping[str, "Page"]):
    """The window's pages by key, each built on first use (what start-up does not need, it skips)."""

    def __init__(self, build: Callable[[PageSpec], Page]) -> None:
        self._build = build
        self._specs = {spec.key: spec for spec in PAGES}
        self._built: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            page = self._built[key] = self._build(self._specs[key])
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def built(self) -> list[Page]:
        return list(self._built.values())

    def is_built(self, key: str, page: Page) -> bool:
        """Whether `page` is the page built for `key`."""
        return self._built.get(key) is page
