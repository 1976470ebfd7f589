"""Typed access to what the app remembers between runs (QSettings under the app's own names).

With DIASPORA_GRANTS_HOME set, everything the app writes stays in that folder (portable use, a
USB stick, a shared test machine): the settings, the window's state and the recent databases go to
settings.ini there rather than to the user's configuration folder or the Windows registry.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..config import ENV_HOME

ORGANISATION_NAME = "DiasporaGrants"
APPLICATION_NAME = "Diaspora Grants"
MAX_RECENT_DATABASES = 8
SETTINGS_FILE = "settings.ini"


def settings_store() -> QSettings:
    """The settings file under DIASPORA_GRANTS_HOME when it is set, else the platform's place."""
    home = os.environ.get(ENV_HOME)
    if home:
        folder = Path(home).expanduser().resolve()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)
    return QSettings()


class AppSettings:
    """One place for every key, so a typo cannot silently start a second setting."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or settings_store()

    @property
    def location(self) -> str:
        """Where the settings are kept (a file, or the registry on Windows)."""
        return self._settings.fileName()

    # Window layout ----------------------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/state", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"splitters/{name}", value)

    def header_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"headers/{name}")

    def set_header_state(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"headers/{name}", value)

    def last_page(self) -> str | None:
        value = self._settings.value("window/page")
        return str(value) if value else None

    def set_last_page(self, name: str) -> None:
        self._settings.setValue("window/page", name)

    # Work preferences -------------------------------------------------------------------------

    def recent_databases(self) -> list[str]:
        value = self._settings.value("databases/recent", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def add_recent_database(self, url: str) -> None:
        recent = [url, *(r for r in self.recent_databases() if r != url)]
        self._settings.setValue("databases/recent", recent[:MAX_RECENT_DATABASES])

    def user_name(self) -> str | None:
        value = self._settings.value("work/user")
        return str(value) if value else None

    def set_user_name(self, name: str) -> None:
        self._settings.setValue("work/user", name)

    def default_currency(self) -> str:
        return str(self._settings.value("work/currency", "USD"))

    def set_default_currency(self, code: str) -> None:
        self._settings.setValue("work/currency", code)

    def language(self) -> str:
        """ "system" (the default), or a code of gui.i18n.LANGUAGES, or "pseudo" for layout tests."""
        return str(self._settings.value("interface/language", "system") or "system")

    def set_language(self, code: str) -> None:
        self._settings.setValue("interface/language", code)

    def sync(self) -> None:
        self._settings.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
