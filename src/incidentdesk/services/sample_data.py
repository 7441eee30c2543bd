"""The built-in sample's facts: the LINE case of March 2021 as a municipal IT section would have logged it.

Facts follow public reporting and official releases of 2021 (see ../shared/DOMAIN.md). Where a fact was not
public (a contractor's name, a decision date) the sample says so in its notes. services/sample_case.py enters
them through the services; this module holds only the data.
"""

from __future__ import annotations

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
