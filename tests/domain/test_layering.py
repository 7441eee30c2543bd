"""The layers below the window import without Qt: PySide6 is blocked and every module still loads."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import incidentdesk

LAYERS = ("domain", "storage", "services", "reports", "exchange")

PROBE = """
import importlib, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is blocked for this check: " + name)
sys.meta_path.insert(0, Block())
for name in sys.argv[1:]:
    importlib.import_module(name)
"""


def _modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(incidentdesk.__path__, "incidentdesk."):
        parts = info.name.split(".")
        if len(parts) > 1 and parts[1] in LAYERS and "migrations" not in parts:
            names.append(info.name)
    return names


def test_lower_layers_import_without_pyside6():
    """Importing every module of domain, storage, services, reports and exchange never touches PySide6."""
    modules = _modules()
    assert any(m.startswith("incidentdesk.services.") for m in modules)
    result = subprocess.run([sys.executable, "-c", PROBE, *modules], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
