"""The built-in sample: the LINE case of March 2021 as a municipal IT section would have logged it.

Facts follow public reporting and official releases of 2021 (see ../shared/DOMAIN.md). Where a
fact was not public (a contractor's name, a decision date) the sample says so in its notes.
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

D = date.fromisoformat

# service name -> (platform, department, contract, followers, as of, started, notes, parties, locations, uses)
# parties: (party key, role); locations: (category, kind, country, party key, use name or None)
# uses: (name, purpose, audience, personal data or "", confidentiality)
Location = tuple[str, str, str, str, str | None]
Use = tuple[str, str, str, str, int]
Service = tuple[
    str, str, str, str, int | None, str | None, str | None, str, list[tuple[str, str]], list[Location], list[Use]
]
SERVICES: list[Service] = [
    (
        "総務省LINE公式アカウント",
        "LINE",
        "総務省",
        "terms",
        None,
        None,
        None,
        "採用・説明会の案内、意見募集の案内、問合せ窓口の案内に利用。個人情報は受け取っていない。",
        [("line", "platform")],
        [
            ("inquiry", "storage", "JP", "line", None),
            ("media", "storage", "KR", "line", None),
            ("inquiry", "access", "CN", "ldt", None),
        ],
        [
            ("採用・説明会の案内", "職員採用・説明会の告知", "一般", "", 1),
            ("意見募集(パブリックコメント)の案内", "意見募集の告知", "一般", "", 1),
            ("問合せ窓口の案内", "問合せ先の案内", "一般", "", 1),
        ],
    ),
    (
        "東京都LINE公式アカウント群",
        "LINE",
        "東京都",
        "terms",
        None,
        None,
        None,
        "少なくとも5つのアカウントを運用(都政情報、相談、新型コロナ個別サポート、チャットボット)。",
        [("line", "platform")],
        [
            ("inquiry", "storage", "JP", "line", None),
            ("media", "storage", "KR", "line", None),
            ("inquiry", "access", "CN", "ldt", None),
            ("inquiry", "operation", "JP", "line_fukuoka", None),
        ],
        [
            ("都政情報の配信", "都政ニュースの配信", "都民", "", 1),
            (
                "親子のための相談LINE",
                "18歳未満の子供と保護者からの相談",
                "18歳未満の子供・保護者",
                "相談内容(家庭・子育ての悩み)",
                3,
            ),
            (
                "ネットトラブル・悩み・教育相談",
                "中高生のネットトラブル、悩み、教育に関する相談",
                "中学生・高校生",
                "相談内容",
                3,
            ),
            ("新型コロナ・パーソナルサポート", "健康状態を入力した利用者への個別情報提供", "都民", "健康状態", 3),
            ("「妊娠したかも」チャットボット", "妊娠の可能性がある人への情報提供", "都民", "", 2),
        ],
    ),
    (
        "渋谷区LINE公式アカウント",
        "LINE (Messaging API)",
        "渋谷区",
        "individual",
        29000,
        "2021-03-17",
        None,
        "Bot Express社が Messaging API で構築。申請データは国内クラウドに保存(LINE社のサーバーではない)。"
        "出生届・ベビーシッター利用申請は2021年4月1日開始予定。",
        [("line", "platform"), ("botexpress", "contractor"), ("cloud", "host")],
        [
            ("application", "storage", "JP", "cloud", None),
            ("inquiry", "storage", "JP", "line", None),
            ("media", "storage", "KR", "line", None),
            ("application", "operation", "JP", "botexpress", None),
            ("inquiry", "access", "CN", "ldt", None),
        ],
        [
            ("住民票の写しの申請", "住民票の写しの交付申請", "区民", "氏名・住所・生年月日・本籍", 2),
            ("税証明書の申請", "課税・納税証明書の交付申請", "区民", "氏名・住所・課税情報", 2),
            ("犬の登録", "犬の登録・変更の届出", "区民", "氏名・住所・連絡先", 2),
            ("道路・橋・公園の損傷通報", "損傷箇所の写真・位置の通報", "区民", "", 1),
            ("落書きの通報", "落書きの写真・位置の通報", "区民", "", 1),
            ("妊婦面接・両親学級等の予約", "妊婦面接、両親学級、発達相談の予約", "区民", "氏名・連絡先・妊娠週数", 2),
            ("保育園入園申請", "保育園の入園申請", "区民", "氏名・住所・家族構成・就労状況", 2),
            ("新型コロナ自宅療養者の健康報告", "自宅療養者の健康状態の報告・チェックイン", "自宅療養者", "健康状態", 3),
        ],
    ),
    (
        "和光市LINE公式アカウント(持ち運べる市役所)",
        "LINE (Messaging API)",
        "和光市",
        "individual",
        3900,
        "2021-03-17",
        "2020-06-10",
        "データは先に受託事業者のサーバーに保存され、LINE社には保存されない。受託事業者名は報道では非公表。",
        [("line", "platform"), ("wako_contractor", "contractor")],
        [
            ("application", "storage", "JP", "wako_contractor", None),
            ("inquiry", "storage", "JP", "line", None),
            ("inquiry", "access", "CN", "ldt", None),
        ],
        [
            (
                "中小企業支援給付金の申請",
                "中小企業への支援給付金の申請受付",
                "市内事業者",
                "事業者名・代表者氏名・口座情報",
                2,
            ),
            ("水道料金の減免申請", "水道料金の減免申請受付", "市民", "氏名・住所・使用者番号", 2),
            ("総合計画へのパブリックコメント", "総合計画案への意見募集", "市民", "氏名(任意)・意見", 1),
            (
                "保育園入園申請",
                "保育園入園申請(2020年10月14日〜11月13日に147件)",
                "市民",
                "氏名・住所・家族構成・就労状況",
                2,
            ),
            ("新型コロナ標語の募集", "新型コロナ対策標語の募集(58件)", "市民", "氏名・年齢", 1),
        ],
    ),
    (
        "福岡市LINE公式アカウント",
        "LINE",
        "福岡市",
        "individual",
        1760000,
        "2021-03-17",
        None,
        "LINE Fukuoka社と連携して運用。",
        [("line", "platform"), ("line_fukuoka", "operator")],
        [
            ("inquiry", "storage", "JP", "line", None),
            ("media", "storage", "KR", "line", None),
            ("inquiry", "operation", "JP", "line_fukuoka", None),
            ("inquiry", "access", "CN", "ldt", None),
        ],
        [
            ("選択型情報配信", "防災・ごみの日・子育て・防犯・イベント情報の配信", "市民", "", 1),
            ("ごみ分別検索", "ごみの分別方法の検索", "市民", "", 1),
            ("道路・河川・公園の損傷通報", "損傷箇所の写真・位置の通報", "市民", "通報者の連絡先(任意)", 1),
        ],
    ),
    (
        "春日市LINE公式アカウント",
        "LINE",
        "春日市",
        "terms",
        13000,
        "2021-03-17",
        "2021-02-01",
        "2021年2月1日にリニューアル。",
        [("line", "platform")],
        [("inquiry", "storage", "JP", "line", None), ("inquiry", "access", "CN", "ldt", None)],
        [
            ("防災情報の配信", "防災・災害情報の配信", "市民", "", 1),
            ("AIによる問合せ自動応答", "よくある問合せへのAI自動応答", "市民", "", 1),
            ("コミュニティバス時刻表", "コミュニティバスの時刻表案内", "市民", "", 1),
            ("学習アプリ", "児童生徒向け学習コンテンツ", "児童生徒", "", 1),
        ],
    ),
    (
        "鳥取県LINE公式アカウント",
        "LINE",
        "鳥取県",
        "terms",
        None,
        None,
        None,
        "情報発信のみの利用は2021年4月15日に再開。機密性の高い利用は別事業者による再構築まで停止。"
        "停止の判断日は公表資料で確認できないため、サンプルでは3月22日としている。",
        [("line", "platform")],
        [
            ("inquiry", "storage", "JP", "line", None),
            ("media", "storage", "KR", "line", None),
            ("inquiry", "access", "CN", "ldt", None),
        ],
        [
            ("県政情報の配信", "県政情報・イベント情報の配信", "県民", "", 1),
            ("LINE相談窓口", "県民からの相談受付", "県民", "相談内容・連絡先", 3),
        ],
    ),
]

# What each category holds in the LINE case, printed beside it in the memo.
DETAILS = {"inquiry": "トーク本文", "media": "画像・動画", "application": "申請内容"}

# key -> (name, kind, country, parent's key or None, notes)
PARTIES: dict[str, tuple[str, str, str, str | None, str]] = {
    "line": ("LINE株式会社", "platform", "JP", None, "LINEの運営会社。2021年3月からZホールディングスの子会社。"),
    "line_fukuoka": ("LINE Fukuoka株式会社", "affiliate", "JP", "line", "国内の公式アカウントのデータをモニタリング。"),
    "ldt": (
        "LINE Digital Technology (Shanghai)",
        "affiliate",
        "CN",
        "line",
        "モニタリングツールを開発した中国の関連会社。従業員が日本の利用者データにアクセス可能だった。",
    ),
    "zhd": ("Zホールディングス株式会社", "other", "JP", None, "LINEの親会社。2021年3月19日に特別委員会を設置。"),
    "botexpress": ("株式会社Bot Express", "contractor", "JP", None, "東京都港区。渋谷区のLINEアカウントを構築。"),
    "cloud": (
        "国内クラウド事業者(渋谷区委託先)",
        "cloud",
        "JP",
        None,
        "Bot Expressが利用する国内クラウド。事業者名は非公表。",
    ),
    "wako_contractor": ("和光市の受託事業者", "contractor", "JP", None, "事業者名は報道では非公表。"),
    "mic": ("総務省", "authority", "JP", None, "地方公共団体への照会元。"),
}

# (day, text, source key or None)
TIMELINE: list[tuple[str, str, str | None]] = [
    (
        "2021-03-17",
        "報道: LINEの中国の関連会社 LINE Digital Technology (Shanghai) の従業員が、"
        "日本の利用者の個人情報にアクセス可能だったと報じられる。アクセス権は2〜3月に削除。",
        "報道",
    ),
    (
        "2021-03-17",
        "LINE社が報道発表。外部からの不正アクセス・情報漏洩はないと説明し、"
        "海外からのアクセスに関する説明が不十分だったことを認める。",
        "LINE",
    ),
    (
        "2021-03-18",
        "LINE社が地方公共団体向けオンライン説明会を開催(報道による。LINE社自身の記録は確認できていない)。",
        None,
    ),
    ("2021-03-18", "総務省が全地方公共団体(1,788団体)にLINEの利用状況を照会。回答期限は3月26日。", "照会"),
    (
        "2021-03-19",
        "総務大臣が総務省のLINE利用(採用・意見募集・問合せの案内)の停止を表明。懸念が払拭されれば再開。",
        "大臣",
    ),
    (
        "2021-03-19",
        "Zホールディングスが特別委員会を設置。総務省が電気通信事業法に基づきLINE社に報告を求める。"
        "首相が政府のLINE利用を調査中と発言。",
        None,
    ),
    ("2021-03-25", "当課から総務省照会に回答(利用業務と個人情報の取扱いの有無を報告)。", None),
    ("2021-04-15", "鳥取県が情報発信のみの利用を再開。機密性の高い利用は停止を継続。", None),
    (
        "2021-04-30",
        "国がガイドラインを公表。公開情報のみの利用は可。機密情報・個人情報は約款型クラウドで扱わないことが原則。",
        "ガイドライン",
    ),
]

SOURCES = {
    "報道": ("LINE、中国の関連会社から個人情報にアクセス可能に(各社報道)", "報道各社", "2021-03-17", ""),
    "LINE": ("ユーザーの個人情報に関する一部報道について(報道発表)", "LINE株式会社", "2021-03-17", ""),
    "照会": ("LINEの利用状況に関する調査について(照会)", "総務省", "2021-03-18", ""),
    "大臣": ("総務大臣閣議後記者会見", "総務省", "2021-03-19", ""),
    "ガイドライン": (
        "政府機関・地方公共団体等における業務でのLINE利用状況調査を踏まえた"
        "今後のLINEサービス等の利用の際の考え方(ガイドライン)",
        "内閣官房・総務省",
        "2021-04-30",
        "",
    ),
}

# (service, use or None for all uses, [(state, date, role, name, rationale, resume conditions, next review)])
Step = tuple[str, str, str, str, str, str, str | None]
DECISIONS: list[tuple[str, str | None, list[Step]]] = [
    (
        "総務省LINE公式アカウント",
        None,
        [
            (
                "suspend",
                "2021-03-19",
                "大臣",
                "総務大臣",
                "中国の関連会社から利用者データにアクセス可能だったため。個人情報は受け取っていないが利用を停止。",
                "懸念が払拭されること",
                "2021-04-30",
            )
        ],
    ),
    (
        "東京都LINE公式アカウント群",
        None,
        [
            (
                "continue",
                "2021-03-19",
                "所管部",
                "",
                "影響は報告されていない。LINE社の動向を注視する。",
                "",
                "2021-04-30",
            )
        ],
    ),
    (
        "渋谷区LINE公式アカウント",
        None,
        [
            (
                "continue",
                "2021-03-19",
                "区長",
                "",
                "申請データは国内クラウド(LINE社以外)に保存され、外部からのアクセスはない。新規サービスも予定どおり開始。",
                "",
                "2021-04-30",
            )
        ],
    ),
    (
        "和光市LINE公式アカウント(持ち運べる市役所)",
        None,
        [
            (
                "continue",
                "2021-03-19",
                "市長",
                "",
                "データは先に受託事業者のサーバーに保存され、LINE社には保存されない。",
                "",
                "2021-04-30",
            )
        ],
    ),
    ("福岡市LINE公式アカウント", None, [("continue", "2021-03-19", "市長", "", "影響なし。", "", None)]),
    (
        "春日市LINE公式アカウント",
        None,
        [
            (
                "discussing",
                "2021-03-19",
                "課長",
                "",
                "総務省の方針に従い対応を協議中。",
                "総務省の方針決定",
                "2021-03-31",
            )
        ],
    ),
    (
        "鳥取県LINE公式アカウント",
        "県政情報の配信",
        [
            (
                "suspend",
                "2021-03-22",
                "知事",
                "",
                "LINE社の説明を確認するまで一時停止。",
                "データ管理の説明が確認できること",
                "2021-04-15",
            ),
            (
                "resume",
                "2021-04-15",
                "知事",
                "",
                "公開情報のみの発信であり個人情報を扱わないため再開。",
                "",
                "2021-05-31",
            ),
        ],
    ),
    (
        "鳥取県LINE公式アカウント",
        "LINE相談窓口",
        [
            (
                "suspend",
                "2021-03-22",
                "知事",
                "",
                "相談内容は機密性が高く、LINE社の環境で扱えないため停止。",
                "LINE社以外の事業者による再構築(データは委託先のデータベースへ直接保存)",
                "2021-06-30",
            )
        ],
    ),
]


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
