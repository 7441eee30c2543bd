"""The memo's own words in Japanese and English; vocabulary labels come from domain.vocab."""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {
    "title": ("{title}について(報告)", "Status report: {title}"),
    "addressee": ("{name} 様", "To: {name}"),
    "sender": ("{department} {section}", "From: {department} {section}"),
    "approval": ("決裁", "Approval"),
    "s_overview": ("概要", "Overview"),
    "s_changes": ("前回報告({number}、{date})からの変更", "Changes since the last memo ({number}, {date})"),
    "s_timeline": ("経緯", "Timeline"),
    "s_status": ("現状", "Current status"),
    "s_statements": ("事業者説明・国等の動向", "Vendor statements and government requests"),
    "s_policy": ("対応方針", "Policy"),
    "s_schedule": ("今後の予定", "Next steps"),
    "s_sources": ("参考", "References"),
    "status_lead": ("影響を受ける業務 {n}件(うち住民の個人情報を扱う業務 {personal}件)。業務ごとの対応判断は次のとおり。",
                    "{n} uses are affected ({personal} of them handle residents' personal data). "
                    "The decision for each use:"),
    "col_no": ("No.", "No."),
    "col_department": ("所管課", "Department"),
    "col_use": ("業務(外部サービス)", "Use (service)"),
    "col_personal": ("個人情報", "Personal data"),
    "col_stored": ("データ保存場所", "Data stored in"),
    "col_accessed": ("アクセス・運用拠点", "Accessed or operated from"),
    "col_contractor": ("受託事業者", "Contractor"),
    "col_decision": ("対応判断", "Decision"),
    "col_date": ("日付", "Date"),
    "col_event": ("内容", "Event"),
    "col_count": ("業務数", "Uses"),
    "personal_none": ("なし", "None"),
    "personal_yes": ("あり", "Yes"),
    "confidentiality": ("機密性{n}", "Class {n}"),
    "none": ("なし", "None"),
    "statements": ("(1) 事業者説明", "(1) Vendor statements"),
    "requests": ("(2) 国等からの照会", "(2) Requests from authorities"),
    "no_statements": ("記録された事業者説明はありません。", "No vendor statement has been recorded."),
    "no_requests": ("記録された照会はありません。", "No request has been recorded."),
    "statement_head": ("{date} {party}({channel}){title}", "{date} {party} ({channel}){title}"),
    "col_claim": ("説明事項", "Claim"),
    "col_verification": ("確認状況", "Verification"),
    "col_checked": ("確認方法", "How it was checked"),
    "promised": ("履行予定 {date}", "promised by {date}"),
    "col_issuer": ("照会元", "From"),
    "col_subject": ("件名", "Subject"),
    "col_due": ("回答期限", "Due"),
    "col_answer": ("回答状況", "Answer"),
    "answered": ("回答済({date})", "Answered ({date})"),
    "unanswered": ("未回答", "Not answered"),
    "overdue": ("期限超過", "Overdue"),
    "kind_request": ("照会回答期限", "Request due"),
    "kind_promise": ("事業者の履行予定", "Vendor's promised date"),
    "kind_review": ("対応判断の見直し", "Decision review"),
    "col_kind": ("区分", "Kind"),
    "no_schedule": ("予定されている期限・見直しはありません。", "No deadline or review is scheduled."),
    "no_timeline": ("記録された経緯はありません。", "No timeline entry has been recorded."),
    "no_sources": ("記録された出典はありません。", "No source has been recorded."),
    "no_uses": ("影響を受ける業務は登録されていません。", "No affected use has been linked."),
    "no_changes": ("前回報告以降、対応判断・説明事項・照会・期限に変更はありません。",
                   "Nothing has changed in decisions, claims, requests or deadlines since the last memo."),
    "ch_decision": ("対応判断", "Decision"),
    "ch_claim": ("説明事項の確認状況", "Claim verification"),
    "ch_request_added": ("照会の受付", "Request received"),
    "ch_request_answered": ("照会への回答", "Request answered"),
    "ch_promise": ("事業者の履行予定", "Vendor's promised date"),
    "ch_new": ("新規", "new"),
    "col_change": ("変更", "Change"),
    "col_item": ("対象", "Item"),
    "contact": ("連絡先 {department} {section} {name} {phone}", "Contact: {department} {section}, {name}, {phone}"),
    "page": ("{page} / {pages}", "Page {page} of {pages}"),
    "continued": ("(続き)", "(continued)"),
}

# The usual approval roles, so an English memo is readable without extra settings; others print as set.
ROLES_EN = {
    "市長": "Mayor", "副市長": "Deputy Mayor", "部長": "Director-General", "次長": "Deputy Director-General",
    "課長": "Director", "課長補佐": "Deputy Director", "係長": "Chief", "担当": "Staff", "主査": "Senior Staff",
    "総務部長": "Director-General, General Affairs", "危機管理監": "Crisis Management Director",
}


def t(key: str, lang: str, **params: object) -> str:
    ja, en = TEXT[key]
    return (ja if lang == "ja" else en).format(**params)


def role(name: str, lang: str) -> str:
    return name if lang == "ja" else ROLES_EN.get(name, name)


def addressee(name: str, lang: str) -> str:
    return t("addressee", lang, name=role(name, lang))
