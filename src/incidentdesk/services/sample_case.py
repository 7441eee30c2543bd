"""The built-in sample: the LINE case of March 2021 entered into an empty ledger through the services, as a
municipal IT section would have logged it (its facts, and where they come from, are in services/sample_data.py).
"""

from __future__ import annotations

from datetime import date

from ..domain.errors import LedgerError
from ..domain.inputs import (
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
    SourceIn,
    StatementIn,
    TimelineIn,
    UseIn,
)
from ..domain.typed_dates import parse_fact_date
from ..storage.database import Database
from . import catalog, decisions, incidents, ledger, requests, statements
from .reads import incidents as incident_reads
from .reads import ledger as ledger_reads
from .sample_data import DECISIONS, DETAILS, PARTIES, SERVICES, SOURCES, TIMELINE

D = date.fromisoformat


def load(db: Database) -> int:
    """Load the sample into an empty ledger; returns the incident id."""
    with db.reader() as r:
        if not ledger_reads.is_empty(r):
            raise LedgerError("sample_needs_empty")
    ledger.save_settings(
        db,
        SettingsIn(
            municipality="サンプル市",
            department="総務部",
            section="情報政策課",
            contact_name="情報 太郎",
            contact_phone="内線 1234",
            addressee="市長",
            marking="取扱注意",
            date_style="era",
            memo_number_prefix="情政第",
        ),
    )
    party_ids: dict[str, int] = {}
    for key, (name, kind, country, parent, notes) in PARTIES.items():
        parent_id = party_ids[parent] if parent else None
        party_ids[key] = catalog.add_party(
            db, PartyIn(name=name, kind=kind, country=country, parent_id=parent_id, notes=notes)
        ).id
    incident = incidents.open_incident(
        db,
        IncidentIn(
            title="LINE社の個人情報管理問題(中国の関連会社からのアクセス)",
            status="monitoring",
            occurred_on=D("2021-03-17"),
            known_on=D("2021-03-17"),
            summary="LINEの中国の関連会社の従業員が、日本の利用者の個人情報にアクセス可能だったことが報道された。"
            "トーク本文と登録情報は国内、画像・動画とLINE Payの取引情報は韓国に保存されていた。"
            "総務省から利用状況の照会があり、業務ごとに継続・停止を判断する。",
        ),
    )
    use_ids: dict[tuple[str, str], int] = {}
    for name, platform, dept, contract, followers, as_of, started, notes, parties, locations, uses in SERVICES:
        service = catalog.add_service(
            db,
            ServiceIn(
                name=name,
                platform=platform,
                department=dept,
                contract_type=contract,
                followers=followers,
                followers_as_of=D(as_of) if as_of else None,
                started_on=D(started) if started else None,
                notes=notes,
            ),
        )
        for party_key, role in parties:
            catalog.assign_party(db, RoleIn(service_id=service.id, party_id=party_ids[party_key], role=role))
        for use_name, purpose, audience, personal, conf in uses:
            use = catalog.add_use(
                db,
                UseIn(
                    service_id=service.id,
                    name=use_name,
                    purpose=purpose,
                    audience=audience,
                    handles_personal_data=bool(personal),
                    personal_data=personal,
                    confidentiality=conf,
                ),
            )
            use_ids[(name, use_name)] = use.id
        for category, kind, country, party_key, located_use in locations:
            catalog.add_location(
                db,
                LocationIn(
                    service_id=service.id,
                    category=category,
                    kind=kind,
                    country=country,
                    detail=DETAILS.get(category, ""),
                    party_id=party_ids[party_key],
                    use_id=use_ids[(name, located_use)] if located_use else None,
                ),
            )
        incidents.link_uses(db, LinkIn(incident_id=incident.id, service_ids=(service.id,)))
    source_ids = {
        key: incidents.add_source(
            db, SourceIn(incident_id=incident.id, title=t, publisher=p, published=parse_fact_date(d), url=u)
        ).id
        for key, (t, p, d, u) in SOURCES.items()
    }
    for day, text, source in TIMELINE:
        incidents.add_timeline_entry(
            db,
            TimelineIn(
                incident_id=incident.id,
                occurred=parse_fact_date(day),
                text=text,
                source_ids=(source_ids[source],) if source else (),
            ),
        )
    release = statements.log_statement(
        db,
        StatementIn(
            incident_id=incident.id,
            party_id=party_ids["line"],
            made=parse_fact_date("2021-03-17"),
            channel="press_release",
            title="ユーザーの個人情報に関する一部報道について",
            source_ids=(source_ids["LINE"],),
            claims=(
                "外部からの不正アクセスや情報漏洩は発生していない",
                "トーク本文と登録情報(ID・電話番号・メールアドレス)は日本国内のデータセンターに保存している",
                "画像・動画とLINE Payの取引情報は韓国のデータセンターに保存している",
                "Messaging APIの公式アカウントのデータは、構築する事業者が選んだ場所に保存される",
                "国内の公式アカウントのデータはすべてLINE Fukuokaがモニタリングしている",
                "中国の関連会社のアクセス権は2021年2月から3月にかけて削除した",
            ),
        ),
    )
    briefing = statements.log_statement(
        db,
        StatementIn(
            incident_id=incident.id,
            party_id=party_ids["line"],
            made=parse_fact_date("2021-03-18"),
            channel="briefing",
            speaker="LINE株式会社 公共政策担当(報道による)",
            title="地方公共団体向けオンライン説明会",
            claims=(
                "海外からのアクセスに関する利用者への説明が不十分だった",
                "韓国に保存しているデータを順次国内へ移転する",
            ),
        ),
    )
    contractor = statements.log_statement(
        db,
        StatementIn(
            incident_id=incident.id,
            party_id=party_ids["botexpress"],
            made=parse_fact_date("2021-03-19"),
            channel="email",
            speaker="株式会社Bot Express",
            title="渋谷区アカウントのデータ保存場所について",
            claims=(
                "申請内容はBot Expressが利用する国内クラウドに保存し、LINE社のサーバーには保存しない",
                "申請データに外部からアクセスできる経路はない",
            ),
        ),
    )
    with db.reader() as r:
        claims = {
            c.text: c.id for st in (release, briefing, contractor) for c in incident_reads.statement(r, st.id).claims
        }
    _verify(
        db,
        claims,
        "画像・動画とLINE Payの取引情報は韓国のデータセンターに保存している",
        "confirmed",
        "LINE社の報道発表及び説明会資料で確認",
        "報道発表(2021-03-17)",
        "2021-03-18",
    )
    _verify(
        db,
        claims,
        "Messaging APIの公式アカウントのデータは、構築する事業者が選んだ場所に保存される",
        "confirmed",
        "渋谷区の受託事業者に電子メールで確認",
        "Bot Express回答(2021-03-19)",
        "2021-03-19",
    )
    _verify(
        db,
        claims,
        "申請内容はBot Expressが利用する国内クラウドに保存し、LINE社のサーバーには保存しない",
        "confirmed",
        "契約書の再委託条項とシステム構成図で確認",
        "契約書 第12条、構成図(2021-03-19受領)",
        "2021-03-19",
    )
    _verify(
        db,
        claims,
        "海外からのアクセスに関する利用者への説明が不十分だった",
        "confirmed",
        "LINE社の報道発表で同社が認めている",
        "報道発表(2021-03-17)",
        "2021-03-18",
    )
    _verify(
        db,
        claims,
        "外部からの不正アクセスや情報漏洩は発生していない",
        "unverified",
        "Zホールディングスの特別委員会の調査結果を待つ",
        "",
        "2021-03-19",
    )
    _verify(
        db,
        claims,
        "トーク本文と登録情報(ID・電話番号・メールアドレス)は日本国内のデータセンターに保存している",
        "disputed",
        "中国の関連会社から国内データへのアクセスが可能だったため、保存場所だけでは安全と言えない",
        "報道(2021-03-17)",
        "2021-03-18",
    )
    moved = claims["韓国に保存しているデータを順次国内へ移転する"]
    statements.edit_claim(
        db,
        moved,
        ClaimIn(
            statement_id=briefing.id, text="韓国に保存しているデータを順次国内へ移転する", promised_by=D("2021-06-30")
        ),
    )
    statements.check_claim(
        db,
        CheckIn(
            claim_id=moved, verification="unverified", checked_on=D("2021-03-18"), checked_how="移転完了の報告を待つ"
        ),
    )
    request = requests.add_request(
        db,
        RequestIn(
            incident_id=incident.id,
            issuer="総務省",
            doc_number="総行情第○号(サンプル)",
            issued_on=D("2021-03-18"),
            due_on=D("2021-03-26"),
            subject="LINEの利用状況に関する調査",
            asks="1. 業務でのLINE利用の有無\n2. LINEで行っている業務の概要\n"
            "3. 住民の個人情報の取扱いの有無\n4. 取り扱う個人情報の概要",
        ),
    )
    requests.mark_answered(
        db,
        request.id,
        AnswerIn(answered_on=D("2021-03-25"), answer="利用業務の一覧(業務ごとの個人情報の取扱いの有無と内容)を回答。"),
    )
    requests.add_request(
        db,
        RequestIn(
            incident_id=incident.id,
            issuer="県 情報政策課",
            issued_on=D("2021-05-06"),
            due_on=D("2021-05-21"),
            subject="ガイドラインを踏まえたLINE利用の再点検",
            asks="4月30日のガイドラインに照らした各業務の利用継続の可否と、機密情報を扱う業務の移行計画",
        ),
    )
    basis = {"総務省LINE公式アカウント": [release.id], "渋谷区LINE公式アカウント": [release.id, contractor.id]}
    for service_name, decided_use, steps in DECISIONS:
        targets = [
            uid
            for (sname, uname), uid in use_ids.items()
            if sname == service_name and (decided_use is None or uname == decided_use)
        ]
        for use_id in targets:
            for state, day, role, person, rationale, conditions, review in steps:
                decisions.record_decision(
                    db,
                    DecisionIn(
                        incident_id=incident.id,
                        use_id=use_id,
                        state=state,
                        decided_on=D(day),
                        decided_by_role=role,
                        decided_by_name=person,
                        rationale=rationale,
                        conditions=conditions,
                        next_review_on=D(review) if review else None,
                        statement_ids=tuple(basis.get(service_name, [release.id])),
                    ),
                )
    return incident.id


def _verify(
    db: Database, claims: dict[str, int], text: str, state: str, how: str, evidence: str, checked_on: str
) -> None:
    statements.check_claim(
        db,
        CheckIn(
            claim_id=claims[text],
            verification=state,
            checked_on=D(checked_on),
            checked_how=how,
            evidence=evidence,
            checked_by="情報 太郎",
        ),
    )
