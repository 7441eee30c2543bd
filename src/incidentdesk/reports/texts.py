"""The generated wording of 概要 and 対応方針, which the user may edit before issuing.

概要 tells the story: the incident's summary as written (its first paragraph), then what happened since
the previous memo in the order it happened, then where things stand. Japanese and English each have
their own sentences; neither is a translation of the other's template.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from ..domain.era_dates import format_date
from ..domain.sentences import first_paragraph, first_sentence
from ..domain.statutory import is_statutory
from ..domain.typed_dates import FactDate, format_fact_date
from ..domain.vocab import APPROVALS, CHANNELS, UNDECIDED, VERIFICATION, decision_label
from . import labels
from .data import ChangeLine, DecisionGroup, MemoData

NAMES_SHOWN = 5  # a policy item names this many services, then says how many more
STORY_SENTENCES = 8  # the overview tells this many changes, then points to the table
RUNNING = frozenset({"continue", "conditional", "resume"})  # states whose conditions are conditions to continue
STOPPED = frozenset({"suspend", "partial"})  # states whose conditions are conditions to resume

# How a decision reads in a sentence: {uses} is the list of uses.
DECIDED_JA = {
    "continue": "{uses}の継続を決定した",
    "conditional": "{uses}を条件付きで継続することとした",
    "partial": "{uses}を一部停止した",
    "suspend": "{uses}を停止した",
    "discussing": "{uses}の扱いを協議中とした",
    "resume": "{uses}を再開した",
    "terminate": "{uses}を廃止した",
}
DECIDED_EN = {
    "continue": "decided to continue {uses}",
    "conditional": "continued {uses} with conditions",
    "partial": "partially suspended {uses}",
    "suspend": "suspended {uses}",
    "discussing": "put {uses} under discussion",
    "resume": "resumed {uses}",
    "terminate": "discontinued {uses}",
}


def approval_mark(code: str, lang: str) -> str:
    """承認なし / 承認不明 beside a subcontractor in the chain."""
    if code == "unknown":
        return "承認不明" if lang == "ja" else "approval unknown"
    return APPROVALS.label(code, lang) if lang == "ja" else APPROVALS.label(code, lang).lower()


def conditions_label(state: str, lang: str) -> str:
    """継続の条件 for a use that runs, 再開の条件 for one that is stopped, else 条件."""
    if state in RUNNING:
        return "継続の条件" if lang == "ja" else "Conditions to continue"
    if state in STOPPED:
        return "再開の条件" if lang == "ja" else "Conditions to resume"
    return "条件" if lang == "ja" else "Conditions"


# -- dates in sentences ------------------------------------------------------------------------------


def _short(when: FactDate | date | None, data: MemoData) -> str:
    """3月19日 (3月, 5月下旬) in the memo's year, with the year otherwise; 19 March in English."""
    if when is None:
        return ""
    fact = when if isinstance(when, FactDate) else FactDate.of_day(when)
    text = format_fact_date(fact, data.lang, data.date_style)
    if fact.start.year == data.memo_date.year and fact.end.year == data.memo_date.year:
        if data.lang == "ja":
            return text.split("年", 1)[1] if "年" in text else text
        return text.replace(f" {fact.start.year}", "")
    return text


def _on(text: str) -> str:
    """The opening of an English sentence: 'On 19 March' for a day, 'In late May' or 'In March–April' for a
    month or range (a bare 'late May: ...' started a sentence in lower case)."""
    if not text:
        return ""
    return ("On " if text[0].isdigit() else "In ") + text


def _names(names: list[str], lang: str) -> str:
    """A、B、C / A、Bほか3業務 — the uses of one sentence."""
    names = list(dict.fromkeys(names))
    if lang == "ja":
        return "、".join(names) if len(names) <= 3 else f"{names[0]}、{names[1]}ほか{len(names) - 2}業務"
    if len(names) <= 2:
        return " and ".join(names)
    if len(names) == 3:
        return f"{names[0]}, {names[1]} and {names[2]}"
    return f"{names[0]}, {names[1]} and {len(names) - 2} other uses"


def _strip_stop(text: str) -> str:
    return text.rstrip("。．. ")


# -- the story since the last memo ---------------------------------------------------------------------


def _sentence(kind: str, items: list[ChangeLine], data: MemoData) -> str:
    lang, c = data.lang, items[0]
    ja = lang == "ja"
    when = _short(c.when, data)
    late = ("(事後登録)" if ja else " (entered late)") if all(x.late for x in items) else ""
    if kind == "event":
        text = _strip_stop(first_sentence(c.what))
        return f"{when}、{text}{late}。" if ja else f"{_on(when)}: {text}{late}."
    if kind == "decision":
        verb = (DECIDED_JA if ja else DECIDED_EN).get(c.new, "{uses}")
        uses = _names([x.what for x in items], lang)
        done = verb.format(uses=uses)
        return f"{when}、{done}{late}。" if ja else f"{_on(when)} the city {done}{late}."
    if kind == "withdrawal":
        uses = _names([x.what for x in items], lang)
        old = decision_label(c.old, lang)
        return (
            f"{when}、{uses}の対応判断({old})を取り消した{late}。"
            if ja
            else f"{_on(when)} the decision to {old.lower()} {uses} was withdrawn{late}."
        )
    if kind == "statement":
        channel = CHANNELS.label(c.new, lang)
        if ja:
            what = f"「{c.what}」" if c.what else ""
            count = f"(説明事項{c.count}件)" if c.count else ""
            return f"{when}、{c.who}が{channel}で{what}説明した{count}{late}。"
        count = f" ({c.count} claim{'s' if c.count != 1 else ''})" if c.count else ""
        what = f" “{c.what}”" if c.what else ""
        return f"{_on(when)} {c.who} made a statement{what} ({channel.lower()}){count}{late}."
    if kind == "statement_retired":
        what = f"「{c.what}」" if c.what else ""
        return (
            f"{when}、{c.who}の事業者説明{what}を廃止済みとし、以後の報告から除いた{late}。"
            if ja
            else f"{_on(when)} {c.who}'s statement{' “' + c.what + '”' if c.what else ''} was retired and is no "
            f"longer reported{late}."
        )
    if kind == "request_added":
        due = f"(回答期限{_short(date.fromisoformat(c.new), data)})" if ja and c.new else ""
        if ja:
            return f"{when}、{c.who}が照会「{c.what}」を発出した{due}{late}。"
        due_en = f", due {_short(date.fromisoformat(c.new), data)}" if c.new else ""
        return f"{_on(when)} {c.who} sent the city a request, “{c.what}”{due_en}{late}."
    if kind == "request_info":
        if ja:
            to = f"{c.addressee}に対し" if c.addressee else ""
            return f"{when}、{c.who}が{to}「{c.what}」を発出した{late}。"
        to = f" to {c.addressee}" if c.addressee else ""
        return f"{_on(when)} {c.who} issued “{c.what}”{to}{late}."
    if kind == "request_answered" and is_statutory(c.who):  # the city sent a report the law asks for
        return (
            f"{when}、個人情報保護委員会に「{c.what}」を提出した{late}。"
            if ja
            else f"{_on(when)} the city sent the Personal Information Protection Commission its “{c.what}”{late}."
        )
    if kind == "request_answered":
        return (
            f"{when}、{c.who}の照会「{c.what}」に回答した{late}。"
            if ja
            else f"{_on(when)} the city answered {c.who}'s request “{c.what}”{late}."
        )
    if kind == "report_sent":
        return (
            f"{when}、{c.who}に「{c.what}」の報告を提出した{late}。"
            if ja
            else f"{_on(when)} the city sent {c.who} its report under “{c.what}”{late}."
        )
    return ""


def _claims_sentence(items: list[ChangeLine], data: MemoData) -> str:
    """Verification changes of claims logged before: the claim itself when there is one, else how many and to what."""
    lang = data.lang
    late = ("(事後登録)" if lang == "ja" else " (entered late)") if all(x.late for x in items) else ""
    if len(items) == 1:
        c = items[0]
        state = VERIFICATION.label(c.new, lang)
        if lang == "ja":
            return f"{_short(c.when, data)}、{c.who}の説明「{_strip_stop(c.what)}」を{state}とした{late}。"
        return f"{_on(_short(c.when, data))} {c.who}'s claim “{_strip_stop(c.what)}” was marked {state.lower()}{late}."
    by_state: dict[str, int] = defaultdict(int)
    for c in items:
        by_state[c.new] += 1
    order = [code for code in VERIFICATION.codes() if by_state.get(code)]
    if lang == "ja":
        parts = "、".join(f"{VERIFICATION.label(code, lang)}{by_state[code]}件" for code in order)
        return f"事業者の説明事項{len(items)}件の確認状況が変わった({parts}){late}。"
    parts = ", ".join(f"{by_state[code]} {VERIFICATION.label(code, lang).lower()}" for code in order)
    return f"The verification of {len(items)} vendor claims changed ({parts}){late}."


def story(data: MemoData) -> list[str]:
    """One sentence per change or group of changes, in the order they happened (same day and kind and
    state together), claims' verification changes in one sentence where the first of them happened."""
    sentences: list[tuple[date, int, str]] = []
    groups: dict[tuple[date | None, str, str | int, bool], list[ChangeLine]] = defaultdict(list)
    checks: list[ChangeLine] = []
    for c in data.changes:
        if c.kind == "claim":
            if c.old:  # a claim logged earlier whose verification changed; new claims count with their statement
                checks.append(c)
            continue
        if c.kind == "promise":
            continue  # in the table; the statement that carried it is in the story
        key = (c.day, c.kind, c.new if c.kind in ("decision", "withdrawal") else id(c), c.late)
        groups[key].append(c)
    for i, ((day, kind, *_), items) in enumerate(groups.items()):
        text = _sentence(kind, items, data)
        if text:
            sentences.append((day or date.max, i, text))
    if checks:
        sentences.append((min(c.day or date.max for c in checks), len(sentences), _claims_sentence(checks, data)))
    return [text for _, _, text in sorted(sentences)]


# -- the overview ----------------------------------------------------------------------------------------


def _counts_text(data: MemoData) -> str:
    if data.lang == "ja":
        return "、".join(f"{decision_label(code, data.lang)}{n}件" for code, n in data.counts if n)
    return ", ".join(f"{decision_label(code, data.lang).lower()} {n}" for code, n in data.counts if n)


def _where_we_stand(data: MemoData) -> list[str]:
    lang, style = data.lang, data.date_style
    lines = []
    personal = sum(1 for u in data.uses if u.handles_personal_data)
    if lang == "ja":
        if data.uses:
            who = f"(うち住民の個人情報を扱う業務{personal}件)" if personal else ""
            lines.append(
                f"現在、本件の影響を受ける業務は{len(data.uses)}件{who}で、対応判断の内訳は{_counts_text(data)}である。"
            )
        else:
            lines.append("影響を受ける業務は現在確認中である。")
    elif data.uses:
        who = f" ({personal} of them handle residents' personal data)" if personal else ""
        lines.append(f"{len(data.uses)} uses are affected{who}; decisions: {_counts_text(data)}.")
    else:
        lines.append("The affected uses are still being identified.")
    overdue = [s for s in data.schedule if s.overdue and s.kind in ("request", "report", "statutory")]
    if overdue:
        n = len(overdue)
        reports = any(s.kind != "request" for s in overdue)  # a report is owed, not an answer
        if lang == "ja":
            what = "期限を過ぎた照会・報告" if reports else "回答期限を過ぎた照会"
            lines.append(f"{what}が{n}件ある({overdue[0].text}{'ほか' if n > 1 else ''})。")
        else:
            what = "report or request" if reports else "request"
            others = " and others" if n > 1 else ""
            lines.append(f"{n} {what}{'s are' if n > 1 else ' is'} past due ({overdue[0].text}{others}).")
    upcoming = [s for s in data.schedule if not s.overdue]
    if upcoming:
        nxt = upcoming[0]
        day = format_date(nxt.due_on, style, lang)
        kind = labels.t("kind_" + nxt.kind, lang)
        lines.append(
            f"次の期限は{day}({kind}、{nxt.text})である。"
            if lang == "ja"
            else f"Next deadline: {day} ({kind[:1].lower() + kind[1:]}: {nxt.text})."
        )
    return lines


def overview_text(data: MemoData, summary: str) -> str:
    """The summary's first paragraph, the story since the last memo, then where things stand."""
    lang = data.lang
    lines = []
    first = first_paragraph(summary)
    if first:
        lines.append(
            " ".join(x.strip() for x in first.splitlines() if x.strip())
            if lang != "ja"
            else "".join(x.strip() for x in first.splitlines())
        )
    prev = data.previous
    if prev is not None:
        day = format_date(prev.issued_on, data.date_style, lang)
        told = story(data)
        if not told:
            lines.append(
                f"前回報告({prev.number}、{day})以降、変更はない。"
                if lang == "ja"
                else f"Nothing has changed since the last memo ({prev.number}, {day})."
            )
        else:
            lines.append(
                f"前回報告({prev.number}、{day})以降の動きは次のとおり。"
                if lang == "ja"
                else f"Since the last memo ({prev.number}, {day}):"
            )
            shown = told[:STORY_SENTENCES]
            if len(told) > STORY_SENTENCES:
                more = len(told) - STORY_SENTENCES
                shown.append(
                    f"ほか{more}件の変更は下表のとおり。"
                    if lang == "ja"
                    else f"{more} more change{'s are' if more > 1 else ' is'} listed in the table below."
                )
            lines.append(("" if lang == "ja" else " ").join(shown))
    lines += _where_we_stand(data)
    return "\n".join(lines)


# -- 対応方針 ----------------------------------------------------------------------------------------------


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
            inner = (
                f"{names[0]}{sep}{names[1]} ほか{len(names) - 2}業務"
                if lang == "ja"
                else f"{names[0]}{sep}{names[1]} and {len(names) - 2} more"
            )
        parts.append(f"{service}({inner})" if lang == "ja" else f"{service} ({inner})")
    more = len(by_service) - NAMES_SHOWN
    if more > 0:
        parts.append(f"ほか{more}サービス" if lang == "ja" else f"and {more} more services")
    return sep.join(parts)


def policy_text(groups: tuple[DecisionGroup, ...], lang: str, date_style: str) -> str:
    """One item per group of uses with the same decision: which uses, why, on what conditions, until when
    and what follows, next review. A label and its text are joined by a no-break space in English."""
    if not groups:
        return (
            "各業務の対応判断は未了であり、事業者の説明を確認のうえ判断する。"
            if lang == "ja"
            else "No decision has been made yet; decisions will follow once the vendor's statements are checked."
        )
    ja = lang == "ja"
    pad = "\u3000" if ja else "    "

    def label(ja_text: str, en_text: str) -> str:
        return pad + (ja_text + ":" if ja else en_text + ":\u00a0")

    lines = []
    for i, g in enumerate(groups, start=1):
        lines.append(
            f"({i}) {decision_label(g.state, lang)}"
            + (f"({len(g.uses)}件):" if ja else f" ({len(g.uses)}): ")
            + _uses_text(g.uses, lang)
        )
        if g.ended:
            old, until = decision_label(g.ended[0], lang), format_date(g.ended[1], date_style, lang)
            lines.append(
                pad + (f"{until}までの{old}の期限到来による。" if ja else f"Follows the end of “{old}” on {until}.")
            )
        if g.rationale:
            lines.append((label("当初の理由", "Original reason") if g.ended else label("理由", "Reason")) + g.rationale)
        if g.conditions:
            lines.append(pad + conditions_label(g.state, lang) + (":" if ja else ":\u00a0") + g.conditions)
        if g.effective_until:
            until = format_date(g.effective_until, date_style, lang)
            then = decision_label(g.then_state, lang) if g.then_state else ""
            if ja:
                lines.append(label("期限", "") + f"{until}まで" + (f"(その後は{then})" if then else ""))
            else:
                lines.append(label("", "Until") + until + (f", then {then}" if then else ""))
        if g.state == UNDECIDED:
            lines.append(
                pad
                + (
                    "事業者の説明と影響の範囲を確認のうえ判断する。"
                    if ja
                    else "To be decided once the vendor's statements and the impact are checked."
                )
            )
        if g.next_review_on:
            lines.append(label("次回見直し", "Next review") + format_date(g.next_review_on, date_style, lang))
    return "\n".join(lines)
