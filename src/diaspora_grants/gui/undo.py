"""Undo and redo of creations, edits and deletions, by calling the services again.

The first action runs before the command is pushed (so a refused save never reaches the stack);
commands are pushed with the result and only undo()/redo() call the service afterwards.
A record deleted and re-created gets a new id; :class:`RecordIds` follows it so later commands
on the stack still find it. A command whose service call fails (someone else changed or deleted
the record) shows why and drops out of the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtGui import QUndoCommand

from ..services.inputs import input_of

I = TypeVar("I")  # noqa: E741 - the input dataclass
V = TypeVar("V")  # the view dataclass


class Recordable(Protocol):
    @property
    def id(self) -> int: ...


class RecordIds:
    """Where a record that was deleted and re-created by undo lives now."""

    def __init__(self) -> None:
        self._moved: dict[int, int] = {}

    def current(self, record_id: int) -> int:
        while record_id in self._moved:
            record_id = self._moved[record_id]
        return record_id

    def moved(self, old: int, new: int) -> None:
        if old != new:
            self._moved[old] = new


class Gateway(Generic[I, V]):
    """The calls undo needs from one service, plus what else to save when a record is deleted.

    ``keep``/``restore`` save dependants that go with a deletion (an organisation's contacts) and
    put them back when the deletion is undone.
    """

    def __init__(
        self,
        service: Any,
        input_type: type[I],
        noun: str,
        *,
        keep: Callable[[int], Any] | None = None,
        restore: Callable[[int, Any], None] | None = None,
    ) -> None:
        self.service = service
        self.input_type = input_type
        self.noun = noun
        self._keep = keep
        self._restore = restore

    def input_of(self, view: Any) -> I:
        return input_of(view, self.input_type)

    def create(self, data: I) -> V:
        return self.service.create(data)  # type: ignore[no-any-return]

    def update(self, record_id: int, data: I) -> V:
        current = self.service.get(record_id)
        return self.service.update(record_id, data, expected_version=current.version)  # type: ignore[no-any-return]

    def delete(self, record_id: int) -> None:
        current = self.service.get(record_id)
        self.service.delete(record_id, expected_version=current.version)

    def keep(self, record_id: int) -> Any:
        return self._keep(record_id) if self._keep else None

    def restore(self, record_id: int, kept: Any) -> None:
        if self._restore and kept:
            self._restore(record_id, kept)


#: Told after every undo/redo: the id the record has now (None when it no longer exists).
Changed = Callable[[int | None], None]
Failed = Callable[[BaseException], None]


class _ServiceCommand(QUndoCommand):
    def __init__(self, text: str, ids: RecordIds, changed: Changed, failed: Failed) -> None:
        super().__init__(text)
        self._ids = ids
        self._changed = changed
        self._failed = failed
        self._first = True

    def redo(self) -> None:
        if self._first:  # the action itself already ran before the push
            self._first = False
            return
        self._guarded(self._do)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, step: Callable[[], int | None]) -> None:
        # Exceptions must not escape into Qt's C++ call of undo()/redo(): report and drop out.
        try:
            record_id = step()
        except Exception as error:
            self.setObsolete(True)
            self._failed(error)
            return
        self._changed(record_id)

    def _do(self) -> int | None:
        raise NotImplementedError

    def _undo(self) -> int | None:
        raise NotImplementedError


class CreateCommand(_ServiceCommand, Generic[I, V]):
    """Undo deletes what was created; redo creates it again (with a new id)."""

    def __init__(
        self,
        gateway: Gateway[I, V],
        data: I,
        created: Recordable,
        label: str,
        ids: RecordIds,
        changed: Changed,
        failed: Failed,
    ) -> None:
        super().__init__(f"create {gateway.noun} {label}", ids, changed, failed)
        self._gateway = gateway
        self._data = data
        self._id = created.id

    def _do(self) -> int | None:
        view: Any = self._gateway.create(self._data)
        self._ids.moved(self._ids.current(self._id), view.id)
        return int(view.id)

    def _undo(self) -> int | None:
        self._gateway.delete(self._ids.current(self._id))
        return None


class EditCommand(_ServiceCommand, Generic[I, V]):
    """Undo saves the previous values back over the current version; redo saves the new ones."""

    def __init__(
        self,
        gateway: Gateway[I, V],
        record_id: int,
        before: I,
        after: I,
        label: str,
        ids: RecordIds,
        changed: Changed,
        failed: Failed,
    ) -> None:
        super().__init__(f"edit {gateway.noun} {label}", ids, changed, failed)
        self._gateway = gateway
        self._id = record_id
        self._before = before
        self._after = after

    def _do(self) -> int | None:
        record_id = self._ids.current(self._id)
        self._gateway.update(record_id, self._after)
        return record_id

    def _undo(self) -> int | None:
        record_id = self._ids.current(self._id)
        self._gateway.update(record_id, self._before)
        return record_id


class DeleteCommand(_ServiceCommand, Generic[I, V]):
    """Undo re-creates the record from its saved input (and its kept dependants)."""

    def __init__(
        self,
        gateway: Gateway[I, V],
        record_id: int,
        data: I,
        kept: Any,
        label: str,
        ids: RecordIds,
        changed: Changed,
        failed: Failed,
    ) -> None:
        super().__init__(f"delete {gateway.noun} {label}", ids, changed, failed)
        self._gateway = gateway
        self._id = record_id
        self._data = data
        self._kept = kept

    def _do(self) -> int | None:
        record_id = self._ids.current(self._id)
        self._kept = self._gateway.keep(record_id)
        self._gateway.delete(record_id)
        return None

    def _undo(self) -> int | None:
        view: Any = self._gateway.create(self._data)
        self._ids.moved(self._ids.current(self._id), view.id)
        self._gateway.restore(view.id, self._kept)
        return int(view.id)
