"""One rotating log file in the platform log folder; one logger per subsystem below 'diaspora_grants'."""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

_PASSWORD_IN_URL = re.compile(r"(://[^:/@\s]+:)([^@\s]+)(@)")


class _HidePasswords(logging.Filter):
    """Database URLs reach log lines in error messages; their passwords must not."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "://" in message:
            record.msg = _PASSWORD_IN_URL.sub(r"\1***\3", message)
            record.args = None
        return True


def setup_logging(log_dir: Path, *, verbose: bool = False) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / "diaspora-grants.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_HidePasswords())
    root = logging.getLogger("diaspora_grants")
    root.handlers = [h for h in root.handlers if not isinstance(h, logging.handlers.RotatingFileHandler)]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if path.exists():
        os.chmod(path, 0o600)
    return path
