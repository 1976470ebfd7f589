"""A table model for big tables (results, audit trail): rows come page by page from the service.

How a page uses it
------------------
1. The service offers two calls that take the same filters and run them as SQL WHERE clauses:
   ``count(filters) -> int`` and ``page(filters, order_by=, descending=, limit=, offset=) -> list[View]``,
   with ORDER BY on an indexed column (plus the id, so paging is stable).
2. The page wraps them in a :class:`PageSource` (the filters bound in), e.g.::

       source = PageSource(
           count=lambda: services.audit.count(filters),
           page=lambda order, desc, limit, offset: services.audit.page(
               filters, order_by=order, descending=desc, limit=limit, offset=offset),
       )
       model.set_source(source)

3. The model subclass lists its columns like :class:`RowTableModel`, giving each sortable one an
   ``order_key`` (the name the service maps to a column); columns without one do not sort.

The view asks for more rows as the user scrolls (canFetchMore/fetchMore); sorting or a new filter
resets the model and asks for the first page again. Given ``reads`` (the page's), those reads run
off the GUI thread and the rows arrive when they are in. Nothing is sorted or filtered in Python, so a
million rows open as fast as a hundred. rowCount() is the number loaded; total() is the number that
match (what the status bar shows).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QObject, Qt

from ..workers import PageReads, gather
from .table_model import AnyIndex, RowTableModel

R = TypeVar("R")
log = logging.getLogger("diaspora_grants.gui")

PAGE_SIZE = 500


@dataclass(frozen=True)
class PageSource(Generic[R]):
    count: Callable[[], int]
    #: (order_key or None, descending, limit, offset) -> rows
    page: Callable[[str | None, bool, int, int], list[R]]


class LazyTableModel(RowTableModel[R]):
    """Loads PAGE_SIZE rows at a time; sorts by asking the service again with another ORDER BY."""

    def __init__(self, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._source: PageSource[R] | None = None
        self._total = 0
        self._page_size = page_size
        self._order_key: str | None = None
        self._descending = False
        self._resetting = False
        self._fetching = False
        self._generation = 0  # which reset the rows come from: a late page of an older one is dropped
        #: Where more rows and another order are read, off the GUI thread (set by the page; without
        #: it they are read in place).
        self.reads: PageReads | None = None

    def is_reading(self) -> bool:
        """Whether more rows or another order are being read for it."""
        return self.reads is not None and self.reads.is_loading()

    def set_source(self, source: PageSource[R] | None) -> None:
        """New filters: count the matches and show the first page."""
        # Views may ask for more while the reset is announced; they get rows after it, not during.
        self._resetting = True
        try:
            self.beginResetModel()
            self._generation += 1
            self._fetching = False
            self._source = source
            self._total = source.count() if source else 0
            self._rows = self._fetch(0) if source else []
            self.endResetModel()
        finally:
            self._resetting = False

    def read_first_page(self, source: PageSource[R]) -> Callable[[], tuple[int, list[R]]]:
        """What set_source() reads (the count and the first page in the current order), as a call
        that touches no Qt object: run it off the GUI thread and give the answer to show_first_page()."""
        order, descending, size = self._order_key, self._descending, self._page_size

        def read() -> tuple[int, list[R]]:
            total, rows = gather(source.count, lambda: source.page(order, descending, size, 0))
            return total, rows

        return read

    def show_first_page(self, source: PageSource[R], loaded: tuple[int, list[R]]) -> None:
        """The rows read by read_first_page(source)."""
        self._resetting = True
        try:
            self.beginResetModel()
            self._generation += 1
            self._fetching = False
            self._source = source
            self._total, self._rows = loaded
            self.endResetModel()
        finally:
            self._resetting = False

    def refresh(self) -> None:
        self.set_source(self._source)

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and not self._resetting
            and not self._fetching
            and self._source is not None
            and len(self._rows) < self._total
        )

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        offset = len(self._rows)
        if self.reads is None:
            self._append(offset, self._fetch(offset))
            return
        self._fetching = True
        generation = self._generation
        self.reads.run(
            self._reader(offset),
            lambda more: self._append(offset, more) if generation == self._generation else None,
            failed=self._fetch_failed,
        )

    def _fetch_failed(self, error: BaseException) -> None:
        self._fetching = False
        log.warning("could not read more rows: %s", error)

    def _append(self, offset: int, more: list[R]) -> None:
        self._fetching = False
        if not more:  # rows vanished since the count: stop asking
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        key = self.COLUMNS[column].order_key
        if key is None:
            log.debug("column %s is not sortable in the database", self.COLUMNS[column].header)
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._order_key, self._descending):
            return  # QTableView.sortByColumn asks twice: through the header, then itself
        self._order_key, self._descending = key, descending
        if self._source is None:
            return
        # Another order of the same rows: the first page again, without counting them again.
        if self.reads is None:
            self._show_order(self._fetch(0))
        else:
            self._generation += 1  # a page of the old order still on its way is dropped
            self._fetching = False
            self.reads.run(self._reader(0), self._show_order)

    def _show_order(self, rows: list[R]) -> None:
        self._generation += 1
        self._resetting = True
        try:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        finally:
            self._resetting = False

    def set_rows(self, rows: Any) -> None:
        raise TypeError("a lazy model gets its rows from its PageSource; call set_source()")

    def _fetch(self, offset: int) -> list[R]:
        return self._reader(offset)()

    def _reader(self, offset: int) -> Callable[[], list[R]]:
        """The read of the rows from `offset` in the current order, touching no Qt object."""
        source, order, descending, size = self._source, self._order_key, self._descending, self._page_size
        assert source is not None
        return lambda: source.page(order, descending, size, offset)
