"""Which language (ja or en) messages outside the Qt layer are written in."""

from __future__ import annotations

import locale
import os

SUPPORTED = ("ja", "en")
_override: str | None = None


def set_language(lang: str | None) -> None:
    """Force a language for this process (from --lang or the settings); None follows the OS."""
    global _override
    if lang is not None and lang not in SUPPORTED:
        raise ValueError(f"unsupported language: {lang}")
    _override = lang


def system_language() -> str:
    """The OS locale's language, 'ja' for any Japanese locale, else 'en'."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "ja" if value.lower().startswith("ja") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:  # an unparsable locale is not a reason to fail
        loc = ""
    return "ja" if loc.lower().startswith(("ja", "japanese")) else "en"


def default_language() -> str:
    """$INCIDENTDESK_LANG when it names a supported language, else the OS locale's."""
    env = os.environ.get("INCIDENTDESK_LANG")
    return env if env in SUPPORTED else system_language()


def current_language() -> str:
    return _override or default_language()
