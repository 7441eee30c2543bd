"""(c) A subcontractor's employee loses a storage medium with residents' records (fictional: 東谷市).

A short, intense incident: the employee of a sub-subcontractor takes a USB memory with the records of all
residents out of the office on 10月17日・18日, loses it, and it is found three days later. A press conference,
a report to the PPC (more than 100 people), then consequences for the contractor: the chain held two links
the city never approved, the contractor is barred from bidding and its contract ends (its role ends on
2023-12-31, as does its call centre, so a memo after that lists neither).
"""

from __future__ import annotations

from datetime import date

from incidentdesk.domain.inputs import (
    AnswerIn,
    CheckIn,
    DecisionIn,
    IncidentIn,
    LinkIn,
    LocationIn,
    RoleIn,
    ServiceIn,
    SourceIn,
    StatementIn,
    TimelineIn,
    UseIn,
)
from incidentdesk.services import catalog, decisions, incidents, requests, statements, statutory
from incidentdesk.services.reads import incidents as incident_reads
from incidentdesk.storage.database import Database

from ._common import Case, claim_ids, parties, settings

NAME = "lost_medium"
DATES = (date(2023, 10, 20), date(2023, 11, 6), date(2024, 1, 12))
SUMMARY = (
    "住民税非課税世帯等への給付金の支給事務の再々委託先の社員が、全住民の住民記録を保存したUSBメモリを"
    "無断で持ち出し、紛失した。USBメモリは3日後に発見され、データにはパスワードが設定されていた。"
)


def enter(db: Database) -> Case:
    settings(db, "東谷市(架空)", "東情第")
    p = parties(
        db,
        {
            "main": ("株式会社架空情報サービス", "contractor", "JP"),
            "sub": ("架空ソリューションズ株式会社", "subcontractor", "JP"),
            "subsub": ("株式会社架空テック", "subcontractor", "JP"),
        },
    )
    service = catalog.add_service(
        db,
        ServiceIn(
            name="臨時特別給付金支給事務委託",
            platform="給付金支給管理システム",
            department="福祉政策課",
            contract_type="individual",
            notes="架空の委託",
        ),
    )
    top = catalog.assign_party(
        db,
        RoleIn(
            service_id=service.id,
            party_id=p["main"],
            role="contractor",
            valid_from="2023-06-01",
            valid_until="2023-12-31",
        ),
    )
    mid = catalog.assign_party(
        db,
        RoleIn(
            service_id=service.id,
            party_id=p["sub"],
            role="subcontractor",
            upstream_id=top.id,
            approval="not_approved",
            valid_from="2023-06-01",
            valid_until="2023-12-31",
        ),
    )
    catalog.assign_party(
        db,
        RoleIn(
            service_id=service.id,
            party_id=p["subsub"],
            role="subcontractor",
            upstream_id=mid.id,
            approval="unknown",
            valid_from="2023-07-01",
            valid_until="2023-12-31",
        ),
    )
    use = catalog.add_use(
        db,
        UseIn(
            service_id=service.id,
            name="給付金の支給対象者の抽出",
            handles_personal_data=True,
            personal_data="全住民の住民記録・税情報",
            confidentiality=3,
        ),
    ).id
    call = catalog.add_use(
        db,
        UseIn(
            service_id=service.id,
            name="給付金コールセンター",
            handles_personal_data=True,
            personal_data="問合せ者の氏名・連絡先",
            confidentiality=2,
        ),
    ).id
    catalog.add_location(
        db,
        LocationIn(
            service_id=service.id,
            category="resident_records",
            kind="storage",
            country="JP",
            place="本庁舎サーバー室",
            detail="全住民の住民記録",
        ),
    )
    catalog.add_location(
        db,
        LocationIn(
            service_id=service.id,
            category="inquiry",
            kind="operation",
            country="JP",
            place="委託先コールセンター(南川市)",
            party_id=p["sub"],
            use_id=call,
            valid_from="2023-06-01",
            valid_until="2023-12-31",
        ),
    )
    inc = incidents.open_incident(
        db,
        IncidentIn(
            title="再々委託先社員による住民記録入りUSBメモリの紛失(架空事例)",
            status="open",
            occurred_on="2023-10-17",
            known_on="2023-10-18",
            summary=SUMMARY,
            personal_data_leak=True,
        ),
    )
    incidents.link_uses(db, LinkIn(incident_id=inc.id, service_ids=(service.id,)))
    statutory.add_missing(db, inc.id)  # 速報 due 10/20, 確報 due 11/16
    with db.reader() as r:
        ppc = {q.subject: q.id for q in incident_reads.overview(r, inc.id).requests}
    requests.mark_answered(db, ppc["漏えい等の速報"], AnswerIn(answered_on="2023-10-19", answer="速報を提出"))
    conf = incidents.add_source(
        db,
        SourceIn(
            incident_id=inc.id,
            title="市長記者会見(USBメモリの紛失について)",
            publisher="東谷市",
            published="2023-10-18",
        ),
    ).id
    paper = incidents.add_source(
        db, SourceIn(incident_id=inc.id, title="全市民の個人情報入りUSB紛失", publisher="新聞D", published="2023-10-19")
    ).id
    for when, text, cites in (
        ("令和5年10月17日・18日", "再々委託先の社員がUSBメモリを持ち出し、飲食後に紛失した。", ()),
        ("2023-10-18", "市長が記者会見で紛失を公表した。", (conf, paper)),
        ("2023-10-20", "USBメモリが発見された。", ()),
        ("2023-11-01", "市が受託事業者を12か月の入札参加停止とした。", ()),
        ("2023-12-31", "受託事業者との契約が終了した。", ()),
    ):
        incidents.add_timeline_entry(db, TimelineIn(incident_id=inc.id, occurred=when, text=text, source_ids=cites))
    st = statements.log_statement(
        db,
        StatementIn(
            incident_id=inc.id,
            party_id=p["main"],
            made="2023-10-18",
            channel="press_conference",
            speaker="株式会社架空情報サービス 社長",
            source_ids=(conf,),
            claims=(
                "データにはパスワードが設定されており、外部への流出は確認されていない",
                "再委託は市の承認を得ている",
            ),
        ),
    )
    pw, approved = claim_ids(db, st.id)
    statements.check_claim(
        db, CheckIn(claim_id=pw, verification="unverified", checked_on="2023-10-18", checked_how="発見後の解析を待つ")
    )
    statements.check_claim(
        db,
        CheckIn(
            claim_id=approved,
            verification="disputed",
            checked_on="2023-10-19",
            checked_how="市の承認記録がないことを契約担当課で確認",
        ),
    )
    for u in (use, call):
        decisions.record_decision(
            db,
            DecisionIn(
                incident_id=inc.id,
                use_id=u,
                state="suspend",
                decided_on="2023-10-18",
                decided_by_role="市長",
                decided_by_name="東谷 次郎",
                rationale="持出し経路の解明まで停止する",
                conditions="データ持出しの禁止措置",
            ),
        )
    decisions.record_decision(
        db,
        DecisionIn(
            incident_id=inc.id,
            use_id=call,
            state="conditional",
            decided_on="2023-11-02",
            decided_by_role="副市長",
            rationale="問合せが多く窓口を止められない",
            conditions="市職員が常駐し、個人情報の持出しを禁止する",
            effective_until="2023-12-31",
            then_state="terminate",
        ),
    )
    return Case(inc.id, {"use": use, "call": call, "pw": pw, "final": ppc["漏えい等の確報"]})


def enter_late(db: Database, case: Case) -> None:
    """Logged after the second memo: the analysis dated 11/1 (事後登録) and the final report sent on 11/15."""
    statements.check_claim(
        db,
        CheckIn(
            claim_id=case.ids["pw"],
            verification="confirmed",
            checked_on="2023-11-01",
            checked_how="発見されたUSBメモリの解析結果で確認",
        ),
    )
    requests.mark_answered(db, case.ids["final"], AnswerIn(answered_on="2023-11-15", answer="確報を提出"))
    decisions.record_decision(
        db,
        DecisionIn(
            incident_id=case.incident_id,
            use_id=case.ids["use"],
            state="terminate",
            decided_on="2023-12-20",
            decided_by_role="市長",
            decided_by_name="東谷 次郎",
            rationale="契約を更新せず、市の直営に切り替える",
        ),
    )
