"""Stored codes as people read them, in the language of the app (see domain.labels)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from ..domain import labels


def label_of(value: Enum) -> str:
    return QCoreApplication.translate(labels.CONTEXT, labels.label(value), labels.disambiguation(value))
