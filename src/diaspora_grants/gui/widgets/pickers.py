"""Pickers that return domain values: enums by member, countries by ISO code, optional dates."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..iso_names import country_codes_by_name, country_names
from ..labels import label_of
from .dates import OptionalDateEdit

__all__ = [
    "ChoiceCombo",
    "CountryCombo",
    "CountryListPicker",
    "EnumCombo",
    "OptionalDateEdit",
    "labelled_choices",
]

#: (text, value) pairs, or what reads them afresh each time (records that others may add or rename).
Choices = Iterable[tuple[str, Any]] | Callable[[], Iterable[tuple[str, Any]]]


#: What a combo box's frame and arrow take beside its text.
COMBO_CHROME = 28


class ChoiceCombo(QComboBox):
    """A combo box of (text, value) pairs, optionally with a first 'none' entry.

    Given a callable instead of pairs, ``reload()`` asks it again (list pages do on every refresh),
    so a programme or call added elsewhere is offered without restarting."""

    def __init__(
        self,
        choices: Choices,
        *,
        none_text: str | None = None,
        parent: QWidget | None = None,
        deferred: bool = False,
    ) -> None:
        """`deferred` (with a callable): offer only `none_text` (if any) until the first
        ``show_choices()`` (a page or a dialog reads the choices off the GUI thread); a value set
        meanwhile is chosen once they arrive."""
        super().__init__(parent)
        # Long lists (currencies, DAC sectors) would otherwise widen their form past the dialog;
        # the popup still shows each entry in full.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(20)
        # Entries added later may be wider words than the layout last asked about.
        self.model().rowsInserted.connect(self.updateGeometry)
        self._source = choices if callable(choices) else None
        self._none_text = none_text
        self._awaiting = deferred and callable(choices)
        self._wanted: Any = None
        if self._awaiting:
            self._fill(())
        else:
            self._fill(choices() if callable(choices) else choices)

    def _fill(self, choices: Iterable[tuple[str, Any]]) -> None:
        if self._none_text is not None:
            self.addItem(self._none_text, None)
        for text, value in choices:
            self.addItem(text, value)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(QSize(self._words_width(), 0))

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(self._words_width(), 0))

    def _words_width(self) -> int:
        """The width the app's own words need: an entry without a value ("All programmes", "(choose
        ...)") is never cut, in any language, however short the list's minimum is set."""
        texts = [self.itemText(i) for i in range(self.count()) if self.itemData(i) is None]
        if not texts:
            return 0
        widest = max(self.fontMetrics().horizontalAdvance(text) for text in texts)
        return widest + COMBO_CHROME

    def reload(self) -> None:
        """Read the choices again, keeping the one chosen (emits nothing unless it is gone)."""
        fresh = self.read_choices()
        if fresh is not None and self.show_choices(fresh):
            self.currentIndexChanged.emit(self.currentIndex())

    def read_choices(self) -> list[tuple[str, Any]] | None:
        """The choices as they are now (None: fixed choices). Touches no widget, so a page can call
        it off the GUI thread and give the answer to ``show_choices()``."""
        if self._source is None:
            return None
        return [(str(text), value) for text, value in self._source()]

    def is_awaiting_choices(self) -> bool:
        """Deferred, and its choices have not been shown yet."""
        return self._awaiting

    def show_choices(self, fresh: list[tuple[str, Any]]) -> bool:
        """Offer `fresh`, keeping the one chosen; True (signals blocked) when it is gone."""
        current = [(self.itemText(i), self.itemData(i)) for i in range(self.count())]
        if self._none_text is not None:
            current = current[1:]
        chosen = self._wanted if self._awaiting else self.value()
        self._awaiting, self._wanted = False, None
        if fresh == current:
            self.set_value(chosen)
            return False
        self.blockSignals(True)
        self.clear()
        self._fill(fresh)
        self.set_value(chosen)
        self.blockSignals(False)
        return bool(self.value() != chosen)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        if self._awaiting:
            self._wanted = value  # chosen once the choices arrive
        for i in range(self.count()):
            if self.itemData(i) == value:
                self.setCurrentIndex(i)
                return
        self.setCurrentIndex(0)


class EnumCombo(ChoiceCombo):
    """Shows an enum's labels, returns the member (the stored code)."""

    def __init__(
        self, enum: type[Enum], *, none_text: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(((label_of(m), m) for m in enum), none_text=none_text, parent=parent)


class CountryCombo(QComboBox):
    """Type part of a country's name to find it; returns the ISO 3166 alpha-2 code."""

    def __init__(self, *, none_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        none_text = self.tr("(none)") if none_text is None else none_text
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        self.setItemData(0, none_text, Qt.ItemDataRole.ToolTipRole)
        for code, name in country_names().items():
            self.addItem(f"{name} ({code})", code)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(none_text)
            line.setClearButtonEnabled(True)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def value(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            data = self.itemData(index)
            return str(data) if data else None
        # A typed name, in the app's language or in English, or a code ("liban", "lebanon", "lb")
        # is accepted; anything else goes to the service, which names the field and says what a
        # country code looks like.
        return country_codes_by_name().get(text.casefold(), text.upper())

    def set_value(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        self.setCurrentIndex(max(index, 0))
        if index < 0 and code:
            self.setEditText(code)


class CountryListPicker(QWidget):
    """Several countries: a read-only line of names and a button that opens a searchable checklist."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._codes: tuple[str, ...] = ()
        self.summary = QLineEdit(self)
        self.summary.setReadOnly(True)
        self.summary.setPlaceholderText(self.tr("none chosen"))
        self.choose = QToolButton(self)
        self.choose.setText(self.tr("Choose…"))
        self.choose.clicked.connect(self.open_chooser)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.choose)
        self.chooser: CountryChecklist | None = None

    def value(self) -> tuple[str, ...]:
        return self._codes

    def set_value(self, codes: Iterable[str]) -> None:
        self._codes = tuple(codes)
        names = country_names()
        self.summary.setText(", ".join(names.get(c, c) for c in self._codes))
        self.summary.setToolTip(self.summary.text())
        self.changed.emit()

    def open_chooser(self) -> None:
        self.chooser = CountryChecklist(self._title, self._codes, self)
        self.chooser.accepted.connect(lambda: self.set_value(self.chooser.chosen() if self.chooser else ()))
        self.chooser.open()


class CountryChecklist(QDialog):
    def __init__(self, title: str, chosen: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type to find a country"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        selected = set(chosen)
        for code, name in country_names().items():
            item = QListWidgetItem(f"{name} ({code})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in selected else Qt.CheckState.Unchecked)
        self._order = list(chosen)
        self.search.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(360, 480)

    def chosen(self) -> tuple[str, ...]:
        checked = {
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        }
        # Keep the order the user had, then add new ones in list order.
        kept = [c for c in self._order if c in checked]
        return tuple(kept + [c for c in country_names() if c in checked and c not in kept])

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())


def labelled_choices(mapping: Mapping[str, str]) -> list[tuple[str, str]]:
    """(display text, code) pairs from a code -> name mapping, e.g. currencies."""
    return [(f"{code} – {name}", code) for code, name in mapping.items()]
