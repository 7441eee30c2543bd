"""The accessibility audit (no tests here): which controls a screen reader cannot name, every dialog with a context.

A control is interactive when a keyboard or screen-reader user can operate it: buttons, text boxes, combo
boxes, spin boxes, lists and tables, tab bars. Its name is what Qt's accessibility tree (QAccessible)
reports, as NVDA or Narrator would hear it — except for a combo box, whose "name" on Linux is its current
value: there the name must have been set (its label).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)
DATA = Path(__file__).resolve().parents[1] / "exchange" / "data"


def interactive(root: QWidget) -> list[QWidget]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, INTERACTIVE) or isinstance(w, QHeaderView):
            continue
        if w is not root and not w.isVisibleTo(root):
            continue
        parent = w.parentWidget()
        if isinstance(w, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
            continue  # the text part of a combo or spin box: the box is what is named
        if isinstance(w, QAbstractButton) and isinstance(parent, (QTabBar, QLineEdit, QAbstractSpinBox)):
            continue  # a tab bar's scroll arrows, a line edit's clear button: parts of their owner
        out.append(w)
    return out


def accessible_name(w: QWidget) -> str:
    if isinstance(w, QComboBox):
        return w.accessibleName().strip()
    iface = QAccessible.queryAccessibleInterface(w)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").strip()


def describe(w: QWidget) -> str:
    window = w.window()
    text = w.text() if isinstance(w, QAbstractButton) else ""
    return f"{window.metaObject().className()}/{w.metaObject().className()}({w.objectName()!r}, {text!r})"


def audit(root: QWidget) -> tuple[int, list[str]]:
    """(how many interactive controls, the unnamed ones described)."""
    controls = interactive(root)
    return len(controls), [describe(w) for w in controls if not accessible_name(w) or accessible_name(w) in ("▾",)]


def sample_ids(db) -> dict[str, Any]:
    with db.reader() as r:

        def first(sql: str) -> Any:
            rows = list(r.rows(sql))
            return rows[0][0] if rows else None

        return {
            "incident_id": first("SELECT id FROM incident ORDER BY id"),
            "service_id": first("SELECT id FROM external_service ORDER BY id"),
            "use_id": first("SELECT id FROM service_use ORDER BY id"),
            "party_id": first("SELECT id FROM party ORDER BY id"),
            "statement_id": first("SELECT id FROM statement ORDER BY id"),
            "claim_id": first("SELECT id FROM claim ORDER BY id"),
            "request_id": first("SELECT id FROM request ORDER BY id"),
            "entry_id": first("SELECT id FROM timeline_entry ORDER BY id"),
            "decision_id": first("SELECT id FROM decision ORDER BY id"),
        }


def dialog_classes() -> list[type[QDialog]]:
    """Every dialog class defined in gui/dialogs (those other work adds are found too)."""
    from incidentdesk.gui import dialogs
    from incidentdesk.gui.dialogs.form import FormDialog

    found: dict[str, type[QDialog]] = {}
    for info in pkgutil.iter_modules(dialogs.__path__):
        module = importlib.import_module(f"incidentdesk.gui.dialogs.{info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__ and cls is not FormDialog:
                found[cls.__qualname__] = cls
    return sorted(found.values(), key=lambda c: c.__name__)


def contexts(cls: type[QDialog], ids: dict[str, Any], db, tmp: Path) -> list[dict[str, Any]]:
    """The ways a dialog is opened, as the pages open it (new and editing where both exist)."""
    name = cls.__name__
    if name in ("DecisionDialog", "WithdrawDialog"):
        from incidentdesk.services.reads import decisions, incidents

        with db.reader() as r:
            overview = incidents.overview(r, ids["incident_id"])
            decision = decisions.history(r, incident_id=ids["incident_id"], current_only=True)[0]
        if name == "WithdrawDialog":
            return [{"decision": decision}]
        return [
            {"overview": overview, "use_id": overview.affected[0].use_id},
            {"overview": overview, "use_ids": tuple(a.use_id for a in overview.affected[:3])},
            {"overview": overview, "correcting": decision},
        ]
    if name == "AttachmentsDialog":
        return [{"owner_kind": "incident", "owner_id": ids["incident_id"], "title": "LINE"}]
    if name == "StatementDialog":
        return [
            {"incident_id": ids["incident_id"]},
            {"statement_id": ids["statement_id"], "incident_title": "LINE"},
            {"statement_id": ids["statement_id"], "edit": True, "incident_title": "LINE"},
        ]
    if name == "OrgSettingsDialog":
        from PySide6.QtCore import QSettings

        return [{"qsettings": QSettings(str(tmp / "a11y-settings.ini"), QSettings.Format.IniFormat)}]
    if name == "StatutoryOfferDialog":  # opened by the incident form with the reports it computed
        from datetime import date

        from incidentdesk.domain.inputs import RequestIn

        return [
            {
                "incident_id": ids["incident_id"],
                "proposals": [
                    RequestIn(
                        incident_id=ids["incident_id"],
                        issuer="個人情報保護委員会(法定報告)",
                        subject=subject,
                        issued_on=date(2023, 10, 18),
                        due_on=due,
                        asks="個人情報保護法第68条第1項",
                    )
                    for subject, due in (("漏えい等の速報", date(2023, 10, 20)), ("漏えい等の確報", date(2023, 11, 16)))
                ],
            }
        ]
    if name == "InventoryImportDialog":
        return [{"path": DATA / "kakuu_inventory.xlsx"}]
    if name == "SurveyExportDialog":
        return [{"incident_id": ids["incident_id"], "title": "LINE"}]
    if name == "WithdrawDialog":
        from incidentdesk.services.reads import decisions

        with db.reader() as r:
            return [{"decision": decisions.history(r, incident_id=ids["incident_id"])[0]}]
    if name == "AttachmentsDialog":
        return [{"owner_kind": "incident", "owner_id": ids["incident_id"], "title": "LINE"}]
    # Any other form: the ids its constructor reads from self.context, as far as the sample has them.
    source = inspect.getsource(cls)
    wanted = {k: v for k, v in ids.items() if f'"{k}"' in source}
    if name in ("UseDialog",):
        return [{"service_id": ids["service_id"]}, {"use_id": ids["use_id"]}]
    if "party_id" in wanted and name == "PartyDialog":
        return [{}, wanted]
    return [wanted]


def open_dialog(qtbot: Any, cls: type, ctx: Any, kwargs: dict[str, Any]) -> Any:
    """A dialog of `dialog_classes()` opened with one of its `contexts()`, shown, and loaded."""
    if cls.__name__ == "AboutDialog":
        dialog = cls(None, database_label="ledger.db", lang=ctx.lang)
    elif cls.__name__ == "ShortcutsDialog":
        dialog = cls(None)
    else:
        dialog = cls(None, ctx, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: getattr(dialog, "ready", True), timeout=10_000)
    return dialog
