"""Every refusal of a user action: the stable code, a message in Japanese and English, and nothing changed."""

from __future__ import annotations

import re

import pytest

from incidentdesk.domain.inputs import (
    AnswerIn,
    CheckIn,
    DecisionIn,
    IncidentIn,
    LinkIn,
    LocationIn,
    PartyIn,
    RequestIn,
    RoleIn,
    ServiceIn,
    SettingsIn,
    SourceIn,
    StatementIn,
    TimelineIn,
    UseIn,
)
from incidentdesk.domain import messages
from incidentdesk.domain.errors import LedgerError
from incidentdesk.services import catalog, decisions, incidents, ledger, requests, statements

LONG = "長" * 20_001  # one character over the limit for long text
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
UNKNOWN = 987_654


def _second_incident_statement(w):
    """A statement logged under another incident, for the cross-incident refusal."""
    other = incidents.open_incident(w.db, IncidentIn(title="別の事案"))
    return statements.log_statement(
        w.db,
        StatementIn(
            incident_id=other.id, party_id=w.party_id, made="2021-04-01", channel="email", claims=["別件の説明"]
        ),
    ).id


def _decide(w, **kw):
    args = dict(incident_id=w.incident_id, use_id=w.affected_use_id, state="suspend", decided_on="2021-03-22")
    args.update(kw)
    return decisions.record_decision(w.db, DecisionIn(**args))


# (id, setup(world) -> extra or None, action(world, extra), expected code)
CASES = [
    # parties
    ("party-empty-name", None, lambda w, x: catalog.add_party(w.db, PartyIn(name="   ", kind="platform")), "required"),
    (
        "party-long-name",
        None,
        lambda w, x: catalog.add_party(w.db, PartyIn(name="社" * 201, kind="platform")),
        "too_long",
    ),
    ("party-long-notes", None, lambda w, x: catalog.add_party(w.db, PartyIn(name="A社", notes=LONG)), "too_long"),
    ("party-bad-kind", None, lambda w, x: catalog.add_party(w.db, PartyIn(name="A社", kind="vendor")), "bad_choice"),
    (
        "party-bad-country",
        None,
        lambda w, x: catalog.add_party(w.db, PartyIn(name="A社", country="Japan")),
        "bad_country",
    ),
    (
        "party-duplicate",
        None,
        lambda w, x: catalog.add_party(w.db, PartyIn(name="LINE株式会社", kind="other")),
        "duplicate",
    ),
    (
        "party-unknown-parent",
        None,
        lambda w, x: catalog.add_party(w.db, PartyIn(name="A社", parent_id=UNKNOWN)),
        "not_found",
    ),
    (
        "party-edit-unknown",
        None,
        lambda w, x: catalog.edit_party(w.db, UNKNOWN, PartyIn(name="A社", kind="other", country="JP")),
        "not_found",
    ),
    ("party-delete-referenced", None, lambda w, x: catalog.delete_party(w.db, w.party_id), "in_use"),
    ("service-delete-with-uses", None, lambda w, x: catalog.delete_service(w.db, w.service_id), "in_use"),
    ("use-delete-while-affected", None, lambda w, x: catalog.delete_use(w.db, w.affected_use_id), "in_use"),
    # services
    ("service-empty-name", None, lambda w, x: catalog.add_service(w.db, ServiceIn(name="")), "required"),
    (
        "service-duplicate",
        None,
        lambda w, x: catalog.add_service(w.db, ServiceIn(name="渋谷区LINE公式アカウント")),
        "duplicate",
    ),
    (
        "service-bad-date",
        None,
        lambda w, x: catalog.add_service(w.db, ServiceIn(name="新サービス", started_on="2021-02-30")),
        "no_such_day",
    ),
    (
        "service-era-text-date",
        None,
        lambda w, x: catalog.add_service(w.db, ServiceIn(name="新サービス", started_on="令和3年")),
        "bad_date",
    ),
    (
        "service-date-out-of-range",
        None,
        lambda w, x: catalog.add_service(w.db, ServiceIn(name="新サービス", followers_as_of="1900-01-01")),
        "date_out_of_range",
    ),
    (
        "service-negative-followers",
        None,
        lambda w, x: catalog.add_service(w.db, ServiceIn(name="新サービス", followers="-5")),
        "bad_number",
    ),
    (
        "service-bad-contract",
        None,
        lambda w, x: catalog.add_service(w.db, ServiceIn(name="新サービス", contract_type="verbal")),
        "bad_choice",
    ),
    (
        "service-long-notes",
        None,
        lambda w, x: catalog.add_service(w.db, ServiceIn(name="新サービス", notes=LONG)),
        "too_long",
    ),
    ("service-edit-unknown", None, lambda w, x: catalog.edit_service(w.db, UNKNOWN, ServiceIn(name="X")), "not_found"),
    (
        "service-edit-duplicate",
        lambda w: catalog.add_service(w.db, ServiceIn(name="別サービス")).id,
        lambda w, x: catalog.edit_service(w.db, x, ServiceIn(name="渋谷区LINE公式アカウント")),
        "duplicate",
    ),
    # uses and locations
    (
        "use-unknown-service",
        None,
        lambda w, x: catalog.add_use(w.db, UseIn(service_id=UNKNOWN, name="業務")),
        "not_found",
    ),
    ("use-empty-name", None, lambda w, x: catalog.add_use(w.db, UseIn(service_id=w.service_id, name="")), "required"),
    (
        "use-duplicate",
        None,
        lambda w, x: catalog.add_use(w.db, UseIn(service_id=w.service_id, name="区政情報の配信")),
        "duplicate",
    ),
    (
        "use-bad-confidentiality",
        None,
        lambda w, x: catalog.add_use(w.db, UseIn(service_id=w.service_id, name="新業務", confidentiality=4)),
        "bad_choice",
    ),
    (
        "use-long-purpose",
        None,
        lambda w, x: catalog.add_use(w.db, UseIn(service_id=w.service_id, name="新業務", purpose=LONG)),
        "too_long",
    ),
    (
        "location-bad-category",
        None,
        lambda w, x: catalog.add_location(
            w.db, LocationIn(service_id=w.service_id, category="secrets", kind="storage", country="JP")
        ),
        "bad_choice",
    ),
    (
        "location-bad-country",
        None,
        lambda w, x: catalog.add_location(
            w.db, LocationIn(service_id=w.service_id, category="media", kind="storage", country="K1")
        ),
        "bad_country",
    ),
    (
        "location-use-of-other-service",
        lambda w: catalog.add_service(w.db, ServiceIn(name="別サービス")).id,
        lambda w, x: catalog.add_location(
            w.db, LocationIn(service_id=x, use_id=w.affected_use_id, category="media", kind="storage", country="KR")
        ),
        "use_other_service",
    ),
    (
        "assign-bad-role",
        None,
        lambda w, x: catalog.assign_party(w.db, RoleIn(service_id=w.service_id, party_id=w.party_id, role="owner")),
        "bad_choice",
    ),
    (
        "assign-twice",
        lambda w: catalog.assign_party(w.db, RoleIn(service_id=w.service_id, party_id=w.party_id, role="platform")),
        lambda w, x: catalog.assign_party(w.db, RoleIn(service_id=w.service_id, party_id=w.party_id, role="platform")),
        "duplicate",
    ),
    # incidents and timeline
    ("incident-empty-title", None, lambda w, x: incidents.open_incident(w.db, IncidentIn(title=" ")), "required"),
    (
        "incident-bad-status",
        None,
        lambda w, x: incidents.open_incident(w.db, IncidentIn(title="事案", status="done")),
        "bad_choice",
    ),
    (
        "incident-bad-closed-date",
        None,
        lambda w, x: incidents.open_incident(w.db, IncidentIn(title="事案", closed_on="2021-04-31")),
        "no_such_day",
    ),
    (
        "source-bad-date",
        None,
        lambda w, x: incidents.add_source(
            w.db, SourceIn(incident_id=w.incident_id, title="報道発表", published="17/03/2021")
        ),
        "bad_fact_date",
    ),
    (
        "incident-long-summary",
        None,
        lambda w, x: incidents.open_incident(w.db, IncidentIn(title="事案", summary=LONG)),
        "too_long",
    ),
    (
        "link-unknown-use-after-known",
        None,
        lambda w, x: incidents.link_uses(w.db, LinkIn(incident_id=w.incident_id, use_ids=[w.other_use_id, UNKNOWN])),
        "not_found",
    ),
    (
        "unlink-not-linked",
        None,
        lambda w, x: incidents.unlink_use(w.db, incident_id=w.incident_id, use_id=w.other_use_id),
        "use_not_affected",
    ),
    (
        "unlink-with-decisions",
        lambda w: _decide(w),
        lambda w, x: incidents.unlink_use(w.db, incident_id=w.incident_id, use_id=w.affected_use_id),
        "use_has_decisions",
    ),
    (
        "timeline-bad-date",
        None,
        lambda w, x: incidents.add_timeline_entry(
            w.db, TimelineIn(incident_id=w.incident_id, occurred="2021/13/01", text="報道")
        ),
        "no_such_day",
    ),
    (
        "timeline-empty-text",
        None,
        lambda w, x: incidents.add_timeline_entry(
            w.db, TimelineIn(incident_id=w.incident_id, occurred="2021-03-17", text="")
        ),
        "required",
    ),
    (
        "timeline-long-text",
        None,
        lambda w, x: incidents.add_timeline_entry(
            w.db, TimelineIn(incident_id=w.incident_id, occurred="2021-03-17", text=LONG)
        ),
        "too_long",
    ),
    (
        "timeline-unknown-incident",
        None,
        lambda w, x: incidents.add_timeline_entry(
            w.db, TimelineIn(incident_id=UNKNOWN, occurred="2021-03-17", text="報道")
        ),
        "not_found",
    ),
    # statements and claims
    (
        "statement-no-claims",
        None,
        lambda w, x: statements.log_statement(
            w.db,
            StatementIn(
                incident_id=w.incident_id, party_id=w.party_id, made="2021-03-18", channel="email", claims=["", "  "]
            ),
        ),
        "no_claims",
    ),
    (
        "statement-bad-channel",
        None,
        lambda w, x: statements.log_statement(
            w.db,
            StatementIn(
                incident_id=w.incident_id, party_id=w.party_id, made="2021-03-18", channel="fax", claims=["説明"]
            ),
        ),
        "bad_choice",
    ),
    (
        "statement-unknown-party",
        None,
        lambda w, x: statements.log_statement(
            w.db,
            StatementIn(
                incident_id=w.incident_id, party_id=UNKNOWN, made="2021-03-18", channel="email", claims=["説明"]
            ),
        ),
        "not_found",
    ),
    (
        "statement-long-claim",
        None,
        lambda w, x: statements.log_statement(
            w.db,
            StatementIn(
                incident_id=w.incident_id,
                party_id=w.party_id,
                made="2021-03-18",
                channel="email",
                claims=["説明", LONG],
            ),
        ),
        "too_long",
    ),
    (
        "verification-unknown-state",
        None,
        lambda w, x: statements.check_claim(
            w.db, CheckIn(claim_id=w.claim_ids[0], verification="true", checked_on="2021-03-18")
        ),
        "bad_choice",
    ),
    (
        "verification-unknown-claim",
        None,
        lambda w, x: statements.check_claim(
            w.db, CheckIn(claim_id=UNKNOWN, verification="confirmed", checked_on="2021-03-18")
        ),
        "not_found",
    ),
    # requests
    (
        "request-due-before-issued",
        None,
        lambda w, x: requests.add_request(
            w.db, RequestIn(issuer="総務省", subject="調査", issued_on="2021-03-18", due_on="2021-03-17")
        ),
        "due_before_request",
    ),
    (
        "request-empty-issuer",
        None,
        lambda w, x: requests.add_request(w.db, RequestIn(issuer="", subject="調査", issued_on="2021-03-18")),
        "required",
    ),
    (
        "request-bad-issued",
        None,
        lambda w, x: requests.add_request(w.db, RequestIn(issuer="総務省", subject="調査", issued_on="March 18")),
        "bad_date",
    ),
    (
        "request-unknown-incident",
        None,
        lambda w, x: requests.add_request(
            w.db, RequestIn(issuer="総務省", subject="調査", issued_on="2021-03-18", incident_id=UNKNOWN)
        ),
        "not_found",
    ),
    (
        "answer-before-issued",
        lambda w: requests.add_request(w.db, RequestIn(issuer="総務省", subject="調査", issued_on="2021-03-18")).id,
        lambda w, x: requests.mark_answered(w.db, x, AnswerIn(answered_on="2021-03-01", answer="回答")),
        "answered_before_request",
    ),
    (
        "answer-empty",
        lambda w: requests.add_request(w.db, RequestIn(issuer="総務省", subject="調査", issued_on="2021-03-18")).id,
        lambda w, x: requests.mark_answered(w.db, x, AnswerIn(answered_on="2021-03-25", answer="")),
        "required",
    ),
    # decisions
    ("decision-unknown-state", None, lambda w, x: _decide(w, state="pause"), "bad_choice"),
    ("decision-undecided-is-not-a-state", None, lambda w, x: _decide(w, state="undecided"), "bad_choice"),
    ("decision-use-not-affected", None, lambda w, x: _decide(w, use_id=w.other_use_id), "use_not_affected"),
    ("decision-unknown-use", None, lambda w, x: _decide(w, use_id=UNKNOWN), "not_found"),
    ("decision-unknown-incident", None, lambda w, x: _decide(w, incident_id=UNKNOWN), "not_found"),
    ("decision-bad-date", None, lambda w, x: _decide(w, decided_on="2021-02-29"), "no_such_day"),
    ("decision-no-date", None, lambda w, x: _decide(w, decided_on=""), "required"),
    ("decision-review-before", None, lambda w, x: _decide(w, next_review_on="2021-03-01"), "review_before_decision"),
    ("decision-in-the-future", None, lambda w, x: _decide(w, decided_on="2099-04-01"), "date_in_future"),
    (
        "decision-statement-of-other-incident",
        _second_incident_statement,
        lambda w, x: _decide(w, statement_ids=[x]),
        "statement_other_incident",
    ),
    ("decision-unknown-statement", None, lambda w, x: _decide(w, statement_ids=[UNKNOWN]), "not_found"),
    ("decision-long-rationale", None, lambda w, x: _decide(w, rationale=LONG), "too_long"),
    ("decision-long-name", None, lambda w, x: _decide(w, decided_by_name="名" * 101), "too_long"),
    # settings
    (
        "settings-bad-date-style",
        None,
        lambda w, x: ledger.save_settings(w.db, SettingsIn(date_style="roman")),
        "bad_choice",
    ),
]


@pytest.mark.parametrize(("setup", "action", "code"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_refusal_has_code_and_changes_nothing(world, ledger_state, setup, action, code):
    """The action raises LedgerError with its stable code, the ledger is unchanged, and both languages explain it."""
    extra = setup(world) if setup else None
    before = ledger_state(world.db)
    with pytest.raises(LedgerError) as caught:
        action(world, extra)
    error = caught.value
    assert error.code == code
    assert ledger_state(world.db) == before
    ja, en = error.message("ja"), error.message("en")
    assert messages.has("error." + code)
    assert CJK.search(ja), ja
    english_words = en
    for value in error.params.values():  # user data quoted in the message may well be Japanese
        english_words = english_words.replace(str(value), "")
    assert not CJK.search(english_words), en
    assert "{" not in ja and "{" not in en
    assert ja != en
    assert ledger.verify(world.db).ok
