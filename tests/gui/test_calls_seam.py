"""gui/calls, the one seam between the window and the services: services load on the worker, after the first paint,
and the package names every call its modules define (pages write `calls.x`)."""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import subprocess
import sys
import types

from incidentdesk.gui import calls

PROBE = """
import sys
import incidentdesk.app, incidentdesk.gui.main_window, incidentdesk.gui.calls
layers = ("incidentdesk.services", "incidentdesk.exchange", "incidentdesk.reports", "incidentdesk.storage",
          "sqlalchemy", "sqlmodel")
print(" ".join(sorted(m for m in sys.modules if m.startswith(layers))) or "none")
"""


def test_building_the_window_imports_no_service_and_no_orm():
    """Importing the window and every call leaves the services, storage and SQLAlchemy unloaded."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "none"


def test_the_package_names_every_call_of_its_modules():
    """A function added to one of the modules is reachable as `calls.x`, and `calls.x` is that very function."""
    defined: dict[str, types.FunctionType] = {}
    for info in pkgutil.iter_modules(calls.__path__):
        module = importlib.import_module(f"{calls.__name__}.{info.name}")
        for name, obj in vars(module).items():
            if inspect.isfunction(obj) and obj.__module__ == module.__name__ and not name.startswith("_"):
                assert name not in defined, f"{name} is defined twice"
                defined[name] = obj
    assert len(defined) > 100
    exported = {
        name: obj
        for name, obj in vars(calls).items()
        if not name.startswith("_") and not isinstance(obj, types.ModuleType) and name != "LedgerLike"
    }
    assert exported == defined
