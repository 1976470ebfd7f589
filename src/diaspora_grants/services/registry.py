"""One object that hands out every service for one database and one user.

Services are created on first use, so a command that needs only one of them loads only that one.
A unit of work hands out the same services joined to one transaction:

    with services.unit_of_work(reason="award of EOI-2022-01") as uow:
        project = uow.projects.create(...)
        uow.finance.create_tranche(project.id, ...)

commits once when the block ends and saves nothing if it raises. A service called outside one
still runs in a transaction of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING

from .context import ServiceContext

if TYPE_CHECKING:
    from .access import AccessService
    from .applications import ApplicationService
    from .audit import AuditService
    from .calls import CallService
    from .documents import DocumentService
    from .exchange_rates import ExchangeRateService
    from .exports import ExportService
    from .finance import FinanceService
    from .indicators import IndicatorService
    from .maintenance import MaintenanceService
    from .organisations import OrganisationService
    from .people import PeopleService
    from .periods import PeriodService
    from .programmes import ProgrammeService
    from .projects import ProjectService
    from .reach import ReachService
    from .requirements import RequirementService
    from .results import ResultService
    from .reviews import ReviewService
    from .spreadsheets import SpreadsheetService


class Services:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    @contextmanager
    def unit_of_work(self, *, reason: str | None = None, user: str | None = None) -> Iterator[Services]:
        """Services that all join one transaction, committed once when the block ends.

        Inside a unit of work already, the block joins it (the outer block commits)."""
        if self.context.session is not None:
            yield self
            return
        who = user or self.context.user
        with self.context.database.session(user=who, reason=reason) as session:
            yield Services(replace(self.context, session=session, user=who))

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Inside a unit of work: if the block raises, only its changes are undone and the unit of
        work goes on (an import keeps checking the rows after a bad one)."""
        if self.context.session is None:
            raise RuntimeError("a savepoint needs an open unit of work")
        with self.context.session.begin_nested():
            yield

    @cached_property
    def organisations(self) -> OrganisationService:
        from .organisations import OrganisationService

        return OrganisationService(self.context)

    @cached_property
    def programmes(self) -> ProgrammeService:
        from .programmes import ProgrammeService

        return ProgrammeService(self.context)

    @cached_property
    def calls(self) -> CallService:
        from .calls import CallService

        return CallService(self.context)

    @cached_property
    def applications(self) -> ApplicationService:
        from .applications import ApplicationService

        return ApplicationService(self.context)

    @cached_property
    def reviews(self) -> ReviewService:
        from .reviews import ReviewService

        return ReviewService(self.context)

    @cached_property
    def projects(self) -> ProjectService:
        from .projects import ProjectService

        return ProjectService(self.context)

    @cached_property
    def finance(self) -> FinanceService:
        from .finance import FinanceService

        return FinanceService(self.context)

    @cached_property
    def exchange_rates(self) -> ExchangeRateService:
        from .exchange_rates import ExchangeRateService

        return ExchangeRateService(self.context)

    @cached_property
    def requirements(self) -> RequirementService:
        from .requirements import RequirementService

        return RequirementService(self.context)

    @cached_property
    def documents(self) -> DocumentService:
        from .documents import DocumentService

        return DocumentService(self.context)

    @cached_property
    def audit(self) -> AuditService:
        from .audit import AuditService

        return AuditService(self.context)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        from .maintenance import MaintenanceService

        return MaintenanceService(self.context)

    @cached_property
    def indicators(self) -> IndicatorService:
        from .indicators import IndicatorService

        return IndicatorService(self.context)

    @cached_property
    def periods(self) -> PeriodService:
        from .periods import PeriodService

        return PeriodService(self.context)

    @cached_property
    def results(self) -> ResultService:
        from .results import ResultService

        return ResultService(self.context)

    @cached_property
    def reach(self) -> ReachService:
        from .reach import ReachService

        return ReachService(self.context)

    @cached_property
    def exports(self) -> ExportService:
        from .exports import ExportService

        return ExportService(self.context)

    @cached_property
    def spreadsheets(self) -> SpreadsheetService:
        from .spreadsheets import SpreadsheetService

        return SpreadsheetService(self.context)

    @cached_property
    def access(self) -> AccessService:
        from .access import AccessService

        return AccessService(self.context)

    @cached_property
    def people(self) -> PeopleService:
        from .people import PeopleService

        return PeopleService(self.context)
