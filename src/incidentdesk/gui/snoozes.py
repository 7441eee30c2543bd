""" "Snooze until" per deadline: one person's reminder, so it is kept in their local settings (per ledger), not in
the ledger. A deadline is known by its kind, its record and its due date: a periodic report's next date, or a
due date someone changed, is a new deadline and is shown again."""

from __future__ import annotations

import hashlib
import json
from datetime import date

from PySide6.QtCore import QObject, QSettings, Signal


def deadline_key(deadline) -> str:
    return f"{deadline.kind}:{deadline.ref_id}:{deadline.due_on.isoformat()}"


class Snoozes(QObject):
    """Which deadlines are hidden from the banner, and until which day (shown again on that day).

    Without a QSettings (tests, screenshots) they last as long as the window.
    """

    changed = Signal()

    def __init__(self, qsettings: QSettings | None = None, ledger: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self._q = qsettings
        # One entry per ledger; the ledger's path or URL is hashed (a server URL may carry a password).
        self._key = "deadlines/snoozed_" + hashlib.sha256(ledger.encode("utf-8")).hexdigest()[:16]
        self._until: dict[str, date] = {}
        if qsettings is not None:
            try:
                stored = json.loads(str(qsettings.value(self._key, "{}")))
                self._until = {k: date.fromisoformat(v) for k, v in stored.items()}
            except (TypeError, ValueError, AttributeError):
                self._until = {}  # unreadable: nothing snoozed, every deadline shows

    def until(self, deadline, today: date | None = None) -> date | None:
        """The day `deadline` shows again, if it is snoozed now."""
        day = self._until.get(deadline_key(deadline))
        return day if day is not None and day > (today or date.today()) else None

    def snooze(self, deadline, until: date) -> None:
        self._until[deadline_key(deadline)] = until
        self._save()
        self.changed.emit()

    def wake(self, deadline) -> None:
        """Shown again at once."""
        if self._until.pop(deadline_key(deadline), None) is not None:
            self._save()
            self.changed.emit()

    def _save(self) -> None:
        today = date.today()
        self._until = {k: v for k, v in self._until.items() if v > today}  # past snoozes are forgotten
        if self._q is not None:
            self._q.setValue(self._key, json.dumps({k: v.isoformat() for k, v in sorted(self._until.items())}))
            self._q.sync()
