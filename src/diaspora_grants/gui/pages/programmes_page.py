"""Programmes: the award from a donor, with the indicators, reporting periods and targets that frame
every project's reporting, set up here before the first call or project."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QTabWidget, QWidget

from ...services.programmes import ProgrammeInput, ProgrammeView
from ..dialogs.programme_dialog import programme_dialog
from ..labels import QT_TRANSLATE_NOOP, label_of
from ..models.programmes import ProgrammeTableModel
from ..panels.programme_gateways import Programmes
from ..panels.programme_records import IndicatorsPanel, PeriodsPanel, TargetsPanel
from ..panels.record_panel import RecordPanel
from ..undo import Gateway
from .base import ListPage, PageContext
from .parts import fact_labels


class ProgrammesPage(ListPage):
    title = "Programmes"
    noun = QT_TRANSLATE_NOOP("Noun", "programme")
    plural = QT_TRANSLATE_NOOP("Noun", "programmes")
    split = (300, 700)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, ProgrammeTableModel(), parent)
        self.empty_hint = self.tr(
            "No programmes yet.\n\nA programme is the award from one donor: press New (Ctrl+N) to "
            "record it, then give it its indicators, reporting periods and targets."
        )
        programmes = Programmes(context.services, lambda kind, old, new: context.ids.moved(old, new, kind))
        gateway = Gateway[ProgrammeInput, ProgrammeView](
            programmes, ProgrammeInput, "programme", keep=programmes.keep, restore=programmes.restore
        )
        self.records = self.record_actions(
            gateway,
            dialog=lambda existing, defaults: programme_dialog(
                self.services, existing, defaults=defaults, parent=self
            ),
            label=lambda programme: programme.code,
            delete_question=lambda programme: self.tr(
                "Delete programme {code}?\n\nIts indicators, reporting periods and targets go with it and "
                "come back with Undo (Ctrl+Z); its award figures, narratives and role assignments do not. "
                "A programme with calls or projects cannot be deleted."
            ).format(code=programme.code),
        )

    def rows_reader(self) -> Callable[[], list[Any]]:
        search = (self.search_text() or "").lower()
        programmes = self.services.programmes
        return lambda: [
            p
            for p in programmes.find()
            if not search or search in f"{p.code} {p.name} {p.donor_name or ''}".lower()
        ]

    # Detail ---------------------------------------------------------------------------------

    def build_detail(self) -> None:
        layout = self.detail_column()
        self.summary_form = QFormLayout()
        self.captions = {
            "donor": self.tr("Donor"),
            "award": self.tr("Award"),
            "dates": self.tr("Dates"),
            "breakdown": self.tr("Broken down by"),
            "sdg": self.tr("SDG goals"),
        }
        self.summary = fact_labels(self.summary_form, self.captions.values())
        self.tabs = QTabWidget()
        self.indicators = IndicatorsPanel(self.context)
        self.periods = PeriodsPanel(self.context)
        self.targets = TargetsPanel(self.context)
        self.panels: tuple[RecordPanel, ...] = (self.indicators, self.periods, self.targets)
        for panel in self.panels:
            self.tabs.addTab(panel, "")
            panel.changed.connect(self._count_children)
        layout.addLayout(self.summary_form)
        layout.addWidget(self.tabs, 1)
        self.show_detail(None)

    def show_detail(self, row: ProgrammeView | None) -> None:
        self.detail.setEnabled(row is not None)
        for panel in self.panels:
            panel.show_owner(row)
        self._count_children()
        if row is None:
            self.detail_title.setText(
                self.tr("Select a programme to see its indicators, reporting periods and targets")
            )
            for label in self.summary.values():
                label.clear()
            return
        self.detail_title.setText(f"{row.code} — {row.name}")
        facts = {
            "donor": row.donor_name or "—",
            "award": self.tr("{number} in {currency}, reported by {reporter}").format(
                number=row.award_number or self.tr("no award number"),
                currency=row.currency,
                reporter=row.reporting_org_name or self.tr("no reporting organisation"),
            ),
            "dates": self.tr("{start} to {end}").format(start=row.start_date, end=row.end_date),
            "breakdown": self.tr("ages {bands} · groups {groups} · people in two projects: {rule}").format(
                bands=", ".join(row.age_bands),
                groups=", ".join(row.population_groups),
                rule=label_of(row.overlap_rule).lower(),
            ),
            "sdg": ", ".join(row.sdg_goals) or "—",
        }
        for key, text in facts.items():
            self.summary[self.captions[key]].setText(text)

    def _count_children(self) -> None:
        # Targets name indicators and periods: a change there shows in their table too.
        if self.sender() in (self.indicators, self.periods):
            self.targets.reload()
        captions = (
            self.tr("Indicators ({count})"),
            self.tr("Periods ({count})"),
            self.tr("Targets ({count})"),
        )
        for index, (panel, caption) in enumerate(zip(self.panels, captions, strict=True)):
            self.tabs.setTabText(index, caption.format(count=panel.model.rowCount()))

    def screenshot_states(self) -> list[tuple[str, Callable[[], QWidget | None]]]:
        def in_tab(panel: RecordPanel) -> Callable[[], QWidget | None]:
            def prepare() -> QWidget | None:
                if self.model.rowCount():
                    self.table.selectRow(0)
                self.tabs.setCurrentWidget(panel)
                return panel.editing_first()  # type: ignore[no-any-return]

            return prepare

        return [
            *super().screenshot_states(),
            ("-edit", self.editing_first_row),
            ("-indicator", in_tab(self.indicators)),
            ("-period", in_tab(self.periods)),
            ("-target", in_tab(self.targets)),
        ]
