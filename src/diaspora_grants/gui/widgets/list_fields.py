"""Inputs of lists and yes/no with the value()/set_value() shape of the other form fields."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from .fields import TextField


class TextListField(TextField):
    """Short names typed on one line, separated by commas ("0-17, 18-59, 60+")."""

    def value(self) -> tuple[str, ...]:  # type: ignore[override]
        return tuple(part.strip() for part in self.text().split(",") if part.strip())

    def set_value(self, value: Iterable[str] | None) -> None:
        self.setText(", ".join(value or ()))


class CheckField(QCheckBox):
    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool | None) -> None:
        self.setChecked(bool(value))


class BandChecks(QWidget):
    """One check box per band of a list; every band checked (or none) means "all of them", which
    is how the services store it (an empty tuple)."""

    def __init__(self, bands: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bands = tuple(bands)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for band in self.bands:
            box = QCheckBox(band, self)
            box.setChecked(True)
            layout.addWidget(box)
            self.boxes[band] = box
        layout.addStretch(1)

    def value(self) -> tuple[str, ...]:
        chosen = tuple(band for band, box in self.boxes.items() if box.isChecked())
        return () if len(chosen) == len(self.bands) else chosen

    def set_value(self, value: Iterable[str] | None) -> None:
        chosen = set(value or ())
        for band, box in self.boxes.items():
            box.setChecked(not chosen or band in chosen)
