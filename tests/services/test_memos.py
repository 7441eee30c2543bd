"""The memo service: issuing stores exact bytes and is audited, numbering, reprint, changes since the last memo."""

from __future__ import annotations

import hashlib
import io
import shutil
from dataclasses import dataclass
from datetime import date

import pytest
from pypdf import PdfReader
from sqlmodel import select

from ledger_reads import read
from incidentdesk.services.reads import incidents as incident_reads
from incidentdesk.domain.inputs import (
    AnswerIn,
    CheckIn,
    ClaimIn,
    DecisionIn,
    IncidentIn,
    LinkIn,
    LocationIn,
    PartyIn,
    RequestIn,
    RoleIn,
    ServiceIn,
    SettingsIn,
    StatementIn,
    TimelineIn,
    UseIn,
)
from incidentdesk import cli
from incidentdesk.domain.errors import LedgerError
from incidentdesk.services import catalog, decisions, incidents, ledger, memos, requests, statements
from incidentdesk.storage.database import Database, open_database
from incidentdesk.storage.models import AuditEvent, Claim

DAY = date(2021, 3, 19)


@dataclass
class Case:
    incident_id: int
    use_ids: list[int]
    claim_ids: list[int]
    request_id: int


@pytest.fixture
def ledger_db(tmp_path, sqlite_template) -> Database:
    """A fresh SQLite ledger at the current schema, with the sample municipality's memo settings."""
    shutil.copyfile(sqlite_template, tmp_path / "t.db")
    db = open_database(str(tmp_path / "t.db"), actor="tester")
    ledger.save_settings(
        db,
        SettingsIn(
            municipality="サンプル市",
            department="総務部",
            section="情報政策課",
            contact_name="情報 太郎",
            contact_phone="内線 1234",
            memo_number_prefix="情政第",
        ),
    )
    yield db
    db.close()


def make_case(db: Database, uses: int = 3) -> Case:
    """One service with `uses` affected uses, each decided 'continue'; a statement with two claims; one request."""
    line = catalog.add_party(db, PartyIn(name="LINE株式会社", kind="platform", country="JP"))
    service = catalog.add_service(
        db, ServiceIn(name="サンプル市LINE公式アカウント", platform="LINE", department="広報課")
    )
    catalog.assign_party(db, RoleIn(service_id=service.id, party_id=line.id, role="platform"))
    catalog.add_location(
        db, LocationIn(service_id=service.id, category="inquiry", kind="storage", country="JP", party_id=line.id)
    )
    use_ids = [
        catalog.add_use(
            db,
            UseIn(
                service_id=service.id,
                name=f"業務{i:04d}",
                handles_personal_data=i % 2 == 0,
                personal_data="氏名・住所" if i % 2 == 0 else "",
            ),
        ).id
        for i in range(uses)
    ]
    incident = incidents.open_incident(
        db,
        IncidentIn(
            title="LINE社の個人情報管理問題",
            occurred_on="2021-03-17",
            summary="中国の関連会社から個人情報にアクセス可能だった。総務省から照会があった。",
        ),
    )
    incidents.link_uses(db, LinkIn(incident_id=incident.id, use_ids=use_ids))
    incidents.add_timeline_entry(db, TimelineIn(incident_id=incident.id, occurred="2021-03-17", text="報道。"))
    st = statements.log_statement(
        db,
        StatementIn(
            incident_id=incident.id,
            party_id=line.id,
            made="2021-03-17",
            channel="press_release",
            title="一部報道について",
            claims=["外部からの不正アクセスは発生していない", "トーク本文は日本国内に保存している"],
        ),
    )
    with db.read() as s:
        claim_ids = list(s.exec(select(Claim.id).where(Claim.statement_id == st.id).order_by(Claim.position)))
    for use_id in use_ids:
        decisions.record_decision(
            db,
            DecisionIn(
                incident_id=incident.id,
                use_id=use_id,
                state="continue",
                decided_on="2021-03-18",
                rationale="個人情報を扱わない",
                next_review_on="2021-04-30",
            ),
        )
    request = requests.add_request(
        db,
        RequestIn(
            incident_id=incident.id,
            issuer="総務省",
            issued_on="2021-03-18",
            due_on="2021-03-26",
            subject="LINEの利用状況に関する調査",
        ),
    )
    return Case(incident.id, use_ids, claim_ids, request.id)


def pdf_text(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_issue_stores_the_exact_pdf_with_its_hash_in_an_audited_row(ledger_db):
    """Issuing stores number, date, bytes and SHA-256; the creation is an audit event; reprint gives the bytes."""
    case = make_case(ledger_db)
    row = memos.issue(ledger_db, case.incident_id, lang="ja", memo_date=DAY)
    pdf = memos.reprint(ledger_db, row.number)
    assert row.number == "情政第1号" and row.issued_on == DAY
    assert row.sha256 == hashlib.sha256(pdf).hexdigest() and row.size == len(pdf)
    assert pdf == memos.render(ledger_db, case.incident_id, lang="ja", memo_date=DAY, number="情政第1号")
    with ledger_db.read() as s:
        event = s.exec(select(AuditEvent).where(AuditEvent.entity == "memo")).one()
    assert event.action == "create" and event.entity_id == row.id and row.sha256 in event.new
    assert ledger.verify(ledger_db).ok


def test_reprint_returns_the_stored_bytes_whatever_changed_since(ledger_db):
    """After a new decision the fresh render differs, but reprint still returns the issued file."""
    case = make_case(ledger_db)
    row = memos.issue(ledger_db, case.incident_id, lang="ja", memo_date=DAY)
    issued = memos.reprint(ledger_db, row.number)
    decisions.record_decision(
        ledger_db,
        DecisionIn(incident_id=case.incident_id, use_id=case.use_ids[0], state="suspend", decided_on="2021-03-19"),
    )
    fresh = memos.render(ledger_db, case.incident_id, lang="ja", memo_date=DAY, number=row.number)
    assert fresh != issued
    assert memos.reprint(ledger_db, row.number) == issued
    assert hashlib.sha256(memos.reprint(ledger_db, row.number)).hexdigest() == row.sha256


def test_taken_and_unknown_numbers_are_refused(ledger_db):
    """A number already issued cannot be issued again; reprinting an unknown number says so."""
    case = make_case(ledger_db)
    memos.issue(ledger_db, case.incident_id, lang="ja", memo_date=DAY, number="情政第7号")
    with pytest.raises(LedgerError) as err:
        memos.issue(ledger_db, case.incident_id, lang="en", memo_date=DAY, number="情政第7号")
    assert err.value.code == "memo_number_taken" and "情政第7号" in err.value.message("ja")
    with pytest.raises(LedgerError) as err:
        memos.reprint(ledger_db, "情政第8号")
    assert err.value.code == "memo_not_found"
    assert len(memos.list_issued(ledger_db)) == 1


def test_numbers_run_per_fiscal_year(ledger_db):
    """Numbers count up within a fiscal year (April–March) and start again at 1 in the next one."""
    case = make_case(ledger_db)
    assert memos.next_number(ledger_db, DAY) == "情政第1号"
    memos.issue(ledger_db, case.incident_id, lang="ja", memo_date=DAY)
    memos.issue(ledger_db, case.incident_id, lang="ja", memo_date=date(2021, 3, 31))
    assert memos.next_number(ledger_db, date(2021, 3, 31)) == "情政第3号"
    assert memos.next_number(ledger_db, date(2022, 4, 1)) == "情政第3号"  # 1 and 2 are taken by FY2020
    ledger.save_settings(ledger_db, SettingsIn(memo_number_prefix="情報政策"))  # 第 is added when the prefix lacks it
    assert memos.next_number(ledger_db, date(2021, 4, 1)) == "情報政策第1号"


def test_list_issued_gives_read_models_without_bytes(ledger_db):
    """list_issued returns frozen rows, newest first, filtered by incident."""
    case = make_case(ledger_db)
    first = memos.issue(ledger_db, case.incident_id, lang="ja", memo_date=DAY)
    second = memos.issue(ledger_db, case.incident_id, lang="en", memo_date=date(2021, 3, 26))
    rows = memos.list_issued(ledger_db, case.incident_id)
    assert [r.number for r in rows] == [second.number, first.number]
    assert rows[0].lang == "en" and rows[0].title.startswith("Status report") and rows[0].size > 1000
    assert not hasattr(rows[0], "pdf") and memos.list_issued(ledger_db, case.incident_id + 1) == []
    with pytest.raises(AttributeError):
        rows[0].number = "x"


def test_changes_since_the_last_memo_are_exactly_what_the_audit_trail_records(ledger_db):
    """Decisions, claim verifications, promised dates and requests after the previous memo are listed; nothing else."""
    case = make_case(ledger_db)
    memos.issue(ledger_db, case.incident_id, lang="ja", memo_date=DAY)
    decisions.record_decision(
        ledger_db,
        DecisionIn(
            incident_id=case.incident_id,
            use_id=case.use_ids[1],
            state="suspend",
            decided_on="2021-03-22",
            rationale="相談内容は機密性が高い",
        ),
    )
    statements.check_claim(
        ledger_db,
        CheckIn(claim_id=case.claim_ids[1], verification="disputed", checked_how="報道と照合", checked_on="2021-03-22"),
    )
    statements.edit_claim(
        ledger_db,
        case.claim_ids[0],
        ClaimIn(
            statement_id=0,
            text=read(ledger_db, incident_reads.claim, case.claim_ids[0]).claim.text,
            promised_by="2021-06-30",
        ),
    )
    requests.mark_answered(ledger_db, case.request_id, AnswerIn(answered_on="2021-03-25", answer="一覧を回答"))
    added = requests.add_request(
        ledger_db,
        RequestIn(
            incident_id=case.incident_id, issuer="県", issued_on="2021-03-24", due_on="2021-04-09", subject="再点検"
        ),
    )
    data = memos.assemble(ledger_db, case.incident_id, lang="ja", memo_date=date(2021, 3, 26), number="x")
    assert data.previous.number == "情政第1号"
    got = {(c.kind, c.subject, c.old, c.new) for c in data.changes}
    assert got == {
        ("decision", "業務0001(サンプル市LINE公式アカウント)", "continue", "suspend"),
        ("claim", "LINE株式会社「トーク本文は日本国内に保存している」", "unverified", "disputed"),
        ("promise", "LINE株式会社「外部からの不正アクセスは発生していない」", "", "2021-06-30"),
        ("request_answered", "総務省「LINEの利用状況に関する調査」", "", "2021-03-25"),
        ("request_added", "県「再点検」", "", "2021-04-09"),
    }
    assert added.id != case.request_id
    text = pdf_text(memos.render(ledger_db, case.incident_id, lang="ja", memo_date=date(2021, 3, 26), number="x"))
    assert "前回報告(情政第1号、令和3年3月19日)からの変更" in text and "継続 → 停止" in text
    assert "未確認 → 相違あり" in text


def test_a_request_then_a_superseding_decision_after_a_memo_are_both_listed(ledger_db):
    """The ordinary week after a 照会 arrives: a new request, then a decision replacing an earlier one."""
    case = make_case(ledger_db)
    memos.issue(ledger_db, case.incident_id, lang="ja", memo_date=DAY)
    requests.add_request(
        ledger_db,
        RequestIn(
            incident_id=case.incident_id, issuer="県", issued_on="2021-03-22", due_on="2021-04-09", subject="再点検"
        ),
    )
    decisions.record_decision(
        ledger_db,
        DecisionIn(incident_id=case.incident_id, use_id=case.use_ids[0], state="suspend", decided_on="2021-03-23"),
    )
    data = memos.assemble(ledger_db, case.incident_id, lang="ja", memo_date=date(2021, 3, 26), number="x")
    # In the order they happened: the request on 3/22, the decision on 3/23.
    assert [(c.kind, c.old, c.new) for c in data.changes] == [
        ("request_added", "", "2021-04-09"),
        ("decision", "continue", "suspend"),
    ]


def test_no_changes_section_before_the_first_memo_and_an_empty_one_after_a_quiet_week(ledger_db):
    """The first memo has no changes block; a memo right after another says nothing changed."""
    case = make_case(ledger_db)
    assert "前回報告" not in pdf_text(memos.render(ledger_db, case.incident_id, lang="ja", memo_date=DAY, number="x"))
    memos.issue(ledger_db, case.incident_id, lang="ja", memo_date=DAY)
    data = memos.assemble(ledger_db, case.incident_id, lang="ja", memo_date=DAY, number="y")
    assert data.previous is not None and data.changes == ()


def test_default_texts_summarise_counts_and_policy(ledger_db):
    """The generated overview counts uses and decisions; the policy names the decision, reason and review."""
    case = make_case(ledger_db)
    overview, policy = memos.default_texts(ledger_db, case.incident_id, lang="ja", memo_date=DAY)
    assert "影響を受ける業務は3件(うち住民の個人情報を扱う業務2件)" in overview and "継続3件" in overview
    assert policy.startswith("(1) 継続(3件)") and "理由:個人情報を扱わない" in policy and "令和3年4月30日" in policy
    edited = memos.render(
        ledger_db,
        case.incident_id,
        lang="ja",
        memo_date=DAY,
        number="x",
        overview="市長に口頭で説明済み。",
        policy="当面継続する。",
    )
    text = pdf_text(edited)
    assert "市長に口頭で説明済み。" in text and "当面継続する。" in text and "理由:個人情報を扱わない" not in text


def test_fifty_uses_render_identically(ledger_db):
    """A memo for 50 uses gives the same bytes twice (its speed is measured by `make bench`, not here)."""
    case = make_case(ledger_db, uses=50)
    first = memos.render(ledger_db, case.incident_id, lang="ja", memo_date=DAY, number="x")
    assert first == memos.render(ledger_db, case.incident_id, lang="ja", memo_date=DAY, number="x")


def test_command_line_writes_issues_and_reprints(ledger_db, tmp_path, capsys):
    """`memo` writes a draft (marked 案), `--issue` stores the memo without the mark, `--reprint` writes the
    identical file, and a draft of the issued number on the unchanged ledger renders as issued."""
    case = make_case(ledger_db)
    target = str(ledger_db.sqlite_path)
    ledger_db.close()
    base = ["--db", target, "--lang", "ja", "memo", str(case.incident_id), "--date", "2021-03-19"]
    assert cli.main(base + ["--out", str(tmp_path / "draft.pdf")]) == 0
    assert cli.main(base + ["--out", str(tmp_path / "issued.pdf"), "--issue"]) == 0
    assert cli.main(base + ["--out", str(tmp_path / "again.pdf"), "--reprint", "情政第1号"]) == 0
    assert cli.main(base + ["--out", str(tmp_path / "rerender.pdf"), "--number", "情政第1号"]) == 0
    out = capsys.readouterr().out
    assert "情政第1号 として発行し" in out and "報告メモを作成しました" in out
    issued = (tmp_path / "issued.pdf").read_bytes()
    assert issued == (tmp_path / "again.pdf").read_bytes() == (tmp_path / "rerender.pdf").read_bytes()
    draft = (tmp_path / "draft.pdf").read_bytes()
    assert draft != issued
    assert "操作履歴の照合値" in pdf_text(issued) and "操作履歴の照合値" not in pdf_text(draft)
    assert cli.main(base + ["--out", str(tmp_path / "x.pdf"), "--reprint", "情政第9号"]) == 2


def test_issue_list_and_reprint_work_on_each_backend(db):
    """On SQLite and PostgreSQL alike: issue twice, list sizes without bytes, reprint, changes since the first."""
    case = make_case(db, uses=2)
    first = memos.issue(db, case.incident_id, lang="ja", memo_date=DAY)
    decisions.record_decision(
        db, DecisionIn(incident_id=case.incident_id, use_id=case.use_ids[0], state="suspend", decided_on="2021-03-20")
    )
    second = memos.issue(db, case.incident_id, lang="ja", memo_date=date(2021, 3, 22))
    rows = memos.list_issued(db)
    assert [r.number for r in rows] == [second.number, first.number] == ["第2号", "第1号"]
    assert rows[1].size == len(memos.reprint(db, first.number))
    data = memos.assemble(db, case.incident_id, lang="en", memo_date=date(2021, 3, 22), number=second.number)
    assert [(c.kind, c.old, c.new) for c in data.changes] == [("decision", "continue", "suspend")]


def test_sample_memo_rows_carry_each_use_s_current_decision(tmp_path, sqlite_template):
    """On the LINE 2021 sample, Tottori's counselling row says 停止 and its information row 再開, as decided."""
    from incidentdesk.services import sample_case

    shutil.copyfile(sqlite_template, tmp_path / "s.db")
    db = open_database(str(tmp_path / "s.db"))
    try:
        incident_id = sample_case.load(db)
        text = pdf_text(memos.render(db, incident_id, lang="ja", memo_date=date(2021, 5, 10), number="情政第1号"))
    finally:
        db.close()
    table = text[text.index("現状\n") : text.index("事業者説明・国等の動向")]
    information = table[table.index("県政情報の配信") : table.index("LINE相談窓口")]
    counselling = table[table.index("LINE相談窓口") :]  # the last row of the table
    # Its history line tells the earlier suspension; its decision cell only the current state.
    assert "経過 停止 R3.3.22 → 再開" in information
    information = information[information.index("R3.4.15") :]
    assert "再開" in information and "停止" not in information
    assert "停止" in counselling and "再開" not in counselling
