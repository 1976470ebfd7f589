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
from ..widgets.form import INVALID_STYLE, FieldForm
from ..widgets.pickers import CountryCombo, CountryListPicker, EnumCombo, OptionalDateEdit
from .form_frame import frame_form
from .saving_dialog import SavingDialog

#: Field names as people read them, for the conflict comparison.
FIELD_LABELS = {
    "name": "Name",
    "acronym": "Acronym",
    "type": "Type",
    "hq_country": "Headquarters country",
    "origin_countries": "Diaspora origin countries",
    "operating_countries": "Operating countries",
    "website": "Website",
    "email": "E-mail",
    "phone": "Phone",
    "registration_number": "Registration number",
    "iati_identifier": "IATI identifier",
    "dd_status": "Due diligence status",
    "dd_date": "Due diligence date",
    "dd_expiry": "Due diligence expiry",
    "risk_rating": "Risk rating",
    "notes": "Notes",
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
            field_labels=FIELD_LABELS,
        )
        self.setWindowTitle(f"Edit {existing.name}" if existing else "New organisation")
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
        self.origin_countries = CountryListPicker("Diaspora origin countries")
        self.operating_countries = CountryListPicker("Operating countries")
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
        self.form.add("Name", self.name, "name", required=True)
        self.form.add("Acronym", self.acronym, "acronym")
        self.form.add("Type", self.type, "type")
        self.form.add("Headquarters country", self.hq_country, "hq_country")
        self.form.add("Diaspora origin countries", self.origin_countries, "origin_countries")
        self.form.add("Operating countries", self.operating_countries, "operating_countries")
        self.form.add("Website", self.website, "website")
        self.form.add("E-mail", self.email, "email")
        self.form.add("Phone", self.phone, "phone")
        self.form.add("Registration number", self.registration_number, "registration_number")
        self.form.add("IATI identifier", self.iati_identifier, "iati_identifier")
        self.form.add("Due diligence status", self.dd_status, "dd_status")
        self.form.add("Due diligence date", self.dd_date, "dd_date")
        self.form.add("Due diligence expiry", self.dd_expiry, "dd_expiry")
        self.form.add("Risk rating", self.risk_rating, "risk_rating")
        self.form.add("Notes", self.notes, "notes")

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
