"""Rules the reads and writes share, each written once: the current decision, open promises, live incidents."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
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


D = TypeVar("D", bound=DecisionLike)


def decision_order(decision: DecisionLike) -> tuple[date, int]:
    """Decisions of one use are ordered by decision date, then by the order they were recorded."""
    return decision.decided_on, decision.id


def current_decisions(decisions: Iterable[D]) -> dict[tuple[int, int], D]:
    """(incident id, use id) -> the current decision: the latest by decision date, then id."""
    current: dict[tuple[int, int], D] = {}
    for d in sorted(decisions, key=decision_order):
        current[(d.incident_id, d.use_id)] = d
    return current


def promise_open(verification: str) -> bool:
    """A promised date is a deadline until the claim is confirmed or withdrawn."""
    return verification not in SETTLED_VERIFICATIONS


def incident_live(status: str) -> bool:
    return status != CLOSED_STATUS
