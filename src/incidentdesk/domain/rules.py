"""Rules the reads, the writes and the memo share, each written once: the current decision and check,
what holds on a given day, open promises, live incidents, when a recurring report is next due."""

from __future__ import annotations

import calendar
from collections.abc import Collection, Iterable
from datetime import date, timedelta
from typing import Protocol, TypeVar

# Verification states that settle a vendor's promised date: it is no longer a deadline.
SETTLED_VERIFICATIONS = frozenset({"confirmed", "withdrawn"})
CLOSED_STATUS = "closed"  # an incident in this status has no live deadlines


class DecisionLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def incident_id(self) -> int: ...
    @property
    def use_id(self) -> int: ...
    @property
    def decided_on(self) -> date: ...


class Dated(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def checked_on(self) -> date: ...


D = TypeVar("D", bound=DecisionLike)
C = TypeVar("C", bound=Dated)


def decision_order(decision: DecisionLike) -> tuple[date, int]:
    """Decisions of one use are ordered by decision date, then by the order they were recorded."""
    return decision.decided_on, decision.id


def current_decisions(
    decisions: Iterable[D], *, withdrawn: Collection[int] = (), as_of: date | None = None
) -> dict[tuple[int, int], D]:
    """(incident id, use id) -> the current decision: the latest by decision date, then id, among those not
    withdrawn, and decided on or before `as_of` when given. A decision entered late takes its place by date."""
    current: dict[tuple[int, int], D] = {}
    for d in sorted(decisions, key=decision_order):
        if d.id in withdrawn or (as_of is not None and d.decided_on > as_of):
            continue
        current[(d.incident_id, d.use_id)] = d
    return current


class Lasting(Protocol):
    @property
    def state(self) -> str: ...
    @property
    def effective_until(self) -> date | None: ...
    @property
    def then_state(self) -> str: ...


def state_on(decision: Lasting, day: date) -> str:
    """The decision's state on `day`: the state that follows it once its end date has passed."""
    if decision.effective_until and decision.then_state and day > decision.effective_until:
        return decision.then_state
    return decision.state


def state_since(decision: Lasting, day: date, decided_on: date) -> date:
    """The day the decision's state on `day` took effect: the day after its end date once the state that
    follows holds, else the day it was decided (`decided_on`)."""
    if decision.effective_until and decision.then_state and day > decision.effective_until:
        return decision.effective_until + timedelta(days=1)
    return decided_on


def current_check(checks: Iterable[C], as_of: date | None = None) -> C | None:
    """A claim's current verification: its latest check by date (then by record), on or before `as_of`."""
    found = [c for c in checks if as_of is None or c.checked_on <= as_of]
    return max(found, key=lambda c: (c.checked_on, c.id)) if found else None


def promise_open(verification: str) -> bool:
    """A promised date is a deadline until the claim is confirmed or withdrawn."""
    return verification not in SETTLED_VERIFICATIONS


def incident_live(status: str) -> bool:
    return status != CLOSED_STATUS


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or that month's last day (31 January + 1 month = 28/29 February)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_due(
    first_due: date | None, every_months: int | None, reported: Collection[date], answered_on: date | None = None
) -> date | None:
    """When the next answer is due: a single request until it is answered; a recurring one, its first
    period without a report (periods every `every_months` months from `first_due`)."""
    if first_due is None:
        return None
    if not every_months:
        return None if answered_on else first_due
    for n in range(len(reported) + 1):  # at most one period per report is already covered
        due = add_months(first_due, every_months * n)
        if due not in reported:
            return due
    return add_months(first_due, every_months * (len(reported) + 1))
