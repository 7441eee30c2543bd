"""What every command prints with: its messages (domain/messages.py "cli.*" and "word.*") and --json output."""

from __future__ import annotations

from datetime import date, datetime

from ..domain import messages


def say(key: str, lang: str, **params: object) -> str:
    """A command-line message from the catalog (domain/messages.py "cli.*")."""
    return messages.text("cli." + key, lang, **params)


def word(key: str, lang: str) -> str:
    return messages.text("word." + key, lang)


def json_default(value):
    from dataclasses import asdict, is_dataclass

    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if is_dataclass(value):
        return asdict(value)
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, bytes):
        return None
    raise TypeError(type(value).__name__)


def print_json(data) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2, default=json_default))
