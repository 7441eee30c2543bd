"""The three fixtures of other shapes (tests/cases), their distinctive parts entered through the window's own
forms, opened by the buttons of the pages as a person opens them, and read back the same as when the fixture
is entered through the services: the same memo parts (MemoData, Japanese and English) on the memo dates.

Each test enters only what makes its case what it is (said in its docstring), not every row of the fixture;
the comparison is over those parts. Dates are typed as people type them: 和暦, R5.6.20, 2019/4/1, full-width
digits through the input method, months and ranges.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from cases import lost_medium, malfunction, ransomware
from incidentdesk.services import memos
from incidentdesk.services.reads import incidents as incident_reads
from incidentdesk.storage.database import open_database
from ledger_reads import read
from window_entry import Desk, Fill, select_rows


@pytest.fixture
def desk(qtbot, runner, make_ctx, empty_db, monkeypatch):
    return Desk(qtbot, runner, make_ctx(empty_db), monkeypatch)


@pytest.fixture
def fixture_db(tmp_path):
    db = open_database(str(tmp_path / "fixture.db"), actor="tester")
    yield db
    db.close()


def only_incident(db) -> int:
    with db.reader() as r:
        return r.scalar("SELECT id FROM incident")


def memo(db, incident_id: int, lang: str, day: date):
    return memos.assemble(db, incident_id, lang=lang, memo_date=day, number="")


def same_parts(window_db, fixture_db, fixture_incident: int, days, uses, requests=None) -> None:
    """The memo parts the window entered say the same as the fixture's: the use lines named (chain, places,
    state, date, history), the timeline entries the window logged (when, text, cited sources), its statements
    (claims with their check as of the day) and the requests named, in both languages, on each day."""
    mine = only_incident(window_db)
    for lang in ("ja", "en"):
        for day in days:
            got, want = memo(window_db, mine, lang, day), memo(fixture_db, fixture_incident, lang, day)
            pick = lambda lines: {u.use: u for u in lines if u.use in uses}  # noqa: E731
            assert pick(got.uses) == pick(want.uses) and len(pick(got.uses)) == len(uses), (lang, day)
            logged = {t.text for t in got.timeline}
            assert got.timeline == tuple(t for t in want.timeline if t.text in logged), (lang, day)
            said = {s.title for s in got.statements}
            assert got.statements == tuple(s for s in want.statements if s.title in said), (lang, day)
            wanted = requests if requests is not None else {q.subject for q in got.requests}
            assert {q.subject: q for q in got.requests if q.subject in wanted} == {
                q.subject: q for q in want.requests if q.subject in wanted
            }, (lang, day)


def checks(db, incident_id: int) -> list:
    """Every claim's check history, oldest first: (claim, state, date, how, by)."""
    ov = read(db, incident_reads.overview, incident_id)
    return [
        (c.text, k.verification, k.checked_on, k.checked_how, k.checked_by)
        for st in ov.statements
        for c in st.claims
        for k in sorted(c.checks, key=lambda k: k.checked_on)
    ]


def parties(desk: Desk, rows) -> None:
    page = desk.page("parties")
    for name, kind in rows:
        desk.form(page.btn_new.click, Fill(type={"name": name, "notes": "架空の事業者"}, values={"kind": kind}))


def test_malfunction_through_the_window(desk, fixture_db):
    """(a) 北浜市's certificate service: three parties; the service with its platform and two uses; a contractor
    and an approved subcontractor since 2019/4/1 (typed 平成31年4月1日 and H31.4.1); two data locations with
    their place and party; the incident and its uses linked by choosing the service; timeline entries known
    only to the month (「令和５年３月〜４月」, 「令和５年５月下旬」 in full-width digits), one on R5.6.20 and one
    citing two sources, one of them made from inside the timeline form (New source…); a press conference with
    two claims, checked, one re-checked later (check history); a regulator's order addressed to the vendor (for
    information) and a monthly report with one report recorded; decisions that go back and forth (停止, 再開,
    停止, 協議中) recorded as one decision for both uses, then 条件付き継続 until 令和6年3月31日, then 廃止."""
    parties(
        desk,
        [
            ("株式会社架空システムズ", "contractor"),
            ("株式会社南町ソフト", "subcontractor"),
            ("架空データセンター株式会社", "cloud"),
        ],
    )

    services = desk.page("services")
    desk.form(
        services.btn_new.click,
        Fill(
            type={
                "name": "北浜市証明書コンビニ交付",
                "platform": "証明書コンビニ交付システム",
                "department": "市民課",
                "started_on": "平成31年4月1日",
                "notes": "架空のサービス",
            },
            values={"contract_type": "individual"},
        ),
    )
    view = desk.service
    assert view.title.text() == "北浜市証明書コンビニ交付"
    for name, personal in (
        ("住民票の写しのコンビニ交付", "氏名・住所・本籍等"),
        ("印鑑登録証明書のコンビニ交付", "氏名・住所・生年月日"),
    ):
        desk.form(
            view.btn_use.click,
            Fill(
                type={"name": name, "personal_data": personal},
                values={"handles_personal_data": True, "confidentiality": 3},
            ),
        )
    desk.form(
        view.btn_party.click,
        Fill(
            pick={"party_id": "株式会社架空システムズ"}, values={"role": "contractor"}, type={"valid_from": "2019/4/1"}
        ),
    )
    desk.form(
        view.btn_party.click,
        Fill(
            pick={"party_id": "株式会社南町ソフト", "upstream_id": "株式会社架空システムズ"},
            values={"role": "subcontractor", "approval": "approved"},
            type={"valid_from": "H31.4.1", "notes": "プログラム保守"},
        ),
    )
    desk.form(
        view.btn_location.click,
        Fill(
            values={"category": "certificates", "kind": "storage"},
            pick={"party_id": "架空データセンター株式会社"},
            type={"detail": "交付用の証明書データ", "place": "委託先データセンター(東京都)"},
        ),
    )
    desk.form(
        view.btn_location.click,
        Fill(
            values={"category": "resident_records", "kind": "operation"},
            pick={"party_id": "株式会社架空システムズ"},
            type={"place": "事業者の運用拠点(大阪府)"},
        ),
    )
    assert view.chain_label.text().endswith(
        f"the city → 株式会社架空システムズ → 株式会社南町ソフト (approved, since {desk.ctx.short(date(2019, 4, 1))})"
    )

    incidents = desk.page("incidents")
    desk.form(
        incidents.btn_new.click,
        Fill(
            type={
                "title": "証明書コンビニ交付サービスの誤交付(架空事例)",
                "occurred_on": "令和5年5月8日",
                "known_on": "2023-05-08",
                "summary": malfunction.SUMMARY,
            },
            values={"status": "open"},
        ),
    )
    inc = desk.incident
    desk.form(inc.btn_link.click, Fill(pick={"service_id": "北浜市証明書コンビニ交付"}))
    assert inc.matrix.source.rowCount() == 2
    for title, publisher, published in (
        ("コンビニで別人の住民票 交付", "新聞A", "2023-05-08"),
        ("システムの一時停止と総点検について(通知)", "国の所管庁", "R5.5.9"),
    ):
        desk.form(inc.btn_source_add.click, Fill(type={"title": title, "publisher": publisher, "published": published}))

    def echoed(text):
        return lambda form: (
            form.widget("occurred").understood.text() == f"= {text}"
            or pytest.fail(f"the form understood {form.widget('occurred').understood.text()!r}, not {text!r}")
        )

    def new_source(form):
        form.findChild(type(form.save_button), "newSource").click()

    for when, text, cites, understood in (
        (
            "令和５年３月〜４月",
            "他団体で誤交付が断続的に発生していた(事業者の後日の説明による)。",
            [],
            "March–April 2023",
        ),
        (
            "R5.5.9",
            "国の所管庁が事業者にサービスの一時停止とシステムの総点検を要請した。",
            ["システムの一時停止と総点検について(通知)", "コンビニで別人の住民票 交付"],
            "9 May 2023",
        ),
        ("令和５年５月下旬", "事業者が全利用団体でプログラムを修正した。", [], "late May 2023"),
        ("R5.6.20", "事業者が総点検の中間報告を公表した。", [], "20 June 2023"),
    ):
        desk.form(
            inc.btn_timeline_add.click,
            Fill(type={"occurred": when, "text": text}, pick={"source_ids": cites}, check=echoed(understood)),
        )
    # The entry of 6/2 cites a source registered from inside its own form; it comes back ticked.
    desk.form(
        inc.btn_timeline_add.click,
        Fill(type={"occurred": "２０２３－０６－０２", "text": "別の市で再び誤交付が発生した。"}, then=new_source),
        Fill(type={"title": "別の市で再び誤交付", "publisher": "新聞B", "published": "2023/6/2"}),
    )

    desk.form(
        inc.btn_statement.click,
        Fill(
            pick={"party_id": "株式会社架空システムズ", "source_ids": ["コンビニで別人の住民票 交付"]},
            values={"channel": "press_conference"},
            type={
                "made": "R5.5.9",
                "speaker": "株式会社架空システムズ 代表取締役",
                "title": "誤交付についての記者会見",
                "claims": "原因は同時に多数の交付要求があった際のプログラムの不具合である\n"
                "5月下旬までに全団体で修正を完了する",
            },
        ),
    )
    inc.tabs.setCurrentIndex(2)
    for claim, state, day, how, by in (
        (0, "confirmed", "2023-05-19", "事業者の障害報告書で確認", "架空 花子"),
        (1, "unverified", "2023-05-10", "修正完了の報告を待つ", ""),
        (1, "disputed", "R5.6.10", "6月2日の再発により修正は不完全と判断", ""),
    ):
        inc.claims.selectRow(claim)
        desk.form(
            inc.btn_verify.click,
            Fill(values={"verification": state}, type={"checked_on": day, "checked_how": how, "checked_by": by}),
        )

    desk.form(
        inc.btn_request_add.click,
        Fill(
            values={"direction": "for_information"},
            type={
                "issuer": "国の所管庁",
                "issued_on": "2023-05-09",
                "subject": "システムの一時停止と総点検",
                "addressee": "株式会社架空システムズ",
                "asks": "サービスを一時停止し、全利用団体のシステムを総点検すること",
            },
        ),
    )
    desk.form(
        inc.btn_request_add.click,
        Fill(
            type={
                "issuer": "国の所管庁",
                "issued_on": "2023-06-06",
                "due_on": "2023-06-30",
                "every_months": "1",
                "subject": "再開に向けた点検状況の定期報告",
            }
        ),
    )
    inc.requests.select_where(lambda q: q.every_months)
    desk.form(
        inc.btn_request_answer.click,
        Fill(
            type={"reported_on": "2023-06-29", "text": "点検状況を報告"},
            check=lambda form: form.value("due_on") == "2023-06-30" or pytest.fail(form.value("due_on")),
        ),
    )

    both = lambda a: a.use_name != "戸籍証明書のコンビニ交付"  # noqa: E731
    for state, day, role, name, why, cond in (
        ("suspend", "2023-05-10", "市長", "北浜 一郎", "他団体での誤交付を受け、原因の判明まで停止する", ""),
        ("resume", "R5.5.20", "副市長", "", "事業者の修正完了報告を受けて再開する", "毎日の交付結果を抽出確認する"),
        ("suspend", "2023-06-05", "市長", "北浜 一郎", "別の市で再発したため再び停止する", "国の総点検の完了"),
        ("discussing", "2023-06-12", "総務部長", "", "総点検の結果を待って協議する", ""),
    ):
        assert select_rows(inc.matrix, both) == 2
        desk.form(
            inc.btn_decision.click,
            Fill(
                values={"state": state},
                type={
                    "decided_on": day,
                    "decided_by_role": role,
                    "decided_by_name": name,
                    "rationale": why,
                    "conditions": cond,
                },
            ),
        )
    assert [line for line in desk.confirmations[1].splitlines() if "→" in line] == [  # one decision, both uses
        f"{use}: Suspended → Resumed (20 May 2023, 副市長)"
        for use in ("住民票の写しのコンビニ交付", "印鑑登録証明書のコンビニ交付")
    ]
    select_rows(inc.matrix, lambda a: a.use_name == "住民票の写しのコンビニ交付")
    desk.form(
        inc.btn_decision.click,
        Fill(
            values={"state": "conditional", "then_state": "terminate"},
            type={
                "decided_on": "2023-07-10",
                "decided_by_role": "市長",
                "decided_by_name": "北浜 一郎",
                "rationale": "総点検の完了報告を確認した",
                "conditions": "事業者の月次点検報告を確認すること",
                "effective_until": "令和6年3月31日",
            },
        ),
    )
    assert "until 31 March 2024, then Discontinued" in desk.confirmations[-1]

    case = malfunction.enter(fixture_db)
    malfunction.enter_late(fixture_db, case)
    same_parts(
        desk.ctx.ledger,
        fixture_db,
        case.incident_id,
        (malfunction.DATES[2], date(2024, 4, 5)),
        {"住民票の写しのコンビニ交付", "印鑑登録証明書のコンビニ交付"},
        {"システムの一時停止と総点検", "再開に向けた点検状況の定期報告"},
    )
    assert checks(desk.ctx.ledger, only_incident(desk.ctx.ledger)) == checks(fixture_db, case.incident_id)


def accept_offer(dues: dict[str, str]) -> Fill:
    """The statutory offer that follows marking a leak: its due dates as computed, accepted as they are."""

    def proposed(form) -> None:
        shown = {p.subject: form.value(f"due_{i}") for i, p in enumerate(form.proposals, start=1)}
        assert shown == dues, shown

    return Fill(check=proposed)


def test_ransomware_through_the_window(desk, fixture_db):
    """(b) 西岬市's printing and data-processing contractor: a chain of three, the last link a sub-subcontractor
    the city never approved (承認なし, since ２０２３／１０／１ typed in full-width), notes on the link; a location
    of one use only (the benefit's bank accounts at the unapproved cloud); the incident marked as a personal-data
    leak, which offers the statutory 速報 and 確報 to the Commission, accepted with their computed due dates, and
    the 速報 answered; a document with a claim checked twice (unverified, then disputed: its history); the
    Commission's order to the contractor and the ministry's circular to all bodies, both for information; both
    uses suspended by one decision for the whole service (More actions), then one continued with conditions."""
    parties(
        desk,
        [
            ("株式会社架空印刷", "contractor"),
            ("架空データ処理センター株式会社", "subcontractor"),
            ("株式会社架空クラウド", "cloud"),
        ],
    )
    desk.form(
        desk.page("services").btn_new.click,
        Fill(
            type={
                "name": "税務通知書・給付金データ処理業務委託",
                "platform": "委託先の帳票処理システム",
                "department": "税務課",
                "notes": "架空の委託",
            },
            values={"contract_type": "individual"},
        ),
    )
    view = desk.service
    for name, dept, personal in (
        ("住民税の税額決定通知書の印刷・封入", "税務課", "氏名・住所・税額"),
        ("臨時給付金の口座データ処理", "福祉課", "氏名・口座番号"),
    ):
        desk.form(
            view.btn_use.click,
            Fill(
                type={"name": name, "department": dept, "personal_data": personal},
                values={"handles_personal_data": True, "confidentiality": 3},
            ),
        )
    desk.form(
        view.btn_party.click,
        Fill(
            pick={"party_id": "株式会社架空印刷"}, values={"role": "contractor"}, type={"valid_from": "令和4年4月1日"}
        ),
    )
    desk.form(
        view.btn_party.click,
        Fill(
            pick={"party_id": "架空データ処理センター株式会社", "upstream_id": "株式会社架空印刷"},
            values={"role": "subcontractor", "approval": "approved"},
            type={"valid_from": "R4.4.1"},
        ),
    )
    desk.form(
        view.btn_party.click,
        Fill(
            pick={"party_id": "株式会社架空クラウド", "upstream_id": "架空データ処理センター株式会社"},
            values={"role": "subcontractor", "approval": "not_approved"},
            type={"valid_from": "２０２３／１０／１", "notes": "市の承認なく再々委託"},
        ),
    )
    desk.form(
        view.btn_location.click,
        Fill(
            values={"category": "tax", "kind": "storage"},
            pick={"party_id": "株式会社架空印刷"},
            type={"detail": "税額通知の印刷データ", "place": "委託先工場(○○県)"},
        ),
    )
    desk.form(
        view.btn_location.click,
        Fill(
            values={"category": "bank_account", "kind": "storage"},
            pick={"party_id": "株式会社架空クラウド", "use_id": "臨時給付金の口座データ処理"},
            type={"detail": "給付金の振込口座", "place": "再々委託先のクラウド(東京都)"},
        ),
    )
    short = desk.ctx.short
    assert view.chain_label.text() == (
        f"Contractor chain in effect: the city → 株式会社架空印刷 → 架空データ処理センター株式会社 (approved, since "
        f"{short(date(2022, 4, 1))}) → 株式会社架空クラウド (not approved, since {short(date(2023, 10, 1))})"
    )

    incidents = desk.page("incidents")
    desk.form(
        incidents.btn_new.click,
        Fill(
            type={
                "title": "委託先事業者のランサムウェア被害による個人情報流出のおそれ(架空事例)",
                "occurred_on": "2024-05-30",
                "known_on": "令和6年6月3日",
                "summary": ransomware.SUMMARY,
            },
            values={"status": "open", "personal_data_leak": True},
        ),
        accept_offer({"漏えい等の速報": "2024-06-05", "漏えい等の確報": "2024-07-02"}),
    )
    inc = desk.incident
    desk.form(inc.btn_link.click, Fill(pick={"service_id": "税務通知書・給付金データ処理業務委託"}))
    inc.requests.select_where(lambda q: q.subject == "漏えい等の速報")
    desk.form(inc.btn_request_answer.click, Fill(type={"answered_on": "R6.6.5", "answer": "速報を提出"}))

    desk.form(
        inc.btn_source_add.click,
        Fill(
            type={
                "title": "ランサムウェア被害に関するお知らせ(第1報)",
                "publisher": "株式会社架空印刷",
                "published": "2024-06-03",
            }
        ),
    )
    desk.form(
        inc.btn_timeline_add.click,
        Fill(
            type={"occurred": "2024-05-30", "text": "委託先のサーバーが暗号化され、業務が停止した。"},
            pick={"source_ids": ["ランサムウェア被害に関するお知らせ(第1報)"]},
        ),
    )
    desk.form(
        inc.btn_statement.click,
        Fill(
            pick={"party_id": "株式会社架空印刷", "source_ids": ["ランサムウェア被害に関するお知らせ(第1報)"]},
            values={"channel": "document"},
            type={
                "made": "2024-06-03",
                "title": "被害の第1報",
                "claims": "本市のデータの流出は確認されていない\n7月末までにシステムを復旧する",
            },
        ),
    )
    inc.claims.selectRow(0)
    for state, day, how in (
        ("unverified", "2024-06-04", "調査結果を待つ"),
        ("disputed", "R6.6.24", "第2報で本市分の流出が判明"),
    ):
        desk.form(
            inc.btn_verify.click, Fill(values={"verification": state}, type={"checked_on": day, "checked_how": how})
        )
    for issuer, day, subject, addressee, asks in (
        (
            "個人情報保護委員会",
            "2024-06-10",
            "漏えい等事案に関する報告徴収",
            "株式会社架空印刷",
            "被害の範囲と原因、再発防止策を報告すること",
        ),
        (
            "総務省",
            "2024-06-12",
            "委託先におけるセキュリティ対策の再点検について(通知)",
            "全地方公共団体",
            "委託先のセキュリティ対策と再委託の状況を点検すること",
        ),
    ):
        desk.form(
            inc.btn_request_add.click,
            Fill(
                values={"direction": "for_information"},
                type={"issuer": issuer, "issued_on": day, "subject": subject, "addressee": addressee, "asks": asks},
            ),
        )

    inc.matrix.selectRow(0)
    desk.form(
        inc.act_service_all.trigger,
        Fill(
            values={"state": "suspend"},
            type={
                "decided_on": "2024-06-04",
                "decided_by_role": "市長",
                "decided_by_name": "西岬 太郎",
                "rationale": "委託先のシステム停止",
                "conditions": "安全性の確認",
            },
        ),
    )
    select_rows(inc.matrix, lambda a: a.use_name == "臨時給付金の口座データ処理")
    desk.form(
        inc.btn_decision.click,
        Fill(
            values={"state": "conditional"},
            type={
                "decided_on": "2024-06-28",
                "decided_by_role": "市長",
                "decided_by_name": "西岬 太郎",
                "rationale": "再々委託先を外すことを条件に継続する",
                "conditions": "承認のない再々委託の解消",
            },
        ),
    )

    case = ransomware.enter(fixture_db)
    same_parts(
        desk.ctx.ledger,
        fixture_db,
        case.incident_id,
        ransomware.DATES[:2],
        {"住民税の税額決定通知書の印刷・封入", "臨時給付金の口座データ処理"},
    )
    assert checks(desk.ctx.ledger, only_incident(desk.ctx.ledger)) == checks(fixture_db, case.incident_id)


def test_lost_medium_through_the_window(desk, fixture_db):
    """(c) 東谷市's lost USB memory: a chain whose links end on 2023-12-31 (one not approved, one unknown);
    the city's own server room (a place without a party) and the contractor's call centre in another city,
    used by one use and ending with the contract; the leak marked and the statutory reports accepted, both
    answered; 「令和５年１０月１７日・１８日」 (two days) typed in full-width; the press conference entry citing two
    sources; a claim checked unverified, then confirmed after the fact (事後登録: dated before the disputed
    check of the other claim was entered); both uses suspended, the call centre continued with conditions until
    the contract's last day and then 廃止, the other use terminated. The memo after the contract ended lists
    neither the contractor nor its call centre; the incident page shows the 廃止 that followed the end date
    with the day it took effect."""
    parties(
        desk,
        [
            ("株式会社架空情報サービス", "contractor"),
            ("架空ソリューションズ株式会社", "subcontractor"),
            ("株式会社架空テック", "subcontractor"),
        ],
    )
    desk.form(
        desk.page("services").btn_new.click,
        Fill(
            type={
                "name": "臨時特別給付金支給事務委託",
                "platform": "給付金支給管理システム",
                "department": "福祉政策課",
                "notes": "架空の委託",
            },
            values={"contract_type": "individual"},
        ),
    )
    view = desk.service
    for name, personal, level in (
        ("給付金の支給対象者の抽出", "全住民の住民記録・税情報", 3),
        ("給付金コールセンター", "問合せ者の氏名・連絡先", 2),
    ):
        desk.form(
            view.btn_use.click,
            Fill(
                type={"name": name, "personal_data": personal},
                values={"handles_personal_data": True, "confidentiality": level},
            ),
        )
    for party, upstream, approval, since in (
        ("株式会社架空情報サービス", None, None, "2023-06-01"),
        ("架空ソリューションズ株式会社", "株式会社架空情報サービス", "not_approved", "R5.6.1"),
        ("株式会社架空テック", "架空ソリューションズ株式会社", "unknown", "令和5年7月1日"),
    ):
        desk.form(
            view.btn_party.click,
            Fill(
                pick={"party_id": party, **({"upstream_id": upstream} if upstream else {})},
                values={"role": "subcontractor" if upstream else "contractor", "approval": approval},
                type={"valid_from": since, "valid_until": "令和５年１２月３１日"},
            ),
        )
    desk.form(
        view.btn_location.click,
        Fill(
            values={"category": "resident_records", "kind": "storage"},
            type={"detail": "全住民の住民記録", "place": "本庁舎サーバー室"},
        ),
    )
    desk.form(
        view.btn_location.click,
        Fill(
            values={"category": "inquiry", "kind": "operation"},
            pick={"party_id": "架空ソリューションズ株式会社", "use_id": "給付金コールセンター"},
            type={"place": "委託先コールセンター(南川市)", "valid_from": "2023-06-01", "valid_until": "2023-12-31"},
        ),
    )
    assert view.chain_label.text().startswith("Contractor chain: none in effect today")  # ended in 2023

    incidents = desk.page("incidents")
    desk.form(
        incidents.btn_new.click,
        Fill(
            type={
                "title": "再々委託先社員による住民記録入りUSBメモリの紛失(架空事例)",
                "occurred_on": "2023-10-17",
                "known_on": "R5.10.18",
                "summary": lost_medium.SUMMARY,
            },
            values={"status": "open", "personal_data_leak": True},
        ),
        accept_offer({"漏えい等の速報": "2023-10-20", "漏えい等の確報": "2023-11-16"}),
    )
    inc = desk.incident
    desk.form(inc.btn_link.click, Fill(pick={"service_id": "臨時特別給付金支給事務委託"}))
    for subject, day, answer in (
        ("漏えい等の速報", "2023-10-19", "速報を提出"),
        ("漏えい等の確報", "2023-11-15", "確報を提出"),
    ):
        inc.requests.select_where(lambda q, s=subject: q.subject == s)
        desk.form(inc.btn_request_answer.click, Fill(type={"answered_on": day, "answer": answer}))
    for title, publisher, published in (
        ("市長記者会見(USBメモリの紛失について)", "東谷市", "2023-10-18"),
        ("全市民の個人情報入りUSB紛失", "新聞D", "2023-10-19"),
    ):
        desk.form(inc.btn_source_add.click, Fill(type={"title": title, "publisher": publisher, "published": published}))
    for when, text, cites in (
        ("令和５年１０月１７日・１８日", "再々委託先の社員がUSBメモリを持ち出し、飲食後に紛失した。", []),
        (
            "2023-10-18",
            "市長が記者会見で紛失を公表した。",
            ["市長記者会見(USBメモリの紛失について)", "全市民の個人情報入りUSB紛失"],
        ),
    ):
        desk.form(inc.btn_timeline_add.click, Fill(type={"occurred": when, "text": text}, pick={"source_ids": cites}))
    desk.form(
        inc.btn_statement.click,
        Fill(
            pick={"party_id": "株式会社架空情報サービス", "source_ids": ["市長記者会見(USBメモリの紛失について)"]},
            values={"channel": "press_conference"},
            type={
                "made": "2023-10-18",
                "speaker": "株式会社架空情報サービス 社長",
                "claims": "データにはパスワードが設定されており、外部への流出は確認されていない\n"
                "再委託は市の承認を得ている",
            },
        ),
    )
    for claim, state, day, how in (
        (0, "unverified", "2023-10-18", "発見後の解析を待つ"),
        (1, "disputed", "2023-10-19", "市の承認記録がないことを契約担当課で確認"),
        (0, "confirmed", "2023-11-01", "発見されたUSBメモリの解析結果で確認"),
    ):
        inc.claims.selectRow(claim)
        desk.form(
            inc.btn_verify.click, Fill(values={"verification": state}, type={"checked_on": day, "checked_how": how})
        )

    select_rows(inc.matrix, lambda a: True)
    desk.form(
        inc.btn_decision.click,
        Fill(
            values={"state": "suspend"},
            type={
                "decided_on": "2023-10-18",
                "decided_by_role": "市長",
                "decided_by_name": "東谷 次郎",
                "rationale": "持出し経路の解明まで停止する",
                "conditions": "データ持出しの禁止措置",
            },
        ),
    )
    for use, state, day, role, name, why, cond, until in (
        (
            "給付金コールセンター",
            "conditional",
            "2023-11-02",
            "副市長",
            "",
            "問合せが多く窓口を止められない",
            "市職員が常駐し、個人情報の持出しを禁止する",
            "2023-12-31",
        ),
        (
            "給付金の支給対象者の抽出",
            "terminate",
            "2023-12-20",
            "市長",
            "東谷 次郎",
            "契約を更新せず、市の直営に切り替える",
            "",
            "",
        ),
    ):
        select_rows(inc.matrix, lambda a, u=use: a.use_name == u)
        desk.form(
            inc.btn_decision.click,
            Fill(
                values={"state": state, "then_state": "terminate" if until else None},
                type={
                    "decided_on": day,
                    "decided_by_role": role,
                    "decided_by_name": name,
                    "rationale": why,
                    "conditions": cond,
                    "effective_until": until,
                },
            ),
        )

    case = lost_medium.enter(fixture_db)
    lost_medium.enter_late(fixture_db, case)
    same_parts(
        desk.ctx.ledger,
        fixture_db,
        case.incident_id,
        lost_medium.DATES,
        {"給付金の支給対象者の抽出", "給付金コールセンター"},
    )
    assert checks(desk.ctx.ledger, only_incident(desk.ctx.ledger)) == checks(fixture_db, case.incident_id)
    after = memo(desk.ctx.ledger, only_incident(desk.ctx.ledger), "ja", lost_medium.DATES[2])
    call = next(u for u in after.uses if u.use == "給付金コールセンター")
    assert (call.contractors, call.accessed_from, call.state, call.decided_on) == (
        "",
        "",
        "terminate",
        date(2024, 1, 1),
    )
    # The incident page says the same today: 廃止 since the day after the end date, not the decision's 11/2.
    model = inc.matrix.source
    rows = {
        model.row_at(r).use_name: {
            model.headerData(c, Qt.Orientation.Horizontal): model.data(model.index(r, c))
            for c in range(model.columnCount())
        }
        for r in range(model.rowCount())
    }
    shown = [
        (rows[u]["Current decision"], rows[u]["Decided on"])
        for u in ("給付金コールセンター", "給付金の支給対象者の抽出")
    ]
    assert shown == [
        ("Discontinued", desk.ctx.short(date(2024, 1, 1))),
        ("Discontinued", desk.ctx.short(date(2023, 12, 20))),
    ]
