"""Finance: a programme's money per project in the reporting currency, exchange rates, tranches due.

The summary converts every amount at the month's rate; when a rate is missing the page says which
one (currency, base and month) instead of a figure, and offers to add exactly that rate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, MissingExchangeRateError
from ...services.exchange_rates import RateInput, RateView
from ...services.finance_tranches import TrancheView
from ...services.registry import Services
from ..colours import ERROR
from ..dialogs.rate_dialog import rate_dialog
from ..dialogs.record_dialog import RecordDialog
from ..formatting import display_text, money_text
from ..models.finance import (
    ProgrammeFinanceTableModel,
    RateTableModel,
    TrancheDue,
    TrancheDueTableModel,
    percent_text,
    tranches_due,
)
from ..undo import Gateway
from ..widgets.pickers import ChoiceCombo
from ..workers import PageReads, gather
from .base import Page, PageContext
from .parts import fit_to_contents, record_table, refill_choices
from .records import RecordActions


@dataclass(frozen=True)
class _Finance:
    """What the finance page shows, read in one go off the GUI thread."""

    programmes: list[tuple[str, int]]
    rates: list[RateView]
    #: The programme shown: the one chosen, else the first (None: there is none)
    programme_id: int | None = None
    #: Its summary, or the DomainError saying why there is none
    summary: Any = None
    tranches: list[TrancheDue] = field(default_factory=list)


def _read_finance(services: Services, chosen: int | None) -> _Finance:
    def programmes() -> list[tuple[str, int]]:
        return [(f"{p.code} – {p.name}", p.id) for p in services.programmes.find()]

    # The usual case: the chosen programme's summary and projects read with the programmes.
    # Not nested: gather() is never called from inside a call it runs (its threads could all wait).
    of_chosen = _of_programme(services, chosen) if chosen is not None else []
    offered, rates, *found = gather(programmes, services.exchange_rates.find, *of_chosen)
    ids = [programme_id for _text, programme_id in offered]
    programme_id = chosen if chosen in ids else (ids[0] if ids else None)
    if programme_id is None:
        return _Finance(offered, rates)
    if programme_id != chosen:
        found = gather(*_of_programme(services, programme_id))
    summary, projects, tranches = found
    by_project: dict[int, list[TrancheView]] = {}
    for tranche in tranches:
        by_project.setdefault(tranche.project_id, []).append(tranche)
    today = services.context.today()
    due: list[TrancheDue] = []
    for project in projects:
        due += tranches_due(project.code, project.currency, by_project.get(project.id, []), today)
    due.sort(key=lambda d: (d.tranche.planned_date, d.project_code))
    return _Finance(offered, rates, programme_id, summary, due)


def _of_programme(services: Services, programme_id: int) -> list[Callable[[], Any]]:
    """Its summary (or the DomainError saying why there is none), its projects and their tranches
    (one query for all of them: over a far server each query is a few round trips)."""

    def summary() -> Any:
        try:
            return services.finance.programme_summary(programme_id)
        except DomainError as error:
            return error

    return [
        summary,
        partial(services.projects.find, programme_id=programme_id),
        partial(services.finance.programme_tranches, programme_id),
    ]


class FinancePage(Page):
    title = "Finance"
    #: New, Edit and Delete act on the exchange rates.
    supports = frozenset({"new", "edit", "delete"})

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.rates = RecordActions(
            self,
            context,
            Gateway[RateInput, RateView](context.services.exchange_rates, RateInput, "exchange rate"),
            dialog=lambda existing, defaults: rate_dialog(
                self.services, existing, defaults=defaults, parent=self
            ),
            label=lambda rate: f"{rate.currency} {rate.month:%Y-%m}",
            delete_question=lambda rate: self.tr(
                "Delete the {currency} {month} rate ({rate} per {base})?\n\n"
                "Figures in that month can no longer be converted until a rate is added again."
            ).format(
                currency=rate.currency,
                month=f"{rate.month:%Y-%m}",
                rate=f"{rate.units_per_base.normalize():f}",
                base=rate.base_currency,
            ),
            changed=self._changed,
            reload=self.refresh,
        )
        self.missing_rate: MissingExchangeRateError | None = None
        self.programme = ChoiceCombo(())
        self.programme.setObjectName("programme")
        self.programme.setSizeAdjustPolicy(ChoiceCombo.SizeAdjustPolicy.AdjustToContents)
        self.programme.currentIndexChanged.connect(self.refresh)
        self.as_of = QLabel()
        self.as_of.setStyleSheet("color: #555;")

        self.summary_model = ProgrammeFinanceTableModel(self)
        self.summary_table = record_table(self.summary_model, "finance-summary")
        self.summary_table.doubleClicked.connect(self._open_project)
        self.totals = QLabel()
        self.totals.setObjectName("finance-totals")
        self.totals.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("finance-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR.name()}; font-size: 14px;")
        self.add_missing_button = QPushButton(self.tr("Add this rate…"))
        self.add_missing_button.clicked.connect(self.add_missing_rate)
        problem_page = QWidget()
        problem_layout = QVBoxLayout(problem_page)
        problem_layout.addWidget(self.problem)
        problem_layout.addWidget(self.add_missing_button, 0, Qt.AlignmentFlag.AlignLeft)
        problem_layout.addStretch(1)
        self.summary_stack = QStackedWidget()
        self.summary_stack.addWidget(self.summary_table)
        self.summary_stack.addWidget(problem_page)

        self.rate_model = RateTableModel(self)
        self.rate_table = record_table(self.rate_model, "exchange-rates")
        self.rate_table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.tranche_model = TrancheDueTableModel(self)
        self.tranche_table = record_table(self.tranche_model, "tranches-due")
        self._build_layout()
        self.reads = PageReads(self, lambda: [self.splitter])  # the tables wait, disabled, meanwhile
        #: The rate to select once the rows being read arrive (a 1-tuple: None selects nothing).
        self._rate_after: tuple[int | None] | None = None

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Programme")))
        top.addWidget(self.programme)
        top.addSpacing(16)
        top.addWidget(self.as_of, 1)
        summary_box = QGroupBox(self.tr("Projects in the reporting currency"))
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.addWidget(self.summary_stack, 1)
        summary_layout.addWidget(self.totals)
        rates_box = QGroupBox(self.tr("Exchange rates (monthly)"))
        rates_layout = QVBoxLayout(rates_box)
        rates_layout.addWidget(self.rate_table, 1)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add…"), self.new_record),
            (self.tr("Edit…"), self.edit_selected),
            (self.tr("Delete…"), self.delete_selected),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        rates_layout.addLayout(buttons)
        tranches_box = QGroupBox(self.tr("Tranches still to pay"))
        QVBoxLayout(tranches_box).addWidget(self.tranche_table)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(rates_box)
        lower.addWidget(tranches_box)
        lower.setSizes([520, 640])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("finance-splitter")
        self.splitter.addWidget(summary_box)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([460, 360])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    # Page interface -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the programmes, rates, summary and tranches off the GUI thread; the page's tables
        wait, disabled, meanwhile."""
        self.reads.run(partial(_read_finance, self.services, self.programme.value()), self._show)

    def is_loading(self) -> bool:
        return self.reads.is_loading()

    def _show(self, data: _Finance) -> None:
        refill_choices(self.programme, data.programmes)
        current = self.selected_rate()
        selected = (current.id if current else None) if self._rate_after is None else self._rate_after[0]
        self._rate_after = None
        self.rate_model.set_rows(data.rates)
        self._select_rate(selected)
        self._show_summary(data)

    def status_text(self) -> str:
        rates = self.rate_model.rowCount()
        projects = self.summary_model.rowCount()
        return self.tr("{projects} · {rates}").format(
            projects=self.tr("1 project") if projects == 1 else self.tr("%n projects", "", projects),
            rates=self.tr("1 exchange rate") if rates == 1 else self.tr("%n exchange rates", "", rates),
        )

    def save_layout(self) -> None:
        self.context.settings.set_splitter_state("finance", self.splitter.saveState())

    def restore_layout(self) -> None:
        state = self.context.settings.splitter_state("finance")
        if state is not None:
            self.splitter.restoreState(state)

    def screenshot_states(self) -> list[tuple[str, Callable[[], QWidget | None]]]:
        def edit_rate() -> QWidget | None:
            if self.rate_model.rowCount():
                self.rate_table.selectRow(0)
                self.edit_selected()
            return self.dialog

        return [("", lambda: None), ("-rate", edit_rate)]

    # The programme summary ------------------------------------------------------------------

    def _show_summary(self, data: _Finance) -> None:
        programme_id = data.programme_id
        self.missing_rate = None
        self.tranche_model.set_rows([])
        if programme_id is None:
            self.summary_model.set_rows([])
            self.problem.setText(self.tr("No programme yet: load the demo programme from the File menu."))
            self.add_missing_button.hide()
            self.summary_stack.setCurrentIndex(1)
            self.totals.clear()
            self.as_of.clear()
            self.status_changed.emit()
            return
        summary = data.summary
        if isinstance(summary, MissingExchangeRateError):
            self.missing_rate = error = summary
            self.summary_model.set_rows([])
            self.problem.setText(
                self.tr("The figures cannot be converted: {reason}.").format(reason=error.message)
            )
            self.add_missing_button.setText(
                self.tr("Add the {currency} rate for {month}…").format(
                    currency=error.currency, month=error.month
                )
            )
            self.add_missing_button.show()
            self.summary_stack.setCurrentIndex(1)
            self.totals.clear()
        elif isinstance(summary, DomainError):
            self.summary_model.set_rows([])
            self.problem.setText(summary.message)
            self.add_missing_button.hide()
            self.summary_stack.setCurrentIndex(1)
            self.totals.clear()
        else:
            self._show_totals(summary)
        self.tranche_model.set_rows(data.tranches)
        fit_to_contents(self.tranche_table, 240)
        self.status_changed.emit()

    def _show_totals(self, summary: Any) -> None:
        self.summary_model.set_rows(list(summary.projects))
        self.summary_stack.setCurrentIndex(0)
        fit_to_contents(self.summary_table, 240)
        t, c = summary.totals, summary.currency
        self.as_of.setText(
            self.tr("Figures as of {day}, in {currency} at each month's rate").format(
                day=display_text(summary.as_of), currency=c
            )
        )
        self.totals.setText(
            self.tr(
                "<b>Programme:</b> grant {grant} · disbursed {disbursed} · spent {spent} · "
                "remaining {remaining} · burn rate {burn_rate} · advance not yet reported {advance}"
            ).format(
                grant=money_text(t.grant, c),
                disbursed=money_text(t.disbursed, c),
                spent=money_text(t.spent, c),
                remaining=money_text(t.remaining, c),
                burn_rate=percent_text(t.burn_rate),
                advance=money_text(t.unliquidated_advance, c),
            )
        )

    def _open_project(self, index: QModelIndex) -> None:
        row = self.summary_model.row_at(index.row())
        if row is not None:
            self.context.show_record("projects", row.project_id)

    # Exchange rates -------------------------------------------------------------------------

    def selected_rate(self) -> RateView | None:
        index = self.rate_table.currentIndex()
        return self.rate_model.row_at(index.row()) if index.isValid() else None

    def _select_rate(self, rate_id: int | None) -> None:
        row = self.rate_model.row_of_id(rate_id) if rate_id is not None else None
        if row is not None:
            self.rate_table.selectRow(row)

    @property
    def dialog(self) -> RecordDialog | None:
        """The rate dialog opened last."""
        return self.rates.dialog

    def new_record(self) -> None:
        self.rates.new()

    def add_missing_rate(self) -> None:
        missing = self.missing_rate
        if missing is None:
            return
        year, month = (int(part) for part in missing.month.split("-")[:2])
        self.rates.new(
            {"currency": missing.currency, "base_currency": missing.base, "month": dt.date(year, month, 1)}
        )

    def edit_selected(self) -> None:
        self.rates.edit(self.selected_rate())

    def delete_selected(self) -> None:
        self.rates.delete(self.selected_rate())

    def _changed(self, rate_id: int | None) -> None:
        self._rate_after = (rate_id,)
        self.refresh()
