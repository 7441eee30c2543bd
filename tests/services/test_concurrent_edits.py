"""Two users, two sessions, one record: the second save from a form loaded before the first save is refused.

Each case is issue 11's lost update (a service's name, a request, a request's answer, a claim's check) tried
with two Database objects on one ledger, on SQLite and PostgreSQL: user A loads, user B saves, user A saves
from what A loaded. A is refused with "stale", naming B; B's change stays; nothing of A's is written.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from ledger_reads import read
from incidentdesk.domain.errors import LedgerError
from incidentdesk.domain.inputs import AnswerIn, CheckIn, IncidentIn, PartyIn, RequestIn, ServiceIn, StatementIn, UseIn
from incidentdesk.services import catalog, incidents, requests, statements
from incidentdesk.services.reads import catalog as catalog_reads
from incidentdesk.services.reads import incidents as incident_reads
from incidentdesk.services.reads import requests as request_reads
from incidentdesk.storage.database import open_database


@pytest.fixture
def two_users(new_target):
    target = new_target(at_head=True)
    a = open_database(target, actor="青木")
    b = open_database(target, actor="馬場")
    yield a, b
    a.close()
    b.close()


def _events(db) -> int:
    with db.reader() as r:
        return r.scalar("SELECT count(*) FROM audit_event")


def _refused(save, by: str) -> LedgerError:
    with pytest.raises(LedgerError) as caught:
        save()
    exc = caught.value
    assert exc.code == "stale" and exc.params["who"] == by
    assert by in exc.message("ja") and "他の利用者" not in exc.message("ja")
    return exc


def test_service_renamed_by_both(two_users):
    """A renames a service B has just renamed: A is refused and B's name stays."""
    a, b = two_users
    service = catalog.add_service(a, ServiceIn(name="市LINE公式アカウント", department="広報課"))
    loaded_by_a = read(a, catalog_reads.service, service.id)
    loaded_by_b = read(b, catalog_reads.service, service.id)
    catalog.edit_service(
        b,
        service.id,
        replace(ServiceIn.from_values(loaded_by_b.values()), name="市LINE公式(休止中)"),
        version=loaded_by_b.version,
    )
    before = _events(a)
    _refused(
        lambda: catalog.edit_service(
            a,
            service.id,
            replace(ServiceIn.from_values(loaded_by_a.values()), department="秘書広報課"),
            version=loaded_by_a.version,
        ),
        by="馬場",
    )
    now = read(a, catalog_reads.service, service.id)
    assert (now.name, now.department, now.version) == ("市LINE公式(休止中)", "広報課", loaded_by_a.version + 1)
    assert _events(a) == before
    # Reloaded, A's save goes through and keeps B's name.
    catalog.edit_service(
        a, service.id, replace(ServiceIn.from_values(now.values()), department="秘書広報課"), version=now.version
    )
    assert read(b, catalog_reads.service, service.id).name == "市LINE公式(休止中)"


def test_request_and_its_answer(two_users):
    """B records the answer while A edits the due date: A is refused; then B's second answer loses to A's edit."""
    a, b = two_users
    req = requests.add_request(
        a, RequestIn(issuer="総務省", subject="LINE利用状況の調査", issued_on="2021-03-19", due_on="2021-03-26")
    )
    loaded_by_a = read(a, request_reads.request, req.id)
    loaded_by_b = read(b, request_reads.request, req.id)
    requests.mark_answered(
        b, req.id, AnswerIn(answered_on="2021-03-25", answer="4業務で利用、個人情報あり"), version=loaded_by_b.version
    )
    _refused(
        lambda: requests.edit_request(
            a,
            req.id,
            replace(RequestIn.from_values(loaded_by_a.values()), due_on="2021-03-31"),
            version=loaded_by_a.version,
        ),
        by="馬場",
    )
    _refused(
        lambda: requests.mark_answered(
            b, req.id, AnswerIn(answered_on="2021-03-26", answer="訂正"), version=loaded_by_b.version
        ),
        by="馬場",
    )
    now = read(a, request_reads.request, req.id)
    assert (now.answer, now.due_on.isoformat()) == ("4業務で利用、個人情報あり", "2021-03-26")


def test_use_and_party_and_incident(two_users):
    """The same holds for a use, a party and an incident."""
    a, b = two_users
    service = catalog.add_service(a, ServiceIn(name="市公式X"))
    use = catalog.add_use(a, UseIn(service_id=service.id, name="防災情報の配信"))
    party = catalog.add_party(a, PartyIn(name="LINE株式会社"))
    incident = incidents.open_incident(a, IncidentIn(title="LINE社の個人情報管理問題", occurred_on="2021-03-17"))
    catalog.edit_use(b, use.id, replace(UseIn.from_values(use.values()), purpose="避難情報"), version=use.version)
    catalog.edit_party(b, party.id, replace(PartyIn.from_values(party.values()), country="KR"), version=party.version)
    incidents.edit_incident(
        b,
        incident.id,
        replace(IncidentIn.from_values(incident.values()), summary="報道による"),
        version=incident.version,
    )
    _refused(
        lambda: catalog.edit_use(
            a, use.id, replace(UseIn.from_values(use.values()), audience="市民"), version=use.version
        ),
        by="馬場",
    )
    _refused(
        lambda: catalog.edit_party(
            a, party.id, replace(PartyIn.from_values(party.values()), notes="親会社"), version=party.version
        ),
        by="馬場",
    )
    _refused(
        lambda: incidents.edit_incident(
            a, incident.id, replace(IncidentIn.from_values(incident.values()), title="別名"), version=incident.version
        ),
        by="馬場",
    )
    assert read(a, catalog_reads.use, use.id).purpose == "避難情報"
    assert read(a, catalog_reads.party, party.id).country == "KR"
    assert read(a, incident_reads.incident, incident.id).title == "LINE社の個人情報管理問題"


def test_two_checks_of_one_claim_are_both_kept(two_users):
    """Two users checking the same claim no longer overwrite each other: both checks are in its history."""
    a, b = two_users
    incident = incidents.open_incident(a, IncidentIn(title="委託先の不適切な再委託", occurred_on="2023-06-01"))
    vendor = catalog.add_party(a, PartyIn(name="受託事業者"))
    statement = statements.log_statement(
        a, StatementIn(incident_id=incident.id, party_id=vendor.id, made="2023-06-05", claims=["再委託先は1社のみ"])
    )
    with a.reader() as r:
        claim_id = r.scalar("SELECT id FROM claim WHERE statement_id = ?", (statement.id,))
    statements.check_claim(
        a, CheckIn(claim_id=claim_id, verification="confirmed", checked_on="2023-06-10", checked_by="青木")
    )
    statements.check_claim(
        b, CheckIn(claim_id=claim_id, verification="disputed", checked_on="2023-06-12", checked_by="馬場")
    )
    claim = read(a, request_reads.claims_by_id, [claim_id])[0]
    assert [(c.verification, c.checked_by) for c in claim.checks] == [("confirmed", "青木"), ("disputed", "馬場")]
    assert claim.verification == "disputed"


def test_settings_saved_by_both(two_users):
    """The organisation's settings are one row two officers may edit at once: A's save from the version A loaded
    is refused once B has saved, naming B, and B's contact stays; a first save races the same way (version 0)."""
    from incidentdesk.domain.inputs import SettingsIn
    from incidentdesk.services import ledger
    from incidentdesk.services.reads import ledger as ledger_reads

    a, b = two_users
    never_saved = read(a, ledger_reads.settings_version)
    assert never_saved == 0
    ledger.save_settings(b, SettingsIn(municipality="春日市", contact_name="馬場"), version=never_saved)
    _refused(
        lambda: ledger.save_settings(a, SettingsIn(municipality="春日市", contact_name="青木"), version=never_saved),
        by="馬場",
    )
    loaded = read(a, ledger_reads.settings_version)
    ledger.save_settings(
        b, SettingsIn(municipality="春日市", contact_name="馬場", contact_phone="1234"), version=loaded
    )
    before = _events(a)
    exc = _refused(
        lambda: ledger.save_settings(a, SettingsIn(municipality="春日市", contact_name="青木"), version=loaded),
        by="馬場",
    )
    assert "組織と報告メモの設定" in exc.message("ja")
    assert _events(a) == before
    assert read(a, ledger_reads.settings).contact_name == "馬場"
    ledger.save_settings(
        a, SettingsIn(municipality="春日市", contact_name="青木"), version=read(a, ledger_reads.settings_version)
    )
    assert read(b, ledger_reads.settings).contact_name == "青木"
