"""One rotating log file in the platform log folder; one logger per subsystem below 'diaspora_grants'.

The log is private to its owner (0600, also after each rotation) and never holds a database
password: every formatted line, tracebacks included, passes through `hide_passwords`.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from io import TextIOWrapper
from pathlib import Path

LOG_NAME = "diaspora-grants.log"
OWNER_ONLY = 0o600

#: user:password@ in a URL, and password=... in a libpq connection string or a driver's message.
_PASSWORD_IN_URL = re.compile(r"(://[^:/@\s]*:)([^@\s]+)(@)")
_PASSWORD_SETTING = re.compile(r"(?i)(\bpassword\s*[=:]\s*)('[^']*'|\"[^\"]*\"|[^\s,;)]+)")


def hide_passwords(text: str) -> str:
    """`text` with every password in a URL or a `password=` setting replaced by ***."""
    if "://" in text:
        text = _PASSWORD_IN_URL.sub(r"\1***\3", text)
    if "assword" in text or "ASSWORD" in text:
        text = _PASSWORD_SETTING.sub(r"\1***", text)
    return text


class _HidePasswords(logging.Filter):
    """Database URLs reach log lines in error messages; their passwords must not."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        hidden = hide_passwords(message)
        if hidden != message:
            record.msg = hidden
            record.args = None
        return True


class _HidingFormatter(logging.Formatter):
    """Also hides passwords in tracebacks and stack text, which a filter never sees formatted."""

    def format(self, record: logging.LogRecord) -> str:
        return hide_passwords(super().format(record))


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Creates each log file (the first and every one after a rotation) readable by its owner only."""

    def _open(self) -> TextIOWrapper:
        path = self.baseFilename
        if not os.path.exists(path):
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, OWNER_ONLY))
        os.chmod(path, OWNER_ONLY)
        return super()._open()


def setup_logging(log_dir: Path, *, verbose: bool = False) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_NAME
    handler = _PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(_HidingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_HidePasswords())
    root = logging.getLogger("diaspora_grants")
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path
