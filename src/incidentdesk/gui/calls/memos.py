"""Memos: what the memo form offers, and rendering, issuing and reprinting one.

Part of gui/calls: see its docstring for the rule (each function imports its service in its body).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from ._common import LedgerLike

if TYPE_CHECKING:
    from ...services.memos import MemoRow
    from ...services import views


def memo_choices(ledger: LedgerLike, memo_date: date) -> tuple[list[views.Choice], list[MemoRow], str]:
    """The incidents to write about, the memos issued so far and the next document number."""
    from ...services import memos
    from ...services.reads import incidents

    with ledger.reader() as r:
        choices = incidents.incident_choices(r)
    return choices, memos.list_issued(ledger), memos.next_number(ledger, memo_date)


def memo_texts(
    ledger: LedgerLike, incident_id: int, *, lang: str, memo_date: date, number: str = ""
) -> tuple[str, str]:
    """The overview and policy generated for the memo `number` dated `memo_date` (never its own predecessor)."""
    from ...services import memos

    return memos.default_texts(ledger, incident_id, lang=lang, memo_date=memo_date, number=number)


def memo_number(ledger: LedgerLike, memo_date: date) -> str:
    from ...services import memos

    return memos.next_number(ledger, memo_date)


def memo_sender_missing(ledger: LedgerLike) -> list[str]:
    from ...services import memos

    return memos.sender_missing(ledger)


def memo_statutory(ledger: LedgerLike, incident_id: int) -> list:
    """The statutory PPC reports (速報, 確報) the incident owes and the ledger does not hold yet."""
    from ...services import statutory

    return statutory.proposals(ledger, incident_id)


def add_statutory(ledger: LedgerLike, incident_id: int, due_on: dict[str, object] | None = None) -> list:
    """Record them as requests to the city; `due_on`: the due dates the user edited, by subject."""
    from ...services import statutory

    return statutory.add_missing(ledger.database(), incident_id, due_on=due_on)


def memo_missing_characters(ledger: LedgerLike, incident_id: int, **kw: Any) -> list[tuple[str, str]]:
    from ...services import memos

    return memos.missing_characters(ledger, incident_id, **kw)


def render_memo(ledger: LedgerLike, incident_id: int, **kw: Any) -> bytes:
    from ...services import memos

    return memos.render(ledger, incident_id, **kw)


def reprint_memo(ledger: LedgerLike, number: str) -> bytes:
    from ...services import memos

    return memos.reprint(ledger, number)


def issue_memo(ledger: LedgerLike, incident_id: int, **kw: Any) -> MemoRow:
    from ...services import memos

    return memos.issue(ledger.database(), incident_id, **kw)
