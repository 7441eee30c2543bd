"""(b) Ransomware at a printing and data-processing contractor (fictional: 西岬市, 株式会社架空印刷).

The contractor prints the city's tax notices and processes benefit data for several bodies; its servers are
encrypted and data of residents of several bodies may have leaked. The city is marked as a personal-data leak
learned of on 2024-06-03, so the statutory reports to the PPC (速報, 確報) are offered as requests to the city;
the PPC's order to the contractor and the ministry's circular to all bodies are for information. The chain
includes a sub-subcontractor the city never approved. The final report's sending is logged late.
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
    RequestIn,
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

NAME = "ransomware"
DATES = (date(2024, 6, 7), date(2024, 7, 5), date(2024, 8, 9))
SUMMARY = (
    "住民税の通知書の印刷と給付金データの処理を委託している事業者のサーバーがランサムウェアに感染し、"
    "本市を含む複数の団体の住民の個人情報が流出したおそれがある。流出の有無と範囲は調査中である。"
)


def enter(db: Database) -> Case:
    settings(db, "西岬市(架空)", "西情第")
    p = parties(
        db,
        {
            "printer": ("株式会社架空印刷", "contractor", "JP"),
            "proc": ("架空データ処理センター株式会社", "subcontractor", "JP"),
            "cloud": ("株式会社架空クラウド", "cloud", "JP"),
        },
    )
    service = catalog.add_service(
        db,
        ServiceIn(
            name="税務通知書・給付金データ処理業務委託",
            platform="委託先の帳票処理システム",
            department="税務課",
            contract_type="individual",
            notes="架空の委託",
        ),
    )
    top = catalog.assign_party(
        db, RoleIn(service_id=service.id, party_id=p["printer"], role="contractor", valid_from="2022-04-01")
    )
    mid = catalog.assign_party(
        db,
        RoleIn(
            service_id=service.id,
            party_id=p["proc"],
            role="subcontractor",
            upstream_id=top.id,
            approval="approved",
            valid_from="2022-04-01",
        ),
    )
    catalog.assign_party(
        db,
        RoleIn(
            service_id=service.id,
            party_id=p["cloud"],
            role="subcontractor",
            upstream_id=mid.id,
            approval="not_approved",
            valid_from="2023-10-01",
            notes="市の承認なく再々委託",
        ),
    )
    tax = catalog.add_use(
        db,
        UseIn(
            service_id=service.id,
            name="住民税の税額決定通知書の印刷・封入",
            department="税務課",
            handles_personal_data=True,
            personal_data="氏名・住所・税額",
            confidentiality=3,
        ),
    ).id
    benefit = catalog.add_use(
        db,
        UseIn(
            service_id=service.id,
            name="臨時給付金の口座データ処理",
            department="福祉課",
            handles_personal_data=True,
            personal_data="氏名・口座番号",
            confidentiality=3,
        ),
    ).id
    catalog.add_location(
        db,
        LocationIn(
            service_id=service.id,
            category="tax",
            kind="storage",
            country="JP",
            detail="税額通知の印刷データ",
            place="委託先工場(○○県)",
            party_id=p["printer"],
        ),
    )
    catalog.add_location(
        db,
        LocationIn(
            service_id=service.id,
            category="bank_account",
            kind="storage",
            country="JP",
            detail="給付金の振込口座",
            place="再々委託先のクラウド(東京都)",
            party_id=p["cloud"],
            use_id=benefit,
        ),
    )
    inc = incidents.open_incident(
        db,
        IncidentIn(
            title="委託先事業者のランサムウェア被害による個人情報流出のおそれ(架空事例)",
            status="open",
            occurred_on="2024-05-30",
            known_on="2024-06-03",
            summary=SUMMARY,
            personal_data_leak=True,
        ),
    )
    incidents.link_uses(db, LinkIn(incident_id=inc.id, service_ids=(service.id,)))
    statutory.add_missing(db, inc.id)  # 速報 due 2024-06-05, 確報 due 2024-07-02
    with db.reader() as r:
        ppc = {q.subject: q.id for q in incident_reads.overview(r, inc.id).requests}
    requests.mark_answered(db, ppc["漏えい等の速報"], AnswerIn(answered_on="2024-06-05", answer="速報を提出"))
    press = incidents.add_source(
        db,
        SourceIn(
            incident_id=inc.id,
            title="ランサムウェア被害に関するお知らせ(第1報)",
            publisher="株式会社架空印刷",
            published="2024-06-03",
        ),
    ).id
    paper = incidents.add_source(
        db,
        SourceIn(
            incident_id=inc.id,
            title="印刷会社にサイバー攻撃 自治体の住民情報流出か",
            publisher="新聞C",
            published="2024-06-04",
        ),
    ).id
    for when, text, cites in (
        ("2024-05-30", "委託先のサーバーが暗号化され、業務が停止した。", (press,)),
        ("2024-06-03", "委託先から本市に被害の連絡があった。", (press,)),
        ("2024-06-04", "複数の自治体の住民情報が流出したおそれがあると報道された。", (paper,)),
        ("2024-06-10", "個人情報保護委員会が委託先に報告を求めた。", ()),
        ("2024-06-24", "委託先が調査結果(第2報)を公表し、本市分の流出を確認した。", ()),
        ("2024-07-18", "市が対象者への通知を発送した。", ()),
    ):
        incidents.add_timeline_entry(db, TimelineIn(incident_id=inc.id, occurred=when, text=text, source_ids=cites))
    st = statements.log_statement(
        db,
        StatementIn(
            incident_id=inc.id,
            party_id=p["printer"],
            made="2024-06-03",
            channel="document",
            title="被害の第1報",
            source_ids=(press,),
            claims=("本市のデータの流出は確認されていない", "7月末までにシステムを復旧する"),
        ),
    )
    leak_claim, _ = claim_ids(db, st.id)
    statements.check_claim(
        db,
        CheckIn(claim_id=leak_claim, verification="unverified", checked_on="2024-06-04", checked_how="調査結果を待つ"),
    )
    statements.check_claim(
        db,
        CheckIn(
            claim_id=leak_claim,
            verification="disputed",
            checked_on="2024-06-24",
            checked_how="第2報で本市分の流出が判明",
        ),
    )
    requests.add_request(
        db,
        RequestIn(
            incident_id=inc.id,
            issuer="個人情報保護委員会",
            issued_on="2024-06-10",
            subject="漏えい等事案に関する報告徴収",
            direction="for_information",
            addressee="株式会社架空印刷",
            asks="被害の範囲と原因、再発防止策を報告すること",
        ),
    )
    requests.add_request(
        db,
        RequestIn(
            incident_id=inc.id,
            issuer="総務省",
            issued_on="2024-06-12",
            subject="委託先におけるセキュリティ対策の再点検について(通知)",
            direction="for_information",
            addressee="全地方公共団体",
            asks="委託先のセキュリティ対策と再委託の状況を点検すること",
        ),
    )
    for use, state, day, why, cond in (
        (tax, "suspend", "2024-06-04", "委託先のシステム停止", "安全性の確認"),
        (benefit, "suspend", "2024-06-04", "委託先のシステム停止", "安全性の確認"),
        (benefit, "conditional", "2024-06-28", "再々委託先を外すことを条件に継続する", "承認のない再々委託の解消"),
    ):
        decisions.record_decision(
            db,
            DecisionIn(
                incident_id=inc.id,
                use_id=use,
                state=state,
                decided_on=day,
                decided_by_role="市長",
                decided_by_name="西岬 太郎",
                rationale=why,
                conditions=cond,
            ),
        )
    return Case(inc.id, {"tax": tax, "benefit": benefit, "final": ppc["漏えい等の確報"]})


def enter_late(db: Database, case: Case) -> None:
    """Logged after the second memo: the final report sent on 7/2 (事後登録), then the tax printing continued
    with conditions until the contract ends and terminated after it."""
    requests.mark_answered(db, case.ids["final"], AnswerIn(answered_on="2024-07-02", answer="確報を提出"))
    decisions.record_decision(
        db,
        DecisionIn(
            incident_id=case.incident_id,
            use_id=case.ids["tax"],
            state="conditional",
            decided_on="2024-07-22",
            decided_by_role="副市長",
            rationale="当年度の通知書発送に代替手段がない",
            conditions="市職員の立会いと作業後のデータ消去証明",
            effective_until="2025-03-31",
            then_state="terminate",
        ),
    )
