"""The mayor's status memo: render it (its data from services/memo_data.py), issue it (stored and audited), list
and reprint the issued ones."""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from .. import reports
from ..domain import validation as v
from ..domain.era_dates import fiscal_year, format_date
from ..domain.errors import LedgerError
from ..reports import data as rd
from ..storage.reader import Readable
from .memo_data import assemble
from .reads import ledger as ledger_reads

if TYPE_CHECKING:
    from ..storage.database import Database

# Drafting, listing and reprinting read through plain SQL (services/reads/), so the memo command
# runs without importing the ORM; only `issue` writes, and imports it there.


@dataclass(frozen=True, kw_only=True)
class MemoRow:
    """An issued memo without its bytes."""

    id: int
    incident_id: int
    number: str
    issued_on: date
    lang: str
    sha256: str
    title: str
    size: int


# -- the API the window and the command line use ------------------------------------------


def default_texts(
    db: Readable, incident_id: int, *, lang: str, memo_date: date | None = None, number: str = ""
) -> tuple[str, str]:
    """The generated 概要 (overview) and 対応方針 (policy) for the memo `number` dated `memo_date`, to edit."""
    data = assemble(db, incident_id, lang=lang, memo_date=memo_date or date.today(), number=number)
    return data.overview, data.policy


def _render_data(
    db: Readable,
    incident_id: int,
    *,
    lang: str,
    memo_date: date,
    number: str,
    overview: str | None,
    policy: str | None,
    draft: bool | None,
) -> rd.MemoData:
    anchor = ""
    if draft is None or not draft:
        with db.reader() as r:
            found = r.one("SELECT anchor FROM memo WHERE number = ?", (number,)) if number else None
        if draft is None:
            draft = found is None
        anchor = found.anchor if found is not None else ""
    return assemble(
        db,
        incident_id,
        lang=lang,
        memo_date=memo_date,
        number=number,
        overview=overview,
        policy=policy,
        draft=draft,
        anchor=anchor,
    )


def render(
    db: Readable,
    incident_id: int,
    *,
    lang: str,
    memo_date: date,
    number: str,
    overview: str | None = None,
    policy: str | None = None,
    draft: bool | None = None,
) -> bytes:
    """The memo PDF, marked 案 / DRAFT on every page unless it is not a draft; the same ledger, settings, date
    and texts give the same bytes. `draft` None: a draft unless `number` was issued, in which case it is
    rendered as issued (with the audit head stored with it), so an unchanged ledger gives the issued file."""
    return reports.build(
        _render_data(
            db,
            incident_id,
            lang=lang,
            memo_date=memo_date,
            number=number,
            overview=overview,
            policy=policy,
            draft=draft,
        )
    )


def render_checked(
    db: Readable,
    incident_id: int,
    *,
    lang: str,
    memo_date: date,
    number: str,
    overview: str | None = None,
    policy: str | None = None,
    draft: bool | None = None,
) -> tuple[bytes, list[tuple[str, str]]]:
    """render() and missing_characters() from one reading of the ledger."""
    from ..domain import messages
    from ..reports.document import missing_characters as missing

    data = _render_data(
        db, incident_id, lang=lang, memo_date=memo_date, number=number, overview=overview, policy=policy, draft=draft
    )
    return reports.build(data), [(messages.text(key, lang), chars) for key, chars in missing(data)]


def missing_characters(
    db: Readable,
    incident_id: int,
    *,
    lang: str,
    memo_date: date,
    number: str,
    overview: str | None = None,
    policy: str | None = None,
) -> list[tuple[str, str]]:
    """What the fonts cannot print (it would show as 〓), with where: [(where, characters)], `where` in the
    memo's language (概要, 2 経緯, 団体名 ...). Asked before issuing so the user can fix it or accept it."""
    from ..domain import messages
    from ..reports.document import missing_characters as missing

    data = assemble(db, incident_id, lang=lang, memo_date=memo_date, number=number, overview=overview, policy=policy)
    return [(messages.text(key, lang), chars) for key, chars in missing(data)]


def sender_missing(db: Readable) -> list[str]:
    """The memo settings a first memo needs and the ledger lacks (department, section, contact name)."""
    with db.reader() as r:
        cfg = ledger_reads.settings(r)
    return [name for name in ("department", "section", "contact_name") if not (getattr(cfg, name) or "").strip()]


def check_date(db: Readable, incident_id: int, memo_date: date, *, today: date | None = None) -> None:
    """Refuse to issue a memo dated after today, or before the incident's latest issued memo: the record of
    what the mayor was told runs forward."""
    today = today or date.today()
    if memo_date > today:
        raise LedgerError(
            "memo_date_future",
            date=memo_date.isoformat(),
            today=today.isoformat(),
            date_ja=format_date(memo_date),
            today_ja=format_date(today),
        )
    with db.reader() as r:
        latest = r.one(
            "SELECT number, issued_on FROM memo WHERE incident_id = ? ORDER BY issued_on DESC, id DESC", (incident_id,)
        )
    if latest is not None and memo_date < latest.issued_on:
        raise LedgerError(
            "memo_date_before_previous",
            date=memo_date.isoformat(),
            number=latest.number,
            previous=latest.issued_on.isoformat(),
            date_ja=format_date(memo_date),
            previous_ja=format_date(latest.issued_on),
        )


_SEQ = re.compile(r"第?(\d+)号")  # what follows the prefix in 情政第12号


def next_number(db: Readable, memo_date: date) -> str:
    """The prefix from the settings and the next sequence number of the fiscal year: 情政第3号."""
    fy = fiscal_year(memo_date)
    with db.reader() as r:
        prefix = ledger_reads.settings(r).memo_number_prefix
        rows = r.rows("SELECT number, issued_on FROM memo")
    taken = {n for n, _ in rows}
    used = [
        int(m.group(1))
        for n, day in rows
        if fiscal_year(day) == fy and n.startswith(prefix) and (m := _SEQ.fullmatch(n[len(prefix) :].strip()))
    ]
    seq = max(used, default=0) + 1
    # A prefix that already ends in 第 (情政第) gets only the number; otherwise 第 is added.
    lead = prefix if prefix.endswith("第") else prefix + "第"
    while f"{lead}{seq}号" in taken:  # the same number in an earlier fiscal year
        seq += 1
    return f"{lead}{seq}号"


def issue(
    db: Database,
    incident_id: int,
    *,
    lang: str,
    memo_date: date,
    number: str | None = None,
    overview: str | None = None,
    policy: str | None = None,
) -> MemoRow:
    """Render and store the memo (bytes, SHA-256, number, date) through the audited change path."""
    from sqlalchemy.exc import IntegrityError

    from ..storage.models import Memo
    from . import changes

    check_date(db, incident_id, memo_date)
    number = v.text(number, "number", max_len=100) if number else next_number(db, memo_date)
    with db.reader() as r:
        if r.scalar("SELECT id FROM memo WHERE number = ?", (number,)) is not None:
            raise LedgerError("memo_number_taken", number=number)
    from .ledger import current_head

    anchor = current_head(db) or ""  # the head before the memo's own audit event; printed, and kept with it
    data = assemble(
        db,
        incident_id,
        lang=lang,
        memo_date=memo_date,
        number=number,
        overview=overview,
        policy=policy,
        draft=False,
        anchor=anchor,
    )
    pdf = reports.build(data)
    row = Memo(
        incident_id=incident_id,
        number=number,
        issued_on=memo_date,
        lang=lang,
        anchor=anchor,
        title=reports.memo_title(data)[:300],
        overview=data.overview,
        policy=data.policy,
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        issued_at=datetime.now(UTC),
    )
    try:
        with db.write() as s:
            changes.create(s, db, row)
    except IntegrityError as exc:  # another user issued the same number in the meantime
        raise LedgerError("memo_number_taken", number=number) from exc
    logging.getLogger(__name__).info("issued memo %s for incident %s (sha256 %s)", number, incident_id, row.sha256)
    return MemoRow(
        id=changes.id_of(row),
        incident_id=row.incident_id,
        number=row.number,
        issued_on=row.issued_on,
        lang=row.lang,
        sha256=row.sha256,
        title=row.title,
        size=len(pdf),
    )


def list_issued(db: Readable, incident_id: int | None = None) -> list[MemoRow]:
    """Issued memos, newest first, without their bytes."""
    sql = "SELECT id, incident_id, number, issued_on, lang, sha256, title, length(pdf) AS size FROM memo"
    params: tuple[int, ...] = ()
    if incident_id is not None:
        sql, params = sql + " WHERE incident_id = ?", (incident_id,)
    with db.reader() as r:
        return [MemoRow(**x._asdict()) for x in r.rows(sql + " ORDER BY issued_on DESC, id DESC", params)]


def reprint(db: Readable, number: str) -> bytes:
    """Exactly the bytes issued under this number, whatever changed in the ledger since."""
    with db.reader() as r:
        pdf = r.scalar("SELECT pdf FROM memo WHERE number = ?", (number,))
    if pdf is None:
        raise LedgerError("memo_not_found", number=number)
    return bytes(pdf)
