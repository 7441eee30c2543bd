"""Statements and their claims and checks, decisions, requests and reports, and the settings they read.

Part of gui/calls: see its docstring for the rule (each function imports its service in its body).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._common import LedgerLike

if TYPE_CHECKING:
    from ...domain.inputs import (
        AnswerIn,
        CheckIn,
        ClaimIn,
        DecisionIn,
        ReportIn,
        RequestIn,
        SettingsIn,
        StatementIn,
        WithdrawalIn,
    )
    from ...services import views


def statement_form(
    ledger: LedgerLike, incident_id: int
) -> tuple[views.IncidentRecord, list[views.SourceRecord], list[views.Choice]]:
    """What a new statement's form offers: the incident, its sources and every party."""
    from ...services.reads import catalog, incidents

    with ledger.reader() as r:
        return incidents.incident(r, incident_id), incidents.sources(r, incident_id), catalog.party_choices(r)


def log_statement(ledger: LedgerLike, data: StatementIn) -> views.StatementRecord:
    from ...services import statements

    return statements.log_statement(ledger.database(), data)


def statement_edit_form(
    ledger: LedgerLike, statement_id: int
) -> tuple[views.StatementView, list[views.SourceRecord], list[views.Choice]]:
    """A statement to correct, its incident's sources and every party."""
    from ...services.reads import catalog, incidents

    with ledger.reader() as r:
        statement = incidents.statement(r, statement_id)
        return statement, incidents.sources(r, statement.incident_id), catalog.party_choices(r)


def edit_statement(
    ledger: LedgerLike, statement_id: int, data: StatementIn, *, version: int | None = None
) -> views.StatementRecord:
    from ...services import statements

    return statements.edit_statement(ledger.database(), statement_id, data, version=version)


def statement_ties(ledger: LedgerLike, statement_id: int) -> dict[str, int]:
    """Checks, files and decisions that keep a statement from being deleted (it is retired instead)."""
    from ...services.reads import incidents

    with ledger.reader() as r:
        return incidents.statement_ties(r, statement_id)


def delete_statement(ledger: LedgerLike, statement_id: int, *, version: int | None = None) -> None:
    from ...services import statements

    statements.delete_statement(ledger.database(), statement_id, version=version)


def retire_statement(
    ledger: LedgerLike, statement_id: int, on: date | None, *, version: int | None = None
) -> views.StatementRecord:
    from ...services import statements

    return statements.retire_statement(ledger.database(), statement_id, on, version=version)


def edit_claim(ledger: LedgerLike, claim_id: int, data: ClaimIn, *, version: int | None = None) -> views.ClaimRecord:
    from ...services import statements

    return statements.edit_claim(ledger.database(), claim_id, data, version=version)


def delete_claim(ledger: LedgerLike, claim_id: int, *, version: int | None = None) -> None:
    from ...services import statements

    statements.delete_claim(ledger.database(), claim_id, version=version)


def add_claims(ledger: LedgerLike, statement_id: int, texts: list[str], promised_by: Any) -> list[views.ClaimRecord]:
    from ...services import statements

    return statements.add_claims(ledger.database(), statement_id=statement_id, texts=texts, promised_by=promised_by)


def check_claim(ledger: LedgerLike, data: CheckIn) -> views.CheckRecord:
    from ...services import statements

    return statements.check_claim(ledger.database(), data)


def settings(ledger: LedgerLike) -> SettingsIn:
    from ...services.reads import ledger as ledger_reads

    with ledger.reader() as r:
        return ledger_reads.settings(r)


def settings_for_edit(ledger: LedgerLike) -> tuple[SettingsIn, int]:
    """The settings and their version (0: never saved), read together for the settings form."""
    from ...services.reads import ledger as ledger_reads

    with ledger.reader() as r:
        return ledger_reads.settings(r), ledger_reads.settings_version(r)


def record_decision(ledger: LedgerLike, data: DecisionIn) -> views.DecisionRecord:
    from ...services import decisions

    return decisions.record_decision(ledger.database(), data)


def record_decisions(ledger: LedgerLike, data: DecisionIn, use_ids: list[int]) -> list[views.DecisionRecord]:
    """One decision for several uses, in one transaction (one audit event per decision)."""
    from ...services import decisions

    return decisions.record_decisions(ledger.database(), data, use_ids)


def withdraw_decision(ledger: LedgerLike, data: WithdrawalIn) -> views.WithdrawalRecord:
    from ...services import decisions

    return decisions.withdraw_decision(ledger.database(), data)


def correct_decision(ledger: LedgerLike, withdrawal: WithdrawalIn, data: DecisionIn) -> views.DecisionRecord:
    from ...services import decisions

    return decisions.correct_decision(ledger.database(), withdrawal, data)


def use_history(ledger: LedgerLike, incident_id: int, use_id: int) -> list[views.DecisionRow]:
    from ...services.reads import decisions

    with ledger.reader() as r:
        return decisions.history(r, incident_id=incident_id, use_id=use_id)


def requests_and_deadlines(ledger: LedgerLike) -> tuple[list[views.RequestRecord], list[views.Deadline]]:
    from ...services.reads import deadlines, requests

    with ledger.reader() as r:
        return requests.requests(r), deadlines.upcoming(r, today=date.today())


def deadlines_due(ledger: LedgerLike) -> list[views.Deadline]:
    """Every open deadline as of today (the banner picks the overdue and coming ones)."""
    from ...services.reads import deadlines

    with ledger.reader() as r:
        return deadlines.upcoming(r, today=date.today())


def export_deadlines_ics(ledger: LedgerLike, path: Path, lang: str) -> int:
    from ...services import calendar_ics

    return calendar_ics.export(ledger, path, lang=lang)


def request_form(ledger: LedgerLike, request_id: int | None) -> tuple[list[views.Choice], views.RequestRecord | None]:
    from ...services.reads import incidents, requests

    with ledger.reader() as r:
        return incidents.incident_choices(r), requests.request(r, request_id) if request_id is not None else None


def get_request(ledger: LedgerLike, request_id: int) -> views.RequestRecord:
    from ...services.reads import requests

    with ledger.reader() as r:
        return requests.request(r, request_id)


def add_request(ledger: LedgerLike, data: RequestIn) -> views.RequestRecord:
    from ...services import requests

    return requests.add_request(ledger.database(), data)


def edit_request(
    ledger: LedgerLike, request_id: int, data: RequestIn, *, version: int | None = None
) -> views.RequestRecord:
    from ...services import requests

    return requests.edit_request(ledger.database(), request_id, data, version=version)


def delete_request(ledger: LedgerLike, request_id: int, *, version: int | None = None) -> None:
    from ...services import requests

    requests.delete_request(ledger.database(), request_id, version=version)


def mark_answered(
    ledger: LedgerLike, request_id: int, data: AnswerIn, *, version: int | None = None
) -> views.RequestRecord:
    from ...services import requests

    return requests.mark_answered(ledger.database(), request_id, data, version=version)


def add_report(ledger: LedgerLike, data: ReportIn) -> views.ReportRecord:
    from ...services import requests

    return requests.add_report(ledger.database(), data)
