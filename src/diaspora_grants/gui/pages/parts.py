"""Pieces the pages are built from: tables of records and the facts of a selected record."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QHeaderView, QLabel, QTableView, QWidget

from ..models.table_model import RowTableModel


def record_table(model: RowTableModel[Any], name: str = "", parent: QWidget | None = None) -> QTableView:
    """A read-only table of records: whole rows, one at a time, sortable, one line a row."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    return table


def fit_columns_around(table: QTableView, column: int) -> None:
    """Every column as wide as what it holds; ``column`` (a comment, a name) takes the rest."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def fact_labels(form: QFormLayout, captions: Iterable[str]) -> dict[str, QLabel]:
    """A row of selectable, wrapping text per caption, to fill in when a record is selected."""
    labels: dict[str, QLabel] = {}
    for caption in captions:
        labels[caption] = fact_label()
        form.addRow(caption, labels[caption])
    return labels


def fact_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def fit_to_contents(table: QTableView, widest: int) -> None:
    """Columns as wide as what they hold, none wider than ``widest`` pixels."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount()):
        if table.columnWidth(column) > widest:
            table.setColumnWidth(column, widest)
