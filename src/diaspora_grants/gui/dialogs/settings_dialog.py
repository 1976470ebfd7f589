"""Settings: the name written to the audit trail, the currency new records start with and the
language of the app."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ..i18n import LANGUAGES, SYSTEM
from ..iso_names import currency_names
from ..settings import AppSettings
from ..widgets.fields import TextField
from ..widgets.form import INVALID_STYLE, FieldForm
from ..widgets.pickers import ChoiceCombo, labelled_choices


class SettingsDialog(QDialog):
    def __init__(
        self, settings: AppSettings, current_user: str, database: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setStyleSheet(INVALID_STYLE)
        form_layout = QFormLayout()
        form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = FieldForm(form_layout)
        self.user_name = TextField(self.tr("e.g. Amal Haddad"))
        self.user_name.set_value(settings.user_name() or current_user)
        self.user_name.setToolTip(self.tr("Written to the audit trail with every change you make"))
        self.form.add(self.tr("Your name"), self.user_name, "user name", required=True)
        self.currency = ChoiceCombo(labelled_choices(currency_names()))
        self.currency.setMinimumContentsLength(24)
        self.currency.setMaxVisibleItems(20)
        self.currency.set_value(settings.default_currency())
        self.form.add(self.tr("Default currency"), self.currency, "currency")
        # Each language named as its speakers write it, so anyone can find their own.
        self.language = ChoiceCombo(
            [(self.tr("The system's language"), SYSTEM), *((n, c) for c, n in LANGUAGES.items())]
        )
        self.language.set_value(self._saved_language())
        self.form.add(self.tr("Language"), self.language, "language")
        self.language_note = QLabel()
        self.language_note.setStyleSheet("color: #555;")
        self.language.currentIndexChanged.connect(self._language_changed)
        form_layout.addRow("", self.language_note)
        location = QLabel(database)
        location.setWordWrap(True)
        location.setStyleSheet("color: #555;")
        form_layout.addRow(self.tr("Database"), location)
        note = QLabel(
            self.tr(
                "Your name is recorded with each change from now on. New calls, applications and projects "
                "start in the default currency. To work on another database use File > Open database."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form_layout)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(520, 260)

    def save(self) -> None:
        name = self.user_name.value()
        if not name:
            row = self.form.row("user name")
            if row is not None:
                row.mark(self.tr("Your name is required: it is written to the audit trail"))
            return
        self.settings.set_user_name(name)
        self.settings.set_default_currency(str(self.currency.value()))
        self.settings.set_language(str(self.language.value()))
        self.settings.sync()
        self.accept()

    def _saved_language(self) -> str:
        """The language chosen before, or "the system's" (also for one this version does not have)."""
        saved = self.settings.language()
        return saved if saved in LANGUAGES else SYSTEM

    def _language_changed(self) -> None:
        changed = self.language.value() != self._saved_language()
        self.language_note.setText(
            self.tr("The app speaks the new language when it starts again.") if changed else ""
        )
