"""Reach and 5W as HXL-tagged CSV: a header row, the hashtag row, then one row per record.

Numbers are written plain (no thousands separators) so HXL tools can add them up; user text that
a spreadsheet could run as a formula gets a leading apostrophe. Rows are streamed to the file.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from diaspora_grants.domain.enums import DEFAULT_AGE_BANDS
from diaspora_grants.reporting.atomic import atomic_target, check_destination
from diaspora_grants.reporting.donor_workbook.columns import Column, Kind, five_w_columns, reach_columns
from diaspora_grants.reporting.donor_workbook.model import FiveWRow, ReachRow
from diaspora_grants.reporting.safe_cells import csv_text

Row = TypeVar("Row")


def _plain(spec: Column[Any], record: Any) -> str:
    value = spec.value(record)
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | Decimal):
        return str(value)
    return csv_text(str(value)) if spec.kind is Kind.TEXT else str(value)


def write_hxl_csv(path: Path | str, columns: Sequence[Column[Row]], records: Iterable[Row]) -> int:
    """Write the table atomically; returns the number of data rows."""
    target = Path(path)
    check_destination(target)
    count = 0
    with atomic_target(target) as temporary, temporary.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([csv_text(c.header) for c in columns])
        writer.writerow([c.tag for c in columns])
        for record in records:
            writer.writerow([_plain(c, record) for c in columns])
            count += 1
    return count


def write_reach_hxl(
    path: Path | str, rows: Iterable[ReachRow], age_bands: tuple[str, ...] = DEFAULT_AGE_BANDS
) -> int:
    return write_hxl_csv(path, reach_columns(age_bands), rows)


def write_five_w_hxl(
    path: Path | str, rows: Iterable[FiveWRow], age_bands: tuple[str, ...] = DEFAULT_AGE_BANDS
) -> int:
    return write_hxl_csv(path, five_w_columns(age_bands), rows)
