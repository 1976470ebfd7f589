"""Dashboard: people reached with its derivation one click away, money, overdue reports, open calls.

QtCharts is imported when the page is built, not when the app starts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import CallStatus, RequirementStatus
from ...domain.errors import DomainError
from ...services.registry import Services
from ..colours import ERROR
from ..formatting import display_text
from ..labels import label_of
from ..widgets.pickers import ChoiceCombo
from ..workers import PageReads, gather
from .base import Page, PageContext


@dataclass(frozen=True)
class _Dashboard:
    """What the dashboard shows, read in one go off the GUI thread."""

    #: (text, id) of every programme, as the chooser offers them
    programmes: list[tuple[str, int]]
    #: The programme shown (the one chosen, else the first; None: there is none)
    programme_id: int | None = None
    #: Its people-reached report, or the DomainError saying why there is none
    reach: Any = None
    #: Its finance summary (None when it cannot be made)
    summary: Any = None
    overdue: list[Any] = field(default_factory=list)
    calls: list[Any] = field(default_factory=list)


def _read_dashboard(services: Services, chosen: int | None) -> _Dashboard:
    if chosen is not None:  # the usual case: the programme's figures read with the programmes
        programmes, *figures = gather(partial(_programmes, services), *_figures(services, chosen))
        if chosen in [programme_id for _text, programme_id in programmes]:
            return _Dashboard(programmes, chosen, *figures)
    else:
        programmes = _programmes(services)
    if not programmes:
        return _Dashboard(programmes)
    first = programmes[0][1]  # what the chooser shows when the chosen one is not there
    return _Dashboard(programmes, first, *gather(*_figures(services, first)))


def _programmes(services: Services) -> list[tuple[str, int]]:
    return [(f"{p.code} – {p.name}", p.id) for p in services.programmes.find()]


def _figures(services: Services, programme_id: int) -> list[Callable[[], Any]]:
    """People reached (or the DomainError saying why not), funds (None when they cannot be
    summed), overdue reports and open calls of the programme."""

    def reach() -> Any:
        try:
            return services.reach.people_reached(programme_id)
        except DomainError as error:
            return error

    def money() -> Any:
        try:
            return services.finance.programme_summary(programme_id)
        except DomainError:
            return None

    return [
        reach,
        money,
        partial(services.requirements.find, programme_id=programme_id, status=RequirementStatus.OVERDUE),
        partial(services.calls.find, programme_id=programme_id, status=CallStatus.OPEN),
    ]


#: The smallest height of a chart that still shows its labels (figures and names under the bars).
CHART_HEIGHT = 175


class DashboardPage(Page):
    title = "Dashboard"
    supports = frozenset()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        from PySide6.QtCharts import QChartView

        self.programme = ChoiceCombo(())
        self.programme.setSizeAdjustPolicy(ChoiceCombo.SizeAdjustPolicy.AdjustToContents)
        self.programme.currentIndexChanged.connect(self.refresh)
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setStyleSheet("font-size: 30px; font-weight: bold;")
        self.headline_note = QLabel()
        self.headline_note.setWordWrap(True)
        self.explain_button = QPushButton(self.tr("How is this counted?"))
        self.explain_button.clicked.connect(self.explain)
        self.derivation_dialog: QDialog | None = None
        self._report: Any = None
        self.country_chart = QChartView()
        self.money_chart = QChartView()
        for view in (self.country_chart, self.money_chart):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            # Tall enough for the bars and both lines of labels under them at 1024x700.
            view.setMinimumHeight(CHART_HEIGHT)
        self.overdue = QListWidget()
        self.overdue.setWordWrap(True)
        self.overdue.setMinimumHeight(60)
        self.open_calls = QListWidget()
        self.open_calls.setMinimumHeight(40)
        self.open_calls.setMaximumHeight(120)
        self._boxes: list[QWidget] = []
        #: The figures are read off the GUI thread; the boxes wait, disabled, meanwhile.
        self.reads = PageReads(self, lambda: self._boxes)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Programme")))
        top.addWidget(self.programme, 3)
        top.addStretch(1)
        reach_box = QGroupBox(self.tr("People reached (direct, unique)"))
        self._boxes.append(reach_box)
        reach_layout = QVBoxLayout(reach_box)
        reach_layout.addWidget(self.headline)
        reach_layout.addWidget(self.headline_note)
        reach_layout.addWidget(self.explain_button, 0, Qt.AlignmentFlag.AlignLeft)
        grid = QGridLayout()
        grid.addWidget(reach_box, 0, 0)
        grid.addWidget(self._boxed(self.tr("Reach by country"), self.country_chart), 0, 1)
        grid.addWidget(self._boxed(self.tr("Overdue reports"), self.overdue), 1, 0)
        grid.addWidget(self._boxed(self.tr("Funds (reporting currency)"), self.money_chart), 1, 1)
        grid.addWidget(self._boxed(self.tr("Open calls"), self.open_calls), 2, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)

    def _boxed(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        self._boxes.append(box)
        return box

    def refresh(self) -> None:
        """Read everything the dashboard shows off the GUI thread; its boxes wait, disabled."""
        self.reads.run(partial(_read_dashboard, self.services, self.programme.value()), self._show)

    def is_loading(self) -> bool:
        return self.reads.is_loading()

    def _show(self, data: _Dashboard) -> None:
        offered = [
            (self.programme.itemText(i), self.programme.itemData(i)) for i in range(self.programme.count())
        ]
        # Added, removed or renamed since: offer the programmes as they are now.
        if offered != data.programmes:
            self.programme.blockSignals(True)
            self.programme.clear()
            for text, programme_id in data.programmes:
                self.programme.addItem(text, programme_id)
            self.programme.set_value(data.programme_id)
            self.programme.blockSignals(False)
        if data.programme_id is None:
            self.headline.setText("—")
            self.headline_note.setText(
                self.tr("No programme yet: load the demo programme from the File menu.")
            )
            self.explain_button.setEnabled(False)
            return
        self._show_reach(data.reach)
        self._show_money(data.summary)
        self._show_lists(data.overdue, data.calls)
        self.status_changed.emit()

    def status_text(self) -> str:
        return self.programme.currentText()

    def _show_reach(self, report: Any) -> None:
        if isinstance(report, DomainError):
            self.headline.setText("—")
            self.headline_note.setText(report.message)
            return
        self._report = report
        explanation = report.explanation
        self.explain_button.setEnabled(True)
        if explanation is None:
            self.headline.setText("—")
            self.headline_note.setText(report.message or self.tr("No people-reached figure yet."))
            self._bar_chart(self.country_chart, {}, "people")
            return
        self.headline.setText(QLocale().toString(float(explanation.direct_unique), "f", 0))
        self.headline_note.setText(
            self.tr("between {low} (conservative) and {high} (upper bound) · rule: {rule}").format(
                low=QLocale().toString(float(explanation.direct_unique_conservative), "f", 0),
                high=QLocale().toString(float(explanation.direct_unique_upper_bound), "f", 0),
                rule=label_of(report.rule),
            )
        )
        by_country = {report.country_labels.get(c, c): v for c, v in explanation.by_country.items()}
        self._bar_chart(self.country_chart, by_country, "people")

    def _show_money(self, summary: Any) -> None:
        if summary is None:
            self._bar_chart(self.money_chart, {}, "")
            return
        totals = summary.totals
        figures = {
            self.tr("Awarded"): totals.grant,
            self.tr("Disbursed"): totals.disbursed,
            self.tr("Spent"): totals.spent,
        }
        self._bar_chart(self.money_chart, figures, totals.currency)

    def _show_lists(self, overdue: list[Any], calls: list[Any]) -> None:
        self.overdue.clear()
        for r in overdue:
            days = r.days_overdue
            late = self.tr("1 day late") if days == 1 else self.tr("%n days late", "", days)
            self.overdue.addItem(
                self.tr("{project}: {title} — due {due}, {late}").format(
                    project=r.project_code, title=r.title, due=display_text(r.due_date), late=late
                )
            )
            item = self.overdue.item(self.overdue.count() - 1)
            item.setForeground(ERROR)
        if not overdue:
            self.overdue.addItem(self.tr("No report is overdue."))
        self.open_calls.clear()
        for c in calls:
            self.open_calls.addItem(
                self.tr("{reference} {title} — deadline {deadline}").format(
                    reference=c.reference,
                    title=c.title,
                    deadline=display_text(c.submission_deadline) or self.tr("not set"),
                )
            )
        if not calls:
            self.open_calls.addItem(self.tr("No call is open."))

    def _bar_chart(self, view: Any, values: dict[str, Decimal], unit: str) -> None:
        from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QValueAxis

        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))  # room for the labels, not for empty margins
        bars = QBarSet(unit or "value")
        # Qt's axis cannot group thousands, so large figures are plotted in thousands and the
        # exact figure is printed under each bar.
        scale = 1000.0 if max([float(v) for v in values.values()] + [0.0]) >= 10_000 else 1.0
        for value in values.values():
            bars.append(float(value) / scale)
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        # The figures go under the bars, formatted as people read money and counts (1,565,000).
        categories.append(
            [f"{name}<br>{QLocale().toString(float(value), 'f', 0)}" for name, value in values.items()]
        )
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        axis = QValueAxis()
        axis.setLabelFormat("%.0f")
        if scale > 1:
            axis.setTitleText(self.tr("thousands"))
        axis.setRange(0, max([float(v) / scale for v in values.values()] + [1.0]) * 1.1)
        axis.applyNiceNumbers()
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        if not values:
            chart.setTitle(self.tr("Nothing to show yet"))
        view.setChart(chart)

    def explain(self) -> None:
        if self._report is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("How people reached is counted"))
        # The counting core's own derivation, word for word as the `reach` command prints it
        # (English, like the donor's figures), so a figure checked on screen and by command reads alike.
        text = QPlainTextEdit(self._report.describe())
        text.setReadOnly(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(close)
        dialog.resize(760, 560)
        self.derivation_dialog = dialog
        dialog.open()

    def screenshot_states(self) -> list[tuple[str, Any]]:
        def explained() -> QWidget | None:
            self.explain()
            return self.derivation_dialog

        return [("", lambda: None), ("-derivation", explained)]
