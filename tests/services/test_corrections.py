"""Withdrawals (取消), corrections, late entries and one decision for many uses, on SQLite and PostgreSQL;
attachments with their limit and safe names; statements deleted or retired; and an export holding all of them
round-trips exactly."""

from __future__ import annotations

import json
from datetime import date

import pytest

from incidentdesk.domain.errors import LedgerError
from incidentdesk.domain.inputs import CheckIn, DecisionIn, LinkIn, SourceIn, StatementIn, WithdrawalIn
from incidentdesk.exchange import ledger_json
from incidentdesk.services import attachments, decisions, incidents, ledger, statements
from incidentdesk.services.reads import decisions as decision_reads
from incidentdesk.services.reads import incidents as incident_reads
from incidentdesk.storage.database import open_database
from ledger_reads import read


def _decide(w, state, day, use_id=None, **kw):
    return decisions.record_decision(
        w.db,
        DecisionIn(
            incident_id=w.incident_id,
            use_id=use_id or w.affected_use_id,
            state=state,
            decided_on=day,
            decided_by_role="市民部長",
            rationale=kw.pop("rationale", "理由"),
            **kw,
        ),
    )


def _current(w):
    [a] = [a for a in read(w.db, incident_reads.overview, w.incident_id).affected if a.use_id == w.affected_use_id]
    return a.state


def test_withdrawal_falls_back_to_the_previous_valid_decision(world, events_of):
    _decide(world, "discussing", "2021-03-18")
    wrong = _decide(world, "terminate", "2021-03-19")
    assert _current(world) == "terminate"
    _, events = events_of(
        lambda: decisions.withdraw_decision(
            world.db,
            WithdrawalIn(
                decision_id=wrong.id,
                withdrawn_on="2021-03-20",
                reason="協議中の誤り",
                withdrawn_by_role="課長",
                withdrawn_by_name="馬場",
            ),
        )
    )
    assert [(e.action, e.entity) for e in events] == [("create", "decision_withdrawal")]
    assert _current(world) == "discussing"
    history = read(world.db, decision_reads.history, incident_id=world.incident_id)
    assert history[-1].withdrawal.reason == "協議中の誤り" and not history[-1].current
    with pytest.raises(LedgerError) as refused:
        decisions.withdraw_decision(
            world.db,
            WithdrawalIn(decision_id=wrong.id, withdrawn_on="2021-03-21", reason="again", withdrawn_by_role="課長"),
        )
    assert refused.value.code == "already_withdrawn"


def test_withdrawal_needs_a_reason_and_cannot_predate_the_decision(world, ledger_state):
    wrong = _decide(world, "terminate", "2021-03-19")
    before = ledger_state(world.db)
    for bad, code in ((dict(reason=""), "required"), (dict(withdrawn_on="2021-03-18"), "withdrawn_before_decision")):
        values = {
            "decision_id": wrong.id,
            "withdrawn_on": "2021-03-20",
            "reason": "誤り",
            "withdrawn_by_role": "課長",
            **bad,
        }
        with pytest.raises(LedgerError) as refused:
            decisions.withdraw_decision(world.db, WithdrawalIn(**values))
        assert refused.value.code == code
    assert ledger_state(world.db) == before


def test_correction_is_one_step_or_nothing(world, ledger_state):
    wrong = _decide(world, "terminate", "2021-03-19")
    right = DecisionIn(
        incident_id=world.incident_id,
        use_id=world.affected_use_id,
        state="suspend",
        decided_on="2021-03-19",
        decided_by_role="市民部長",
        rationale="停止の誤入力",
    )
    before = ledger_state(world.db)
    with pytest.raises(LedgerError):  # the new decision is refused (a date in the future): nothing is withdrawn
        decisions.correct_decision(
            world.db,
            WithdrawalIn(decision_id=wrong.id, withdrawn_on="2021-03-20", reason="誤り", withdrawn_by_role="課長"),
            DecisionIn(**{**right.values(), "decided_on": "2099-01-01", "statement_ids": ()}),
        )
    assert ledger_state(world.db) == before
    decisions.correct_decision(
        world.db,
        WithdrawalIn(decision_id=wrong.id, withdrawn_on="2021-03-20", reason="誤り", withdrawn_by_role="課長"),
        right,
    )
    assert _current(world) == "suspend"


def test_late_entry_takes_its_place_by_date_and_is_marked(world):
    _decide(world, "suspend", "2021-03-19")
    _decide(world, "resume", "2021-04-15")
    late = _decide(world, "discussing", "2021-03-25")  # a decision taken on the phone, logged later
    history = read(world.db, decision_reads.history, incident_id=world.incident_id)
    assert [(d.state, d.late, d.current) for d in history] == [
        ("suspend", False, False),
        ("discussing", True, False),
        ("resume", False, True),
    ]
    assert late.supersedes_id == history[0].id  # it follows the decision before its own date
    assert _current(world) == "resume"


def test_one_decision_for_many_uses_is_one_transaction(world, events_of, ledger_state):
    incidents.link_uses(world.db, LinkIn(incident_id=world.incident_id, use_ids=[world.other_use_id]))
    data = DecisionIn(
        incident_id=world.incident_id,
        use_id=world.affected_use_id,
        state="suspend",
        decided_on="2021-03-19",
        decided_by_role="市長",
        rationale="一括停止",
    )
    rows, events = events_of(
        lambda: decisions.record_decisions(world.db, data, [world.affected_use_id, world.other_use_id])
    )
    assert [r.use_id for r in rows] == [world.affected_use_id, world.other_use_id]
    assert [(e.action, e.entity) for e in events] == [("create", "decision"), ("create", "decision")]
    before = ledger_state(world.db)
    with pytest.raises(LedgerError) as refused:  # one use not affected: none of them is recorded
        decisions.record_decisions(world.db, data, [world.affected_use_id, 999_999])
    assert refused.value.code in ("not_found", "use_not_affected")
    assert ledger_state(world.db) == before


def test_attachment_is_stored_with_its_hash_listed_and_limited(world, monkeypatch):
    row = attachments.attach(world.db, "statement", world.statement_id, r"..\..\C:\evil\回答.pdf", b"%PDF-1")
    assert row.filename == "回答.pdf" and row.size == 6 and len(row.sha256) == 64
    with world.db.reader() as r:
        [listed] = attachments.listing(r, "statement", world.statement_id)
        assert (listed.filename, listed.size) == ("回答.pdf", 6)
        assert attachments.content(r, row.id) == ("回答.pdf", b"%PDF-1")
    monkeypatch.setattr(attachments, "MAX_BYTES", 4)
    with pytest.raises(LedgerError) as refused:
        attachments.attach(world.db, "statement", world.statement_id, "big.pdf", b"12345")
    assert refused.value.code == "attachment_too_large"
    assert "big.pdf" in refused.value.message("ja")
    assert ledger.verify(world.db).ok


@pytest.mark.parametrize(
    "given, safe",
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Windows\\win.ini", "win.ini"),
        ("C:evil.exe", "evil.exe"),
        ("..", "attachment"),
        ("CON.txt", "_CON.txt"),
        ("a<b>:c.pdf", "a_b__c.pdf"),
        ("", "attachment"),
    ],
)
def test_stored_name_never_decides_a_path(given, safe):
    assert attachments.safe_name(given) == safe


def test_export_with_withdrawals_late_entries_and_attachments_round_trips_exactly(world, new_target, tmp_path):
    _decide(world, "suspend", "2021-03-19")
    wrong = _decide(world, "terminate", "2021-04-15")
    _decide(world, "discussing", "2021-03-25")  # entered late
    decisions.withdraw_decision(
        world.db,
        WithdrawalIn(decision_id=wrong.id, withdrawn_on="2021-04-16", reason="押し間違い", withdrawn_by_role="課長"),
    )
    attachments.attach(world.db, "decision", wrong.id, "決裁.pdf", b"%PDF-1 decision")
    statements.check_claim(
        world.db, CheckIn(claim_id=world.claim_ids[0], verification="disputed", checked_on="2021-03-30")
    )
    statements.retire_statement(world.db, world.statement_id, date(2021, 4, 20))
    first = ledger_json.write_export(world.db, tmp_path / "first.json")
    tables = json.loads(first.read_text(encoding="utf-8"))["tables"]
    assert len(tables["decision_withdrawal"]) == 1 and len(tables["attachment"]) == 1
    assert [st["retired_on"] for st in tables["statement"]] == ["2021-04-20"]
    target = open_database(new_target(at_head=True), actor="tester")
    try:
        ledger_json.import_file(target, first)
        again = ledger_json.write_export(target, tmp_path / "again.json")
        assert again.read_bytes() == first.read_bytes()
        history = read(target, decision_reads.history)
        assert [(d.state, d.late, d.withdrawal is not None, d.current) for d in history] == [
            ("suspend", False, False, False),
            ("discussing", True, False, True),
            ("terminate", False, True, False),
        ]
        assert ledger.verify(target).ok
    finally:
        target.close()
    assert date(2021, 4, 16) == history[-1].withdrawal.withdrawn_on


def _statement_with_source(w):
    source = incidents.add_source(w.db, SourceIn(incident_id=w.incident_id, title="報道発表"))
    return statements.log_statement(
        w.db,
        StatementIn(
            incident_id=w.incident_id,
            party_id=w.party_id,
            made="2021-03-18",
            channel="phone",
            title="誤って記録",
            source_ids=(source.id,),
            claims=["一つ目", "二つ目"],
        ),
    )


def test_statement_nothing_refers_to_is_deleted_with_its_claims_each_audited(world, events_of):
    """A statement logged by mistake goes with its claims and source links, one delete event for each."""
    wrong = _statement_with_source(world)
    _, events = events_of(lambda: statements.delete_statement(world.db, wrong.id, version=wrong.version))
    assert [(e.action, e.entity) for e in events] == [
        ("delete", "statement_source"),
        ("delete", "claim"),
        ("delete", "claim"),
        ("delete", "statement"),
    ]
    overview = read(world.db, incident_reads.overview, world.incident_id)
    assert [st.id for st in overview.statements] == [world.statement_id]
    assert ledger.verify(world.db).ok


@pytest.mark.parametrize("tie", ["check", "attachment", "decision"])
def test_statement_others_refer_to_is_refused_then_retired_and_used_again(world, ledger_state, tie):
    """A checked claim, an attached file or a decision relying on it keeps a statement from being deleted (the
    refusal counts what refers to it and changes nothing); retired, it leaves the list, deadlines and memo rows
    but stays readable, an edit keeps it retired, and it can be used again."""
    from incidentdesk.domain.inputs import ClaimIn

    statements.edit_claim(
        world.db,
        world.claim_ids[1],
        ClaimIn(statement_id=world.statement_id, text="移転予定", promised_by="2099-12-31"),
    )
    if tie == "check":
        statements.check_claim(
            world.db, CheckIn(claim_id=world.claim_ids[0], verification="confirmed", checked_on="2021-03-20")
        )
    elif tie == "attachment":
        attachments.attach(world.db, "statement", world.statement_id, "説明.pdf", b"%PDF")
    else:
        _decide(world, "suspend", "2021-03-19", statement_ids=(world.statement_id,))
    before = ledger_state(world.db)
    with pytest.raises(LedgerError) as refused:
        statements.delete_statement(world.db, world.statement_id)
    assert refused.value.code == "statement_has_history" and ledger_state(world.db) == before
    assert "1" in refused.value.message("ja") and "Retire it instead" in refused.value.message("en")
    with pytest.raises(LedgerError) as future:
        statements.retire_statement(world.db, world.statement_id, date(2099, 1, 1))
    assert future.value.code == "date_in_future"
    statements.retire_statement(world.db, world.statement_id, date(2021, 4, 1))
    overview = read(world.db, incident_reads.overview, world.incident_id)
    assert overview.statements == () and [st.id for st in overview.retired_statements] == [world.statement_id]
    assert not [d for d in overview.deadlines if d.kind == "promise"]
    as_then = read(world.db, incident_reads.overview, world.incident_id, as_of=date(2021, 3, 31))
    assert [st.id for st in as_then.statements] == [world.statement_id]  # a memo dated before still shows it
    st = read(world.db, incident_reads.statement, world.statement_id)
    statements.edit_statement(
        world.db,
        world.statement_id,
        StatementIn(
            incident_id=world.incident_id,
            party_id=world.party_id,
            made="2021-03-17",
            channel="press_release",
            title="一部報道について(訂正)",
        ),
        version=st.version,
    )
    assert read(world.db, incident_reads.statement, world.statement_id).retired_on == date(2021, 4, 1)
    statements.retire_statement(world.db, world.statement_id, None)
    overview = read(world.db, incident_reads.overview, world.incident_id)
    assert [st.id for st in overview.statements] == [world.statement_id] and overview.retired_statements == ()
    assert ledger.verify(world.db).ok
