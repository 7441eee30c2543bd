"""Every call the window makes into the services, as plain functions: the one seam between gui/ and services/.

Pages and forms run these on the worker through `AppContext.call` (reads) and `AppContext.change`
(writes, after which every page reloads); the worker passes the open ledger as the first argument.
Each function imports its service inside its body, so the services, and SQLAlchemy behind the
writes, load on the worker after the first paint and never while the window is being built.
Writes ask the ledger for its ORM view (`ledger.database()`); reads take plain SQL readers.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from ..domain.inputs import (
        AnswerIn,
        CheckIn,
        ClaimIn,
        DecisionIn,
        IncidentIn,
        LinkIn,
        LocationIn,
        PartyIn,
        ReportIn,
        RequestIn,
        RoleIn,
        ServiceIn,
        SettingsIn,
        SourceIn,
        StatementIn,
        TimelineIn,
        UseIn,
        WithdrawalIn,
    )
    from ..services import views
    from ..services.ledger import VerifyResult
    from ..services.memos import MemoRow
    from ..services.reads.search import Hit
    from ..storage.database import Database
    from ..storage.reader import Reader


class LedgerLike(Protocol):
    """What the worker hands every call: storage.access.Ledger, or a Database in tests."""

    label: str

    @property
    def sqlite_path(self) -> Path | None: ...

    def reader(self) -> AbstractContextManager[Reader]: ...

    def database(self) -> Database: ...

    def snapshot(self) -> AbstractContextManager[Reader]: ...

    def close(self) -> None: ...


# -- incidents -------------------------------------------------------------------------------


def list_incidents(ledger: LedgerLike) -> list[views.IncidentRow]:
    from ..services.reads import incidents

    with ledger.reader() as r:
        return incidents.incidents(r)


def incidents_page(
    ledger: LedgerLike, wanted: int | None
) -> tuple[list[views.IncidentRow], views.IncidentOverview | None]:
    """The incident list and, in the same snapshot, the overview of `wanted` (or of the first incident):
    one trip to the worker fills the whole incident page."""
    from ..services.reads import incidents

    with ledger.reader() as r:
        rows = incidents.incidents(r)
        shown = wanted if any(row.id == wanted for row in rows) else (rows[0].id if rows else None)
        return rows, incidents.overview(r, shown, today=date.today()) if shown is not None else None


def incident_choices(ledger: LedgerLike) -> list[views.Choice]:
    from ..services.reads import incidents

    with ledger.reader() as r:
        return incidents.incident_choices(r)


def incident_overview(ledger: LedgerLike, incident_id: int) -> views.IncidentOverview:
    from ..services.reads import incidents

    with ledger.reader() as r:
        return incidents.overview(r, incident_id, today=date.today())


def get_incident(ledger: LedgerLike, incident_id: int) -> views.IncidentRecord:
    from ..services.reads import incidents

    with ledger.reader() as r:
        return incidents.incident(r, incident_id)


def incident_with_sources(
    ledger: LedgerLike, incident_id: int
) -> tuple[views.IncidentRecord, list[views.SourceRecord]]:
    from ..services.reads import incidents

    with ledger.reader() as r:
        return incidents.incident(r, incident_id), incidents.sources(r, incident_id)


def timeline_form(
    ledger: LedgerLike, incident_id: int | None, entry_id: int | None
) -> tuple[views.IncidentRecord, list[views.SourceRecord], views.TimelineRecord | None]:
    """The incident a timeline entry belongs to, its sources, and the entry when editing one."""
    from ..services.reads import incidents

    with ledger.reader() as r:
        entry = incidents.timeline_entry(r, entry_id) if entry_id is not None else None
        owner = entry.incident_id if entry is not None else incident_id
        return incidents.incident(r, owner), incidents.sources(r, owner), entry  # type: ignore[arg-type]


def get_statement(ledger: LedgerLike, statement_id: int) -> views.StatementView:
    from ..services.reads import incidents

    with ledger.reader() as r:
        return incidents.statement(r, statement_id)


def get_claim(ledger: LedgerLike, claim_id: int) -> views.ClaimDetail:
    from ..services.reads import incidents

    with ledger.reader() as r:
        return incidents.claim(r, claim_id)


def link_choices(
    ledger: LedgerLike, incident_id: int
) -> tuple[views.IncidentRecord, set[int], list[views.Choice], list[views.Choice], dict[int, list[int]]]:
    """The incident, the uses it already affects, every service and use to pick from, and each service's uses."""
    from ..services.reads import catalog, incidents

    with ledger.reader() as r:
        by_service: dict[int, list[int]] = {}
        for use in catalog.uses(r):
            if use.retired_on is None:
                by_service.setdefault(use.service_id, []).append(use.id)
        return (
            incidents.incident(r, incident_id),
            incidents.linked_use_ids(r, incident_id),
            catalog.service_choices(r),
            catalog.use_choices(r),
            by_service,
        )


def open_incident(ledger: LedgerLike, data: IncidentIn) -> views.IncidentRecord:
    from ..services import incidents

    return incidents.open_incident(ledger.database(), data)


def edit_incident(
    ledger: LedgerLike, incident_id: int, data: IncidentIn, *, version: int | None = None
) -> views.IncidentRecord:
    from ..services import incidents

    return incidents.edit_incident(ledger.database(), incident_id, data, version=version)


def link_uses(ledger: LedgerLike, data: LinkIn) -> list[views.LinkRecord]:
    from ..services import incidents

    return incidents.link_uses(ledger.database(), data)


def add_source(ledger: LedgerLike, data: SourceIn) -> views.SourceRecord:
    from ..services import incidents

    return incidents.add_source(ledger.database(), data)


def source_form(ledger: LedgerLike, source_id: int | None) -> views.SourceRecord | None:
    from ..services.reads import incidents

    with ledger.reader() as r:
        return incidents.source(r, source_id) if source_id is not None else None


def edit_source(
    ledger: LedgerLike, source_id: int, data: SourceIn, *, version: int | None = None
) -> views.SourceRecord:
    from ..services import incidents

    return incidents.edit_source(ledger.database(), source_id, data, version=version)


def delete_source(ledger: LedgerLike, source_id: int, *, version: int | None = None) -> None:
    from ..services import incidents

    incidents.delete_source(ledger.database(), source_id, version=version)


def unlink_use(ledger: LedgerLike, incident_id: int, use_id: int) -> None:
    from ..services import incidents

    incidents.unlink_use(ledger.database(), incident_id=incident_id, use_id=use_id)


def delete_timeline_entry(ledger: LedgerLike, entry_id: int, *, version: int | None = None) -> None:
    from ..services import incidents

    incidents.delete_timeline_entry(ledger.database(), entry_id, version=version)


def add_timeline_entry(ledger: LedgerLike, data: TimelineIn) -> views.TimelineRecord:
    from ..services import incidents

    return incidents.add_timeline_entry(ledger.database(), data)


def edit_timeline_entry(
    ledger: LedgerLike, entry_id: int, data: TimelineIn, *, version: int | None = None
) -> views.TimelineRecord:
    from ..services import incidents

    return incidents.edit_timeline_entry(ledger.database(), entry_id, data, version=version)


# -- statements, claims, decisions, requests -------------------------------------------------


def statement_form(
    ledger: LedgerLike, incident_id: int
) -> tuple[views.IncidentRecord, list[views.SourceRecord], list[views.Choice]]:
    """What a new statement's form offers: the incident, its sources and every party."""
    from ..services.reads import catalog, incidents

    with ledger.reader() as r:
        return incidents.incident(r, incident_id), incidents.sources(r, incident_id), catalog.party_choices(r)


def log_statement(ledger: LedgerLike, data: StatementIn) -> views.StatementRecord:
    from ..services import statements

    return statements.log_statement(ledger.database(), data)


def statement_edit_form(
    ledger: LedgerLike, statement_id: int
) -> tuple[views.StatementView, list[views.SourceRecord], list[views.Choice]]:
    """A statement to correct, its incident's sources and every party."""
    from ..services.reads import catalog, incidents

    with ledger.reader() as r:
        statement = incidents.statement(r, statement_id)
        return statement, incidents.sources(r, statement.incident_id), catalog.party_choices(r)


def edit_statement(
    ledger: LedgerLike, statement_id: int, data: StatementIn, *, version: int | None = None
) -> views.StatementRecord:
    from ..services import statements

    return statements.edit_statement(ledger.database(), statement_id, data, version=version)


def statement_ties(ledger: LedgerLike, statement_id: int) -> dict[str, int]:
    """Checks, files and decisions that keep a statement from being deleted (it is retired instead)."""
    from ..services.reads import incidents

    with ledger.reader() as r:
        return incidents.statement_ties(r, statement_id)


def delete_statement(ledger: LedgerLike, statement_id: int, *, version: int | None = None) -> None:
    from ..services import statements

    statements.delete_statement(ledger.database(), statement_id, version=version)


def retire_statement(
    ledger: LedgerLike, statement_id: int, on: date | None, *, version: int | None = None
) -> views.StatementRecord:
    from ..services import statements

    return statements.retire_statement(ledger.database(), statement_id, on, version=version)


def edit_claim(ledger: LedgerLike, claim_id: int, data: ClaimIn, *, version: int | None = None) -> views.ClaimRecord:
    from ..services import statements

    return statements.edit_claim(ledger.database(), claim_id, data, version=version)


def delete_claim(ledger: LedgerLike, claim_id: int, *, version: int | None = None) -> None:
    from ..services import statements

    statements.delete_claim(ledger.database(), claim_id, version=version)


def add_claims(ledger: LedgerLike, statement_id: int, texts: list[str], promised_by: Any) -> list[views.ClaimRecord]:
    from ..services import statements

    return statements.add_claims(ledger.database(), statement_id=statement_id, texts=texts, promised_by=promised_by)


def check_claim(ledger: LedgerLike, data: CheckIn) -> views.CheckRecord:
    from ..services import statements

    return statements.check_claim(ledger.database(), data)


def settings(ledger: LedgerLike) -> SettingsIn:
    from ..services.reads import ledger as ledger_reads

    with ledger.reader() as r:
        return ledger_reads.settings(r)


def settings_for_edit(ledger: LedgerLike) -> tuple[SettingsIn, int]:
    """The settings and their version (0: never saved), read together for the settings form."""
    from ..services.reads import ledger as ledger_reads

    with ledger.reader() as r:
        return ledger_reads.settings(r), ledger_reads.settings_version(r)


def record_decision(ledger: LedgerLike, data: DecisionIn) -> views.DecisionRecord:
    from ..services import decisions

    return decisions.record_decision(ledger.database(), data)


def record_decisions(ledger: LedgerLike, data: DecisionIn, use_ids: list[int]) -> list[views.DecisionRecord]:
    """One decision for several uses, in one transaction (one audit event per decision)."""
    from ..services import decisions

    return decisions.record_decisions(ledger.database(), data, use_ids)


def withdraw_decision(ledger: LedgerLike, data: WithdrawalIn) -> views.WithdrawalRecord:
    from ..services import decisions

    return decisions.withdraw_decision(ledger.database(), data)


def correct_decision(ledger: LedgerLike, withdrawal: WithdrawalIn, data: DecisionIn) -> views.DecisionRecord:
    from ..services import decisions

    return decisions.correct_decision(ledger.database(), withdrawal, data)


def use_history(ledger: LedgerLike, incident_id: int, use_id: int) -> list[views.DecisionRow]:
    from ..services.reads import decisions

    with ledger.reader() as r:
        return decisions.history(r, incident_id=incident_id, use_id=use_id)


def requests_and_deadlines(ledger: LedgerLike) -> tuple[list[views.RequestRecord], list[views.Deadline]]:
    from ..services.reads import deadlines, requests

    with ledger.reader() as r:
        return requests.requests(r), deadlines.upcoming(r, today=date.today())


def deadlines_due(ledger: LedgerLike) -> list[views.Deadline]:
    """Every open deadline as of today (the banner picks the overdue and coming ones)."""
    from ..services.reads import deadlines

    with ledger.reader() as r:
        return deadlines.upcoming(r, today=date.today())


def export_deadlines_ics(ledger: LedgerLike, path: Path, lang: str) -> int:
    from ..services import calendar_ics

    return calendar_ics.export(ledger, path, lang=lang)


def request_form(ledger: LedgerLike, request_id: int | None) -> tuple[list[views.Choice], views.RequestRecord | None]:
    from ..services.reads import incidents, requests

    with ledger.reader() as r:
        return incidents.incident_choices(r), requests.request(r, request_id) if request_id is not None else None


def get_request(ledger: LedgerLike, request_id: int) -> views.RequestRecord:
    from ..services.reads import requests

    with ledger.reader() as r:
        return requests.request(r, request_id)


def add_request(ledger: LedgerLike, data: RequestIn) -> views.RequestRecord:
    from ..services import requests

    return requests.add_request(ledger.database(), data)


def edit_request(
    ledger: LedgerLike, request_id: int, data: RequestIn, *, version: int | None = None
) -> views.RequestRecord:
    from ..services import requests

    return requests.edit_request(ledger.database(), request_id, data, version=version)


def delete_request(ledger: LedgerLike, request_id: int, *, version: int | None = None) -> None:
    from ..services import requests

    requests.delete_request(ledger.database(), request_id, version=version)


def mark_answered(
    ledger: LedgerLike, request_id: int, data: AnswerIn, *, version: int | None = None
) -> views.RequestRecord:
    from ..services import requests

    return requests.mark_answered(ledger.database(), request_id, data, version=version)


def add_report(ledger: LedgerLike, data: ReportIn) -> views.ReportRecord:
    from ..services import requests

    return requests.add_report(ledger.database(), data)


# -- the catalogue -----------------------------------------------------------------------------


def list_services(ledger: LedgerLike) -> list[views.ServiceRow]:
    from ..services.reads import catalog

    with ledger.reader() as r:
        return catalog.services(r)


def service_detail(ledger: LedgerLike, service_id: int) -> views.ServiceDetail:
    from ..services.reads import catalog

    with ledger.reader() as r:
        return catalog.service_detail(r, service_id)


def get_service(ledger: LedgerLike, service_id: int) -> views.ServiceRecord:
    from ..services.reads import catalog

    with ledger.reader() as r:
        return catalog.service(r, service_id)


def use_form(
    ledger: LedgerLike, service_id: int | None, use_id: int | None
) -> tuple[views.ServiceRecord, views.UseRecord | None]:
    """The service a use belongs to, and the use when editing one."""
    from ..services.reads import catalog

    with ledger.reader() as r:
        use = catalog.use(r, use_id) if use_id is not None else None
        return catalog.service(r, use.service_id if use else service_id), use  # type: ignore[arg-type]


def service_and_parties(ledger: LedgerLike, service_id: int) -> tuple[views.ServiceDetail, list[views.Choice]]:
    from ..services.reads import catalog

    with ledger.reader() as r:
        return catalog.service_detail(r, service_id), catalog.party_choices(r)


def list_parties(ledger: LedgerLike) -> list[views.PartyRecord]:
    from ..services.reads import catalog

    with ledger.reader() as r:
        return catalog.parties(r)


def party_form(ledger: LedgerLike, party_id: int | None) -> tuple[list[views.Choice], views.PartyRecord | None]:
    """Every party (for the parent company) and the party when editing one."""
    from ..services.reads import catalog

    with ledger.reader() as r:
        return catalog.party_choices(r), catalog.party(r, party_id) if party_id is not None else None


def add_party(ledger: LedgerLike, data: PartyIn) -> views.PartyRecord:
    from ..services import catalog

    return catalog.add_party(ledger.database(), data)


def edit_party(ledger: LedgerLike, party_id: int, data: PartyIn, *, version: int | None = None) -> views.PartyRecord:
    from ..services import catalog

    return catalog.edit_party(ledger.database(), party_id, data, version=version)


def add_service(ledger: LedgerLike, data: ServiceIn) -> views.ServiceRecord:
    from ..services import catalog

    return catalog.add_service(ledger.database(), data)


def edit_service(
    ledger: LedgerLike, service_id: int, data: ServiceIn, *, version: int | None = None
) -> views.ServiceRecord:
    from ..services import catalog

    return catalog.edit_service(ledger.database(), service_id, data, version=version)


def add_use(ledger: LedgerLike, data: UseIn) -> views.UseRecord:
    from ..services import catalog

    return catalog.add_use(ledger.database(), data)


def edit_use(ledger: LedgerLike, use_id: int, data: UseIn, *, version: int | None = None) -> views.UseRecord:
    from ..services import catalog

    return catalog.edit_use(ledger.database(), use_id, data, version=version)


def add_location(ledger: LedgerLike, data: LocationIn) -> views.LocationRecord:
    from ..services import catalog

    return catalog.add_location(ledger.database(), data)


def assign_party(ledger: LedgerLike, data: RoleIn) -> views.RoleRecord:
    from ..services import catalog

    return catalog.assign_party(ledger.database(), data)


def unassign_party(ledger: LedgerLike, role_id: int, *, version: int | None = None) -> None:
    from ..services import catalog

    catalog.unassign_party(ledger.database(), role_id, version=version)


def edit_role(ledger: LedgerLike, role_id: int, data: RoleIn, *, version: int | None = None) -> views.RoleRecord:
    from ..services import catalog

    return catalog.edit_role(ledger.database(), role_id, data, version=version)


def edit_location(
    ledger: LedgerLike, location_id: int, data: LocationIn, *, version: int | None = None
) -> views.LocationRecord:
    from ..services import catalog

    return catalog.edit_location(ledger.database(), location_id, data, version=version)


def delete_location(ledger: LedgerLike, location_id: int, *, version: int | None = None) -> None:
    from ..services import catalog

    catalog.delete_location(ledger.database(), location_id, version=version)


def delete_party(ledger: LedgerLike, party_id: int, *, version: int | None = None) -> None:
    from ..services import catalog

    catalog.delete_party(ledger.database(), party_id, version=version)


def retire_party(
    ledger: LedgerLike, party_id: int, on: date | None, *, version: int | None = None
) -> views.PartyRecord:
    from ..services import catalog

    return catalog.retire_party(ledger.database(), party_id, on, version=version)


def delete_service(ledger: LedgerLike, service_id: int, *, version: int | None = None) -> None:
    from ..services import catalog

    catalog.delete_service(ledger.database(), service_id, version=version)


def retire_service(
    ledger: LedgerLike, service_id: int, on: date | None, *, version: int | None = None
) -> views.ServiceRecord:
    from ..services import catalog

    return catalog.retire_service(ledger.database(), service_id, on, version=version)


def delete_use(ledger: LedgerLike, use_id: int, *, version: int | None = None) -> None:
    from ..services import catalog

    catalog.delete_use(ledger.database(), use_id, version=version)


def retire_use(ledger: LedgerLike, use_id: int, on: date | None, *, version: int | None = None) -> views.UseRecord:
    from ..services import catalog

    return catalog.retire_use(ledger.database(), use_id, on, version=version)


def location_form(
    ledger: LedgerLike, service_id: int, location_id: int | None
) -> tuple[views.ServiceDetail, list[views.Choice], views.LocationRecord | None]:
    """The service, every party, and the data location when editing one."""
    from ..services.reads import catalog

    with ledger.reader() as r:
        detail = catalog.service_detail(r, service_id)
        record = catalog.location(r, location_id) if location_id is not None else None
        return detail, catalog.party_choices(r), record


def role_form(
    ledger: LedgerLike, service_id: int, role_id: int | None
) -> tuple[views.ServiceDetail, list[views.Choice], views.RoleRecord | None]:
    from ..services.reads import catalog

    with ledger.reader() as r:
        detail = catalog.service_detail(r, service_id)
        record = catalog.role(r, role_id) if role_id is not None else None
        return detail, catalog.party_choices(r), record


# -- memos ---------------------------------------------------------------------------------------


def memo_choices(ledger: LedgerLike, memo_date: date) -> tuple[list[views.Choice], list[MemoRow], str]:
    """The incidents to write about, the memos issued so far and the next document number."""
    from ..services import memos
    from ..services.reads import incidents

    with ledger.reader() as r:
        choices = incidents.incident_choices(r)
    return choices, memos.list_issued(ledger), memos.next_number(ledger, memo_date)


def memo_texts(
    ledger: LedgerLike, incident_id: int, *, lang: str, memo_date: date, number: str = ""
) -> tuple[str, str]:
    """The overview and policy generated for the memo `number` dated `memo_date` (never its own predecessor)."""
    from ..services import memos

    return memos.default_texts(ledger, incident_id, lang=lang, memo_date=memo_date, number=number)


def memo_number(ledger: LedgerLike, memo_date: date) -> str:
    from ..services import memos

    return memos.next_number(ledger, memo_date)


def memo_sender_missing(ledger: LedgerLike) -> list[str]:
    from ..services import memos

    return memos.sender_missing(ledger)


def memo_statutory(ledger: LedgerLike, incident_id: int) -> list:
    """The statutory PPC reports (速報, 確報) the incident owes and the ledger does not hold yet."""
    from ..services import statutory

    return statutory.proposals(ledger, incident_id)


def add_statutory(ledger: LedgerLike, incident_id: int, due_on: dict[str, object] | None = None) -> list:
    """Record them as requests to the city; `due_on`: the due dates the user edited, by subject."""
    from ..services import statutory

    return statutory.add_missing(ledger.database(), incident_id, due_on=due_on)


def memo_missing_characters(ledger: LedgerLike, incident_id: int, **kw: Any) -> list[tuple[str, str]]:
    from ..services import memos

    return memos.missing_characters(ledger, incident_id, **kw)


def render_memo(ledger: LedgerLike, incident_id: int, **kw: Any) -> bytes:
    from ..services import memos

    return memos.render(ledger, incident_id, **kw)


def reprint_memo(ledger: LedgerLike, number: str) -> bytes:
    from ..services import memos

    return memos.reprint(ledger, number)


def issue_memo(ledger: LedgerLike, incident_id: int, **kw: Any) -> MemoRow:
    from ..services import memos

    return memos.issue(ledger.database(), incident_id, **kw)


# -- the ledger as a whole --------------------------------------------------------------------


def is_empty(ledger: LedgerLike) -> bool:
    from ..services.reads import ledger as ledger_reads

    with ledger.reader() as r:
        return ledger_reads.is_empty(r)


def load_sample(ledger: LedgerLike) -> int:
    from ..services import sample_case

    return sample_case.load(ledger.database())


def save_settings(ledger: LedgerLike, data: SettingsIn, *, version: int | None = None) -> SettingsIn:
    from ..services import ledger as ledger_actions

    return ledger_actions.save_settings(ledger.database(), data, version=version)


def audit_first_page(
    ledger: LedgerLike, text: str, limit: int, filters: dict | None = None
) -> tuple[int, list[views.AuditRow]]:
    """How many events match, and the newest page of them. `filters`: entity, entity_id, actor, since, until."""
    from ..services.reads import ledger as ledger_reads

    with ledger.reader() as r:
        return (
            ledger_reads.audit_count(r, text=text, **(filters or {})),
            ledger_reads.audit_page(r, offset=0, limit=limit, text=text, **(filters or {})),
        )


def audit_page(
    ledger: LedgerLike, *, offset: int, limit: int, text: str, filters: dict | None = None
) -> list[views.AuditRow]:
    from ..services.reads import ledger as ledger_reads

    with ledger.reader() as r:
        return ledger_reads.audit_page(r, offset=offset, limit=limit, text=text, **(filters or {}))


def export_audit_csv(ledger: LedgerLike, path: Path, *, lang: str, text: str = "", filters: dict | None = None) -> int:
    """Every matching event as CSV (UTF-8 with BOM, for Excel), readable: local time, words, old → new per field.
    The number of events written."""
    import csv

    from ..services import audit_text
    from ..services.reads import ledger as ledger_reads

    heads = {
        "ja": ("番号", "日時", "操作者", "操作", "記録", "記録ID", "項目", "変更前", "変更後"),
        "en": ("No.", "When", "Who", "Action", "Record", "Record ID", "Field", "Old value", "New value"),
    }
    count = 0
    tmp = path.with_name("." + path.name + ".part")
    with ledger.reader() as r, tmp.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(heads["ja" if lang == "ja" else "en"])
        offset = 0
        while True:
            rows = ledger_reads.audit_page(r, offset=offset, limit=2000, text=text, **(filters or {}))
            if not rows:
                break
            for e in rows:
                base = [
                    e.seq,
                    audit_text.local_time(e.at),
                    e.actor,
                    audit_text.action_label(e.action, lang),
                    audit_text.entity_label(e.entity, lang),
                    e.entity_id or "",
                ]
                fields = audit_text.changes(e.entity, e.old, e.new, lang) or [("", "", "")]
                for name, was, now in fields:
                    writer.writerow([*base, name, was, now])
                count += 1
            offset += len(rows)
    tmp.replace(path)
    return count


def verify(ledger: LedgerLike) -> VerifyResult:
    from ..services import ledger as ledger_actions

    return ledger_actions.verify(ledger)


def search(ledger: LedgerLike, needle: str, lang: str = "ja") -> list[Hit]:
    from ..services.reads import search as search_reads

    with ledger.reader() as r:
        return search_reads.search(r, needle, lang=lang)


def locate(ledger: LedgerLike, kind: str, ref_id: int) -> views.Target:
    from ..services.reads import ledger as ledger_reads

    with ledger.reader() as r:
        return ledger_reads.locate(r, kind, ref_id)


def backup(ledger: LedgerLike, path: Path) -> Path:
    """A backup at `path`, read back and checked; a path in the backups folder that fits the automatic
    naming joins the rotation there."""
    from ..services import backups

    # Written beside `path` and moved over it (the save dialog has asked before replacing a file).
    return backups.backup(ledger, path, rotate_as_automatic=True)


def restore(ledger: LedgerLike, source: Path) -> tuple[Path | None, VerifyResult]:
    """Replace the open ledger by the backup `source`: (where the ledger as it was is kept, verify of the result).

    The window's own connections are closed first and reopen by themselves afterwards; the lock file is
    this window's, so it does not stand in the way.
    """
    from ..paths import backups_dir
    from ..services import backups

    path = ledger.sqlite_path
    if path is None:
        from ..domain.errors import LedgerError

        raise LedgerError("restore_server")
    ledger.close()
    result = backups.restore(str(path), source, backup_dir=backups_dir(), window_may_hold=True)
    return result.kept, result.check


def export(ledger: LedgerLike, path: Path) -> Path:
    from ..exchange import ledger_json

    return ledger_json.write_export(ledger, path)


def explain(exc: BaseException, label: str = "") -> BaseException:
    """The LedgerError a person should read for a failure (a read-only ledger, a damaged file ...), else `exc`."""
    from ..services.ledger import explain_failure

    return explain_failure(exc, label)


def log_failure(logger: Any, what: str, exc: BaseException) -> None:
    """Log an unexpected failure's stack without its message (which may quote ledger text)."""
    from ..services.ledger import log_failure as log_it

    log_it(logger, what, exc)


def import_into_empty(ledger: LedgerLike, path: Path) -> dict[str, int]:
    """Refused before the file is read when the ledger is not empty (a large file takes a while to check)."""
    from ..domain.errors import LedgerError
    from ..exchange import ledger_json

    if not is_empty(ledger):
        raise LedgerError("ledger_not_empty")
    return ledger_json.import_file(ledger.database(), path)


# -- spreadsheets: the inventory and the survey answer ------------------------------------------
# Reading a file is not a ledger call, but it takes seconds for a large sheet: it runs on the worker too.


def preview_inventory(
    ledger: LedgerLike,
    path: Path,
    *,
    sheet: str | None = None,
    encoding: str = "auto",
    assigned: dict[int, str | None] | None = None,
    include_hidden: bool = False,
) -> Any:
    """The inventory file as read and what importing it would do: an exchange.inventory.Preview."""
    from ..exchange.inventory import preview

    return preview(ledger, path, sheet=sheet, encoding=encoding, assigned=assigned, include_hidden=include_hidden)


def import_inventory(ledger: LedgerLike, previewed: Any, *, valid_only: bool) -> Any:
    """Import what the user previewed (refused if the ledger changed since) and remember the column choices."""
    from ..exchange.inventory import commit

    return commit(ledger.database(), previewed, valid_only=valid_only)


def export_inventory(ledger: LedgerLike, path: Path, lang: str) -> tuple[Path, int]:
    from ..exchange.inventory import export

    return export(ledger, path, lang=lang)


def survey_template(ledger: LedgerLike, template: Path, assigned: dict[int, str | None] | None = None) -> Any:
    """Which sheet and header of the ministry's form the answers go under: an exchange.survey_template.TemplateInfo."""
    from ..exchange.survey_template import inspect

    return inspect(template, assigned=assigned)


def survey_problems(ledger: LedgerLike, incident_id: int, *, as_of: date, lang: str, encoding: str) -> list[Any]:
    """Characters the chosen CSV encoding cannot write, with their rows and columns (empty for .xlsx or UTF-8)."""
    from ..exchange import survey

    return survey.csv_problems(survey.load(ledger, incident_id, as_of), lang, encoding)


def export_survey(ledger: LedgerLike, incident_id: int, out: Path, **kw: Any) -> Any:
    """Write the survey answer (exchange.survey.export's options); what was written."""
    from ..exchange import survey

    return survey.export(ledger, incident_id, out, **kw)


# -- attachments ----------------------------------------------------------------------------------


def attachments(ledger: LedgerLike, owner_kind: str, owner_id: int) -> list[views.AttachmentRow]:
    from ..services import attachments as files

    with ledger.reader() as r:
        return files.listing(r, owner_kind, owner_id)


def attach_file(ledger: LedgerLike, owner_kind: str, owner_id: int, path: Path) -> views.AttachmentRow:
    from ..services import attachments as files

    return files.attach_file(ledger.database(), owner_kind, owner_id, path)


def remove_attachment(ledger: LedgerLike, attachment_id: int) -> None:
    from ..services import attachments as files

    files.remove(ledger.database(), attachment_id)


def attachment_temp_copy(ledger: LedgerLike, attachment_id: int) -> Path:
    """A copy in a new private temporary folder, for the system's viewer (the ledger's copy is never opened);
    removed when the window quits, or swept on a later start (services/viewer_copies.py)."""
    from ..services import attachments as files
    from ..services import viewer_copies

    with ledger.reader() as r:
        return viewer_copies.copy(lambda folder: files.save_copy(r, attachment_id, folder))


def save_attachment(ledger: LedgerLike, attachment_id: int, target: Path) -> Path:
    """Save a copy where the user chose (the save dialog has asked before replacing a file)."""
    from ..services import attachments as files

    with ledger.reader() as r:
        return files.save_copy(r, attachment_id, target.parent, target.name)
