"""The audit trail in words: each entry's record by its natural key, and its change as
"field: old → new", with codes by their labels and references by the names of what they point to.

The trail stores plain text (JSON for a record created or deleted), written once and never
changed; this reads it for people. Entries written before records carried readable labels
("#2049") are named by the record as it is now, when it still exists.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from enum import Enum
from typing import Any

from sqlalchemy import Enum as EnumType
from sqlalchemy import inspect, select
from sqlalchemy.orm import MANYTOONE, Session

from ..db.base import Base, Tracked
from ..db.models import AuditEntry
from ..domain import labels
from ..domain.enums import AuditAction

#: "#2049": a record named by its number only.
_BARE_NUMBER = re.compile(r"#\d+")
#: Field names that read better spelled out.
_FIELD_WORDS = {
    "dd_status": "due diligence status",
    "dd_date": "due diligence date",
    "dd_expiry": "due diligence expiry",
    "hq_country": "headquarters country",
    "pcode": "P-code",
    "loa_target": "life-of-award target",
    "dac_code": "DAC code",
    "units_per_base": "units per base currency",
}
ARROW = "→"
EMPTY = "empty"


def field_words(field: str) -> str:
    if field in _FIELD_WORDS:
        return _FIELD_WORDS[field]
    return field.removesuffix("_id").replace("_", " ")


#: How far up prefetch() reads the records a name is made of (a cell's location's project...).
PARENT_LEVELS = 3


class AuditReader:
    """Reads entries for people; lookups of referenced records are kept for one page of entries."""

    def __init__(self, session: Session, *, name_numbered: bool = True) -> None:
        """`name_numbered`: look up the records of entries that name them by number ("#2049");
        an export of a whole trail leaves those as they are rather than read every record."""
        self.session = session
        self._name_numbered = name_numbered
        self._names: dict[tuple[str, int], str | None] = {}
        self._kept: list[Any] = []
        self._models = {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers}

    def record_name(self, entry: AuditEntry) -> str:
        label = entry.record_label or ""
        numbered = not label or _BARE_NUMBER.fullmatch(label)
        if self._name_numbered and entry.record_id is not None and numbered:
            return self.name_of(entry.table_name, entry.record_id) or label or f"#{entry.record_id}"
        return label

    def change(self, entry: AuditEntry, record_name: str) -> str:
        """What changed, in words."""
        if entry.action in (AuditAction.LOCK, AuditAction.UNLOCK):
            return labels.label(entry.action)
        if entry.action is AuditAction.BULK_INSERT:
            return self._bulk(entry)
        if entry.action is AuditAction.UPDATE and entry.field:
            old = self.value_words(entry.table_name, entry.field, entry.old_value)
            new = self.value_words(entry.table_name, entry.field, entry.new_value)
            return f"{field_words(entry.field)}: {old or EMPTY} {ARROW} {new or EMPTY}"
        snapshot = entry.new_value if entry.action is AuditAction.INSERT else entry.old_value
        return self._snapshot(entry.table_name, snapshot, record_name)

    def value_words(self, table: str, field: str, value: str | None) -> str:
        if value is None or value == "":
            return ""
        column = self._column(table, field)
        if column is None:
            return value
        if column.foreign_keys and value.isdigit():
            target = next(iter(column.foreign_keys)).column.table.name
            return self.name_of(target, int(value)) or f"#{value}"
        if isinstance(column.type, EnumType) and column.type.enum_class is not None:
            return ", ".join(_label(column.type.enum_class, part.strip()) for part in value.split(","))
        return value

    def prefetch(self, entries: list[AuditEntry]) -> None:
        """Read every record these entries will be named by, and the records those names are made
        of (a result cell's project, indicator, period...), in one query per table, before they are
        read for people: one query per record took seconds over a server far away."""
        wanted: dict[str, set[int]] = {}
        collecting = _Collecting(self.session, name_numbered=self._name_numbered, wanted=wanted)
        for entry in entries:
            collecting.change(entry, collecting.record_name(entry))
        level = {self._models[table]: ids for table, ids in wanted.items() if table in self._models}
        read: dict[type[Any], set[Any]] = {}
        for _ in range(PARENT_LEVELS + 1):  # each level: one query per table, nothing read twice
            parents: dict[type[Any], set[Any]] = {}
            for model, ids in level.items():
                new_ids = ids - read.setdefault(model, set())
                read[model] |= new_ids
                for target, keys in self._read_records(model, new_ids).items():
                    parents.setdefault(target, set()).update(keys)
            level = parents

    def _read_records(self, model: type[Any], ids: set[Any]) -> dict[type[Any], set[Any]]:
        """Read these records (kept: the session holds them weakly, and name_of() must find them
        without a query); the keys of the records they refer to, by model."""
        mapper = inspect(model)
        if len(mapper.primary_key) != 1 or not ids:
            return {}
        records = self.session.scalars(select(model).where(mapper.primary_key[0].in_(sorted(ids)))).all()
        self._kept.extend(records)
        parents: dict[type[Any], set[Any]] = {}
        for relation in mapper.relationships:
            if relation.direction is MANYTOONE and len(relation.local_columns) == 1:
                (column,) = relation.local_columns
                key = mapper.get_property_by_column(column).key
                found = parents.setdefault(relation.mapper.class_, set())
                found.update(value for r in records if (value := getattr(r, key)) is not None)
        return parents

    def name_of(self, table: str, record_id: int) -> str | None:
        key = (table, record_id)
        if key not in self._names:
            model = self._models.get(table)
            record = self.session.get(model, record_id) if model is not None else None
            self._names[key] = record.audit_label() if isinstance(record, Tracked) else None
        return self._names[key]

    def _snapshot(self, table: str, text: str | None, record_name: str) -> str:
        try:
            values: dict[str, Any] = json.loads(text or "{}")
        except ValueError:
            return text or ""
        if not isinstance(values, dict):
            return text or ""
        parts = {part.strip().lower() for part in record_name.split("·")}
        words = []
        for field, raw in values.items():
            value = self.value_words(table, field, None if raw is None else str(raw))
            # What the record's name already says is not said again ("LB-VAX-01 · BHA-1 · ..."): a
            # reference is named last by its own name, after its parents' ("BHA-2022 · 2022-H1").
            if value and value.split("·")[-1].strip().lower() not in parts:
                words.append(f"{field_words(field)}: {value}")
        return "; ".join(words)

    def _bulk(self, entry: AuditEntry) -> str:
        try:
            summary = json.loads(entry.new_value or "{}")
        except ValueError:
            return entry.new_value or ""
        indicators = self._names_of("indicators", summary.get("indicators", ()))
        periods = self._names_of("periods", summary.get("periods", ()))
        return f"{summary.get('cells', 0):,} result cells; indicators {indicators}; periods {periods}"

    def _names_of(self, table: str, ids: Iterable[int]) -> str:
        return ", ".join(self.name_of(table, int(i)) or f"#{i}" for i in ids)

    def _column(self, table: str, field: str) -> Any:
        found = Base.metadata.tables.get(table)
        return found.c.get(field) if found is not None else None


class _Collecting(AuditReader):
    """Goes through entries as AuditReader does, noting the records it would look up."""

    def __init__(self, session: Session, *, name_numbered: bool, wanted: dict[str, set[int]]) -> None:
        super().__init__(session, name_numbered=name_numbered)
        self._wanted = wanted

    def name_of(self, table: str, record_id: int) -> str | None:
        self._wanted.setdefault(table, set()).add(record_id)
        return None


def _label(enum_class: type[Enum], value: str) -> str:
    try:
        member = enum_class(value)
    except ValueError:
        return value
    return labels.label(member) if labels.has_label(member) else value
