"""Typed errors with stable codes; every layer above words them with message(lang) from domain/messages.py."""

from __future__ import annotations

from . import messages


def name(key: str, lang: str) -> str:
    """A field or record name for a message ('due_on' -> 回答期限 / Due date); unknown keys as they are."""
    return messages.text("field." + key, lang) if messages.has("field." + key) else key


class LedgerError(Exception):
    """An error a user can act on. `code` is stable; `message(lang)` is for people.

    Parameters `field` and `entity` are names (domain/messages.py "field.*") translated into the
    reader's language; a parameter `x_ja` replaces `x` in the Japanese message.
    """

    def __init__(self, code: str, **params: object):
        self.code = code
        self.params = params
        super().__init__(code)

    def message(self, lang: str) -> str:
        params = {k: (name(str(v), lang) if k in ("field", "entity") else v) for k, v in self.params.items()}
        if lang == "ja":  # a parameter may come with a Japanese twin, e.g. reason / reason_ja
            params.update({k[:-3]: v for k, v in self.params.items() if k.endswith("_ja")})
        key = "error." + self.code
        if not messages.has(key):
            return f"{self.code}: {self.params}"
        return messages.text(key, lang, code=self.code, **params)

    def __str__(self) -> str:
        """English, for logs and tracebacks; people see message(lang)."""
        return self.message("en")


class DatabaseError(LedgerError):
    """The database file or server cannot be used as it is; nothing was written to it."""
