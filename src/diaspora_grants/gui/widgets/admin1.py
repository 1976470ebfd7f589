"""Choose an admin-1 area from the country's list (ISO 3166-2), or type a name that is not on it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QWidget

from ...domain.admin_areas import AdminArea, admin1_area, admin1_areas, find_admin1


class Admin1Picker(QComboBox):
    """value() is the name; code() the ISO 3166-2 code of the chosen (or matching) area, or None."""

    area_changed = Signal()

    def __init__(self, country: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country = country
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.addItem("", None)
        for area in admin1_areas(country):
            self.addItem(area.label, area.code)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("choose from the list or type a name"))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.currentTextChanged.connect(lambda _text: self.area_changed.emit())

    def area(self) -> AdminArea | None:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return admin1_area(str(self.itemData(index)))
        return find_admin1(self.country, text) if text else None

    def value(self) -> str:
        area = self.area()
        text = self.currentText().strip()
        if area is not None and text == area.label:
            return area.name
        return text

    def code(self) -> str | None:
        area = self.area()
        return area.code if area is not None else None

    def set_value(self, name: str | None) -> None:
        area = find_admin1(self.country, name) if name else None
        if area is not None and area.name == name:
            self.setCurrentIndex(self.findData(area.code))
        else:
            self.setEditText(name or "")


class Admin1CodeLabel(QLabel):
    """Shows which ISO 3166-2 area the picker's name is (read-only; it follows the picker)."""

    def __init__(self, picker: Admin1Picker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = picker
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        picker.area_changed.connect(self._follow)
        self._follow()

    def value(self) -> str | None:
        return self.picker.code()

    def set_value(self, _code: str | None) -> None:
        self._follow()

    def _follow(self) -> None:
        area = self.picker.area()
        self.setText(
            f"{area.code} — {area.iso_name} ({area.kind.lower()})"
            if area is not None
            else self.tr("not one of the country's admin-1 areas")
        )
