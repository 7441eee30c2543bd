"""The one door to the forms in gui/dialogs: ask, and tell every page when something was saved."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .context import AppContext


def form_class(name: str) -> Any | None:
    """The dialog class `name` from gui.dialogs, or None while that form is not built yet."""
    try:
        package = importlib.import_module(f"{__package__}.dialogs")
    except ImportError:
        return None
    if hasattr(package, name):
        return getattr(package, name)
    # The forms engineer may keep each dialog in its own module without re-exporting it.
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        if hasattr(module, name):
            return getattr(module, name)
    return None


def ask(name: str, parent: QWidget, ctx: AppContext, **context: Any) -> Any | None:
    """Open form `name` with `context`; after a save, every page reloads."""
    cls = form_class(name)
    if cls is None:
        QMessageBox.information(parent, QCoreApplication.translate("Forms", "Incident Desk"),
                                QCoreApplication.translate("Forms", "This form is not available in this version."))
        return None
    result = cls.ask(parent, ctx.runner, ctx.db, **context)
    if result is not None:
        ctx.data_changed.emit()
    return result
