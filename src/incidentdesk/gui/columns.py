"""Which columns each table shows; titles are translated in context "Columns" when drawn."""

from __future__ import annotations

from datetime import date
from itertools import groupby

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.vocab import (
    DATA_CATEGORIES,
    INCIDENT_STATUSES,
    LOCATION_KINDS,
    PARTY_KINDS,
    SERVICE_ROLES,
    VERIFICATION,
    country_label,
    decision_label,
    HOME_COUNTRY,
)
from .context import AppContext
from .table_models import Column


# Words the columns put inside cells, marked here so lupdate collects them.
_CELL_WORDS = (
    QT_TRANSLATE_NOOP("Columns", "abroad"),
    QT_TRANSLATE_NOOP("Columns", "Yes"),
    QT_TRANSLATE_NOOP("Columns", "No"),
    QT_TRANSLATE_NOOP("Columns", "Overdue"),
    QT_TRANSLATE_NOOP("Columns", "Upcoming"),
    QT_TRANSLATE_NOOP("Columns", "snoozed until %1"),
    QT_TRANSLATE_NOOP("Columns", "Whole service"),
    QT_TRANSLATE_NOOP("Columns", "Current"),
    QT_TRANSLATE_NOOP("Columns", "Superseded"),
    QT_TRANSLATE_NOOP("Columns", "Withdrawn (取消)"),
    QT_TRANSLATE_NOOP("Columns", "(entered late)"),
    QT_TRANSLATE_NOOP("Columns", "Retired"),
    QT_TRANSLATE_NOOP("Columns", "ended"),
    QT_TRANSLATE_NOOP("Columns", "The city"),
    QT_TRANSLATE_NOOP("Columns", "Others"),
    QT_TRANSLATE_NOOP("Columns", "Every month"),
    QT_TRANSLATE_NOOP("Columns", "Ended %1"),
    QT_TRANSLATE_NOOP("Columns", "Conditions to continue"),
    QT_TRANSLATE_NOOP("Columns", "Conditions to resume"),
    QT_TRANSLATE_NOOP("Columns", "Conditions"),
    QT_TRANSLATE_NOOP("Columns", "Until %1"),
    QT_TRANSLATE_NOOP("Columns", ", then %1"),
    QT_TRANSLATE_NOOP("Columns", "Every %1 months"),
)


def cell(text: str) -> str:
    return QCoreApplication.translate("Columns", text)


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def abroad_text(country: str, lang: str) -> str:
    """A country, with a marker and the word 'abroad' when it is not Japan (never colour alone)."""
    name = country_label(country, lang)
    return name if country == HOME_COUNTRY else f"⚠ {name} ({cell('abroad')})"


def _counts_text(counts: dict[str, int], lang: str) -> str:
    return "  ".join(f"{decision_label(k, lang)} {n}" for k, n in sorted(counts.items(), key=lambda kv: -kv[1]))


def incidents(ctx: AppContext) -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: INCIDENT_STATUSES.label(r.status, ctx.lang)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Occurred"), lambda r: ctx.short(r.occurred_on), lambda r: _iso(r.occurred_on)
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Affected uses"),
            lambda r: str(r.affected),
            lambda r: r.affected,
            align_right=True,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Decisions"), lambda r: _counts_text(r.counts, ctx.lang)),
    ]


def affected(ctx: AppContext) -> list[Column]:
    def places(ps) -> str:
        return ", ".join(dict.fromkeys(abroad_text(p.country, ctx.lang) for p in ps))

    # Where the data is and who can reach it come right after the use: that is what the incident is about.
    return [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Current decision"),
            lambda r: decision_label(r.state, ctx.lang),
            state=lambda r: r.state,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Service"), lambda r: r.service_name),
        Column(QT_TRANSLATE_NOOP("Columns", "Use"), lambda r: r.use_name),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Stored in"),
            lambda r: places(r.stored_in),
            bold=lambda r: any(p.abroad for p in r.stored_in),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Accessed from"),
            lambda r: places(r.accessed_from),
            bold=lambda r: any(p.abroad for p in r.accessed_from),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Personal data"),
            lambda r: (
                (cell("Yes") + (f": {r.personal_data}" if r.personal_data else ""))
                if r.handles_personal_data
                else cell("No")
            ),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Department"), lambda r: r.department),
        Column(  # when the state shown took effect: the day after an end date for the state that followed it
            QT_TRANSLATE_NOOP("Columns", "Decided on"),
            lambda r: ctx.short(r.since) if r.since else "",
            lambda r: _iso(r.since) if r.since else "",
        ),
    ]


def deadlines(ctx: AppContext) -> list[Column]:
    kinds = {
        "request": QT_TRANSLATE_NOOP("Columns", "Request"),
        "promise": QT_TRANSLATE_NOOP("Columns", "Vendor promise"),
        "review": QT_TRANSLATE_NOOP("Columns", "Decision review"),
        "report": QT_TRANSLATE_NOOP("Columns", "Recurring report"),
        "statutory": QT_TRANSLATE_NOOP("Columns", "Statutory report (PPC)"),
        "until": QT_TRANSLATE_NOOP("Columns", "Decision ends"),
    }

    def state(r) -> str:
        text = "⚠ " + cell("Overdue") if r.overdue else cell("Upcoming")
        until = ctx.snoozes.until(r)
        return text if until is None else f"{text} · {cell('snoozed until %1').replace('%1', ctx.short(until))}"

    return [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Due"),
            lambda r: ctx.short(r.due_on),
            lambda r: _iso(r.due_on),
            bold=lambda r: r.overdue,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "State"),
            state,
            bold=lambda r: r.overdue,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: cell(kinds.get(r.kind, r.kind))),
        Column(QT_TRANSLATE_NOOP("Columns", "What"), lambda r: r.text),
    ]


def late_ids(items, day, seq) -> set:
    """Ids of entries recorded after another entry dated later (事後登録): a fact logged late, shown as such.

    In order of recording, an entry is late when an entry recorded before it (a lower `seq`) is dated after it;
    one pass with the latest day seen so far (comparing every pair took 20 ms for a 200-entry timeline).
    """
    late: set = set()
    latest = None  # the latest day among the entries recorded before the current group
    for _seq, group in groupby(sorted(items, key=seq), key=seq):
        entries = list(group)
        if latest is not None:
            late.update(x.id for x in entries if latest > day(x))
        newest = max(day(x) for x in entries)
        latest = newest if latest is None or newest > latest else latest
    return late


def check_history_text(ctx: AppContext, claim) -> str:
    """Every check of a claim, oldest first, one a line; a check recorded after a later-dated one is marked."""
    late = late_ids(claim.checks, lambda c: c.checked_on, lambda c: c.entered_at)
    return "\n".join(
        f"{ctx.short(c.checked_on)} {VERIFICATION.label(c.verification, ctx.lang)}"
        f"{' ' + cell('(entered late)') if c.id in late else ''}"
        f"{' — ' + c.checked_how if c.checked_how else ''}{' (' + c.checked_by + ')' if c.checked_by else ''}"
        for c in claim.checks
    )


def timeline(ctx: AppContext, late: set | None = None) -> list[Column]:
    late = late if late is not None else set()
    return [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Date"),
            lambda r: (
                ctx.fact(r.entry.occurred) + (" " + cell("(entered late)") if late and r.entry.id in late else "")
            ),
            lambda r: r.entry.occurred.sort_key(),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "What happened"), lambda r: r.entry.text),
        Column(QT_TRANSLATE_NOOP("Columns", "Sources"), lambda r: "、".join(s.title for s in r.sources)),
    ]


def sources(ctx: AppContext) -> list[Column]:
    return [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Published"),
            lambda r: ctx.fact(r.published),
            lambda r: r.published.sort_key() if r.published else (),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("Columns", "Publisher"), lambda r: r.publisher),
        Column(QT_TRANSLATE_NOOP("Columns", "URL"), lambda r: r.url),
    ]


def statements(ctx: AppContext) -> list[Column]:
    from ..domain.vocab import CHANNELS

    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: ctx.fact(r.made), lambda r: r.made.sort_key()),
        Column(QT_TRANSLATE_NOOP("Columns", "Party"), lambda r: r.party),
        Column(QT_TRANSLATE_NOOP("Columns", "Channel"), lambda r: CHANNELS.label(r.channel, ctx.lang)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Title"),
            lambda r: r.title + (f"  ({cell('Retired')} {ctx.short(r.retired_on)})" if r.retired_on else ""),
            strike=lambda r: r.retired_on is not None,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Claims"),
            lambda r: str(len(r.claims)),
            lambda r: len(r.claims),
            align_right=True,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Taken by"), lambda r: r.taken_by),
        Column(QT_TRANSLATE_NOOP("Columns", "Sources"), lambda r: "、".join(s.title for s in r.sources)),
    ]


def claims(ctx: AppContext) -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda r: str(r.position), lambda r: r.position, align_right=True),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Verification"),
            lambda r: VERIFICATION.label(r.verification, ctx.lang),
            bold=lambda r: r.verification == "disputed",
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Claim"), lambda r: r.text),
        Column(QT_TRANSLATE_NOOP("Columns", "How it was checked"), lambda r: r.checked_how),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Check history"),
            lambda r: check_history_text(ctx, r).replace("\n", " / ") if len(r.checks) > 1 else "",
            tip=lambda r: check_history_text(ctx, r),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Promised by"),
            lambda r: ctx.short(r.promised_by),
            lambda r: _iso(r.promised_by),
        ),
    ]


def requests(ctx: AppContext, today: date | None = None) -> list[Column]:
    """`today` fixes the day overdue is judged against (tests); by default it is the day the cell is drawn."""

    def status(r) -> str:
        return r.status(today or date.today())

    words = {
        "answered": QT_TRANSLATE_NOOP("Columns", "Answered"),
        "overdue": QT_TRANSLATE_NOOP("Columns", "Overdue"),
        "open": QT_TRANSLATE_NOOP("Columns", "Open"),
        # Addressed to someone else (the vendor, all bodies): recorded, never the city's to answer.
        "information": QT_TRANSLATE_NOOP("Columns", "For information"),
    }

    def addressed_to(r) -> str:
        return cell("The city") if r.to_city else (r.addressee or cell("Others"))

    def due(r) -> date | None:
        if not r.to_city:
            return None  # someone else's deadline is never the city's
        return (r.next_due() or r.due_on) if r.every_months else r.due_on

    def every(r) -> str:
        if not r.every_months:
            return ""
        if r.every_months == 1:
            return cell("Every month")
        return cell("Every %1 months").replace("%1", str(r.every_months))

    return [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda r: ("⚠ " if status(r) == "overdue" else "") + cell(words[status(r)]),
            bold=lambda r: status(r) == "overdue",
        ),
        # A recurring request is due on its first unreported period, not on its first due date.
        Column(QT_TRANSLATE_NOOP("Columns", "Due"), lambda r: ctx.short(due(r)), lambda r: _iso(due(r))),
        Column(QT_TRANSLATE_NOOP("Columns", "Issuer"), lambda r: r.issuer),
        Column(QT_TRANSLATE_NOOP("Columns", "Addressed to"), addressed_to),
        Column(QT_TRANSLATE_NOOP("Columns", "Subject"), lambda r: r.subject),
        Column(QT_TRANSLATE_NOOP("Columns", "Repeats"), every),
        Column(QT_TRANSLATE_NOOP("Columns", "Issued"), lambda r: ctx.short(r.issued_on), lambda r: _iso(r.issued_on)),
        Column(QT_TRANSLATE_NOOP("Columns", "Document number"), lambda r: r.doc_number),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Answered on"),
            lambda r: ctx.short(r.answered_on),
            lambda r: _iso(r.answered_on),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Incident"), lambda r: r.incident_title),
    ]


def services(ctx: AppContext) -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("Columns", "Department"), lambda r: r.department),
        Column(QT_TRANSLATE_NOOP("Columns", "Platform"), lambda r: r.platform),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Uses"), lambda r: str(r.use_count), lambda r: r.use_count, align_right=True
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Data abroad"),
            lambda r: "⚠ " + cell("abroad") if r.abroad else "",
            bold=lambda r: r.abroad,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Contractors"), lambda r: ", ".join(r.contractors)),
    ]


def uses(ctx: AppContext) -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Use"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("Columns", "Purpose"), lambda r: r.purpose),
        Column(QT_TRANSLATE_NOOP("Columns", "Audience"), lambda r: r.audience),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Personal data"),
            lambda r: (
                (cell("Yes") + (f": {r.personal_data}" if r.personal_data else ""))
                if r.handles_personal_data
                else cell("No")
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Confidentiality"),
            lambda r: str(r.confidentiality),
            lambda r: r.confidentiality,
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Retired"),
            lambda r: f"{cell('Retired')} {ctx.short(r.retired_on)}" if r.retired_on else "",
        ),
    ]


def locations(ctx: AppContext, use_names: dict[int, str]) -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Data"), lambda r: DATA_CATEGORIES.label(r.category, ctx.lang)),
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: LOCATION_KINDS.label(r.kind, ctx.lang)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Country"), lambda r: abroad_text(r.country, ctx.lang), bold=lambda r: r.abroad
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Place"), lambda r: r.place),
        Column(QT_TRANSLATE_NOOP("Columns", "What data"), lambda r: r.detail),
        Column(
            QT_TRANSLATE_NOOP("Columns", "In effect"),
            lambda r: period_text(ctx, r),
            strike=lambda r: not r.in_effect(date.today()),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "By whom"), lambda r: r.party),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Applies to"),
            lambda r: use_names.get(r.use_id, "") if r.use_id else cell("Whole service"),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Notes"), lambda r: r.notes),
    ]


def period_text(ctx: AppContext, r) -> str:
    """From–until of a role or a location, and whether it is in effect today (never colour alone)."""
    if r.valid_from is None and r.valid_until is None:
        return ""
    span = f"{ctx.short(r.valid_from) if r.valid_from else ''}〜{ctx.short(r.valid_until) if r.valid_until else ''}"
    return span if r.in_effect(date.today()) else f"{span} ({cell('ended')})"


def party_roles(ctx: AppContext, role_names: dict[int, str] | None = None) -> list[Column]:
    from ..domain.vocab import APPROVALS

    names = role_names if role_names is not None else {}
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda r: SERVICE_ROLES.label(r.role, ctx.lang)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Party"), lambda r: r.party, strike=lambda r: not r.in_effect(date.today())
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Work passed on by"),
            lambda r: names.get(r.upstream_id, "") if r.upstream_id else "",
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Approved by the city"),
            lambda r: APPROVALS.label(r.approval, ctx.lang) if r.approval else "",
            bold=lambda r: r.approval == "not_approved",
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "In effect"), lambda r: period_text(ctx, r)),
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: PARTY_KINDS.label(r.kind, ctx.lang)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Country"),
            lambda r: abroad_text(r.country, ctx.lang),
            bold=lambda r: r.country != HOME_COUNTRY,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Parent company"), lambda r: r.parent),
    ]


def _standing(ctx: AppContext, r, today: date | None = None) -> str:
    if r.withdrawal is not None:
        return cell("Withdrawn (取消)")
    if not r.current:
        return cell("Superseded")
    if r.effective_until is not None and r.effective_until < (today or date.today()):
        # Its end date has passed: what holds now is the state that followed, not this decision.
        then = decision_label(r.then_state, ctx.lang) if r.then_state else ""
        return cell("Ended %1").replace("%1", ctx.short(r.effective_until)) + (f" → {then}" if then else "")
    return cell("Current")


def decision_terms(ctx: AppContext, r) -> str:
    """A decision's conditions, named by its state (to continue / to resume), and its end: 'Until R6.3.31,
    then 廃止'."""
    parts = []
    if r.conditions:
        label = (
            cell("Conditions to continue")
            if r.state in ("continue", "conditional", "resume")
            else cell("Conditions to resume")
            if r.state in ("suspend", "partial")
            else cell("Conditions")
        )
        parts.append(f"{label}: {r.conditions}")
    if r.effective_until is not None:
        until = cell("Until %1").replace("%1", ctx.short(r.effective_until))
        if r.then_state:
            until += cell(", then %1").replace("%1", decision_label(r.then_state, ctx.lang))
        parts.append(until)
    return " / ".join(parts)


def withdrawal_text(ctx: AppContext, r) -> str:
    """Why and by whom a decision was withdrawn, in words (empty for a valid decision)."""
    w = r.withdrawal
    if w is None:
        return ""
    who = " ".join(x for x in (w.withdrawn_by_role, w.withdrawn_by_name) if x)
    return f"{ctx.short(w.withdrawn_on)} {who}: {w.reason}"


def decision_history(ctx: AppContext, *, with_service: bool = False) -> list[Column]:
    """A use's decisions: a withdrawn one struck through with its reason and who withdrew it; a late entry marked."""
    return [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Decided on"),
            lambda r: ctx.short(r.decided_on) + (" " + cell("(entered late)") if r.late else ""),
            lambda r: (_iso(r.decided_on), r.entered_at),
            strike=lambda r: r.withdrawal is not None,
        ),
        *([Column(QT_TRANSLATE_NOOP("Columns", "Service"), lambda r: r.service_name)] if with_service else []),
        Column(QT_TRANSLATE_NOOP("Columns", "Use"), lambda r: r.use_name, strike=lambda r: r.withdrawal is not None),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Decision"),
            lambda r: decision_label(r.state, ctx.lang),
            state=lambda r: None if r.withdrawal is not None else r.state,
            strike=lambda r: r.withdrawal is not None,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Standing"), lambda r: _standing(ctx, r), bold=lambda r: r.current),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Conditions and end"),
            lambda r: decision_terms(ctx, r),
            tip=lambda r: decision_terms(ctx, r),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Withdrawn"),
            lambda r: withdrawal_text(ctx, r),
            tip=lambda r: withdrawal_text(ctx, r),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Decided by"),
            lambda r: " ".join(x for x in (r.decided_by_role, r.decided_by_name) if x),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Rationale"), lambda r: r.rationale, tip=lambda r: r.rationale),
        Column(QT_TRANSLATE_NOOP("Columns", "Incident"), lambda r: r.incident_title),
    ]


def parties(ctx: AppContext, names: dict[int, str]) -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: PARTY_KINDS.label(r.kind, ctx.lang)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Country"),
            lambda r: abroad_text(r.country, ctx.lang),
            bold=lambda r: r.country != HOME_COUNTRY,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Parent company"), lambda r: names.get(r.parent_id, "")),
        Column(QT_TRANSLATE_NOOP("Columns", "Notes"), lambda r: r.notes),
    ]


def audit(ctx: AppContext) -> list[Column]:
    """The log in words: local time, the record and action in the user's language, old → new per field."""
    from ..services import audit_text

    return [
        Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda r: str(r.seq), lambda r: r.seq, align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda r: audit_text.local_time(r.at), lambda r: r.at),
        Column(QT_TRANSLATE_NOOP("Columns", "Who"), lambda r: r.actor),
        Column(QT_TRANSLATE_NOOP("Columns", "Action"), lambda r: audit_text.action_label(r.action, ctx.lang)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Record"),
            lambda r: audit_text.entity_label(r.entity, ctx.lang) + (f" #{r.entity_id}" if r.entity_id else ""),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Changes"),
            lambda r: audit_text.changes_text(r.entity, r.old, r.new, ctx.lang)[:300],
            tip=lambda r: audit_text.changes_text(r.entity, r.old, r.new, ctx.lang, sep="\n"),
        ),
    ]


def search_hits(ctx: AppContext) -> list[Column]:
    kinds = {
        "service": QT_TRANSLATE_NOOP("Columns", "Service"),
        "use": QT_TRANSLATE_NOOP("Columns", "Use"),
        "party": QT_TRANSLATE_NOOP("Columns", "Party"),
        "incident": QT_TRANSLATE_NOOP("Columns", "Incident"),
        "statement": QT_TRANSLATE_NOOP("Columns", "Vendor statement"),
        "claim": QT_TRANSLATE_NOOP("Columns", "Claim"),
        "timeline": QT_TRANSLATE_NOOP("Columns", "Timeline"),
        "decision": QT_TRANSLATE_NOOP("Columns", "Decision"),
        "request": QT_TRANSLATE_NOOP("Columns", "Request"),
        "location": QT_TRANSLATE_NOOP("Columns", "Data location"),
        "claim_check": QT_TRANSLATE_NOOP("Columns", "Check of a claim"),
    }
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: cell(kinds.get(r.kind, r.kind))),
        Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("Columns", "Found in"), lambda r: r.snippet),
    ]


def memos(ctx: AppContext) -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Number"), lambda r: r.number),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Issued on"), lambda r: ctx.short(r.issued_on), lambda r: _iso(r.issued_on)
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Language"), lambda r: {"ja": "日本語", "en": "English"}.get(r.lang, r.lang)
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("Columns", "SHA-256"), lambda r: r.sha256[:16] + "…"),
    ]
