"""Deadlines as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Thunderbird import.

One all-day VEVENT per deadline, with a reminder the day before at 9:00. The UID names the record the
deadline comes from (a request, a claim's promise, a decision's review or end), so importing the file again
moves an event whose date changed instead of adding a second one; a recurring report's occurrences each keep
their own. Text is UTF-8, escaped, and folded so that no line is longer than 75 octets, never inside a
character. Pure: the reads give the deadlines, `export` writes the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from ..domain import messages
from .views import Deadline

PRODID = "-//Incident Desk//incidentdesk//JA"
UID_DOMAIN = "incidentdesk.invalid"  # RFC 5545 wants a domain; ours is no one's (RFC 2606)


def escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, line breaks."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> bytes:
    """One content line as UTF-8, folded at 75 octets (RFC 5545 3.1) between characters, CRLF-terminated.

    A continuation line starts with one space, which counts toward its 75 octets.
    """
    out, current, limit = [], b"", 75
    for ch in line:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > limit:
            out.append(current)
            current, limit = b" ", 75
        current += encoded
    out.append(current)
    return b"\r\n".join(out) + b"\r\n"


def uid(d: Deadline) -> str:
    due = f"-{d.due_on:%Y%m%d}" if d.kind in ("report",) else ""  # each occurrence of a recurring report
    kind = "request" if d.kind == "statutory" else d.kind  # a statutory report is a request row: same UID as before
    return f"{kind}-{d.ref_id}{due}@{UID_DOMAIN}"


def kind_label(kind: str, lang: str) -> str:
    key = "word." + kind
    return messages.text(key, lang) if messages.has(key) else kind


def events(deadlines: Iterable[Deadline], *, lang: str, now: datetime | None = None) -> list[str]:
    """The content lines (unfolded) of a calendar with one VEVENT per deadline."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(messages.text('ics.calendar', lang))}",
    ]
    for d in deadlines:
        kind = kind_label(d.kind, lang)
        summary = (messages.text("ics.overdue", lang) if d.overdue else "") + messages.text(
            "ics.summary", lang, kind=kind, text=d.text
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid(d)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{d.due_on:%Y%m%d}",
            f"DTEND;VALUE=DATE:{d.due_on + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape(summary)}",
            "DESCRIPTION:"
            + escape(
                messages.text(
                    "ics.description",
                    lang,
                    kind=kind,
                    date=d.due_on.isoformat(),
                    incident=d.incident_id if d.incident_id else "-",
                )
            ),
            f"CATEGORIES:{escape(kind)}",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape(messages.text('ics.reminder', lang, text=d.text))}",
            "TRIGGER;RELATED=START:-PT15H",  # 9:00 the day before an all-day event
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return lines


def build(deadlines: Iterable[Deadline], *, lang: str, now: datetime | None = None) -> bytes:
    return b"".join(fold(line) for line in events(deadlines, lang=lang, now=now))


def due_within(deadlines: Iterable[Deadline], days: int | None, today: date) -> list[Deadline]:
    """The overdue ones and those due within `days` (all when None)."""
    return [d for d in deadlines if days is None or d.overdue or d.due_on <= today + timedelta(days=days)]


def export(ledger: Any, path: Path, *, lang: str, days: int | None = None, today: date | None = None) -> int:
    """Write the open deadlines of `ledger` (anything with .reader()) to `path`; how many were written."""
    from .reads import deadlines as deadline_reads

    today = today or date.today()
    with ledger.reader() as r:
        chosen = due_within(deadline_reads.upcoming(r, today=today), days, today)
    data = build(chosen, lang=lang)
    tmp = Path(path).with_name(Path(path).name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    return len(chosen)
