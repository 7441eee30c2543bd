"""Per-user local settings of the window (language, layout, last incident), typed, in one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from .paths import APP_AUTHOR, APP_NAME

LANGUAGES = ("system", "ja", "en")


class LocalSettings:
    """QSettings behind typed properties; organisation settings live in the ledger, not here."""

    def __init__(self, path: Path | None = None):
        # An explicit file keeps tests and screenshots away from the user's real settings.
        if path is not None:
            self._q = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self._q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME)

    def sync(self) -> None:
        self._q.sync()

    @property
    def language(self) -> str:
        """'system' (follow the OS), 'ja' or 'en'."""
        value = str(self._q.value("ui/language", "system"))
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unsupported language setting: {value}")
        self._q.setValue("ui/language", value)

    def _bytes(self, key: str) -> QByteArray:
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    @property
    def geometry(self) -> QByteArray:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._q.setValue("window/state", value)

    def splitter(self, name: str) -> QByteArray:
        return self._bytes(f"splitters/{name}")

    def set_splitter(self, name: str, value: QByteArray) -> None:
        self._q.setValue(f"splitters/{name}", value)

    @property
    def last_incident(self) -> int | None:
        value = self._q.value("ledger/last_incident")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    @last_incident.setter
    def last_incident(self, value: int | None) -> None:
        self._q.setValue("ledger/last_incident", "" if value is None else int(value))

    @property
    def last_page(self) -> str:
        return str(self._q.value("window/page", "incidents"))

    @last_page.setter
    def last_page(self, value: str) -> None:
        self._q.setValue("window/page", value)

    @property
    def qsettings(self) -> QSettings:
        """The underlying store, for the settings form that saves the language itself."""
        return self._q
