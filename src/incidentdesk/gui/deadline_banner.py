"""The deadlines that find the user: a banner over the pages (not a modal box) with what is overdue and what
falls due soon, each of the nearest opening its own record and snoozed on its own ("snooze until"), a key to
the deadlines view, and the export of every open deadline to a calendar (.ics)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from . import calls
from .context import AppContext, error_text
from .contrast import set_themed
from .layouts import ElidedButton

SOON_DAYS = 14  # "coming": due within two weeks
SHOWN = 3  # the nearest deadlines named in the banner, each a button that opens it
SHORT_WINDOW = 720  # a window less tall (1366 × 768 at 150 % leaves 433, 1920 × 1080 about 640) names one
# Dark brown on pale amber: 12.5:1 (#3e2723 on #fff3cd). An item is a flat button, underlined like a link, ringed
# when it has the focus. In high contrast the colours go (contrast.themed) and the borders take the palette's
# text colour.
STYLE = (
    "QFrame#deadlineBanner { background: #fff3cd; border: 1px solid #b26a00; border-radius: 3px; }"
    "QFrame#deadlineBanner QLabel { color: #3e2723; }"
    "QPushButton#deadlineItem { color: #3e2723; text-align: left; text-decoration: underline; "
    "border: 2px solid transparent; padding: 0px 4px; }"
    "QPushButton#deadlineItem:focus { border: 2px solid #3e2723; }"
    "QToolButton#deadlineSnooze { color: #3e2723; }"
    "QToolButton#deadlineSnooze::menu-indicator { image: none; }"
)


def kind_word(kind: str) -> str:
    words = {
        "request": QCoreApplication.translate("DeadlineBanner", "request"),
        "report": QCoreApplication.translate("DeadlineBanner", "report"),
        "statutory": QCoreApplication.translate("DeadlineBanner", "statutory report"),
        "promise": QCoreApplication.translate("DeadlineBanner", "vendor promise"),
        "review": QCoreApplication.translate("DeadlineBanner", "review"),
        "until": QCoreApplication.translate("DeadlineBanner", "decision ends"),
    }
    return words.get(kind, kind)


def open_deadline(ctx: AppContext, deadline) -> None:
    """Show a deadline's own record: a request (in its incident, or on the requests page), the claim that
    promised the date, or the decision to review (the use's row and its decision history)."""
    if deadline.kind in ("request", "report", "statutory"):
        if deadline.incident_id is None:
            ctx.open_record.emit("requests", deadline.ref_id)
            return
        ctx.pending = ("request", deadline.ref_id)
    elif deadline.kind == "promise":
        ctx.pending = ("claim", deadline.ref_id)
    else:  # review, until: the decision
        ctx.pending = ("decision", deadline.ref_id)
    ctx.open_record.emit("incident", deadline.incident_id or 0)


def snooze_menu(parent: QWidget, ctx: AppContext, deadline_of) -> QMenu:
    """ "Snooze until": tomorrow, a week, the day it is due (if that is later), a date of one's choosing; or
    show it again. `deadline_of()` gives the deadline when the menu opens (a banner item, a list's row)."""
    menu = QMenu(parent)

    def fill() -> None:
        menu.clear()
        deadline = deadline_of()
        if deadline is None:
            menu.addAction(QCoreApplication.translate("DeadlineBanner", "Select a deadline first.")).setEnabled(False)
            return
        today = date.today()
        choices = [
            (QCoreApplication.translate("DeadlineBanner", "Until &tomorrow"), today + timedelta(days=1)),
            (QCoreApplication.translate("DeadlineBanner", "For a &week"), today + timedelta(days=7)),
        ]
        if deadline.due_on > today + timedelta(days=1) and deadline.due_on != today + timedelta(days=7):
            choices.append(
                (
                    QCoreApplication.translate("DeadlineBanner", "Until the &day it is due (%1)").replace(
                        "%1", ctx.short(deadline.due_on)
                    ),
                    deadline.due_on,
                )
            )
        for text, day in choices:
            menu.addAction(text, lambda day=day: ctx.snoozes.snooze(deadline, day))
        menu.addAction(
            QCoreApplication.translate("DeadlineBanner", "Until a d&ate…"),
            lambda: _snooze_until_chosen(parent, ctx, deadline),
        )
        if ctx.snoozes.until(deadline) is not None:
            menu.addSeparator()
            menu.addAction(
                QCoreApplication.translate("DeadlineBanner", "&Show again now"), lambda: ctx.snoozes.wake(deadline)
            )

    menu.aboutToShow.connect(fill)
    return menu


def _snooze_until_chosen(parent: QWidget, ctx: AppContext, deadline) -> None:
    from .dialogs.snooze import SnoozeDialog

    day = SnoozeDialog.ask(
        parent,
        ctx,
        what=f"{ctx.short(deadline.due_on)}  {kind_word(deadline.kind)}: {deadline.text}",
        until=ctx.snoozes.until(deadline),
    )
    if day is not None:
        ctx.snoozes.snooze(deadline, day)


class DeadlineBanner(QFrame):
    """Shows itself when something is overdue or due within SOON_DAYS; hidden (until tomorrow) by its ✕ or Esc.
    A snoozed deadline is left out until its day."""

    show_deadlines = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("deadlineBanner")
        set_themed(self, STYLE)
        self.deadlines: list = []
        self._shown = SHOWN
        if parent is not None:
            parent.window().installEventFilter(self)  # fewer items in a short window
        self._dismissed_on: date | None = None
        self._checked_on: date | None = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more = QLabel(self)
        self.items: list[tuple[ElidedButton, QToolButton]] = []  # the nearest deadlines: open, snooze
        # One widget per deadline line, deleted whole on the next render. Not sub-layouts taken out of a
        # layout: PySide keeps wrappers of the items of a layout added to a layout, and Qt deleting those
        # items under them crashed the program later (see layouts.FlowRow).
        self.item_box = QWidget(self)
        self.item_rows = QVBoxLayout(self.item_box)
        self.item_rows.setContentsMargins(0, 0, 0, 0)
        self.item_rows.setSpacing(0)
        self._lines: list[QWidget] = []
        self.btn_show = QPushButton(self)
        self.btn_show.clicked.connect(self.show_deadlines)
        self.btn_export = QPushButton(self)
        self.btn_export.clicked.connect(lambda: export_calendar(self, self.ctx))
        self.btn_close = QToolButton(self)
        self.btn_close.setText("✕")
        self.btn_close.setAutoRaise(True)
        self.btn_close.clicked.connect(self.dismiss)
        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(self.text)
        left.addWidget(self.item_box)
        left.addWidget(self.more)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 4, 2)
        row.addLayout(left, 1)
        row.addWidget(self.btn_show, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.btn_export, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.btn_close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        self._daily = QTimer(self)  # once a day while the window stays open (checked hourly)
        self._daily.setInterval(3600 * 1000)
        self._daily.timeout.connect(self._new_day)
        self._daily.start()
        ctx.data_changed.connect(self.refresh)
        ctx.snoozes.changed.connect(self._render)
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

    def awake(self) -> list:
        """The deadlines not snoozed today."""
        return [d for d in self.deadlines if self.ctx.snoozes.until(d) is None]

    def snoozed(self) -> list:
        return [d for d in self.deadlines if self.ctx.snoozes.until(d) is not None]

    def overdue(self) -> list:
        return [d for d in self.awake() if d.overdue]

    def soon(self) -> list:
        limit = date.today() + timedelta(days=SOON_DAYS)
        return [d for d in self.awake() if not d.overdue and d.due_on <= limit]

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
        snoozed = len(self.snoozed())
        if snoozed:
            parts.append(self.tr("%n snoozed", "", snoozed))
        self._shown = self.how_many()
        nearest = (overdue + soon)[: self._shown]
        # The item whose snooze menu is open (or that has the focus): the focus moves to the next one after it goes.
        had_focus = next((i for i, (b, s) in enumerate(self.items) if b.hasFocus() or s.hasFocus() or s.isDown()), None)
        self._set_items(nearest)
        more = len(overdue) + len(soon) - len(nearest)
        self.more.setText(self.tr("… and %n more", "", more) if more > 0 else "")
        self.more.setVisible(more > 0)
        summary = "⚠ " + " · ".join(parts)
        self.text.setText(f"<b>{_html(summary)}</b>")
        self.setAccessibleName(self.tr("Deadlines"))
        self.setAccessibleDescription(summary)
        was_hidden = self.isHidden()
        self.show()
        if had_focus is not None:  # a snoozed item went: the focus stays in the banner, on the next one
            target = self.items[min(had_focus, len(self.items) - 1)][0] if self.items else self.btn_show
            # After the menu has closed (it hands the focus back to its button, which is gone by then).
            QTimer.singleShot(0, target, lambda: target.setFocus(Qt.FocusReason.OtherFocusReason))
        if was_hidden:  # a screen reader announces it once, as it appears
            from PySide6.QtGui import QAccessible, QAccessibleEvent

            QAccessible.updateAccessibility(QAccessibleEvent(self.text, QAccessible.Event.Alert))

    def _set_items(self, nearest: list) -> None:
        for line_box in self._lines:
            line_box.hide()
            line_box.deleteLater()
        self._lines = []
        self.items = []
        for d in nearest:
            text = f"{self.ctx.short(d.due_on)}  {kind_word(d.kind)}: {d.text}"
            line_box = QWidget(self.item_box)
            button = ElidedButton(text, line_box)  # ends in "…" in a narrow window; the whole text is its name
            button.setObjectName("deadlineItem")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(text + "\n" + self.tr("Open the record this deadline belongs to"))
            button.setAccessibleName(text)
            button.setAccessibleDescription(self.tr("Opens the record this deadline belongs to"))
            button.clicked.connect(lambda _c=False, d=d: open_deadline(self.ctx, d))
            snooze = QToolButton(line_box)
            snooze.setObjectName("deadlineSnooze")
            snooze.setText(self.tr("Snooze") + " ▾")
            snooze.setAutoRaise(True)
            snooze.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            snooze.setMenu(snooze_menu(snooze, self.ctx, lambda d=d: d))
            snooze.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            snooze.setToolTip(self.tr("Leave this deadline out of the banner until a day you choose"))
            snooze.setAccessibleName(self.tr("Snooze: %1").replace("%1", text))
            line = QHBoxLayout(line_box)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(button)
            line.addWidget(snooze)
            line.addStretch(1)
            self.item_rows.addWidget(line_box)
            self._lines.append(line_box)
            self.items.append((button, snooze))
        # Tab: each item, its snooze, then the banner's own buttons.
        chain = [w for pair in self.items for w in pair] + [self.btn_show, self.btn_export, self.btn_close]
        for a, b in zip(chain[:-1], chain[1:], strict=True):
            QWidget.setTabOrder(a, b)

    def how_many(self) -> int:
        window = self.window()
        return SHOWN if window is self or window.height() >= SHORT_WINDOW else 1

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt naming
        if (
            obj is self.window()
            and event.type() == QEvent.Type.Resize
            and self.deadlines
            and self.how_many() != self._shown
        ):
            self._render()
        return super().eventFilter(obj, event)

    def first_control(self) -> QWidget:
        """Where F6 lands in the banner: the nearest deadline."""
        return self.items[0][0] if self.items else self.btn_show

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
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from .ledger_actions import _documents_dir

    if path is None:
        name = f"期限_{date.today():%Y%m%d}.ics" if ctx.lang == "ja" else f"deadlines-{date.today():%Y%m%d}.ics"
        title = QCoreApplication.translate("DeadlineBanner", "Export to calendar")
        chosen, _f = QFileDialog.getSaveFileName(
            parent,
            title,
            str(_documents_dir() / name),
            QCoreApplication.translate("DeadlineBanner", "iCalendar file (*.ics)"),
        )
        if not chosen:
            return
        path = Path(chosen) if Path(chosen).suffix else Path(chosen + ".ics")

    def done(n: int) -> None:
        window = parent.window()
        text = (
            QCoreApplication.translate("DeadlineBanner", "Deadlines written to %1 (one calendar event each: %2)")
            .replace("%1", str(path))
            .replace("%2", str(n))
        )
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 10_000)
        else:
            QMessageBox.information(parent, QCoreApplication.translate("DeadlineBanner", "Export to calendar"), text)

    ctx.call(
        calls.export_deadlines_ics,
        path,
        ctx.lang,
        on_done=done,
        on_error=lambda exc: QMessageBox.warning(
            parent, QCoreApplication.translate("DeadlineBanner", "Export to calendar"), error_text(exc, ctx.lang)
        ),
    )
