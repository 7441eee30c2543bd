"""Where data lives (issue 6, point 5): the user's profile by default, movable by setting, all listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from incidentdesk import paths


@pytest.fixture
def profile(tmp_path, monkeypatch):
    """A fake home with no overrides, so platformdirs answers from the profile alone."""
    home = tmp_path / "home" / "tanaka"
    home.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", paths.DATA_ENV, paths.DB_ENV):
        monkeypatch.delenv(var, raising=False)
    return home


def test_everything_defaults_to_the_users_profile(profile):
    """Without settings, the ledger and every listed folder sit inside the user's home directory."""
    assert Path(paths.database_target(None)).is_relative_to(profile)
    folders = paths.data_locations()
    assert [f.key for f in folders] == ["data", "backups", "logs", "memos", "cache"]
    for folder in folders:
        assert folder.path.is_relative_to(profile), folder


def test_data_dir_setting_moves_every_folder(profile, tmp_path, monkeypatch):
    """INCIDENTDESK_DATA_DIR moves the ledger, backups, logs, memos and cache together, e.g. to a shared drive."""
    shared = tmp_path / "share" / "incidentdesk"
    monkeypatch.setenv(paths.DATA_ENV, str(shared))
    assert Path(paths.database_target(None)) == shared / "incidentdesk.db"
    for folder in paths.data_locations():
        assert folder.path.is_relative_to(shared), folder


def test_database_setting_order(profile, monkeypatch):
    """--db wins over INCIDENTDESK_DB, which wins over the per-user default file; URLs pass through."""
    url = "postgresql+psycopg://desk@db.city.local/incidentdesk"
    monkeypatch.setenv(paths.DB_ENV, url)
    assert paths.database_target(None) == url
    assert paths.database_target("/tmp/other.db") == "/tmp/other.db"


def test_labels_exist_in_both_languages():
    """Every listed folder has a Japanese and an English label for the About screen."""
    for folder in paths.data_locations():
        assert folder.label("ja") and folder.label("ja") != folder.label("en")
        assert folder.label("en").isascii()
