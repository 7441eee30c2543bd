"""The commands that read and print: list (the catalogue, incidents, decisions, requests, deadlines and the
case model's lists), deadlines (or a calendar file of them) and search. Each prints lines, or JSON with --json."""

from __future__ import annotations

from datetime import date

from ..domain.errors import LedgerError
from ..domain.vocab import decision_label
from .output import print_json, say, word


def _request_state(x, lang: str) -> str:
    """due=… answered=… for a request to the city (every=N and the next due date for a recurring one); a
    request addressed to someone else is for information, never an unanswered one of the city's."""
    if not x.to_city:
        return f"{word('for_information', lang)}→{x.addressee or '-'}"
    if x.every_months:
        return (
            f"{word('every', lang)}={x.every_months}  {word('due', lang)}={x.next_due() or '-'}  "
            f"{word('reports', lang)}={len(x.reports)}"
        )
    return f"{word('due', lang)}={x.due_on or '-'}  {word('answered', lang)}={x.answered_on or '-'}"


def cmd_list(db, args) -> int:
    from ..domain.vocab import PARTY_KINDS, country_label
    from ..services.reads import catalog, deadlines, decisions, incidents, requests

    what, lang = args.what, args.lang
    if what in ("chains", "locations", "timeline", "claims"):
        return _list_case(db, args)
    with db.reader() as r:
        if what == "services":
            rows = catalog.services(r)
            lines = [
                f"{x.id:>5}  {x.name}  [{x.department}]  {x.platform}  {word('uses', lang)}={x.use_count}" for x in rows
            ]
        elif what == "uses":
            rows = catalog.uses(r)
            lines = [f"{x.id:>5}  {x.name}  ({word('service', lang)} {x.service_id})" for x in rows]
        elif what == "parties":
            rows = catalog.parties(r)
            lines = [
                f"{x.id:>5}  {x.name}  {country_label(x.country, lang)}  {PARTY_KINDS.label(x.kind, lang)}"
                for x in rows
            ]
        elif what == "incidents":
            rows = incidents.incidents(r)
            lines = [
                f"{x.id:>5}  {x.title}  {word('affected', lang)}={x.affected}  "
                + ", ".join(f"{decision_label(k, lang)}={n}" for k, n in sorted(x.counts.items()))
                for x in rows
            ]
        elif what == "decisions":
            rows = decisions.history(r, incident_id=args.incident, current_only=not args.all)
            lines = [f"{x.decided_on}  {decision_label(x.state, lang)}  {x.service_name} / {x.use_name}" for x in rows]
        elif what == "requests":
            rows = requests.requests(r, incident_id=args.incident)
            lines = [f"{x.id:>5}  {x.issuer}  {x.subject}  " + _request_state(x, lang) for x in rows]
        else:
            rows = deadlines.upcoming(r, today=date.today())
            lines = [
                f"{x.due_on}  {word('overdue', lang) if x.overdue else ''}  {word(x.kind, lang)}  {x.text}"
                for x in rows
            ]
    if args.json:
        print_json(rows)
    else:
        print("\n".join(lines))
    return 0


def _list_case(db, args) -> int:
    """The case model's lists: contractor chains and data locations in effect on a day (--as-of, default
    today; --all for every period), an incident's timeline with its sources, its claims with every check."""
    from ..domain import validation
    from ..domain.vocab import APPROVALS, CHANNELS, DATA_CATEGORIES, LOCATION_KINDS, VERIFICATION, country_label
    from ..services.reads import catalog, incidents

    what, lang = args.what, args.lang
    day = validation.day(args.as_of, "as_of") if args.as_of else date.today()
    rows: list = []
    lines: list[str] = []

    def period(x) -> str:
        if x.valid_from is None and x.valid_until is None:
            return ""
        return f"  [{x.valid_from or ''}〜{x.valid_until or ''}]"

    with db.reader() as r:
        if what in ("chains", "locations"):
            services = [catalog.service(r, args.service)] if args.service else catalog.services(r)
            # One query for every service's roles or places, not a service detail (with its history) each.
            only = ("sp.service_id = ?", (args.service,)) if args.service else ("1 = 1", ())
            roles = catalog.roles_in(r, *only) if what == "chains" else {}
            located = (
                catalog.places(r, *(("l.service_id = ?", (args.service,)) if args.service else ()))
                if what == "locations"
                else {}
            )
            for service in services:
                if what == "chains":
                    mine = roles.get(service.id, [])
                    links = (
                        catalog.chain(mine, day)
                        if not args.all
                        else tuple(x for x in mine if x.role in catalog.CHAIN_ROLES)
                    )
                    rows.append({"service_id": service.id, "service": service.name, "links": list(links)})
                    if links:
                        steps = [word("city", lang)] + [
                            x.party + (f"({APPROVALS.label(x.approval, lang)})" if x.approval else "") + period(x)
                            for x in links
                        ]
                        lines.append(f"{service.id:>5}  {service.name}: " + " → ".join(steps))
                else:
                    places = [x for x in located.get(service.id, []) if args.all or x.in_effect(day)]
                    rows += places
                    lines += [
                        f"{service.id:>5}  {service.name}: {DATA_CATEGORIES.label(x.category, lang)}"
                        f"{'(' + x.detail + ')' if x.detail else ''}  {LOCATION_KINDS.label(x.kind, lang)}  "
                        f"{x.place + ' ' if x.place else ''}{country_label(x.country, lang)}"
                        f"{'  ' + x.party if x.party else ''}{period(x)}"
                        for x in places
                    ]
        else:
            if args.incident is None:
                raise LedgerError("required", field="incident_id")
            view = incidents.overview(r, args.incident, as_of=day if args.as_of else None)
            if what == "timeline":
                rows = list(view.timeline)
                for t in view.timeline:
                    cited = "; ".join(
                        f"{s.publisher or s.title}" + (f" {s.published.format(lang)}" if s.published else "")
                        for s in t.sources
                    )
                    lines.append(f"{t.entry.occurred.format(lang)}  {t.entry.text}" + (f"  ({cited})" if cited else ""))
            else:
                for st in view.statements:
                    for claim in st.claims:
                        rows.append(claim)
                        lines.append(
                            f"{claim.id:>5}  {st.party} {st.made.format(lang)} "
                            f"[{CHANNELS.label(st.channel, lang)}]  {claim.text}"
                        )
                        lines += [
                            f"         {c.checked_on}  {VERIFICATION.label(c.verification, lang)}"
                            f"{'  ' + c.checked_by if c.checked_by else ''}"
                            f"{'  ' + c.checked_how if c.checked_how else ''}"
                            for c in claim.checks
                        ]
    if args.json:
        print_json(rows)
    else:
        print("\n".join(lines))
    return 0


def cmd_deadlines(db, args) -> int:
    """The open deadlines (overdue first by date), or with --ics FILE the same as a calendar file."""
    from ..services import calendar_ics
    from ..services.reads import deadlines

    today = date.today()
    if args.ics:
        n = calendar_ics.export(db, args.ics, lang=args.lang, days=args.days, today=today)
        print(say("ics_written", args.lang, n=n, path=args.ics))
        return 0
    with db.reader() as r:
        rows = calendar_ics.due_within(deadlines.upcoming(r, today=today), args.days, today)
    if args.json:
        print_json(rows)
    else:
        for x in rows:
            print(
                f"{x.due_on}  {word('overdue', args.lang) if x.overdue else ''}  "
                f"{calendar_ics.kind_label(x.kind, args.lang)}  {x.text}"
            )
    return 0


def cmd_search(db, args) -> int:
    from ..services.reads.search import search

    with db.reader() as r:
        hits = search(r, args.text)
    if args.json:
        print_json(hits)
    elif not hits:
        print(say("no_hits", args.lang, q=args.text))
    else:
        for h in hits:
            print(f"{h.kind:<10} {h.ref_id:>6}  {h.title}  — {h.snippet}")
    return 0
