"""Where files live: per-user data, backups, logs, and bundled resources. Functions only."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_cache_path, user_data_path, user_log_path

APP_NAME = "IncidentDesk"
APP_AUTHOR = "IncidentDesk"
DB_ENV = "INCIDENTDESK_DB"
DATA_ENV = "INCIDENTDESK_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    return Path(override) if override else user_data_path(APP_NAME, APP_AUTHOR, roaming=False)


def default_database_path() -> Path:
    return data_dir() / "incidentdesk.db"


def backups_dir() -> Path:
    return data_dir() / "backups"


def logs_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    return Path(override) / "logs" if override else user_log_path(APP_NAME, APP_AUTHOR)


def memos_dir() -> Path:
    return data_dir() / "memos"


def sheet_mappings_path() -> Path:
    """The column assignments remembered per sheet shape (exchange/mappings.py)."""
    return data_dir() / "sheet-mappings.json"


def cache_dir() -> Path:
    """What can be rebuilt at any time (parsed fonts); deleting it loses nothing."""
    override = os.environ.get(DATA_ENV)
    return Path(override) / "cache" if override else user_cache_path(APP_NAME, APP_AUTHOR)


def resources_dir() -> Path:
    """resources/ beside src/ in a checkout, or inside a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def database_target(cli_value: str | None) -> str:
    """What to open: --db, else $INCIDENTDESK_DB, else the per-user default file."""
    return cli_value or os.environ.get(DB_ENV) or str(default_database_path())


@dataclass(frozen=True)
class StorageFolder:
    """A folder the program writes to; its label for the About screen is "folder.<key>" in domain/messages.py."""

    key: str
    path: Path

    def label(self, lang: str) -> str:
        from .domain.messages import text

        return text("folder." + self.key, lang)


def data_locations() -> list[StorageFolder]:
    """Every folder the program writes to on this PC, in the order the About screen lists them."""
    return [
        StorageFolder("data", data_dir()),
        StorageFolder("backups", backups_dir()),
        StorageFolder("logs", logs_dir()),
        StorageFolder("memos", memos_dir()),
        StorageFolder("cache", cache_dir()),
    ]
