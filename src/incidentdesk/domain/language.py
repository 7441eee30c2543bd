"""Which language (ja or en) a user gets when nothing was chosen: $INCIDENTDESK_LANG, else the OS locale."""

from __future__ import annotations

import os

SUPPORTED = ("ja", "en")


def system_language() -> str:
    """The OS locale's language, 'ja' for any Japanese locale, else 'en'."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "ja" if value.lower().startswith("ja") else "en"
    import locale  # only here: a language given or chosen spares the window's start this import (2 ms)

    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:  # an unparsable locale is not a reason to fail
        loc = ""
    return "ja" if loc.lower().startswith(("ja", "japanese")) else "en"


def default_language() -> str:
    """$INCIDENTDESK_LANG when it names a supported language, else the OS locale's."""
    env = os.environ.get("INCIDENTDESK_LANG")
    return env if env in SUPPORTED else system_language()
