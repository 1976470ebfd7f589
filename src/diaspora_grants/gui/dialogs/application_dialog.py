"""Register an application as it arrives: its call, the organisation that applied (only those that
may apply are offered; a new one can be created on the way), the proposal and the amount."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QWidget

from ...services.applications import ApplicationInput, ApplicationView
from ...services.organisations import OrganisationView
from ...services.registry import Services
from ..iso_names import currency_names
from ..widgets.fields import MoneyField, NotesField, RequiredTextField, TextField
from ..widgets.pickers import ChoiceCombo, CountryListPicker, OptionalDateEdit, labelled_choices
from ..workers import PageReads
from .record_dialog import FieldSpec, RecordDialog


class OrganisationPicker(QWidget):
    """The organisations that may apply (not donors, UN agencies or governments), and a button that
    creates a new one; ``value()`` is the chosen organisation's id."""

    def __init__(
        self, services: Services, new_organisation: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.combo = ChoiceCombo((), none_text="")
        self.new_button = QPushButton(self.tr("New organisation…"), self)
        self.new_button.setToolTip(self.tr("Record an organisation that is not in the list yet"))
        self.new_button.clicked.connect(new_organisation)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.new_button)
        self.setFocusProxy(self.combo)
        self.reads = PageReads(self, lambda: [self.combo])
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Read the applicants off the GUI thread (the list waits disabled), then choose
        `select_id` (one just created) or the one chosen before."""
        chosen = select_id if select_id is not None else self.combo.value()
        organisations = self.services.organisations
        self.reads.run(organisations.applicants, lambda found: self._show(found, chosen))

    def _show(self, organisations: list[OrganisationView], chosen: int | None) -> None:
        self.combo.clear()
        self.combo.addItem(self.tr("(choose the organisation that applied)"), None)
        for organisation in organisations:
            self.combo.addItem(organisation.name, organisation.id)
        self.combo.set_value(chosen)

    def names(self) -> list[str]:
        return [self.combo.itemText(i) for i in range(1, self.combo.count())]

    def value(self) -> int | None:
        value = self.combo.value()
        return int(value) if value is not None else None

    def set_value(self, organisation_id: int | None) -> None:
        self.combo.set_value(organisation_id)


class CheckField(QCheckBox):
    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool | None) -> None:
        self.setChecked(bool(value))


def application_dialog(
    services: Services,
    existing: ApplicationView | None,
    defaults: dict[str, Any],
    *,
    new_organisation: Callable[[], None],
    parent: QWidget | None = None,
) -> RecordDialog:
    return RecordDialog(
        ApplicationInput,
        [*_application_fields(services, new_organisation), *_proposal_fields()],
        noun=QCoreApplication.translate("ApplicationDialog", "application"),
        create=services.applications.create,
        update=services.applications.update,
        get=services.applications.get,
        existing=existing,
        defaults=defaults,
        label_of=lambda a: a.organisation_name,
        parent=parent,
    )


def _application_fields(services: Services, new_organisation: Callable[[], None]) -> list[FieldSpec]:
    """Which call, from whom, and when it arrived."""
    calls = ChoiceCombo(
        lambda: ((f"{c.reference} – {c.title}", c.id) for c in services.calls.find()), deferred=True
    )
    organisations = OrganisationPicker(services, new_organisation)
    return [
        FieldSpec(
            "call_id",
            QCoreApplication.translate("ApplicationDialog", "Call"),
            calls,
            required=True,
            aliases=("call",),
        ),
        FieldSpec(
            "organisation_id",
            QCoreApplication.translate("ApplicationDialog", "Organisation"),
            organisations,
            required=True,
            aliases=("organisation",),
        ),
        FieldSpec(
            "title",
            QCoreApplication.translate("ApplicationDialog", "Proposed project"),
            RequiredTextField(),
            required=True,
            aliases=("title",),
        ),
        FieldSpec(
            "received_date",
            QCoreApplication.translate("ApplicationDialog", "Received on"),
            OptionalDateEdit(),
            required=True,
            aliases=("received date",),
        ),
    ]


def _proposal_fields() -> list[FieldSpec]:
    """What is proposed."""
    return [
        FieldSpec(
            "is_late",
            QCoreApplication.translate("ApplicationDialog", "Arrived late"),
            CheckField(
                QCoreApplication.translate("ApplicationDialog", "after the submission deadline, accepted")
            ),
        ),
        FieldSpec(
            "late_reason",
            QCoreApplication.translate("ApplicationDialog", "Why it is accepted"),
            TextField(QCoreApplication.translate("ApplicationDialog", "e.g. courier delay")),
            aliases=("late reason",),
        ),
        FieldSpec(
            "countries",
            QCoreApplication.translate("ApplicationDialog", "Countries"),
            CountryListPicker(
                QCoreApplication.translate("ApplicationDialog", "Countries of the proposed project")
            ),
        ),
        FieldSpec("sector", QCoreApplication.translate("ApplicationDialog", "Sector"), TextField()),
        FieldSpec(
            "requested_amount",
            QCoreApplication.translate("ApplicationDialog", "Requested amount"),
            MoneyField(),
            aliases=("requested amount",),
        ),
        FieldSpec(
            "currency",
            QCoreApplication.translate("ApplicationDialog", "Currency"),
            ChoiceCombo(labelled_choices(currency_names())),
        ),
        FieldSpec("summary", QCoreApplication.translate("ApplicationDialog", "Summary"), NotesField()),
    ]
