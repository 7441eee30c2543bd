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
    """A folder the program writes to, labelled for the About screen and for IT's backup list."""

    key: str
    ja: str
    en: str
    path: Path

    def label(self, lang: str) -> str:
        return self.ja if lang == "ja" else self.en


def data_locations() -> list[StorageFolder]:
    """Every folder the program writes to on this PC, in the order the About screen lists them."""
    return [
        StorageFolder("data", "データフォルダ(既定の台帳)", "Data folder (default ledger)", data_dir()),
        StorageFolder("backups", "バックアップ", "Backups", backups_dir()),
        StorageFolder("logs", "ログ", "Logs", logs_dir()),
        StorageFolder("memos", "報告メモ", "Memos", memos_dir()),
        StorageFolder("cache", "キャッシュ(削除しても再作成されます)", "Cache (rebuilt when deleted)", cache_dir()),
    ]
