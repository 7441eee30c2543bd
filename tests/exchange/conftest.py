"""Exchange test fixtures: each test remembers column assignments in its own data folder."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _own_mappings(tmp_path, monkeypatch):
    """Assignments one test remembers (exchange/mappings.py) must not change how the next test reads a sheet."""
    monkeypatch.setenv("INCIDENTDESK_DATA_DIR", str(tmp_path / "user-data"))
