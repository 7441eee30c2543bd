"""Each form saves valid input through its service, and keeps the input with an inline message when refused."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QDialog, QMessageBox  # noqa: E402

from ledger_reads import read
from incidentdesk.services.reads import (
    catalog as catalog_reads,
    decisions as decision_reads,
    incidents as incident_reads,
    ledger as ledger_reads,
    requests as request_reads,
)
from incidentdesk.domain.inputs import RequestIn, RoleIn
from incidentdesk.domain.errors import LedgerError  # noqa: E402
from incidentdesk.gui import dialogs  # noqa: E402
from incidentdesk.services import catalog  # noqa: E402

from test_dialogs_support import (
    context_for,
    db,
    fill,
    ledger,
    no_unexpected_boxes,
    open_form,
    runner,  # noqa: E402,F401
    save,
)


def test_party_saves_and_stores_codes(qtbot, runner, db):
    """A new party is saved with the kind's code and the country's ISO code."""
    dlg = open_form(qtbot, dialogs.PartyDialog, runner, db)
    fill(dlg, name="NAVER Corp.", kind="affiliate", country="KR")
    save(qtbot, dlg)
    assert dlg.result() == QDialog.Accepted
    party = next(p for p in read(db, catalog_reads.parties) if p.name == "NAVER Corp.")
    assert (party.kind, party.country) == ("affiliate", "KR")
    assert dlg.saved.id == party.id


def test_party_empty_name_is_refused_inline(qtbot, runner, db):
    """An empty name shows the service's message under the name field and the form stays open, input intact."""
    dlg = open_form(qtbot, dialogs.PartyDialog, runner, db)
    fill(dlg, name="  ", notes="vendor of the chat bot")
    save(qtbot, dlg)
    assert dlg.isVisible() and dlg.result() != QDialog.Accepted
    assert dlg.error_text("name") == LedgerError("required", field="name").message("en")
    assert dlg.value("notes") == "vendor of the chat bot"
    assert read(db, catalog_reads.parties) == []


def test_party_edit_loads_and_saves(qtbot, runner, db, ledger):
    """Editing a party shows its values and saves the change."""
    dlg = open_form(qtbot, dialogs.PartyDialog, runner, db, party_id=ledger.party)
    assert dlg.value("name") == "LINE株式会社" and dlg.value("kind") == "platform"
    fill(dlg, name="LINEヤフー株式会社")
    save(qtbot, dlg)
    assert [p.name for p in read(db, catalog_reads.parties)] == ["LINEヤフー株式会社"]


def test_service_create_and_edit(qtbot, runner, db):
    """A service is created with its dates and follower count, then renamed in the edit form."""
    dlg = open_form(qtbot, dialogs.ServiceDialog, runner, db)
    fill(dlg, name="市公式X", platform="X", followers="12,000", followers_as_of="2021/3/19")
    save(qtbot, dlg)
    service_id = dlg.saved.id
    service = read(db, catalog_reads.service_detail, service_id).service
    assert (service.followers, service.followers_as_of) == (12000, date(2021, 3, 19))
    edit = open_form(qtbot, dialogs.ServiceDialog, runner, db, service_id=service_id)
    assert edit.value("followers") == "12000"
    fill(edit, name="市公式Xアカウント")
    save(qtbot, edit)
    assert read(db, catalog_reads.service_detail, service_id).service.name == "市公式Xアカウント"


def test_service_bad_date_is_refused_inline(qtbot, runner, db):
    """A date the service cannot read is reported under that date field."""
    dlg = open_form(qtbot, dialogs.ServiceDialog, runner, db)
    fill(dlg, name="市公式X", started_on="2021-13-45")
    save(qtbot, dlg)
    assert "2021-13-45" in dlg.error_text("started_on")
    assert dlg.error_text("name") == "" and dlg.isVisible()


def test_use_under_service(qtbot, runner, db, ledger):
    """A use is added under the service the form was opened for, with its confidentiality class."""
    dlg = open_form(qtbot, dialogs.UseDialog, runner, db, service_id=ledger.service)
    assert dlg.service_label.text() == "市LINE公式アカウント"
    fill(dlg, name="子育て相談", handles_personal_data=True, confidentiality=2)
    save(qtbot, dlg)
    use = next(u for u in read(db, catalog_reads.uses, service_id=ledger.service) if u.name == "子育て相談")
    assert use.handles_personal_data and use.confidentiality == 2


def test_use_duplicate_name_is_refused(qtbot, runner, db, ledger):
    """A second use with the same name under the service is refused under the name."""
    dlg = open_form(qtbot, dialogs.UseDialog, runner, db, service_id=ledger.service)
    fill(dlg, name="防災情報の配信")
    save(qtbot, dlg)
    assert "防災情報の配信" in dlg.error_text("name") and dlg.error_text() == "" and dlg.isVisible()


def test_duplicate_role_is_shown_above_the_fields(qtbot, runner, db, ledger):
    """A refusal naming no field of the form (the same role twice) is shown above the fields."""
    catalog.assign_party(db, RoleIn(service_id=ledger.service, party_id=ledger.party, role="platform"))
    dlg = open_form(qtbot, dialogs.AssignPartyDialog, runner, db, service_id=ledger.service)
    fill(dlg, party_id=ledger.party, role="platform")
    save(qtbot, dlg)
    assert "LINE株式会社" in dlg.error_text() and dlg.isVisible()


def test_location_and_party_role(qtbot, runner, db, ledger):
    """A data location abroad and a party's role are recorded for the service."""
    dlg = open_form(qtbot, dialogs.LocationDialog, runner, db, service_id=ledger.service)
    fill(dlg, category="inquiry", kind="access", country="CN", party_id=ledger.party, use_id=ledger.use)
    save(qtbot, dlg)
    role = open_form(qtbot, dialogs.AssignPartyDialog, runner, db, service_id=ledger.service)
    fill(role, party_id=ledger.party, role="host")
    save(qtbot, role)
    detail = read(db, catalog_reads.service_detail, ledger.service)
    assert [(p.kind, p.country, p.use_id) for p in detail.locations] == [("access", "CN", ledger.use)]
    assert [(r.party, r.role) for r in detail.parties] == [("LINE株式会社", "host")]


def test_incident_open_and_edit(qtbot, runner, db):
    """An incident is opened, then its status changed in the edit form."""
    dlg = open_form(qtbot, dialogs.IncidentDialog, runner, db)
    fill(dlg, title="委託先の不正アクセス", occurred_on="2024-05-01")
    save(qtbot, dlg)
    edit = open_form(qtbot, dialogs.IncidentDialog, runner, db, incident_id=dlg.saved.id)
    assert edit.value("occurred_on") == "2024-05-01"
    fill(edit, status="monitoring")
    save(qtbot, edit)
    assert read(db, incident_reads.overview, dlg.saved.id).incident.status == "monitoring"


def test_link_uses(qtbot, runner, db, ledger):
    """Ticking a use links it; the one already linked stays locked; nothing chosen is refused inline."""
    dlg = open_form(qtbot, dialogs.LinkUsesDialog, runner, db, incident_id=ledger.incident)
    save(qtbot, dlg)
    assert dlg.error_text("use_ids") and dlg.isVisible()
    dlg.set_value("use_ids", [ledger.use, ledger.other_use])
    assert dlg.value("use_ids") == [ledger.other_use]
    save(qtbot, dlg)
    affected = read(db, incident_reads.overview, ledger.incident).affected
    assert {a.use_id for a in affected} == {ledger.use, ledger.other_use}


def test_link_every_use_of_a_service(qtbot, runner, db, ledger):
    """Choosing a service links all of its uses."""
    dlg = open_form(qtbot, dialogs.LinkUsesDialog, runner, db, incident_id=ledger.incident)
    fill(dlg, service_id=ledger.service)
    save(qtbot, dlg)
    assert {a.use_id for a in read(db, incident_reads.overview, ledger.incident).affected} == {
        ledger.use,
        ledger.other_use,
    }


def test_timeline_add_and_edit_with_slash_date(qtbot, runner, db, ledger):
    """A timeline entry typed with 2021/3/19 is stored as that day and can be edited."""
    dlg = open_form(qtbot, dialogs.TimelineDialog, runner, db, incident_id=ledger.incident)
    fill(dlg, occurred="2021/3/19", text="総務省が利用停止を通知")
    save(qtbot, dlg)
    entry = read(db, incident_reads.overview, ledger.incident).timeline[0].entry
    assert entry.occurred.start == date(2021, 3, 19)
    edit = open_form(qtbot, dialogs.TimelineDialog, runner, db, entry_id=entry.id)
    assert edit.value("text") == "総務省が利用停止を通知"
    fill(edit, text="総務省がLINEの利用停止を通知")
    save(qtbot, edit)
    assert read(db, incident_reads.overview, ledger.incident).timeline[0].entry.text == "総務省がLINEの利用停止を通知"


def test_timeline_without_date_is_refused_inline(qtbot, runner, db, ledger):
    """The date of a timeline entry is required and the message sits under the date."""
    dlg = open_form(qtbot, dialogs.TimelineDialog, runner, db, incident_id=ledger.incident)
    fill(dlg, text="報道")
    save(qtbot, dlg)
    assert dlg.error_text("occurred") and dlg.value("text") == "報道"


def test_every_date_the_timeline_form_gives_as_an_example_is_understood(qtbot, qapp, runner, db, ledger):
    """The timeline form's hint offered 5月下旬 and 3月〜4月, which the form then refused ("not a date yet": a
    year is needed); every example its hint gives, in English and in Japanese, is now understood as typed."""
    import re

    from incidentdesk.gui.translations import Translations

    translations = Translations(qapp)
    try:
        for lang in ("en", "ja"):
            translations.install(lang)
            dlg = open_form(qtbot, dialogs.TimelineDialog, runner, db, incident_id=ledger.incident)
            field = dlg.widget("occurred")
            examples = re.split(r"[、,]\s*", re.split(r"[:：]\s*", field.accessibleDescription(), maxsplit=1)[1])
            assert len(examples) == 4 and "下旬" in "".join(examples), examples
            for example in examples:
                field.setText(example)
                assert field.fact_date() is not None, (lang, example, field.understood.text())
            dlg._baseline = None
            dlg.reject()
    finally:
        translations.install("en")


def test_source(qtbot, runner, db, ledger):
    """A cited source is added to the incident."""
    dlg = open_form(qtbot, dialogs.SourceDialog, runner, db, incident_id=ledger.incident)
    fill(dlg, title="LINE社プレスリリース", publisher="LINE株式会社", published="2021-03-17")
    save(qtbot, dlg)
    assert [s.title for s in read(db, incident_reads.overview, ledger.incident).sources] == ["LINE社プレスリリース"]


def test_statement_without_vendor_is_refused_inline(qtbot, runner, db, ledger):
    """No vendor chosen: the message is under the vendor field, the claims typed stay."""
    dlg = open_form(qtbot, dialogs.StatementDialog, runner, db, incident_id=ledger.incident)
    fill(dlg, claims="国内移転を完了した")
    save(qtbot, dlg)
    assert dlg.error_text("party_id") and dlg.value("claims") == "国内移転を完了した"


def test_claims_added_to_a_statement(qtbot, runner, db, ledger):
    """Two lines typed into an existing statement become its third and fourth claims."""
    dlg = open_form(
        qtbot, dialogs.StatementDialog, runner, db, incident_id=ledger.incident, statement_id=ledger.statement
    )
    fill(dlg, claims="監査を受ける\n・結果を公表する\n", promised_by="2021-06-30")
    save(qtbot, dlg)
    claims = read(db, incident_reads.overview, ledger.incident).statements[0].claims
    assert [c.text for c in claims][2:] == ["監査を受ける", "結果を公表する"]
    assert claims[3].promised_by == date(2021, 6, 30)


def test_verification(qtbot, runner, db, ledger):
    """A check starts with nothing found and today's date; saved, it is appended and becomes the claim's state."""
    claim = read(db, incident_reads.overview, ledger.incident).statements[0].claims[0]
    dlg = open_form(qtbot, dialogs.VerificationDialog, runner, db, claim_id=claim.id)
    assert dlg.claim_label.text() == claim.text
    assert dlg.value("verification") is None and dlg.value("checked_on") == date.today().isoformat()
    save(qtbot, dlg)
    assert dlg.isVisible() and dlg.error_text("verification")  # what was found must be said
    fill(dlg, verification="confirmed", checked_how="説明会資料で確認", checked_by="情報 太郎")
    save(qtbot, dlg)
    saved = read(db, incident_reads.overview, ledger.incident).statements[0].claims[0]
    assert (saved.verification, saved.checked_how, saved.checked_on) == ("confirmed", "説明会資料で確認", date.today())
    assert [c.checked_by for c in saved.checks] == ["情報 太郎"]


def test_request_due_before_issued_keeps_input(qtbot, runner, db, ledger):
    """A due date before the request date is refused under the due date; every field keeps its value."""
    dlg = open_form(qtbot, dialogs.RequestDialog, runner, db, incident_id=ledger.incident)
    fill(dlg, issuer="総務省", subject="LINE利用状況の照会", issued_on="2021-03-19", due_on="2021-03-18")
    before = dlg.values()
    save(qtbot, dlg)
    assert dlg.error_text("due_on") == LedgerError("due_before_request", due="2021-03-18", issued="2021-03-19").message(
        "en"
    )
    assert dlg.values() == before and dlg.isVisible()
    fill(dlg, due_on="2021-03-26")
    save(qtbot, dlg)
    [row] = read(db, request_reads.requests)
    assert (row.incident_id, row.due_on) == (ledger.incident, date(2021, 3, 26))


def test_request_edit_and_answer(qtbot, runner, db, ledger):
    """An existing request is edited, then its answer recorded; the answer form names the due date as every
    date is shown (it showed 2021-03-26)."""
    from incidentdesk.services import requests

    request = requests.add_request(
        db, RequestIn(issuer="県", subject="照会", issued_on="2021-03-19", due_on="2021-03-26")
    )
    dlg = open_form(qtbot, dialogs.RequestDialog, runner, db, request_id=request.id)
    assert dlg.value("issuer") == "県" and dlg.value("incident_id") is None
    fill(dlg, subject="LINE利用状況調査", incident_id=ledger.incident)
    save(qtbot, dlg)
    answer = open_form(qtbot, dialogs.AnswerDialog, runner, db, request_id=request.id)
    assert answer.request_label.text() == "県: LINE利用状況調査  (due 26 March 2021)"
    fill(answer, answered_on="2021-03-25", answer="防災情報の配信のみ停止")
    save(qtbot, answer)
    [row] = read(db, request_reads.requests)
    assert (row.subject, row.incident_id, row.answered_on) == ("LINE利用状況調査", ledger.incident, date(2021, 3, 25))


def test_decision_from_matrix_row(qtbot, runner, db, ledger, monkeypatch):
    """A decision opened for a use records the state, the person and the statements relied on (once confirmed)."""
    from incidentdesk.gui.dialogs.decisions import Confirming

    monkeypatch.setattr(Confirming, "ask_box", lambda self, box: True)
    dlg = open_form(qtbot, dialogs.DecisionDialog, runner, db, incident_id=ledger.incident, use_id=ledger.use)
    assert dlg.value("use_id") == ledger.use and dlg.focusWidget() is dlg.widget("state")
    fill(
        dlg,
        state="suspend",
        decided_on="2021-03-19",
        decided_by_role="市長",
        rationale="国外",
        statement_ids=[ledger.statement],
    )
    save(qtbot, dlg)
    [row] = read(db, decision_reads.history, incident_id=ledger.incident)
    assert (row.state, row.decided_by_role, row.statement_ids) == ("suspend", "市長", (ledger.statement,))


def test_decision_review_before_decision_is_refused_inline(qtbot, runner, db, ledger):
    """A next review before the decision date is shown under the next review field."""
    dlg = open_form(qtbot, dialogs.DecisionDialog, runner, db, incident_id=ledger.incident, use_id=ledger.use)
    fill(
        dlg,
        state="discussing",
        decided_on="2021-03-19",
        next_review_on="2021-03-01",
        rationale="r",
        decided_by_role="課長",
    )
    save(qtbot, dlg)
    assert dlg.error_text("next_review_on") and dlg.isVisible()
    assert read(db, decision_reads.history) == []


def test_settings_save_roles_and_language(qtbot, runner, db, tmp_path):
    """Settings save the organisation and the ordered roles; the language goes to QSettings and is returned."""
    qsettings = QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat)
    dlg = open_form(qtbot, dialogs.OrgSettingsDialog, runner, db, qsettings=qsettings)
    chosen = []
    dlg.language_chosen.connect(chosen.append)
    assert dlg.value("language") == "system"
    fill(dlg, municipality="和光市", approval_roles=["市長", "部長", "課長"], date_style="western", language="en")
    dlg.widget("approval_roles").list.setCurrentRow(2)
    dlg.widget("approval_roles").move(-1)
    save(qtbot, dlg)
    stored = read(db, ledger_reads.settings)
    assert (stored.municipality, stored.approval_roles, stored.date_style) == ("和光市", "市長,課長,部長", "western")
    assert qsettings.value(dialogs.LANGUAGE_KEY) == "en" and chosen == ["en"]
    assert dlg.saved.language == "en" and dlg.saved.language_changed


def test_unexpected_error_shows_message_box(qtbot, runner, db, monkeypatch):
    """A bug's error is shown in a message box that says where the log is (not the exception's text), and a
    failure the program can explain (a full disk) is shown in the form like a refusal; the form stays open."""
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a: shown.append(text))

    def bug(*_args, **_kwargs):
        raise KeyError("秘密の記録")

    monkeypatch.setattr(catalog, "add_party", bug)
    dlg = open_form(qtbot, dialogs.PartyDialog, runner, db)
    fill(dlg, name="ACME")
    save(qtbot, dlg)
    assert len(shown) == 1 and "incidentdesk.log" in shown[0] and "秘密の記録" not in shown[0]
    assert dlg.isVisible() and dlg.value("name") == "ACME"

    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(catalog, "add_party", full)
    save(qtbot, dlg)
    assert "No space left on device" in dlg.error_text() and len(shown) == 1 and dlg.isVisible()


def test_record_that_does_not_exist_closes_with_message(qtbot, runner, db, monkeypatch):
    """Opening an edit form for a missing record says so and closes."""
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a: shown.append(text))
    dlg = dialogs.PartyDialog(None, context_for(runner, db), party_id=999)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10_000)
    assert shown == [LedgerError("not_found", entity="party", id=999).message("en")]
    assert not dlg.ready


def test_marking_an_incident_as_a_leak_offers_the_statutory_reports(qtbot, runner, db):
    """Issue 12 §5: saving an incident newly marked as a personal-data leak learned of on 2023-10-18 offers
    the 速報 and 確報 with computed due dates (day 3 and day 30); a date edited in the offer is the one
    recorded, as requests addressed to the city; the incident form closes after the offer is answered."""
    dlg = open_form(qtbot, dialogs.IncidentDialog, runner, db)
    fill(dlg, title="委託先でのUSBメモリ紛失", known_on="2023-10-18", personal_data_leak=True)
    dlg.save()
    qtbot.waitUntil(lambda: dlg.offer is not None and dlg.offer.isVisible(), timeout=10_000)
    offer = dlg.offer
    assert [offer.value("due_1"), offer.value("due_2")] == ["2023-10-20", "2023-11-16"]
    assert dlg.isVisible() and dlg.saving  # the incident form waits for the answer
    fill(offer, due_2="R5.11.10")
    save(qtbot, offer)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10_000)
    assert dlg.result() == QDialog.Accepted and dlg.saved.personal_data_leak
    rows = read(db, request_reads.requests, incident_id=dlg.saved.id)
    assert sorted((q.subject, q.due_on, q.direction) for q in rows) == [
        ("漏えい等の確報", date(2023, 11, 10), "to_city"),
        ("漏えい等の速報", date(2023, 10, 20), "to_city"),
    ]
    # Marked already: editing the incident again offers nothing.
    edit = open_form(qtbot, dialogs.IncidentDialog, runner, db, incident_id=dlg.saved.id)
    assert edit.value("personal_data_leak") is True
    fill(edit, status="monitoring")
    save(qtbot, edit)
    assert edit.offer is None and edit.result() == QDialog.Accepted


def test_a_leak_learned_of_before_april_2023_or_declined_records_no_report(qtbot, runner, db, ledger):
    """No offer for a leak the city learned of before the Act covered it; marking an existing incident
    offers, and Not now records nothing (the memo page will offer them again)."""
    old = open_form(qtbot, dialogs.IncidentDialog, runner, db)
    fill(old, title="旧法下の漏えい", known_on="2023-03-31", personal_data_leak=True)
    save(qtbot, old)
    assert old.offer is None and old.result() == QDialog.Accepted
    edit = open_form(qtbot, dialogs.IncidentDialog, runner, db, incident_id=ledger.incident)
    fill(edit, known_on="2024-06-03", personal_data_leak=True, unlawful_purpose=True)
    edit.save()
    qtbot.waitUntil(lambda: edit.offer is not None and edit.offer.isVisible(), timeout=10_000)
    assert edit.offer.value("due_2") == "2024-08-01"  # 60 days for an unlawful purpose, day 1 the day learned
    edit.offer.reject()
    qtbot.waitUntil(lambda: not edit.isVisible(), timeout=10_000)
    assert edit.result() == QDialog.Accepted
    assert read(db, request_reads.requests, incident_id=ledger.incident) == []
    assert read(db, incident_reads.overview, ledger.incident).incident.personal_data_leak


def test_a_recurring_request_records_a_report_per_period_not_an_answer(qtbot, runner, db, ledger):
    """The window's 'Record answer' on a monthly request opens the report form for its first unreported
    period; the report is recorded and the request stays open for the next period (an answer closed it)."""
    from incidentdesk.gui.dialogs.requests import answer_form
    from incidentdesk.services import requests

    monthly = requests.add_request(
        db,
        RequestIn(
            incident_id=ledger.incident,
            issuer="国の所管庁",
            subject="定期報告",
            issued_on="2023-06-06",
            due_on="2023-06-30",
            every_months=1,
        ),
    )
    once = requests.add_request(
        db,
        RequestIn(
            incident_id=ledger.incident, issuer="県", subject="状況調査", issued_on="2023-06-06", due_on="2023-06-30"
        ),
    )
    assert answer_form(once) is dialogs.AnswerDialog and answer_form(monthly) is dialogs.ReportDialog
    for period in ("2023-06-30", "2023-07-30"):
        dlg = open_form(qtbot, dialogs.ReportDialog, runner, db, request_id=monthly.id)
        assert dlg.value("due_on") == period and "定期報告" in dlg.request_label.text()
        fill(dlg, reported_on=period, text="点検状況を報告")
        save(qtbot, dlg)
        assert dlg.result() == QDialog.Accepted
    row = read(db, request_reads.request, monthly.id)
    assert [r.due_on for r in row.reports] == [date(2023, 6, 30), date(2023, 7, 30)]
    assert row.answered_on is None and row.next_due() == date(2023, 8, 30)
