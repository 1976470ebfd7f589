"""The pages of the main window, in navigation order, and the services each one needs.

A page whose service module is not in this build shows what it will offer instead of failing;
pages (and through them the services and the database layer) are imported only when the window
builds them, so the window's frame shows before any of that is loaded.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pages.base import Page, PageContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    #: "module:Class" under diaspora_grants.gui.pages
    target: str
    #: Service modules (under diaspora_grants.services) the page calls.
    requires: tuple[str, ...]
    #: What the page will offer, shown while its services are missing.
    purpose: str
    icon: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "dashboard",
        "Dashboard",
        "dashboard_page:DashboardPage",
        ("reach",),
        "People reached, funds and overdue reports at a glance.",
        "dashboard",
    ),
    PageSpec(
        "calls",
        "Calls",
        "calls_page:CallsPage",
        ("calls",),
        "Calls for expressions of interest with their criteria.",
        "calls",
    ),
    PageSpec(
        "applications",
        "Applications",
        "applications_page:ApplicationsPage",
        ("applications", "reviews"),
        "Applications ranked by score, reviews and decisions.",
        "applications",
    ),
    PageSpec(
        "partners",
        "Partners",
        "partners_page:PartnersPage",
        ("organisations",),
        "Organisations with due diligence and contacts.",
        "partners",
    ),
    PageSpec(
        "projects",
        "Projects",
        "projects_page:ProjectsPage",
        ("projects",),
        "Funded projects with budgets, tranches and reporting.",
        "projects",
    ),
    PageSpec(
        "results",
        "Results",
        "results_page:ResultsPage",
        ("results",),
        "Results by sex, age and population group, period by period.",
        "results",
    ),
    PageSpec(
        "finance",
        "Finance",
        "finance_page:FinancePage",
        ("finance",),
        "Tranches, expenditure and exchange rates.",
        "finance",
    ),
    PageSpec(
        "reports",
        "Reports",
        "reports_page:ReportsPage",
        ("periods",),
        "Donor workbooks, IATI and HXL exports, partner templates and imports.",
        "reports",
    ),
    PageSpec("audit", "Audit", "audit_page:AuditPage", ("audit",), "Who changed what and when.", "audit"),
)


def service_available(module: str) -> bool:
    name = module if "." in module else f"diaspora_grants.services.{module}"
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def page_available(spec: PageSpec) -> bool:
    module = spec.target.split(":")[0]
    return service_available(f"diaspora_grants.gui.pages.{module}") and all(
        service_available(r) for r in spec.requires
    )


PAGE_KEYS = tuple(spec.key for spec in PAGES)


def page_row(key: str) -> int:
    """The page's place in the navigation."""
    return PAGE_KEYS.index(key)


def build_page(spec: PageSpec, context: PageContext) -> Page:
    from .pages.base import PlaceholderPage

    if not page_available(spec):
        return PlaceholderPage(
            context, spec.title, f"{spec.title}\n\n{spec.purpose}\n\nThis part arrives in a later build."
        )
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
