"""(a) A vendor-operated system malfunctions across many bodies (fictional: 北浜市, 株式会社架空システムズ).

The convenience-store certificate service hands out other residents' certificates in several bodies. The
national body tells the vendor to stop and inspect (for information: it binds the vendor, not the city) and
asks the city for a monthly progress report (recurring). The city suspends, resumes after the vendor's
all-clear, suspends again when it happens elsewhere, then puts it under discussion. Early facts are known
only to the month (令和5年3月〜4月, 5月下旬). A check of the vendor's claim is later reversed.
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
    ReportIn,
    RequestIn,
    RoleIn,
    ServiceIn,
    SourceIn,
    StatementIn,
    TimelineIn,
    UseIn,
)
from incidentdesk.services import catalog, decisions, incidents, requests, statements
from incidentdesk.storage.database import Database

from ._common import Case, claim_ids, parties, settings

NAME = "malfunction"
DATES = (date(2023, 5, 15), date(2023, 6, 15), date(2023, 7, 14))
SUMMARY = (
    "証明書コンビニ交付サービスで、他の住民の証明書が交付される誤交付が全国の複数団体で発生した。"
    "本市での誤交付は確認されていない。\n\n"
    "第二段落: 事業者の原因説明と再発防止策は、総点検の結果を待って確認する。"
)


def enter(db: Database) -> Case:
    settings(db, "北浜市(架空)", "北情第")
    p = parties(
        db,
        {
            "vendor": ("株式会社架空システムズ", "contractor", "JP"),
            "sub": ("株式会社南町ソフト", "subcontractor", "JP"),
            "dc": ("架空データセンター株式会社", "cloud", "JP"),
        },
    )
    service = catalog.add_service(
        db,
        ServiceIn(
            name="北浜市証明書コンビニ交付",
            platform="証明書コンビニ交付システム",
            department="市民課",
            contract_type="individual",
            started_on="2019-04-01",
            notes="架空のサービス",
        ),
    )
    top = catalog.assign_party(
        db, RoleIn(service_id=service.id, party_id=p["vendor"], role="contractor", valid_from="2019-04-01")
    )
    catalog.assign_party(
        db,
        RoleIn(
            service_id=service.id,
            party_id=p["sub"],
            role="subcontractor",
            upstream_id=top.id,
            approval="approved",
            valid_from="2019-04-01",
            notes="プログラム保守",
        ),
    )
    uses = {}
    for key, name, personal in (
        ("juminhyo", "住民票の写しのコンビニ交付", "氏名・住所・本籍等"),
        ("inkan", "印鑑登録証明書のコンビニ交付", "氏名・住所・生年月日"),
        ("koseki", "戸籍証明書のコンビニ交付", "戸籍事項"),
    ):
        uses[key] = catalog.add_use(
            db,
            UseIn(
                service_id=service.id, name=name, handles_personal_data=True, personal_data=personal, confidentiality=3
            ),
        ).id
    catalog.add_location(
        db,
        LocationIn(
            service_id=service.id,
            category="certificates",
            kind="storage",
            country="JP",
            detail="交付用の証明書データ",
            place="委託先データセンター(東京都)",
            party_id=p["dc"],
        ),
    )
    catalog.add_location(
        db,
        LocationIn(
            service_id=service.id,
            category="resident_records",
            kind="operation",
            country="JP",
            place="事業者の運用拠点(大阪府)",
            party_id=p["vendor"],
        ),
    )
    inc = incidents.open_incident(
        db,
        IncidentIn(
            title="証明書コンビニ交付サービスの誤交付(架空事例)",
            status="open",
            occurred_on="2023-05-08",
            known_on="2023-05-08",
            summary=SUMMARY,
        ),
    )
    incidents.link_uses(db, LinkIn(incident_id=inc.id, service_ids=(service.id,)))
    news = incidents.add_source(
        db, SourceIn(incident_id=inc.id, title="コンビニで別人の住民票 交付", publisher="新聞A", published="2023-05-08")
    ).id
    notice = incidents.add_source(
        db,
        SourceIn(
            incident_id=inc.id,
            title="システムの一時停止と総点検について(通知)",
            publisher="国の所管庁",
            published="2023-05-09",
        ),
    ).id
    again = incidents.add_source(
        db, SourceIn(incident_id=inc.id, title="別の市で再び誤交付", publisher="新聞B", published="2023-06-02")
    ).id
    for when, text, cites in (
        ("令和5年3月〜4月", "他団体で誤交付が断続的に発生していた(事業者の後日の説明による)。", ()),
        ("2023-05-08", "他市で別人の住民票の写しが交付されたと報道された。", (news,)),
        ("2023-05-09", "国の所管庁が事業者にサービスの一時停止とシステムの総点検を要請した。", (notice, news)),
        ("令和5年5月下旬", "事業者が全利用団体でプログラムを修正した。", ()),
        ("2023-06-02", "別の市で再び誤交付が発生した。", (again,)),
        ("2023-06-20", "事業者が総点検の中間報告を公表した。", ()),
    ):
        incidents.add_timeline_entry(db, TimelineIn(incident_id=inc.id, occurred=when, text=text, source_ids=cites))
    st = statements.log_statement(
        db,
        StatementIn(
            incident_id=inc.id,
            party_id=p["vendor"],
            made="2023-05-09",
            channel="press_conference",
            speaker="株式会社架空システムズ 代表取締役",
            title="誤交付についての記者会見",
            source_ids=(news,),
            claims=(
                "原因は同時に多数の交付要求があった際のプログラムの不具合である",
                "5月下旬までに全団体で修正を完了する",
            ),
        ),
    )
    cause, fix = claim_ids(db, st.id)
    statements.check_claim(
        db,
        CheckIn(
            claim_id=cause,
            verification="confirmed",
            checked_on="2023-05-19",
            checked_how="事業者の障害報告書で確認",
            checked_by="架空 花子",
        ),
    )
    statements.check_claim(
        db,
        CheckIn(claim_id=fix, verification="unverified", checked_on="2023-05-10", checked_how="修正完了の報告を待つ"),
    )
    requests.add_request(
        db,
        RequestIn(
            incident_id=inc.id,
            issuer="国の所管庁",
            issued_on="2023-05-09",
            subject="システムの一時停止と総点検",
            direction="for_information",
            addressee="株式会社架空システムズ",
            asks="サービスを一時停止し、全利用団体のシステムを総点検すること",
        ),
    )
    survey = requests.add_request(
        db,
        RequestIn(
            incident_id=inc.id,
            issuer="県 市町村課",
            issued_on="2023-05-12",
            due_on="2023-05-19",
            subject="コンビニ交付の誤交付に関する状況調査",
        ),
    )
    requests.mark_answered(db, survey.id, AnswerIn(answered_on="2023-05-18", answer="誤交付なしと回答"))
    monthly = requests.add_request(
        db,
        RequestIn(
            incident_id=inc.id,
            issuer="国の所管庁",
            issued_on="2023-06-06",
            due_on="2023-06-30",
            every_months=1,
            subject="再開に向けた点検状況の定期報告",
        ),
    )
    steps = [
        ("suspend", "2023-05-10", "市長", "北浜 一郎", "他団体での誤交付を受け、原因の判明まで停止する", ""),
        ("resume", "2023-05-20", "副市長", "", "事業者の修正完了報告を受けて再開する", "毎日の交付結果を抽出確認する"),
        ("suspend", "2023-06-05", "市長", "北浜 一郎", "別の市で再発したため再び停止する", "国の総点検の完了"),
        ("discussing", "2023-06-12", "総務部長", "", "総点検の結果を待って協議する", ""),
    ]
    for key in ("juminhyo", "inkan"):
        for state, day, role, name, why, cond in steps:
            decisions.record_decision(
                db,
                DecisionIn(
                    incident_id=inc.id,
                    use_id=uses[key],
                    state=state,
                    decided_on=day,
                    decided_by_role=role,
                    decided_by_name=name,
                    rationale=why,
                    conditions=cond,
                ),
            )
    decisions.record_decision(
        db,
        DecisionIn(
            incident_id=inc.id,
            use_id=uses["koseki"],
            state="suspend",
            decided_on="2023-05-10",
            decided_by_role="市長",
            rationale="同上",
            conditions="国の総点検の完了",
        ),
    )
    return Case(inc.id, {"cause": cause, "fix": fix, "monthly": monthly.id, **uses, "service": service.id})


def enter_late(db: Database, case: Case) -> None:
    """Logged after the second memo: a prefecture's notice and a re-check dated before it (事後登録), and
    the first monthly report, a reversal and a conditional continuation dated after it."""
    incidents.add_timeline_entry(
        db,
        TimelineIn(
            incident_id=case.incident_id, occurred="2023-06-09", text="県が市町村に窓口交付への切替えを助言した。"
        ),
    )
    statements.check_claim(
        db,
        CheckIn(
            claim_id=case.ids["fix"],
            verification="disputed",
            checked_on="2023-06-10",
            checked_how="6月2日の再発により修正は不完全と判断",
        ),
    )
    requests.add_report(
        db,
        ReportIn(request_id=case.ids["monthly"], due_on="2023-06-30", reported_on="2023-06-29", text="点検状況を報告"),
    )
    decisions.record_decision(
        db,
        DecisionIn(
            incident_id=case.incident_id,
            use_id=case.ids["juminhyo"],
            state="conditional",
            decided_on="2023-07-10",
            decided_by_role="市長",
            decided_by_name="北浜 一郎",
            rationale="総点検の完了報告を確認した",
            conditions="事業者の月次点検報告を確認すること",
            effective_until="2024-03-31",
            then_state="terminate",
        ),
    )
