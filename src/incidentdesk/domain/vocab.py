"""The closed vocabularies of the ledger (decision states, verification, channels, ...) with ja/en labels."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    code: str
    ja: str
    en: str

    def label(self, lang: str) -> str:
        return self.ja if lang == "ja" else self.en


class Vocabulary:
    """An ordered set of terms; codes are what the database stores, labels what people read."""

    def __init__(self, name: str, *terms: Term):
        self.name = name
        self.terms = terms
        self._by_code = {t.code: t for t in terms}

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def codes(self) -> list[str]:
        return [t.code for t in self.terms]

    def label(self, code: str | None, lang: str) -> str:
        term = self._by_code.get(code or "")
        return term.label(lang) if term else (code or "")


UNDECIDED = "undecided"

DECISION_STATES = Vocabulary(
    "decision_state",
    Term("continue", "継続", "Continue"),
    Term("conditional", "条件付き継続", "Continue with conditions"),
    Term("partial", "一部停止", "Partially suspended"),
    Term("suspend", "停止", "Suspended"),
    Term("discussing", "協議中", "Under discussion"),
    Term("resume", "再開", "Resumed"),
    Term("terminate", "廃止", "Discontinued"),
)
# Not storable as a decision: what an affected use shows before anyone has decided.
UNDECIDED_TERM = Term(UNDECIDED, "未判断", "No decision yet")


def decision_label(code: str | None, lang: str) -> str:
    if not code or code == UNDECIDED:
        return UNDECIDED_TERM.label(lang)
    return DECISION_STATES.label(code, lang)


# Colours for the matrix and the memo; the label is always shown beside them. Chosen from the Okabe-Ito
# palette so that no two states look alike with red-green colour blindness (継続 bluish green, 条件付き継続 sky
# blue: not two greens), and each reads at >= 4.5:1 (WCAG AA) with the text colour text_colour_on() gives it
# (tests/domain/test_state_colours.py computes every ratio).
DECISION_COLOURS = {
    "continue": "#009e73",
    "conditional": "#56b4e9",
    "partial": "#e69f00",
    "suspend": "#b8360d",
    "discussing": "#f0e442",
    "resume": "#0072b2",
    "terminate": "#4d4d4d",
    UNDECIDED: "#d0d0d0",
}


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of "#rrggbb"."""

    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    h = colour.lstrip("#")
    r, g, b = (channel(h[i : i + 2]) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2.x contrast ratio of two "#rrggbb" colours, from 1 to 21."""
    hi, lo = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def text_colour_on(background: str) -> str:
    """Black or white, whichever has the higher contrast on `background`."""
    return "#000000" if contrast_ratio(background, "#000000") >= contrast_ratio(background, "#ffffff") else "#ffffff"


VERIFICATION = Vocabulary(
    "verification",
    Term("unverified", "未確認", "Unverified"),
    Term("confirmed", "確認済", "Confirmed"),
    Term("disputed", "相違あり", "Disputed"),
    Term("withdrawn", "撤回", "Withdrawn"),
)

CHANNELS = Vocabulary(
    "channel",
    Term("press_release", "報道発表", "Press release"),
    Term("briefing", "説明会", "Briefing"),
    Term("email", "電子メール", "E-mail"),
    Term("phone", "電話", "Phone call"),
    Term("visit", "訪問", "Visit"),
    Term("document", "文書", "Document"),
    Term("website", "ウェブサイト", "Website"),
    Term("press_conference", "記者会見", "Press conference"),
    Term("notice", "通知", "Official notice"),
    Term("report", "報告書", "Published report"),
    Term("other", "その他", "Other"),
)

PARTY_KINDS = Vocabulary(
    "party_kind",
    Term("platform", "基盤提供事業者", "Platform provider"),
    Term("contractor", "受託事業者", "Contractor"),
    Term("subcontractor", "再委託先", "Subcontractor"),
    Term("affiliate", "関連会社", "Affiliate"),
    Term("cloud", "クラウド事業者", "Cloud provider"),
    Term("authority", "行政機関", "Authority"),
    Term("other", "その他", "Other"),
)

SERVICE_ROLES = Vocabulary(
    "service_role",
    Term("platform", "基盤提供", "Platform"),
    Term("contractor", "受託(構築・運用)", "Contractor"),
    Term("subcontractor", "再委託", "Subcontractor"),
    Term("host", "データ保管", "Hosting"),
    Term("operator", "運用・監視", "Operations / monitoring"),
    Term("developer", "開発", "Development"),
)

CONTRACT_TYPES = Vocabulary(
    "contract_type",
    Term("terms", "約款", "Terms of service"),
    Term("individual", "個別契約", "Individual contract"),
)

# Categories that fit any municipal system, not only a messaging app; each location adds a free description.
DATA_CATEGORIES = Vocabulary(
    "data_category",
    Term("resident_records", "住民記録", "Resident records"),
    Term("tax", "税", "Tax"),
    Term("welfare", "福祉・介護", "Welfare and care"),
    Term("health", "健康・医療", "Health and medical"),
    Term("childcare", "子育て・教育", "Childcare and education"),
    Term("certificates", "証明書交付", "Certificates"),
    Term("application", "申請内容", "Application contents"),
    Term("bank_account", "口座情報", "Bank accounts"),
    Term("inquiry", "問合せ・相談", "Enquiries and counselling"),
    Term("media", "画像・動画", "Images and videos"),
    Term("payment", "決済", "Payments"),
    Term("logs", "ログ", "Logs"),
    Term("other", "その他", "Other"),
)
# Codes of ledgers before migration 0003 -> today's code, and the description the location keeps.
OLD_DATA_CATEGORIES = {"talk_text": ("inquiry", "トーク本文"), "registration": ("other", "登録情報")}

LOCATION_KINDS = Vocabulary(
    "location_kind",
    Term("storage", "保存", "Stored"),
    Term("access", "アクセス", "Accessed"),
    Term("operation", "運用", "Operated"),
)

APPROVALS = Vocabulary(
    "approval",
    Term("approved", "承認済み", "Approved"),
    Term("not_approved", "承認なし", "Not approved"),
    Term("unknown", "不明", "Unknown"),
)

REQUEST_DIRECTIONS = Vocabulary(
    "request_direction",
    Term("to_city", "当市への照会(要回答)", "To the city (to answer)"),
    Term("for_information", "他者あて(参考)", "To others (for information)"),
)

FACT_DATE_PRECISIONS = Vocabulary(
    "date_precision",
    Term("day", "日", "Day"),
    Term("month", "月", "Month"),
    Term("early", "上旬", "Early in the month"),
    Term("mid", "中旬", "Mid-month"),
    Term("late", "下旬", "Late in the month"),
)

INCIDENT_STATUSES = Vocabulary(
    "incident_status",
    Term("open", "対応中", "Open"),
    Term("monitoring", "経過観察", "Monitoring"),
    Term("closed", "終結", "Closed"),
)

DATE_STYLES = Vocabulary(
    "date_style",
    Term("era", "和暦", "Japanese era"),
    Term("era_western", "和暦(西暦併記)", "Japanese era with Western year"),
    Term("western", "西暦", "Western"),
)

HOME_COUNTRY = "JP"

COUNTRIES = {
    "JP": ("日本", "Japan"),
    "KR": ("韓国", "South Korea"),
    "CN": ("中国", "China"),
    "US": ("米国", "United States"),
    "VN": ("ベトナム", "Vietnam"),
    "TW": ("台湾", "Taiwan"),
    "SG": ("シンガポール", "Singapore"),
    "IE": ("アイルランド", "Ireland"),
    "DE": ("ドイツ", "Germany"),
    "IN": ("インド", "India"),
    "PH": ("フィリピン", "Philippines"),
    "TH": ("タイ", "Thailand"),
    "GB": ("英国", "United Kingdom"),
    "NL": ("オランダ", "Netherlands"),
    "FR": ("フランス", "France"),
}


def country_label(code: str | None, lang: str) -> str:
    names = COUNTRIES.get((code or "").upper())
    if not names:
        return code or ""
    return names[0] if lang == "ja" else names[1]
