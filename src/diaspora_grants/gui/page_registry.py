"""The pages of the main window, in navigation order, and the services each one needs.

A page whose service module is not in this build shows what it will offer instead of failing;
pages are imported only when the window builds them.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass

from .pages.base import Page, PageContext, PlaceholderPage


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


def build_page(spec: PageSpec, context: PageContext) -> Page:
    if not page_available(spec):
        return PlaceholderPage(
            context, spec.title, f"{spec.title}\n\n{spec.purpose}\n\nThis part arrives in a later build."
        )
    module_name, class_name = spec.target.split(":")
    module = importlib.import_module(f"diaspora_grants.gui.pages.{module_name}")
    factory: Callable[[PageContext], Page] = getattr(module, class_name)
    return factory(context)
