"""Undo and redo of creations, edits and deletions, by calling the services again.

The first action runs before the command is pushed (so a refused save never reaches the stack);
commands are pushed with the result and only undo()/redo() call the service afterwards.

Every undo and redo names the version of the record it left behind, so that a colleague's change
made since is never written over: the service refuses, the refusal names who changed the record
and when, and the history stays as it was (:class:`UndoHistory` puts the stack's index back).
A record deleted and re-created gets a new id; :class:`RecordIds` follows it so later commands on
the stack still find it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication

from ..services.inputs import input_of
from .labels import noun_text
from .undo_history import RefusableCommand, UndoRefusedError

I = TypeVar("I")  # noqa: E741 - the input dataclass
V = TypeVar("V")  # the view dataclass


class Recordable(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def version(self) -> int: ...


class RecordIds:
    """What undo knows of the records it touched, by kind ("organisation") and id: where a record
    deleted and re-created by undo lives now, and the version the app last left it at. A write
    that expects that version is refused if anyone changed the record since."""

    def __init__(self) -> None:
        self._moved: dict[tuple[str, int], int] = {}
        self._versions: dict[tuple[str, int], int] = {}
        self._revisions: dict[tuple[int, ...], str] = {}

    def current(self, record_id: int, kind: str | None = None) -> int:
        """The id the record has now (any kind when `kind` is None)."""
        while True:
            moved = (
                self._moved.get((kind, record_id))
                if kind is not None
                else next((new for (_k, old), new in self._moved.items() if old == record_id), None)
            )
            if moved is None:
                return record_id
            record_id = moved

    def moved(self, old: int, new: int, kind: str = "") -> None:
        if old != new:
            self._moved[(kind, old)] = new

    def left(self, kind: str, record_id: int, version: int) -> None:
        """The app saved the record and left it at `version`."""
        self._versions[(kind, record_id)] = version

    def version(self, kind: str, record_id: int, default: int) -> int:
        return self._versions.get((kind, record_id), default)

    def left_revision(self, scope: tuple[int, ...], revision: str) -> None:
        """The app saved the results of `scope` and left them at `revision`."""
        self._revisions[scope] = revision

    def revision(self, scope: tuple[int, ...], default: str) -> str:
        return self._revisions.get(scope, default)


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

    def update(self, record_id: int, data: I, expected_version: int) -> V:
        """Save `data` over the version undo left behind; anything newer is someone else's."""
        return self.service.update(record_id, data, expected_version=expected_version)  # type: ignore[no-any-return]

    def delete(self, record_id: int, expected_version: int) -> None:
        self.service.delete(record_id, expected_version=expected_version)

    def keep(self, record_id: int) -> Any:
        return self._keep(record_id) if self._keep else None

    def restore(self, record_id: int, kept: Any) -> None:
        if self._restore and kept:
            self._restore(record_id, kept)


#: Told after every undo/redo: the id the record has now (None when it no longer exists).
Changed = Callable[[int | None], None]
Failed = Callable[[BaseException], None]


class _ServiceCommand(RefusableCommand):
    _gateway: Gateway[Any, Any]

    def __init__(self, text: str, ids: RecordIds, changed: Changed, failed: Failed) -> None:
        super().__init__(text)
        self._ids = ids
        self._changed = changed
        self._failed = failed
        self._record_id: int | None = None

    @property
    def _kind(self) -> str:
        return self._gateway.noun

    def _expected(self, record_id: int) -> int:
        """The version the app left the record at: anything newer is someone else's."""
        fallback = -1  # never saved by the app in this session: nothing is assumed
        return self._ids.version(self._kind, record_id, fallback)

    def _left(self, view: Any) -> None:
        self._record_id = int(view.id)
        self._ids.left(self._kind, int(view.id), int(view.version))

    def stepped(self) -> None:
        self._changed(self._record_id)

    def report(self, error: UndoRefusedError) -> None:
        self._failed(error)


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
        text = QCoreApplication.translate("Undo", "create {record} {label}")
        super().__init__(text.format(record=noun_text(gateway.noun), label=label), ids, changed, failed)
        self._gateway = gateway
        self._data = data
        self._id = created.id
        ids.left(gateway.noun, created.id, created.version)

    def do(self) -> None:
        view: Any = self._gateway.create(self._data)
        self._ids.moved(self._ids.current(self._id, self._kind), view.id, self._kind)
        self._left(view)

    def undo_step(self) -> None:
        record_id = self._ids.current(self._id, self._kind)
        self._gateway.delete(record_id, self._expected(record_id))
        self._record_id = None


class EditCommand(_ServiceCommand, Generic[I, V]):
    """Undo saves the previous values back over the version the edit left; redo saves the new ones."""

    def __init__(
        self,
        gateway: Gateway[I, V],
        record: Recordable,
        before: I,
        after: I,
        label: str,
        ids: RecordIds,
        changed: Changed,
        failed: Failed,
    ) -> None:
        text = QCoreApplication.translate("Undo", "edit {record} {label}")
        super().__init__(text.format(record=noun_text(gateway.noun), label=label), ids, changed, failed)
        self._gateway = gateway
        self._id = record.id
        self._before = before
        self._after = after
        ids.left(gateway.noun, record.id, record.version)

    def do(self) -> None:
        self._save(self._after)

    def undo_step(self) -> None:
        self._save(self._before)

    def _save(self, data: I) -> None:
        record_id = self._ids.current(self._id, self._kind)
        self._left(self._gateway.update(record_id, data, self._expected(record_id)))


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
        text = QCoreApplication.translate("Undo", "delete {record} {label}")
        super().__init__(text.format(record=noun_text(gateway.noun), label=label), ids, changed, failed)
        self._gateway = gateway
        self._id = record_id
        self._data = data
        self._kept = kept

    def do(self) -> None:
        record_id = self._ids.current(self._id, self._kind)
        self._kept = self._gateway.keep(record_id)
        self._gateway.delete(record_id, self._expected(record_id))
        self._record_id = None

    def undo_step(self) -> None:
        view: Any = self._gateway.create(self._data)
        self._ids.moved(self._ids.current(self._id, self._kind), view.id, self._kind)
        self._gateway.restore(view.id, self._kept)
        if self._kept:  # putting its dependants back may have saved the record again
            view = self._gateway.service.get(view.id)
        self._left(view)
