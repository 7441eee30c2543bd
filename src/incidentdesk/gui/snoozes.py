""" "Snooze until" per deadline: one person's reminder, so it is kept in their local settings (per ledger), not in
the ledger. A deadline is known by its kind, its record and its due date: a periodic report's next date, or a
due date someone changed, is a new deadline and is shown again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCryptographicHash, QObject, QSettings, Signal


def deadline_key(deadline) -> str:
    return f"{deadline.kind}:{deadline.ref_id}:{deadline.due_on.isoformat()}"


class Snoozes(QObject):
    """Which deadlines are hidden from the banner, and until which day (shown again on that day).

    Without a QSettings (tests, screenshots) they last as long as the window. Read from the settings when first
    asked (the first page's deadlines), not when made before the window: that read cost 5 ms of its first paint.
    """

    changed = Signal()

    def __init__(self, qsettings: QSettings | None = None, ledger: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self._q = qsettings
        self._ledger = ledger
        self._key = ""
        self._stored: dict[str, date] | None = None

    @property
    def _until(self) -> dict[str, date]:
        if self._stored is None:
            # One entry per ledger; the ledger's path or URL is hashed (a server URL may carry a password). SHA-256
            # by Qt's own code: hashlib loads OpenSSL (4 ms of the first page, which shows the deadlines).
            digest = QCryptographicHash.hash(self._ledger.encode("utf-8"), QCryptographicHash.Algorithm.Sha256)
            self._key = "deadlines/snoozed_" + bytes(digest.toHex().data()).decode("ascii")[:16]
            self._stored = {}
            raw = str(self._q.value(self._key, "")) if self._q is not None else ""
            if raw.strip() not in ("", "{}"):  # nothing snoozed, as mostly: no json to import
                import json

                try:
                    self._stored = {k: date.fromisoformat(v) for k, v in json.loads(raw).items()}
                except (TypeError, ValueError, AttributeError):
                    self._stored = {}  # unreadable: nothing snoozed, every deadline shows
        return self._stored

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
        import json

        today = date.today()
        self._stored = {k: v for k, v in self._until.items() if v > today}  # past snoozes are forgotten
        if self._q is not None:
            self._q.setValue(self._key, json.dumps({k: v.isoformat() for k, v in sorted(self._stored.items())}))
            self._q.sync()
