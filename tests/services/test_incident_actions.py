"""Incidents, affected uses, timeline, vendor statements with claims, and requests with deadlines."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import select

from ledger_reads import read
from incidentdesk.services.reads import deadlines as deadline_reads
from incidentdesk.services.reads import incidents as incident_reads
from incidentdesk.services.reads import requests as request_reads
from incidentdesk.domain.inputs import (
    AnswerIn,
    CheckIn,
    IncidentIn,
    LinkIn,
    PartyIn,
    RequestIn,
    ServiceIn,
    SourceIn,
    StatementIn,
    TimelineIn,
    UseIn,
)
from incidentdesk.domain.errors import LedgerError
from incidentdesk.services import incidents, requests, statements
from incidentdesk.storage import audit_chain
from incidentdesk.storage.models import IncidentUse


def test_open_incident_and_link_a_whole_service(world, events_of):
    """Linking a service marks each of its uses affected once, one 'create incident_use' event per new link."""
    w = world
    _, events = events_of(
        lambda: incidents.link_uses(w.db, LinkIn(incident_id=w.incident_id, service_ids=(w.service_id,)))
    )
    assert [(e.action, e.entity) for e in events] == [("create", "incident_use")]  # the other use was already linked
    overview = read(w.db, incident_reads.overview, w.incident_id, today=date(2021, 3, 20))
    assert {a.use_id for a in overview.affected} == {w.affected_use_id, w.other_use_id}
    assert overview.counts == {"undecided": 2}
    _, events = events_of(
        lambda: incidents.link_uses(w.db, LinkIn(incident_id=w.incident_id, service_ids=(w.service_id,)))
    )
    assert events == []


def test_unlink_use_without_decisions(world, events_of):
    """A use linked by mistake can be unlinked while nothing has been decided for it."""
    w = world
    _, events = events_of(lambda: incidents.unlink_use(w.db, incident_id=w.incident_id, use_id=w.affected_use_id))
    assert [(e.action, e.entity) for e in events] == [("delete", "incident_use")]
    assert read(w.db, incident_reads.overview, w.incident_id).affected == ()


def test_link_is_all_or_nothing(world, ledger_state):
    """When one of several uses is unknown, none of them is linked (the earlier link is rolled back too)."""
    w = world
    before = ledger_state(w.db)
    with pytest.raises(LedgerError):
        incidents.link_uses(w.db, LinkIn(incident_id=w.incident_id, use_ids=[w.other_use_id, 999]))
    assert ledger_state(w.db) == before
    with w.db.read() as s:
        assert s.exec(select(IncidentUse).where(IncidentUse.use_id == w.other_use_id)).all() == []


def test_timeline_and_sources(world, events_of):
    """Timeline entries and sources are stored, audited and shown in date order."""
    w = world
    source, events = events_of(
        lambda: incidents.add_source(
            w.db,
            SourceIn(
                incident_id=w.incident_id,
                title="ユーザーの個人情報に関する一部報道について",
                publisher="LINE株式会社",
                published="2021-03-17",
                url="https://linecorp.com/",
            ),
        )
    )
    assert [(e.action, e.entity) for e in events] == [("create", "source")]
    incidents.add_timeline_entry(
        w.db,
        TimelineIn(
            incident_id=w.incident_id, occurred="2021-03-19", text="総務省が照会を発出", source_ids=(source.id,)
        ),
    )
    entry = incidents.add_timeline_entry(
        w.db,
        TimelineIn(incident_id=w.incident_id, occurred="2021-03-17", text="中国の関連会社からのアクセスが報道された"),
    )
    _, events = events_of(
        lambda: incidents.edit_timeline_entry(
            w.db,
            entry.id,
            TimelineIn(occurred="2021-03-17", text="中国の関連会社から個人情報にアクセス可能だったと報道"),
        )
    )
    assert [(e.action, e.entity) for e in events] == [("update", "timeline")]
    overview = read(w.db, incident_reads.overview, w.incident_id)
    assert [t.entry.occurred.start for t in overview.timeline] == [date(2021, 3, 17), date(2021, 3, 19)]
    assert overview.timeline[0].entry.text.startswith("中国の関連会社から個人情報")
    assert [s.title for s in overview.timeline[1].sources] == ["ユーザーの個人情報に関する一部報道について"]
    assert [s.title for s in overview.sources] == ["ユーザーの個人情報に関する一部報道について"]
    _, events = events_of(lambda: incidents.delete_timeline_entry(w.db, entry.id))
    assert [(e.action, e.entity) for e in events] == [("delete", "timeline")]


def test_statement_is_split_into_unverified_claims(world, events_of):
    """Logging a statement stores one unverified claim per non-empty line, all audited in the same transaction."""
    w = world
    text = "・韓国のデータを国内へ移転する\n\n- 中国からのアクセスを遮断した\n"
    claims = statements.split_claims(text)
    assert claims == ["韓国のデータを国内へ移転する", "中国からのアクセスを遮断した"]
    statement, events = events_of(
        lambda: statements.log_statement(
            w.db,
            StatementIn(
                incident_id=w.incident_id,
                party_id=w.party_id,
                made="2021-03-18",
                channel="briefing",
                speaker="公共政策担当",
                claims=claims,
            ),
        )
    )
    assert [(e.action, e.entity) for e in events] == [("create", "statement"), ("create", "claim"), ("create", "claim")]
    view = next(s for s in read(w.db, incident_reads.overview, w.incident_id).statements if s.id == statement.id)
    assert [(c.position, c.text, c.verification) for c in view.claims] == [
        (1, "韓国のデータを国内へ移転する", "unverified"),
        (2, "中国からのアクセスを遮断した", "unverified"),
    ]
    [claim], events = events_of(
        lambda: statements.add_claims(
            w.db, statement_id=statement.id, texts=["6月末までに完了する"], promised_by="2021-06-30"
        )
    )
    assert claim.position == 3 and [(e.action, e.entity) for e in events] == [("create", "claim")]


def test_checking_a_claim_appends_to_its_history(world, events_of):
    """A check stores state, method, evidence, date and who checked, audited as a new record; a later re-check
    becomes current while the first stays readable with its own date."""
    w = world
    first, events = events_of(
        lambda: statements.check_claim(
            w.db,
            CheckIn(
                claim_id=w.claim_ids[1],
                verification="disputed",
                checked_how="報道と照合",
                evidence="報道(2021-03-17)",
                checked_on="2021-03-18",
                checked_by="情報 太郎",
            ),
        )
    )
    assert (first.verification, first.checked_on, first.checked_by) == ("disputed", date(2021, 3, 18), "情報 太郎")
    assert [(e.action, e.entity) for e in events] == [("create", "claim_check")]
    statements.check_claim(
        w.db,
        CheckIn(
            claim_id=w.claim_ids[1], verification="confirmed", checked_on="2021-11-02", checked_how="監査報告書で確認"
        ),
    )
    claim = read(w.db, incident_reads.claim, w.claim_ids[1]).claim
    assert [(c.verification, c.checked_on) for c in claim.checks] == [
        ("disputed", date(2021, 3, 18)),
        ("confirmed", date(2021, 11, 2)),
    ]
    assert claim.verification == "confirmed" and claim.check_as_of(date(2021, 6, 30)).verification == "disputed"


def test_request_deadline_and_answer(world, events_of):
    """A request with a due date is an open deadline (overdue after it passes) until it is marked answered."""
    w = world
    request, events = events_of(
        lambda: requests.add_request(
            w.db,
            RequestIn(
                incident_id=w.incident_id,
                issuer="総務省",
                doc_number="総行情第1号",
                issued_on="2021-03-18",
                due_on="2021-03-26",
                subject="LINEの利用状況に関する調査",
                asks="業務でのLINE利用の有無",
            ),
        )
    )
    assert [(e.action, e.entity) for e in events] == [("create", "request")]
    [deadline] = [d for d in read(w.db, deadline_reads.upcoming, today=date(2021, 3, 27)) if d.kind == "request"]
    assert (deadline.due_on, deadline.overdue, deadline.ref_id) == (date(2021, 3, 26), True, request.id)
    assert read(w.db, request_reads.requests, open_only=True)[0].status(date(2021, 3, 20)) == "open"
    answered, events = events_of(
        lambda: requests.mark_answered(
            w.db, request.id, AnswerIn(answered_on="2021-03-25", answer="利用業務の一覧を回答")
        )
    )
    assert [(e.action, e.entity) for e in events] == [("update", "request")]
    assert answered.answered_on == date(2021, 3, 25)
    assert read(w.db, request_reads.requests, open_only=True) == []
    assert [d for d in read(w.db, deadline_reads.upcoming, today=date(2021, 3, 27)) if d.kind == "request"] == []


def test_edit_request(world, events_of):
    """Editing a request's due date is audited with its old and new value."""
    w = world
    request = requests.add_request(
        w.db, RequestIn(issuer="県", subject="再点検", issued_on="2021-05-06", due_on="2021-05-21")
    )
    _, events = events_of(
        lambda: requests.edit_request(
            w.db, request.id, RequestIn(issuer="県", subject="再点検", issued_on="2021-05-06", due_on="2021-05-28")
        )
    )
    assert json.loads(events[0].old) == {"due_on": "2021-05-21", "version": 1}
    assert json.loads(events[0].new) == {"due_on": "2021-05-28", "version": 2}


def test_events_are_written_in_the_actions_transaction(world, ledger_state, monkeypatch):
    """If writing the second audit event fails, the statement and its first claim are not stored either."""
    w = world
    real_append, calls = audit_chain.append, []

    def failing_append(session, **kw):
        calls.append(kw["entity"])
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real_append(session, **kw)

    monkeypatch.setattr(audit_chain, "append", failing_append)
    before = ledger_state(w.db)
    with pytest.raises(RuntimeError):
        statements.log_statement(
            w.db,
            StatementIn(
                incident_id=w.incident_id, party_id=w.party_id, made="2021-03-18", channel="email", claims=["一", "二"]
            ),
        )
    assert calls == ["statement", "claim"]
    assert ledger_state(w.db) == before


def test_requests_are_listed_by_deadline_with_undated_ones_last(world):
    """Requests come in due-date order and those without a deadline come last, the same on both backends."""
    w = world
    undated = requests.add_request(w.db, RequestIn(issuer="県", subject="期限なし", issued_on="2021-03-18"))
    later = requests.add_request(
        w.db, RequestIn(issuer="総務省", subject="二次調査", issued_on="2021-03-18", due_on="2021-04-30")
    )
    sooner = requests.add_request(
        w.db, RequestIn(issuer="総務省", subject="調査", issued_on="2021-03-18", due_on="2021-03-26")
    )
    assert [r.id for r in read(w.db, request_reads.requests)] == [sooner.id, later.id, undated.id]


@pytest.mark.parametrize(("field", "ja"), [("known_on", "覚知日"), ("closed_on", "終結日")])
def test_bad_incident_date_names_its_own_field(world, field, ja):
    """A bad 'known on' or 'closed on' date is reported against that field, not the occurrence date."""
    with pytest.raises(LedgerError) as caught:
        incidents.open_incident(world.db, IncidentIn(title="事案", **{field: "2021-02-30"}))
    assert caught.value.params["field"] == field
    assert ja in caught.value.message("ja")


def test_adding_claims_is_all_or_nothing(db):
    """Three claims where the third is too long: none is added, so saving again cannot duplicate the first two."""
    from incidentdesk.services import catalog

    incident = incidents.open_incident(db, IncidentIn(title="事案"))
    party = catalog.add_party(db, PartyIn(name="LINE株式会社", kind="platform", country="JP"))
    statement = statements.log_statement(
        db,
        StatementIn(
            incident_id=incident.id, party_id=party.id, made="2021-03-17", channel="email", claims=["最初の説明"]
        ),
    )
    with pytest.raises(LedgerError) as refused:
        statements.add_claims(db, statement_id=statement.id, texts=["二つ目", "三つ目", "長" * 20_001])
    assert refused.value.code == "too_long"
    added = statements.add_claims(db, statement_id=statement.id, texts=["二つ目", "三つ目"])
    assert [c.position for c in added] == [2, 3]
    [view] = read(db, incident_reads.overview, incident.id).statements
    assert [c.text for c in view.claims] == ["最初の説明", "二つ目", "三つ目"]


def test_linking_a_service_and_uses_is_one_action(db):
    """A service's uses and extra uses are linked in one transaction; an unknown use links nothing."""
    from incidentdesk.services import catalog

    incident = incidents.open_incident(db, IncidentIn(title="事案"))
    a = catalog.add_service(db, ServiceIn(name="A市LINE公式アカウント"))
    b = catalog.add_service(db, ServiceIn(name="B市LINE公式アカウント"))
    uses_a = [catalog.add_use(db, UseIn(service_id=a.id, name=n)).id for n in ("申請", "予約")]
    use_b = catalog.add_use(db, UseIn(service_id=b.id, name="通報")).id
    with pytest.raises(LedgerError):
        incidents.link_uses(db, LinkIn(incident_id=incident.id, service_ids=[a.id], use_ids=[use_b, 99_999]))
    assert read(db, incident_reads.overview, incident.id).affected == ()
    created = incidents.link_uses(db, LinkIn(incident_id=incident.id, service_ids=[a.id], use_ids=[use_b, uses_a[0]]))
    assert sorted(link.use_id for link in created) == sorted(uses_a + [use_b])
