"""The deadlines that find the user: a banner over the pages (not a modal box) with what is overdue and what
falls due soon, a key to the deadlines view, and the export of every open deadline to a calendar (.ics)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from . import calls
from .context import AppContext, error_text

SOON_DAYS = 14  # "coming": due within two weeks
SHOWN = 3  # the nearest deadlines named in the banner
# Dark brown on pale amber: 13.9:1; the border marks the banner in a high-contrast palette too.
STYLE = ("QFrame#deadlineBanner { background: #fff3cd; border: 1px solid #b26a00; border-radius: 3px; }"
         "QFrame#deadlineBanner QLabel { color: #3e2723; }")


class DeadlineBanner(QFrame):
    """Shows itself when something is overdue or due within SOON_DAYS; hidden (until tomorrow) by its ✕ or Esc."""

    show_deadlines = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("deadlineBanner")
        self.setStyleSheet(STYLE)
        self.deadlines: list = []
        self._dismissed_on: date | None = None
        self._checked_on: date | None = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.btn_show = QPushButton(self)
        self.btn_show.clicked.connect(self.show_deadlines)
        self.btn_export = QPushButton(self)
        self.btn_export.clicked.connect(lambda: export_calendar(self, self.ctx))
        self.btn_close = QToolButton(self)
        self.btn_close.setText("✕")
        self.btn_close.setAutoRaise(True)
        self.btn_close.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.btn_show)
        row.addWidget(self.btn_export)
        row.addWidget(self.btn_close)
        self.hide()
        self._daily = QTimer(self)  # once a day while the window stays open (checked hourly)
        self._daily.setInterval(3600 * 1000)
        self._daily.timeout.connect(self._new_day)
        self._daily.start()
        ctx.data_changed.connect(self.refresh)
        self.retranslate()

    def refresh(self) -> None:
        self.ctx.call(calls.deadlines_due, parent=self, on_done=self._fill)

    def _new_day(self) -> None:
        if self._checked_on != date.today():
            self.refresh()

    def _fill(self, deadlines: list) -> None:
        self._checked_on = date.today()
        self.deadlines = list(deadlines)
        self._render()

    def overdue(self) -> list:
        return [d for d in self.deadlines if d.overdue]

    def soon(self) -> list:
        limit = date.today() + timedelta(days=SOON_DAYS)
        return [d for d in self.deadlines if not d.overdue and d.due_on <= limit]

    def _render(self) -> None:
        overdue, soon = self.overdue(), self.soon()
        if not (overdue or soon) or self._dismissed_on == date.today():
            self.hide()
            return
        parts = []
        if overdue:
            parts.append(self.tr("%n overdue deadline(s)", "", len(overdue)))
        if soon:
            parts.append(self.tr("%n deadline(s) due within %1 days", "", len(soon)).replace("%1", str(SOON_DAYS)))
        nearest = (overdue + soon)[:SHOWN]
        kinds = {"request": self.tr("request"), "report": self.tr("report"), "statutory": self.tr("statutory report"),
                 "promise": self.tr("vendor promise"), "review": self.tr("review"), "until": self.tr("decision ends")}
        lines = [f"{self.ctx.short(d.due_on)}  {kinds.get(d.kind, d.kind)}: {d.text}" for d in nearest]
        more = len(overdue) + len(soon) - len(nearest)
        if more > 0:
            lines.append(self.tr("… and %n more", "", more))
        summary = "⚠ " + " · ".join(parts)
        self.text.setText(f"<b>{_html(summary)}</b><br>" + "<br>".join(_html(x) for x in lines))
        self.setAccessibleName(self.tr("Deadlines"))
        self.setAccessibleDescription(summary)
        was_hidden = self.isHidden()
        self.show()
        if was_hidden:  # a screen reader announces it once, as it appears
            QAccessible.updateAccessibility(QAccessibleEvent(self.text, QAccessible.Event.Alert))

    def dismiss(self) -> None:
        """Hidden until tomorrow (or until the next start)."""
        self._dismissed_on = date.today()
        self.hide()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.btn_show.setText(self.tr("Show dead&lines"))
        self.btn_show.setToolTip(self.tr("Open Requests and deadlines with the list of what is due"))
        self.btn_export.setText(self.tr("Export to calendar…"))
        self.btn_export.setToolTip(self.tr("Save every open deadline as an .ics file for Outlook or another calendar"))
        self.btn_close.setToolTip(self.tr("Hide until tomorrow (Esc)"))
        self.btn_close.setAccessibleName(self.tr("Hide the deadline notice"))
        if self.deadlines:
            self._render()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def export_calendar(parent: QWidget, ctx: AppContext, path: Path | None = None) -> None:
    """Ask where, then write every open deadline to an .ics file on the worker; say where it went."""
    from .ledger_actions import _documents_dir

    if path is None:
        name = f"期限_{date.today():%Y%m%d}.ics" if ctx.lang == "ja" else f"deadlines-{date.today():%Y%m%d}.ics"
        chosen, _f = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("DeadlineBanner", "Export to calendar"), str(_documents_dir() / name),
                                                 QCoreApplication.translate("DeadlineBanner", "iCalendar file (*.ics)"))
        if not chosen:
            return
        path = Path(chosen) if Path(chosen).suffix else Path(chosen + ".ics")

    def done(n: int) -> None:
        window = parent.window()
        text = QCoreApplication.translate("DeadlineBanner", "Deadlines written to %1 (one calendar event each: %2)") \
            .replace("%1", str(path)).replace("%2", str(n))
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 10_000)
        else:
            QMessageBox.information(parent, QCoreApplication.translate("DeadlineBanner", "Export to calendar"), text)

    ctx.call(calls.export_deadlines_ics, path, ctx.lang, on_done=done,
             on_error=lambda exc: QMessageBox.warning(parent, QCoreApplication.translate("DeadlineBanner", "Export to calendar"), error_text(exc, ctx.lang)))
