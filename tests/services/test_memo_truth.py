"""The memo tells the truth as of its date (issue 12), read back from the issued PDFs with pdftotext.

For the LINE 2021 sample and the three fixtures of other shapes (tests/cases): everything is logged, a first
memo is issued at the first date (facts dated later are already in the ledger and must not show), a second at
the second date, then facts are logged late (some dated before the second memo: 事後登録) and a third memo
is issued. Each memo is checked for its as-of content, its changes section, the overview's sentences,
requests' directions and each use's history, in Japanese and in English, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
import subprocess
from datetime import date

import pytest

from cases import lost_medium, malfunction, ransomware
from cases._common import Case
from incidentdesk.domain.inputs import DecisionIn, TimelineIn
from incidentdesk.services import decisions, incidents, memos, sample_case
from incidentdesk.storage.database import Database


def pdftotext(pdf: bytes) -> str:
    """The memo's text as poppler reads it, with all whitespace removed (table cells wrap anywhere)."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    return squash(out.decode("utf-8"))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def section(text: str, start: str, end: str) -> str:
    """The text from `start` up to the next `end` (both whitespace-free)."""
    i = text.index(squash(start))
    j = text.find(squash(end), i + 1)
    return text[i : j if j >= 0 else None]


def found(text: str, wanted: str | tuple[str, ...]) -> bool:
    """`wanted` in the text; a tuple: its parts in order, each within 80 characters of the last (a table
    cell's lines come out interleaved with the next cell's)."""
    if isinstance(wanted, str):
        return squash(wanted) in text
    start = 0
    while (first := text.find(squash(wanted[0]), start)) >= 0:
        at, ok = first + len(squash(wanted[0])), True
        for part in wanted[1:]:
            nxt = text.find(squash(part), at)
            if nxt < 0 or nxt - at > 80:
                ok = False
                break
            at = nxt + len(squash(part))
        if ok:
            return True
        start = first + 1
    return False


class LineSample:
    """The built-in LINE 2021 sample, with a late decision and a timeline entry logged after the second memo."""

    NAME = "line"
    DATES = (date(2021, 3, 20), date(2021, 4, 20), date(2021, 5, 10))

    @staticmethod
    def enter(db: Database) -> Case:
        return Case(sample_case.load(db))

    @staticmethod
    def enter_late(db: Database, case: Case) -> None:
        with db.reader() as r:
            use_id = r.scalar("SELECT u.id FROM service_use u WHERE u.name = '防災情報の配信'")
        decisions.record_decision(
            db,
            DecisionIn(
                incident_id=case.incident_id,
                use_id=use_id,
                state="continue",
                decided_on="2021-04-16",
                decided_by_role="課長",
                rationale="公開情報のみのため継続する",
            ),
        )
        incidents.add_timeline_entry(
            db, TimelineIn(incident_id=case.incident_id, occurred="2021-05-06", text="県が再点検を依頼した。")
        )


def issue_three(db: Database, module, lang: str) -> list[str]:
    case = module.enter(db)
    texts, pdfs = [], []
    for i, day in enumerate(module.DATES):
        if i == 2:
            module.enter_late(db, case)
        row = memos.issue(db, case.incident_id, lang=lang, memo_date=day)
        pdf = memos.reprint(db, row.number)
        pdfs.append(pdf)
        texts.append(pdftotext(pdf))
    # Issued memos carry no draft mark and print the audit head on their last page.
    for text in texts:
        assert ("案(未発行)" not in text) and ("DRAFT" not in text)
        assert squash("操作履歴の照合値" if lang == "ja" else "Audit trail head") in text
    return texts


# -- the expectations, per case and language: (memo index, text that must be there / must not be there) ----

EXPECT = {
    ("line", "ja"): {
        "has": [
            (0, "総務省「LINEの利用状況に関する調査」"),
            (1, "4月15日、県政情報の配信を再開した。"),
            (1, ("経過停止R3.3.22", "→再開", "R3.4.15")),
            (2, "(事後登録)"),
            (2, "協議中→継続"),
            (1, "回答済(R3.3.25)"),
            (2, "県情報政策課「ガイドラインを踏まえたLINE利用の再点検」"),
        ],
        "not": [
            (0, "ガイドラインを公表"),
            (0, "再開R3.4.15"),
            (0, "前回報告"),
            (1, "ガイドラインを公表"),
            (1, "事後登録"),
            (0, "回答済"),
        ],
        "changes": [(1, "停止→再開"), (2, "協議中→継続"), (2, "県が再点検を依頼した。")],
        "late_in_changes": [(2, "協議中→継続")],
    },
    ("line", "en"): {
        "has": [
            (1, "On15April"),
            (
                1,
                "History:SuspendedR3.3.22→ResumedR3.4.15".replace("R3.3.22", "2021-03-22").replace(
                    "R3.4.15", "2021-04-15"
                ),
            ),
            (2, "(enteredlate)"),
        ],
        "not": [(0, "Changessincethelastmemo"), (0, "Resumed"), (1, "(enteredlate)")],
        "changes": [(1, "Suspended→Resumed"), (2, "Underdiscussion→Continue")],
        "late_in_changes": [(2, "Underdiscussion→Continue")],
    },
    ("malfunction", "ja"): {
        "has": [
            (0, "本市での誤交付は確認されていない。"),
            (0, "令和5年3月〜4月"),
            (1, "5月20日、住民票の写しのコンビニ交付、印鑑登録証明書のコンビニ交付を再開した。"),
            (1, "令和5年5月下旬"),
            (1, ("経過停止R5.5.10→再開", "R5.5.20→停止R5.6.5→", "協議中R5.6.12")),
            (2, "継続の条件:事業者の月次点検報告を確認すること"),
            (2, "令和6年3月31日まで(その後は廃止)"),
            (0, ("国の所管庁", "株式会社架空システムズ", "システムの一時停止と総点検")),
            (2, "定期報告(毎月)報告済R5.6.29"),
            (2, "(事後登録)"),
            (1, "(国の所管庁5/9、新聞A5/8)"),
            (0, ("株式会社架空シ", "→株式会社", "南町ソフト")),
            (0, "未回答"),
            (1, "回答済(R5.5.18)"),
        ],
        "not": [
            (0, "第二段落"),
            (0, "令和5年5月下旬"),
            (0, "再開R5"),
            (0, "0件"),
            (1, "0件"),
            (2, "0件"),
            (1, "未回答"),
            (1, "事後登録"),
            (0, "再開に向けた点検状況"),
        ],
        "changes": [
            (1, "停止→再開"),
            (1, "再開→停止"),
            (1, "停止→協議中"),
            (2, "協議中→条件付き継続"),
            (2, "未確認→相違あり"),
            (2, "報告R5.6.29"),
        ],
        "late_in_changes": [(2, "県が市町村に窓口交付への切替えを助言した。"), (2, "未確認→相違あり")],
    },
    ("malfunction", "en"): {
        "has": [
            (1, "On20May"),
            (1, "InlateMay:"),
            (1, "On2June:"),
            (1, "Recurringreport(everymonth)"),
            (2, "(enteredlate)"),
            (2, "Conditionstocontinue"),
            (2, "Until:31March2024,thenDiscontinued"),
            (0, "Governmentactionsaddressedtoothers"),
        ],
        "not": [(0, "Resumed"), (1, "(enteredlate)"), (1, "Notanswered")],
        "changes": [(1, "Suspended→Resumed"), (2, "Underdiscussion→Continuewithconditions")],
        "late_in_changes": [(2, "Unverified→Disputed")],
    },
    ("ransomware", "ja"): {
        "has": [
            (0, "漏えい等の速報"),
            (0, "回答済(R6.6.5)"),
            (0, "漏えい等の確報"),
            (1, "期限超過"),
            (0, "次の期限は令和6年7月2日(個人情報保護委員会への報告、漏えい等の確報)である。"),
            (1, "期限を過ぎた照会・報告が1件ある(漏えい等の確報)。"),
            (2, "7月2日、個人情報保護委員会に「漏えい等の確報」を提出した(事後登録)。"),
            (1, "株式会社架空印刷の説明「本市のデータの流出は確認されていない」を相違ありとした"),
            (0, ("株式会社架空印刷→架空データ処理センター株式会社", "→株式会社架空クラウド(承認なし)")),
            (1, "全地方公共団体"),
            (2, "回答済(R6.7.2)"),
            (2, "(事後登録)"),
            (2, "令和7年3月31日まで(その後は廃止)"),
            (0, ("委託先工", "場(○○県):税", "(税額通知の印刷")),
            (0, "口座情報(給付金の振込口座)"),
            (0, "日本・再々委託先のクラウド(東京都)"),
        ],
        "not": [
            (0, "全地方公共団体"),
            (0, "報告徴収"),
            (1, "事後登録"),
            (2, "期限超過"),
            (0, "照会回答期限、個人情報保護委員会"),
            (2, "の照会「漏えい等の確報」に回答した"),
        ],
        "changes": [(1, "宛先株式会社架空印刷"), (1, "未確認→相違あり"), (2, "回答済(R6.7.2)")],
        "late_in_changes": [(2, "回答済(R6.7.2)")],
    },
    ("ransomware", "en"): {
        "has": [
            (1, "Overdue"),
            (2, "(enteredlate)"),
            (1, "toallbodies".replace("allbodies", "全地方公共団体")),
            (0, "Nextdeadline:2July2024(reporttothePPC:漏えい等の確報)"),
            (2, "On2JulythecitysentthePersonalInformationProtectionCommissionits“漏えい等の確報”(enteredlate)"),
        ],
        "not": [(1, "(enteredlate)")],
        "changes": [(1, "to株式会社架空印刷")],
        "late_in_changes": [(2, "Answered(2024-07-02)")],
    },
    ("lost_medium", "ja"): {
        "has": [
            (0, ("令和5年10月17日・", "18日")),
            (0, "(東谷市10/18、新聞D10/19)"),
            (0, "株式会社架空情報サービス→架空ソリューションズ株式会社(承認なし)→株式会社架空テック(承認不明)"),
            (0, ("日本・委託先コールセン", "ター(南川市)(運用)")),
            (1, "継続の条件:市職員が常駐し"),
            (1, "令和5年12月31日まで(その後は廃止)"),
            (2, "経過停止R5.10.18→条件付き継続R5.11.2→廃止R6.1.1"),
            (2, "(事後登録)"),
            (2, "未確認→確認済"),
            (0, "(記者会見)"),
            (
                2,
                (
                    "廃止(1件)",
                    "給付金コールセンター",
                    "令和5年12月31日までの条件付き継続の期限到来による。",
                    "当初の理由:問合せが多く",
                ),
            ),
            (2, "令和5年11月15日、個人情報保護委員会に「漏えい等の確報」を提出した。"),
        ],
        "not": [
            (0, "入札参加停止"),
            (0, "契約が終了"),
            (2, "株式会社架空情報サービス→"),
            (2, "委託先コールセンター"),
            (1, "事後登録"),
            (0, "未回答R5.10.19"),
        ],
        "changes": [
            (1, "停止→条件付き継続"),
            (1, "市が受託事業者を12か月の入札参加停止とした。"),
            (2, "条件付き継続→廃止"),
            (2, "受託事業者との契約が終了した。"),
        ],
        "late_in_changes": [(2, "未確認→確認済")],
    },
    ("lost_medium", "en"): {
        "has": [(2, "(enteredlate)"), (0, "Pressconference")],
        "not": [(1, "(enteredlate)")],
        "changes": [(2, "Continuewithconditions→Discontinued")],
        "late_in_changes": [(2, "Unverified→Confirmed")],
    },
}

MODULES = {"line": LineSample, "malfunction": malfunction, "ransomware": ransomware, "lost_medium": lost_medium}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("name", list(MODULES))
def test_three_memos_tell_the_truth_as_of_their_dates(db, name, lang):
    texts = issue_three(db, MODULES[name], lang)
    expect = EXPECT[(name, lang)]
    for i, wanted in expect["has"]:
        assert found(texts[i], wanted), f"memo {i + 1} lacks {wanted!r}"
    for i, unwanted in expect["not"]:
        assert squash(unwanted) not in texts[i], f"memo {i + 1} shows {unwanted!r}"
    head_changes, head_timeline = (
        ("【前回報告", "2経緯令和") if lang == "ja" else ("Changes since the last memo", "2Timeline")
    )
    assert squash(head_changes) not in texts[0]
    for i, wanted in expect["changes"]:
        assert squash(wanted) in section(texts[i], head_changes, head_timeline), f"memo {i + 1} changes lack {wanted!r}"
    late = "(事後登録)" if lang == "ja" else "(enteredlate)"
    for i, wanted in expect["late_in_changes"]:
        changes = section(texts[i], head_changes, head_timeline)
        at = changes.index(squash(wanted))
        assert late in changes[at : at + 120], f"memo {i + 1}: {wanted!r} is not marked as a late entry"
    # The second memo names the first as its predecessor, the third the second.
    assert texts[1].count(squash("前回報告" if lang == "ja" else "since the last memo")) >= 1


def test_the_overview_tells_what_happened_in_order_without_zero_counts(db):
    """Malfunction, second memo: the story's sentences come in date order, and no 0件 anywhere."""
    texts = issue_three(db, malfunction, "ja")
    story = section(texts[1], "以降の動きは次のとおり。", "現在、本件の影響")
    order = ["5月18日", "5月20日", "5月下旬", "6月2日", "6月5日", "6月6日", "6月12日"]
    positions = [story.index(day) for day in order]
    assert positions == sorted(positions)
    assert "0件" not in texts[1]


def test_a_request_to_others_is_never_the_city_s_debt(db):
    """A regulator's order to the vendor is printed under 国等の動向 with its addressee: never 未回答, never the
    next deadline, never counted as a request to the city."""
    case = malfunction.enter(db)
    data = memos.assemble(db, case.incident_id, lang="ja", memo_date=malfunction.DATES[0], number="x")
    to_others = [r for r in data.requests if not r.to_city]
    assert [r.addressee for r in to_others] == ["株式会社架空システムズ"]
    assert all(s.kind != "request" or "総点検" not in s.text for s in data.schedule)
    assert "一時停止と総点検" not in data.overview


def test_issuing_before_the_previous_memo_or_after_today_is_refused(db):
    from incidentdesk.domain.errors import LedgerError

    case = malfunction.enter(db)
    memos.issue(db, case.incident_id, lang="ja", memo_date=date(2023, 6, 1))
    with pytest.raises(LedgerError) as err:
        memos.issue(db, case.incident_id, lang="ja", memo_date=date(2023, 5, 31))
    assert err.value.code == "memo_date_before_previous"
    assert "令和5年6月1日" in err.value.message("ja") and "2023-06-01" in err.value.message("en")
    with pytest.raises(LedgerError) as err:
        memos.issue(db, case.incident_id, lang="ja", memo_date=date.today().replace(year=date.today().year + 1))
    assert err.value.code == "memo_date_future"
    memos.issue(db, case.incident_id, lang="ja", memo_date=date(2023, 6, 1))  # the same day is fine


def test_statutory_reports_are_offered_only_for_leaks_learned_of_from_april_2023(db):
    from incidentdesk.domain.inputs import IncidentIn
    from incidentdesk.services import statutory

    before = incidents.open_incident(
        db, IncidentIn(title="旧法下の漏えい", known_on="2023-03-31", personal_data_leak=True)
    )
    after = incidents.open_incident(db, IncidentIn(title="漏えい", known_on="2023-04-01", personal_data_leak=True))
    unlawful = incidents.open_incident(
        db, IncidentIn(title="不正目的", known_on="2023-04-01", personal_data_leak=True, unlawful_purpose=True)
    )
    no_leak = incidents.open_incident(db, IncidentIn(title="障害", known_on="2023-04-01"))
    assert statutory.proposals(db, before.id) == [] and statutory.proposals(db, no_leak.id) == []
    assert [p.due_on for p in statutory.proposals(db, after.id)] == [date(2023, 4, 3), date(2023, 4, 30)]
    assert [p.due_on for p in statutory.proposals(db, unlawful.id)][1] == date(2023, 5, 30)
    statutory.add_missing(db, after.id)
    assert statutory.proposals(db, after.id) == []  # offered once


def test_a_withdrawn_decision_is_a_change_and_the_state_falls_back(db):
    """A decision the mayor was told of, withdrawn after the memo, shows as 対応判断の取消し (協議中 → 停止) and
    the use's row and history go back to the decision before it."""
    from incidentdesk.domain.inputs import WithdrawalIn

    case = malfunction.enter(db)
    memos.issue(db, case.incident_id, lang="ja", memo_date=date(2023, 6, 15))
    with db.reader() as r:
        last = r.scalar("SELECT id FROM decision WHERE use_id = ? AND state = 'discussing'", (case.ids["inkan"],))
    decisions.withdraw_decision(
        db, WithdrawalIn(decision_id=last, withdrawn_on="2023-06-20", reason="誤って登録した", withdrawn_by_role="課長")
    )
    data = memos.assemble(db, case.incident_id, lang="ja", memo_date=date(2023, 6, 30), number="x")
    withdrawn = [c for c in data.changes if c.kind == "withdrawal"]
    assert [(c.what, c.old, c.new) for c in withdrawn] == [("印鑑登録証明書のコンビニ交付", "discussing", "suspend")]
    row = next(u for u in data.uses if u.use == "印鑑登録証明書のコンビニ交付")
    assert row.state == "suspend" and [s.state for s in row.history] == ["suspend", "resume"]
    text = pdftotext(memos.render(db, case.incident_id, lang="ja", memo_date=date(2023, 6, 30), number="x"))
    assert squash("対応判断の取消し") in text and "取り消した" in text


def test_a_retired_statement_is_a_correction_and_leaves_the_memo(db):
    """A statement the mayor was told of, retired after the memo (logged by mistake, its claims checked), leaves
    the statements section and shows as a change, 事業者説明の廃止, in the table and the story; in English too."""
    from incidentdesk.services import statements

    case = malfunction.enter(db)
    memos.issue(db, case.incident_id, lang="ja", memo_date=date(2023, 6, 15))
    with db.reader() as r:
        statement_id, title = r.one(
            "SELECT id, title FROM statement WHERE incident_id = ? AND made_on <= ? ORDER BY id LIMIT 1",
            (case.incident_id, date(2023, 6, 15)),
        )
    statements.retire_statement(db, statement_id, date(2023, 6, 20))
    data = memos.assemble(db, case.incident_id, lang="ja", memo_date=date(2023, 6, 30), number="x")
    assert [(c.kind, c.what, c.late) for c in data.changes if c.kind == "statement_retired"] == [
        ("statement_retired", title, False)
    ]
    before = memos.assemble(db, case.incident_id, lang="ja", memo_date=date(2023, 6, 15), number="z")
    assert len(data.statements) == len(before.statements) - 1 and title not in {s.title for s in data.statements}
    text = pdftotext(memos.render(db, case.incident_id, lang="ja", memo_date=date(2023, 6, 30), number="x"))
    assert squash("事業者説明の廃止") in text and squash("廃止済みとし、以後の報告から除いた") in text
    english = pdftotext(memos.render(db, case.incident_id, lang="en", memo_date=date(2023, 6, 30), number="y"))
    assert squash("Statement retired") in english and squash("was retired and is no longer reported") in english
    # The memo dated before the retirement still shows the statement, as it stood then.
    assert title in {s.title for s in before.statements}
