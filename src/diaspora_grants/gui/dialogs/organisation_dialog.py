"""Create or edit an organisation: a validated form that saves through the OrganisationService."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...domain.enums import DueDiligenceStatus, OrganisationType, RiskRating
from ...services.organisations import OrganisationInput, OrganisationService, OrganisationView
from ..colours import ERROR
from ..labels import QT_TRANSLATE_NOOP
from ..widgets.form import INVALID_STYLE, FieldForm
from ..widgets.pickers import CountryCombo, CountryListPicker, EnumCombo, OptionalDateEdit
from .form_frame import frame_form
from .saving_dialog import SavingDialog

# Field names as people read them (shown translated), for the form and the conflict comparison.
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("OrganisationDialog", "Name"),
    "acronym": QT_TRANSLATE_NOOP("OrganisationDialog", "Acronym"),
    "type": QT_TRANSLATE_NOOP("OrganisationDialog", "Type"),
    "hq_country": QT_TRANSLATE_NOOP("OrganisationDialog", "Headquarters country"),
    "origin_countries": QT_TRANSLATE_NOOP("OrganisationDialog", "Diaspora origin countries"),
    "operating_countries": QT_TRANSLATE_NOOP("OrganisationDialog", "Operating countries"),
    "website": QT_TRANSLATE_NOOP("OrganisationDialog", "Website"),
    "email": QT_TRANSLATE_NOOP("OrganisationDialog", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("OrganisationDialog", "Phone"),
    "registration_number": QT_TRANSLATE_NOOP("OrganisationDialog", "Registration number"),
    "iati_identifier": QT_TRANSLATE_NOOP("OrganisationDialog", "IATI identifier"),
    "dd_status": QT_TRANSLATE_NOOP("OrganisationDialog", "Due diligence status"),
    "dd_date": QT_TRANSLATE_NOOP("OrganisationDialog", "Due diligence date"),
    "dd_expiry": QT_TRANSLATE_NOOP("OrganisationDialog", "Due diligence expiry"),
    "risk_rating": QT_TRANSLATE_NOOP("OrganisationDialog", "Risk rating"),
    "notes": QT_TRANSLATE_NOOP("OrganisationDialog", "Notes"),
}


class OrganisationDialog(SavingDialog):
    """Emits ``saved(OrganisationView)`` after a successful save; stays open while anything is wrong."""

    def __init__(
        self,
        service: OrganisationService,
        existing: OrganisationView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.use_service(
            create=service.create,
            update=service.update,
            get=service.get,
            existing=existing,
            field_labels={name: self.tr(label) for name, label in FIELD_LABELS.items()},
        )
        self.setWindowTitle(
            self.tr("Edit {name}").format(name=existing.name) if existing else self.tr("New organisation")
        )
        self.setStyleSheet(INVALID_STYLE)
        self._build()
        if existing:
            self.load(existing)

    # Building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.name = QLineEdit()
        self.acronym = QLineEdit()
        self.type = EnumCombo(OrganisationType)
        self.hq_country = CountryCombo()
        self.origin_countries = CountryListPicker(self.tr("Diaspora origin countries"))
        self.operating_countries = CountryListPicker(self.tr("Operating countries"))
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://")
        self.email = QLineEdit()
        self.email.setPlaceholderText("name@example.org")
        self.phone = QLineEdit()
        self.registration_number = QLineEdit()
        self.iati_identifier = QLineEdit()
        self.iati_identifier.setPlaceholderText(self.tr("e.g. US-EIN-123456789"))
        self.dd_status = EnumCombo(DueDiligenceStatus)
        self.dd_date = OptionalDateEdit()
        self.dd_expiry = OptionalDateEdit()
        self.risk_rating = EnumCombo(RiskRating, none_text=self.tr("(not rated)"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)

        form_layout = QFormLayout()
        form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = FieldForm(form_layout)
        for name, label in FIELD_LABELS.items():
            # The English words too: the service names some fields by them ("headquarters country").
            aliases = (label.lower(), "origin countries") if name == "origin_countries" else (label.lower(),)
            self.form.add(self.tr(label), getattr(self, name), name, *aliases, required=name == "name")

        self.general_problem = QLabel()
        self.general_problem.setWordWrap(True)
        self.general_problem.setStyleSheet(f"color: {ERROR.name()};")
        self.general_problem.hide()
        self.base_notice = QLabel()
        self.base_notice.setWordWrap(True)
        self.base_notice.hide()
        self.buttons, self.ok_button = frame_form(
            self,
            form_layout,
            notices=(self.general_problem, self.base_notice),
            has_required=True,
            save=self.save,
        )
        self.resize(560, 640)

    # Values ---------------------------------------------------------------------------------

    def load(self, view: OrganisationView | OrganisationInput) -> None:
        self.name.setText(view.name)
        self.acronym.setText(view.acronym or "")
        self.type.set_value(view.type)
        self.hq_country.set_value(view.hq_country)
        self.origin_countries.set_value(view.origin_countries)
        self.operating_countries.set_value(view.operating_countries)
        self.website.setText(view.website or "")
        self.email.setText(view.email or "")
        self.phone.setText(view.phone or "")
        self.registration_number.setText(view.registration_number or "")
        self.iati_identifier.setText(view.iati_identifier or "")
        self.dd_status.set_value(view.dd_status)
        self.dd_date.set_value(view.dd_date)
        self.dd_expiry.set_value(view.dd_expiry)
        self.risk_rating.set_value(view.risk_rating)
        self.notes.setPlainText(view.notes or "")

    def value(self) -> OrganisationInput:
        return OrganisationInput(
            name=self.name.text(),
            acronym=self.acronym.text() or None,
            type=self.type.value(),
            hq_country=self.hq_country.value(),
            origin_countries=self.origin_countries.value(),
            operating_countries=self.operating_countries.value(),
            website=self.website.text() or None,
            email=self.email.text() or None,
            phone=self.phone.text() or None,
            registration_number=self.registration_number.text() or None,
            iati_identifier=self.iati_identifier.text() or None,
            dd_status=self.dd_status.value(),
            dd_date=self.dd_date.value(),
            dd_expiry=self.dd_expiry.value(),
            risk_rating=self.risk_rating.value(),
            notes=self.notes.toPlainText() or None,
        )
