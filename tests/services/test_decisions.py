"""Decisions are appended, never updated: the latest is the current state and the whole history stays."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, UTC

from ledger_reads import read
from incidentdesk.services.reads import catalog as catalog_reads
from incidentdesk.services.reads import deadlines as deadline_reads
from incidentdesk.services.reads import decisions as decision_reads
from incidentdesk.services.reads import incidents as incident_reads
from incidentdesk.domain.inputs import DecisionIn
from incidentdesk.services import decisions
from incidentdesk.storage.models import Decision


def _decide(w, state, day, **kw):
    return decisions.record_decision(
        w.db,
        DecisionIn(
            incident_id=w.incident_id,
            use_id=w.affected_use_id,
            state=state,
            decided_on=day,
            decided_by_role="区長",
            **kw,
        ),
    )


def test_continue_suspend_resume_keeps_all_three(world, events_of):
    """continue -> suspend -> resume over months leaves three rows, each superseding the one before;
    resume is current."""
    w = world
    first = _decide(w, "continue", "2021-03-18", rationale="公開情報のみ")
    second = _decide(
        w,
        "suspend",
        "2021-03-22",
        rationale="LINE社の説明を確認するまで",
        next_review_on="2021-04-15",
        conditions="国内保存が確認できること",
        statement_ids=[w.statement_id],
    )
    third, events = events_of(lambda: _decide(w, "resume", "2021-06-01", rationale="国内移転を確認"))
    assert [(e.action, e.entity) for e in events] == [("create", "decision")]
    assert (second.supersedes_id, third.supersedes_id) == (first.id, second.id)
    history = read(w.db, decision_reads.history, incident_id=w.incident_id)
    assert [(r.state, r.decided_on, r.current) for r in history] == [
        ("continue", date(2021, 3, 18), False),
        ("suspend", date(2021, 3, 22), False),
        ("resume", date(2021, 6, 1), True),
    ]
    assert history[1].statement_ids == (w.statement_id,)
    # The names and marks decisions() adds after the decision's own columns, each in its place (NAMED).
    assert {(r.incident_title, r.use_name, r.service_name) for r in history} == {
        ("LINE社の個人情報管理問題", "住民票の写しの交付申請", "渋谷区LINE公式アカウント")
    }
    assert [(r.withdrawal, r.late) for r in history] == [(None, False)] * 3
    assert 0 < history[0].entered_at < history[1].entered_at < history[2].entered_at
    assert (history[1].conditions, history[1].next_review_on) == ("国内保存が確認できること", date(2021, 4, 15))
    assert [r.state for r in read(w.db, decision_reads.history, current_only=True)] == ["resume"]
    overview = read(w.db, incident_reads.overview, w.incident_id)
    [affected] = overview.affected
    assert affected.state == "resume" and affected.decision.id == third.id
    assert overview.counts == {"resume": 1}
    history = read(w.db, catalog_reads.service_detail, w.service_id).history
    assert [r.state for r in history] == ["resume", "suspend", "continue"]
    with w.db.read() as s:  # nothing was edited in place
        assert s.get(Decision, first.id).state == "continue"
        assert s.get(Decision, second.id).state == "suspend"


def test_same_day_decisions_latest_recorded_wins(world):
    """Two decisions on the same day: the one recorded later is current."""
    w = world
    _decide(w, "discussing", "2021-03-22")
    _decide(w, "suspend", "2021-03-22")
    assert [r.state for r in read(w.db, decision_reads.history, current_only=True)] == ["suspend"]
    [row] = read(w.db, incident_reads.incidents)
    assert row.counts == {"suspend": 1}


def test_decision_relied_on_statements_are_audited(world, events_of):
    """A decision citing a statement writes the decision and its basis link, both audited, in one go."""
    w = world
    decision, events = events_of(lambda: _decide(w, "conditional", "2021-03-19", statement_ids=[w.statement_id] * 2))
    assert [(e.action, e.entity) for e in events] == [("create", "decision"), ("create", "decision_basis")]
    assert json.loads(events[0].new)["state"] == "conditional"
    assert read(w.db, decision_reads.history)[0].statement_ids == (w.statement_id,)


def test_review_date_is_a_deadline(world):
    """The current decision's next review date shows among the incident's deadlines; superseded ones do not."""
    w = world
    _decide(w, "suspend", "2021-03-22", next_review_on="2021-04-15")
    _decide(w, "suspend", "2021-04-15", next_review_on="2021-05-31")
    reviews = [d for d in read(w.db, deadline_reads.upcoming, today=date(2021, 5, 1)) if d.kind == "review"]
    assert [(d.due_on, d.overdue) for d in reviews] == [(date(2021, 5, 31), False)]


def test_undecided_uses_are_counted(world):
    """An affected use without any decision counts as undecided in the incident list."""
    [row] = read(world.db, incident_reads.incidents)
    assert (row.affected, row.counts) == (1, {"undecided": 1})


def test_recorded_at_round_trips_in_utc(world):
    """The time a decision was recorded reads back as the same UTC instant (the test server runs in Asia/Tokyo)."""
    before = datetime.now(UTC)
    decision = _decide(world, "suspend", "2021-03-22")
    with world.db.read() as s:
        stored = s.get(Decision, decision.id).recorded_at
    assert stored.utcoffset() == timedelta(0)
    assert before - timedelta(seconds=5) <= stored <= datetime.now(UTC) + timedelta(seconds=5)


def test_current_is_judged_among_every_decision_of_the_use_whatever_the_where_picks(world):
    """A `where` that picks one decision (a review date) still compares it with the use's others; a `where`
    that picks all of an incident's gives the same rows with `whole=True`, which skips that second look."""
    w = world
    _decide(w, "suspend", "2021-03-22", next_review_on="2021-04-15")
    _decide(w, "resume", "2021-06-01")
    [picked] = read(w.db, decision_reads.decisions, "next_review_on IS NOT NULL")
    assert (picked.state, picked.current) == ("suspend", False)  # the later resume is current
    assert read(w.db, decision_reads.decisions, "next_review_on IS NOT NULL", current_only=True) == []
    where = ("incident_id = ?", (w.incident_id,))
    assert read(w.db, decision_reads.decisions, *where, whole=True) == read(w.db, decision_reads.decisions, *where)
    assert [d.current for d in read(w.db, decision_reads.decisions, *where, whole=True)] == [False, True]
