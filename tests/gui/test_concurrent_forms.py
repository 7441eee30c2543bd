"""A form saved after someone else saved the same record: refused, then reloaded keeping what was typed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import replace  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import QDialog, QMessageBox  # noqa: E402

from ledger_reads import read  # noqa: E402
from incidentdesk.domain.inputs import AnswerIn, RequestIn, ServiceIn  # noqa: E402
from incidentdesk.gui import dialogs  # noqa: E402
from incidentdesk.services import catalog, requests  # noqa: E402
from incidentdesk.services.reads import catalog as catalog_reads, requests as request_reads  # noqa: E402
from incidentdesk.storage.database import open_database  # noqa: E402

from test_dialogs_support import db, fill, ledger, open_form, runner, save  # noqa: E402,F401


@pytest.fixture
def other_user(db):
    """A second session on the same ledger file, as a colleague's PC would have."""
    other = open_database(str(db.sqlite_path), actor="馬場")
    yield other
    other.close()


@pytest.fixture
def answers(monkeypatch):
    """Answer the reload question with `answers.reply`, recording what was asked."""

    class Answers:
        reply = QMessageBox.Yes
        asked: list[str] = []

    def question(_parent, _title, text, *_a, **_k):
        Answers.asked.append(text)
        return Answers.reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return Answers


def test_stale_service_form_reloads_keeping_typed_text(qtbot, runner, db, ledger, other_user, answers):
    """B renames the service while A edits its notes: A's save is refused naming B, the reload shows B's name,
    keeps A's notes, lists what B changed, and A's second save keeps both."""
    dlg = open_form(qtbot, dialogs.ServiceDialog, runner, db, service_id=ledger.service)
    loaded = read(other_user, catalog_reads.service, ledger.service)
    catalog.edit_service(
        other_user,
        ledger.service,
        replace(ServiceIn.from_values(loaded.values()), name="市LINE公式(休止中)"),
        version=loaded.version,
    )
    fill(dlg, notes="3月19日から配信停止")
    save(qtbot, dlg)
    assert dlg.isVisible() and dlg.result() != QDialog.Accepted
    assert len(answers.asked) == 1 and "馬場" in answers.asked[0]
    qtbot.waitUntil(lambda: dlg.ready and dlg.notice.isVisible(), timeout=10_000)
    assert "馬場" in dlg.notice.text()
    assert dlg.value("name") == "市LINE公式(休止中)" and dlg.value("notes") == "3月19日から配信停止"
    notice = dlg.notice.text()
    assert "Name: 「市LINE公式アカウント」 → 「市LINE公式(休止中)」" in notice and "Notes" not in notice
    assert dlg.error_text() == ""
    save(qtbot, dlg)
    assert dlg.result() == QDialog.Accepted
    now = read(db, catalog_reads.service, ledger.service)
    assert (now.name, now.notes) == ("市LINE公式(休止中)", "3月19日から配信停止")


def test_a_field_both_changed_keeps_mine_and_says_so(qtbot, runner, db, ledger, other_user, answers):
    """When both changed the same field the typed value stays, and the notice names what the other user saved."""
    dlg = open_form(qtbot, dialogs.ServiceDialog, runner, db, service_id=ledger.service)
    loaded = read(other_user, catalog_reads.service, ledger.service)
    catalog.edit_service(
        other_user,
        ledger.service,
        replace(ServiceIn.from_values(loaded.values()), department="秘書広報課"),
        version=loaded.version,
    )
    fill(dlg, department="情報政策課")
    save(qtbot, dlg)
    qtbot.waitUntil(lambda: dlg.ready and dlg.notice.isVisible(), timeout=10_000)
    assert dlg.value("department") == "情報政策課"
    assert "「広報課」 → 「秘書広報課」" in dlg.notice.text() and "「情報政策課」" in dlg.notice.text()


def test_declining_the_reload_keeps_the_form_as_typed(qtbot, runner, db, ledger, other_user, answers):
    """Saying No leaves the form open with the message and the typed text; nothing is written."""
    answers.reply = QMessageBox.No
    dlg = open_form(qtbot, dialogs.ServiceDialog, runner, db, service_id=ledger.service)
    loaded = read(other_user, catalog_reads.service, ledger.service)
    catalog.edit_service(
        other_user,
        ledger.service,
        replace(ServiceIn.from_values(loaded.values()), url="https://x"),
        version=loaded.version,
    )
    fill(dlg, notes="停止")
    save(qtbot, dlg)
    assert dlg.isVisible() and not dlg.notice.isVisible() and dlg.value("notes") == "停止"
    assert "馬場" in dlg.error_text()
    assert read(db, catalog_reads.service, ledger.service).notes == ""


def test_stale_answer_form_in_japanese(qtbot, runner, db, other_user, answers):
    """The answer form is refused when the request changed meanwhile, with the Japanese message naming who."""
    from test_dialogs_support import context_for

    req = requests.add_request(
        db, RequestIn(issuer="総務省", subject="利用状況調査", issued_on="2021-03-19", due_on="2021-03-26")
    )
    dialog = dialogs.AnswerDialog(None, context_for(runner, db, lang="ja"), request_id=req.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ready, timeout=10_000)
    requests.mark_answered(
        other_user, req.id, AnswerIn(answered_on="2021-03-24", answer="回答済み(馬場)"), version=req.version
    )
    fill(dialog, answer="4業務で利用", answered_on="2021-03-25")
    save(qtbot, dialog)
    assert "馬場 が保存しました" in answers.asked[0]
    qtbot.waitUntil(lambda: dialog.ready and dialog.notice.isVisible(), timeout=10_000)
    assert dialog.value("answer") == "4業務で利用"
    save(qtbot, dialog)
    assert read(db, request_reads.request, req.id).answer == "4業務で利用"


def test_stale_settings_form_reloads(qtbot, runner, db, other_user, answers, tmp_path):
    """B saves the memo settings while A has the settings form open: A's save is refused naming B, and after the
    reload A's typed contact is kept over B's saved settings."""
    from PySide6.QtCore import QSettings

    from incidentdesk.domain.inputs import SettingsIn
    from incidentdesk.services import ledger as ledger_actions
    from incidentdesk.services.reads import ledger as ledger_reads

    qsettings = QSettings(str(tmp_path / "user.ini"), QSettings.IniFormat)
    dlg = open_form(qtbot, dialogs.OrgSettingsDialog, runner, db, qsettings=qsettings)
    ledger_actions.save_settings(
        other_user,
        SettingsIn(municipality="春日市", section="情報政策課"),
        version=read(other_user, ledger_reads.settings_version),
    )
    fill(dlg, contact_name="青木")
    save(qtbot, dlg)
    assert dlg.isVisible() and dlg.result() != QDialog.Accepted
    assert len(answers.asked) == 1 and "馬場" in answers.asked[0]
    qtbot.waitUntil(lambda: dlg.ready and dlg.notice.isVisible(), timeout=10_000)
    assert dlg.value("municipality") == "春日市" and dlg.value("contact_name") == "青木"
    save(qtbot, dlg)
    assert dlg.result() == QDialog.Accepted
    now = read(db, ledger_reads.settings)
    assert (now.municipality, now.section, now.contact_name) == ("春日市", "情報政策課", "青木")
