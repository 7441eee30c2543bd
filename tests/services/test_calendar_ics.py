"""Deadlines as an .ics file (RFC 5545): all-day events with reminders, stable UIDs, UTF-8 folded at 75 octets."""

from __future__ import annotations

from datetime import UTC, date, datetime

from incidentdesk.services import calendar_ics
from incidentdesk.services.views import Deadline

NOW = datetime(2021, 3, 20, 9, 0, tzinfo=UTC)
LONG = "春日市LINE公式アカウント / 住民票の写しの交付申請(オンライン申請、本人確認書類の画像を含む); 受付, 再開"


def deadlines() -> list[Deadline]:
    return [
        Deadline(
            due_on=date(2021, 3, 19),
            kind="request",
            text="総務省: 利用状況の調査",
            incident_id=1,
            ref_id=7,
            overdue=True,
        ),
        Deadline(due_on=date(2021, 3, 31), kind="review", text=LONG, incident_id=1, ref_id=25, overdue=False),
        Deadline(
            due_on=date(2021, 6, 30), kind="report", text="県: 四半期報告", incident_id=None, ref_id=3, overdue=False
        ),
    ]


def unfold(data: bytes) -> list[str]:
    return data.replace(b"\r\n ", b"").decode("utf-8").split("\r\n")[:-1]


def test_lines_are_crlf_and_folded_at_75_octets_between_characters():
    data = calendar_ics.build(deadlines(), lang="ja", now=NOW)
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    physical = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in physical) <= 75
    for line in physical:
        line.decode("utf-8")  # never cut inside a character
    assert any(line.startswith(b" ") for line in physical)  # the long Japanese summary was folded
    summary = next(x for x in unfold(data) if x.startswith("SUMMARY:") and "春日市" in x)
    assert summary == "SUMMARY:【見直し】" + calendar_ics.escape(LONG)
    assert "\\;" in summary and "\\," in summary


def test_one_all_day_event_with_a_reminder_per_deadline():
    lines = unfold(calendar_ics.build(deadlines(), lang="en", now=NOW))
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(x.startswith("PRODID:") for x in lines)
    assert lines.count("BEGIN:VEVENT") == 3 and lines.count("BEGIN:VALARM") == 3
    assert "DTSTART;VALUE=DATE:20210319" in lines and "DTEND;VALUE=DATE:20210320" in lines
    assert "SUMMARY:[overdue] [request] 総務省: 利用状況の調査" in lines
    assert all(x == "DTSTAMP:20210320T090000Z" for x in lines if x.startswith("DTSTAMP"))


def test_uids_are_stable_and_unique():
    """The same deadlines give the same UIDs (importing again updates, never duplicates); a recurring report's
    occurrences differ by date."""
    first = [x for x in unfold(calendar_ics.build(deadlines(), lang="ja", now=NOW)) if x.startswith("UID:")]
    again = [x for x in unfold(calendar_ics.build(deadlines(), lang="en")) if x.startswith("UID:")]
    assert first == again and len(set(first)) == 3
    assert "UID:review-25@incidentdesk.invalid" in first
    assert "UID:report-3-20210630@incidentdesk.invalid" in first


def test_fold_keeps_multibyte_characters_whole():
    line = "DESCRIPTION:" + "あ" * 100
    folded = calendar_ics.fold(line)
    assert all(len(x) <= 75 for x in folded.split(b"\r\n"))
    assert folded.replace(b"\r\n ", b"").rstrip(b"\r\n").decode("utf-8") == line


def test_due_within_keeps_the_overdue():
    chosen = calendar_ics.due_within(deadlines(), 14, date(2021, 3, 20))
    assert [d.ref_id for d in chosen] == [7, 25]
