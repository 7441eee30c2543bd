"""Loads the Qt translators for a language: ours (resources/translations/*_<lang>.qm) and Qt's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from ..domain.language import default_language
from ..paths import resources_dir


def resolve(choice: str | None) -> str:
    """'ja' or 'en' from a setting that may be 'system' or empty."""
    return choice if choice in ("ja", "en") else default_language()


class Translations:
    """Keeps the installed translators so a language switch can remove them again."""

    def __init__(self, app: QCoreApplication, directory: Path | None = None):
        self._app = app
        self._dir = directory or resources_dir() / "translations"
        self._installed: list[QTranslator] = []
        self.lang = "en"

    def files(self, lang: str) -> list[Path]:
        return sorted(self._dir.glob(f"*_{lang}.qm"))

    def clear(self) -> None:
        """Remove what this object installed (the application may outlive one window, as in tests)."""
        for t in self._installed:
            self._app.removeTranslator(t)
        self._installed.clear()

    def install(self, lang: str) -> None:
        """Replace the current translators; Qt then sends LanguageChange to every widget."""
        self.clear()
        self.lang = lang
        if lang == "en":  # the source strings are English but for the plural forms ("1 claim", "3 claims")
            for path in self.files("en"):
                translator = QTranslator(self._app)
                if translator.load(path.stem, str(path.parent)):
                    self._app.installTranslator(translator)
                    self._installed.append(translator)
            return
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{lang}", qt_dir)] + [(p.stem, str(p.parent)) for p in self.files(lang)]
        for name, directory in candidates:
            translator = QTranslator(self._app)
            if translator.load(name, directory):
                self._app.installTranslator(translator)
                self._installed.append(translator)
