"""The generated wording of 概要 and 対応方針, which the user may edit before issuing."""

from __future__ import annotations

from ..domain.era_dates import format_date
from ..domain.vocab import UNDECIDED, decision_label
from . import labels
from .data import DecisionGroup, MemoData

NAMES_SHOWN = 5  # a policy item names this many uses, then says how many more


def _first_sentence(text: str, lang: str) -> str:
    text = " ".join(text.split())
    if not text:
        return ""
    end = text.find("。") if lang == "ja" else text.find(". ")
    return text if end < 0 else text[: end + 1]


def _counts_text(data: MemoData) -> str:
    sep = "、" if data.lang == "ja" else ", "
    if data.lang == "ja":
        return sep.join(f"{decision_label(code, data.lang)}{n}件" for code, n in data.counts if n)
    return sep.join(f"{decision_label(code, data.lang)} {n}" for code, n in data.counts if n)


def overview_text(data: MemoData, summary: str) -> str:
    """3-5 lines: what happened, how many uses, the decisions, what changed, what is due next."""
    lang, style = data.lang, data.date_style
    lines = []
    first = _first_sentence(summary, lang)
    if first:
        lines.append(first)
    personal = sum(1 for u in data.uses if u.handles_personal_data)
    if lang == "ja":
        if data.uses:
            lines.append(f"本件の影響を受ける業務は{len(data.uses)}件(うち住民の個人情報を扱う業務{personal}件)で、"
                         f"対応判断の内訳は{_counts_text(data)}である。")
        else:
            lines.append("影響を受ける業務は現在確認中である。")
    else:
        lines.append(f"{len(data.uses)} uses are affected ({personal} handle residents' personal data); "
                     f"decisions: {_counts_text(data)}." if data.uses else "The affected uses are being identified.")
    if data.previous is not None:
        kinds = [c.kind for c in data.changes]
        decided, claims = kinds.count("decision"), kinds.count("claim")
        reqs = kinds.count("request_added") + kinds.count("request_answered")
        if lang == "ja":
            lines.append(f"前回報告({data.previous.number})以降、対応判断{decided}件、説明事項の確認状況{claims}件、"
                         f"照会{reqs}件の変更があった。" if kinds else f"前回報告({data.previous.number})以降、変更はない。")
        else:
            lines.append(f"Changes since the last memo ({data.previous.number}): decisions {decided}, "
                         f"claim verifications {claims}, requests {reqs}." if kinds
                         else f"Nothing has changed since the last memo ({data.previous.number}).")
    upcoming = [s for s in data.schedule if not s.overdue]
    if upcoming:
        nxt = upcoming[0]
        day = format_date(nxt.due_on, style, lang)
        kind = labels.t("kind_" + nxt.kind, lang)
        lines.append(f"次の期限は{day}({kind}、{nxt.text})である。" if lang == "ja"
                     else f"Next deadline: {day} ({kind}: {nxt.text}).")
    return "\n".join(lines)


def _uses_text(uses: tuple[tuple[str, str], ...], lang: str) -> str:
    """'渋谷区LINE公式アカウント(住民票の写しの申請、犬の登録)、…' — by service, so many uses stay short."""
    by_service: dict[str, list[str]] = {}
    for service, use in uses:
        by_service.setdefault(service, []).append(use)
    sep = "、" if lang == "ja" else "; "
    parts = []
    for service, names in list(by_service.items())[:NAMES_SHOWN]:
        if len(names) <= 3:
            inner = sep.join(names)
        else:
            inner = f"{names[0]}{sep}{names[1]} ほか{len(names) - 2}業務" if lang == "ja" else \
                f"{names[0]}{sep}{names[1]} and {len(names) - 2} more"
        parts.append(f"{service}({inner})" if lang == "ja" else f"{service} ({inner})")
    more = len(by_service) - NAMES_SHOWN
    if more > 0:
        parts.append(f"ほか{more}サービス" if lang == "ja" else f"and {more} more services")
    return sep.join(parts)


def policy_text(groups: tuple[DecisionGroup, ...], lang: str, date_style: str) -> str:
    """One item per group of uses with the same decision: which uses, why, when they may resume, next review."""
    if not groups:
        return ("各業務の対応判断は未了であり、事業者の説明を確認のうえ判断する。" if lang == "ja"
                else "No decision has been made yet; decisions will follow once the vendor's statements are checked.")
    lines = []
    for i, g in enumerate(groups, start=1):
        lines.append(f"({i}) {decision_label(g.state, lang)}" + (f"({len(g.uses)}件):" if lang == "ja" else
                                                                 f" ({len(g.uses)}): ") + _uses_text(g.uses, lang))
        pad = "\u3000" if lang == "ja" else "    "
        if g.rationale:
            lines.append(pad + ("理由:" if lang == "ja" else "Reason: ") + g.rationale)
        if g.resume_conditions:
            lines.append(pad + ("再開条件:" if lang == "ja" else "Conditions to resume: ") + g.resume_conditions)
        if g.state == UNDECIDED:
            lines.append(pad + ("事業者の説明と影響の範囲を確認のうえ判断する。" if lang == "ja"
                                else "To be decided once the vendor's statements and the impact are checked."))
        if g.next_review_on:
            lines.append(pad + ("次回見直し:" if lang == "ja" else "Next review: ")
                         + format_date(g.next_review_on, date_style, lang))
    return "\n".join(lines)
