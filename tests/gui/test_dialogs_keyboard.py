"""Forms by keyboard (focus, Tab order, Enter, Ctrl+Enter, Esc), ask(), and the Japanese translation."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import xml.etree.ElementTree as ET  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest
from datetime import date  # noqa: E402
from PySide6.QtCore import QDate, Qt, QTimer, QTranslator  # noqa: E402
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QDialog,
    QLabel,  # noqa: E402
    QMessageBox,
)

from ledger_reads import read
from incidentdesk.services.reads import (
    catalog as catalog_reads,
    decisions as decision_reads,
    incidents as incident_reads,
)
from incidentdesk.gui import dialogs  # noqa: E402
# noqa: E402

from test_dialogs_support import context_for, db, ledger, no_unexpected_boxes, open_form, runner  # noqa: E402,F401

# QTest.keyClicks types ASCII only (Japanese comes through the input method, not key events).
CLAIMS = ["Data moves to Japan", "Access from China was cut off", "An outside audit follows"]
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def focused_form(qtbot, cls, runner, db, **context):
    dialog = open_form(qtbot, cls, runner, db, **context)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def press(qtbot, key, modifier=Qt.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_first_field_focused_and_enter_saves(qtbot, runner, db):
    """The name has the focus when the form opens; typing it and pressing Enter saves the party."""
    dlg = focused_form(qtbot, dialogs.PartyDialog, runner, db)
    assert QApplication.focusWidget() is dlg.widget("name")
    qtbot.keyClicks(dlg.widget("name"), "Bot Express Inc.")
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: dlg.result() == QDialog.Accepted, timeout=10_000)
    assert [p.name for p in read(db, catalog_reads.parties)] == ["Bot Express Inc."]


def test_tab_order_follows_the_rows(qtbot, runner, db):
    """Tab walks the fields top to bottom and then reaches the Save button."""
    dlg = focused_form(qtbot, dialogs.PartyDialog, runner, db)
    seen = [QApplication.focusWidget()]
    for _ in range(5):
        press(qtbot, Qt.Key_Tab)
        seen.append(QApplication.focusWidget())
    expected = [
        dlg.widget("name"),
        dlg.widget("kind"),
        dlg.widget("country"),
        dlg.widget("parent_id"),
        dlg.widget("notes"),
        dlg.save_button,
    ]
    assert seen == expected


def test_statement_with_three_claims_by_keyboard(qtbot, runner, db, ledger):
    """Vendor picked with the arrow key, three claims typed on three lines, Ctrl+Enter: three claims saved."""
    dlg = focused_form(qtbot, dialogs.StatementDialog, runner, db, incident_id=ledger.incident)
    assert QApplication.focusWidget() is dlg.widget("party_id")
    press(qtbot, Qt.Key_Down)
    for _ in range(7):  # date, channel, speaker, title, taken by, sources, claims
        press(qtbot, Qt.Key_Tab)
    claims = dlg.widget("claims")
    assert QApplication.focusWidget() is claims
    for n, line in enumerate(CLAIMS):
        if n:
            qtbot.keyClick(claims, Qt.Key_Return)
        qtbot.keyClicks(claims, line)
    qtbot.keyClick(claims, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: dlg.result() == QDialog.Accepted, timeout=10_000)
    newest = read(db, incident_reads.overview, ledger.incident).statements[-1]
    assert [c.text for c in newest.claims] == CLAIMS
    assert newest.party_id == ledger.party and newest.channel == "phone"


def test_escape_with_unsaved_input_asks(qtbot, runner, db, monkeypatch):
    """Esc after typing asks whether to discard: "no" keeps the form and the text, "yes" closes it."""
    answers, asked = [QMessageBox.No, QMessageBox.Yes], []

    def question(_parent, _title, text, *args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dlg = focused_form(qtbot, dialogs.IncidentDialog, runner, db)
    qtbot.keyClicks(dlg.widget("title"), "Vendor outage")
    press(qtbot, Qt.Key_Escape)
    assert len(asked) == 1 and dlg.isVisible() and dlg.value("title") == "Vendor outage"
    press(qtbot, Qt.Key_Escape)
    assert len(asked) == 2 and not dlg.isVisible() and dlg.result() == QDialog.Rejected


def test_escape_without_input_closes_at_once(qtbot, runner, db, ledger, monkeypatch):
    """Esc on a form whose loaded values are untouched closes it without a question."""

    def question(*_args):
        raise AssertionError("asked although nothing was entered")

    monkeypatch.setattr(QMessageBox, "question", question)
    dlg = focused_form(qtbot, dialogs.DecisionDialog, runner, db, incident_id=ledger.incident, use_id=ledger.use)
    press(qtbot, Qt.Key_Escape)
    assert not dlg.isVisible() and dlg.result() == QDialog.Rejected


def test_enter_in_filter_does_not_save(qtbot, runner, db, ledger):
    """Enter in the filter of the link form moves to the list instead of saving; Space then ticks the use."""
    dlg = focused_form(qtbot, dialogs.LinkUsesDialog, runner, db, incident_id=ledger.incident)
    dlg.filter.setText("粗大")  # QTest types ASCII only; the filter logic is what counts
    qtbot.keyClick(dlg.filter, Qt.Key_Return)  # also applies the filter at once
    assert dlg.isVisible() and not dlg.saving
    assert QApplication.focusWidget() is dlg.widget("use_ids")
    assert dlg.widget("use_ids").shown_labels() == ["市LINE公式アカウント / 粗大ごみ受付"]
    press(qtbot, Qt.Key_Space)
    assert dlg.value("use_ids") == [ledger.other_use]


def test_ask_returns_saved_row_or_none(qtbot, runner, db):
    """ask() returns the saved row after Save and None after Cancel."""

    def drive(text):
        def step():
            dialog = QApplication.activeModalWidget()
            if dialog is None or not dialog.ready:
                QTimer.singleShot(20, step)
                return
            if text:
                dialog.set_value("title", text)
                dialog.save()
            else:
                dialog.reject()

        QTimer.singleShot(0, step)

    drive("個人情報の漏えい")
    saved = dialogs.IncidentDialog.ask(None, context_for(runner, db))
    assert saved.title == "個人情報の漏えい" and saved.id
    drive("")
    assert dialogs.IncidentDialog.ask(None, context_for(runner, db)) is None


def test_translation_complete():
    """Every message in forms_ja.ts has a finished, non-empty Japanese translation, and the .qm is there."""
    root = ET.parse(TRANSLATIONS / "forms_ja.ts").getroot()
    messages = root.findall(".//message")
    assert len(messages) > 100
    for message in messages:
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), message.find("source").text
        texts = [translation.text] + [n.text for n in translation.findall("numerusform")]
        assert any(t and t.strip() for t in texts), message.find("source").text
    assert (TRANSLATIONS / "forms_ja.qm").stat().st_size > 1000


def test_japanese_labels_with_translator(qtbot, runner, db):
    """With forms_ja.qm loaded the party form's title, labels and buttons are Japanese."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "forms_ja.qm"))
    QApplication.installTranslator(translator)
    try:
        dlg = open_form(qtbot, dialogs.PartyDialog, runner, db)
        labels = {label.text() for label in dlg.findChildren(QLabel)}
        assert dlg.windowTitle() == "事業者の登録"
        assert {"名称(&N)", "親会社(&P)"} <= labels
        assert dlg.save_button.text() == "保存"
    finally:
        QApplication.removeTranslator(translator)


def every_form(ledger):
    """Each form of the contract with a context it can open with."""
    return [
        (dialogs.PartyDialog, {}),
        (dialogs.ServiceDialog, {"service_id": ledger.service}),
        (dialogs.UseDialog, {"use_id": ledger.use}),
        (dialogs.LocationDialog, {"service_id": ledger.service}),
        (dialogs.AssignPartyDialog, {"service_id": ledger.service}),
        (dialogs.IncidentDialog, {"incident_id": ledger.incident}),
        (dialogs.LinkUsesDialog, {"incident_id": ledger.incident}),
        (dialogs.TimelineDialog, {"incident_id": ledger.incident}),
        (dialogs.SourceDialog, {"incident_id": ledger.incident}),
        (dialogs.StatementDialog, {"incident_id": ledger.incident}),
        (dialogs.StatementDialog, {"statement_id": ledger.statement}),
        (dialogs.RequestDialog, {"incident_id": ledger.incident}),
        (dialogs.DecisionDialog, {"incident_id": ledger.incident}),
        (dialogs.OrgSettingsDialog, {}),
    ]


def test_mnemonics_unique_in_every_form(qtbot, runner, db, ledger):
    """No two labels or buttons of one form share an Alt+letter, and every field row has one."""
    for cls, context in every_form(ledger):
        dlg = open_form(qtbot, cls, runner, db, **context)
        letters = []
        for widget in dlg.findChildren(QLabel) + dlg.findChildren(QAbstractButton):
            text = widget.text().replace("&&", "")
            if "&" in text:
                letters.append(text[text.index("&") + 1].lower())
        assert len(letters) == len(set(letters)), (cls.__name__, sorted(letters))
        assert len(letters) >= len(dlg.values()), cls.__name__
        dlg.reject()


def test_date_picked_from_calendar(qtbot, runner, db, ledger):
    """Alt+Down in a date field opens a calendar; choosing a day writes it as YYYY-MM-DD."""
    dlg = focused_form(qtbot, dialogs.RequestDialog, runner, db, incident_id=ledger.incident)
    field = dlg.widget("due_on")
    qtbot.keyClick(field.edit, Qt.Key_Down, Qt.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    calendar = QApplication.activePopupWidget().findChild(QCalendarWidget)
    calendar.setSelectedDate(QDate(2021, 3, 26))
    calendar.activated.emit(QDate(2021, 3, 26))
    assert field.text() == "2021-03-26" and QApplication.activePopupWidget() is None


@pytest.mark.parametrize("typed", ["2021/3/19", "令和3年3月19日", "R3.3.19", "２０２１－０３－１９"])
def test_typed_date_is_shown_back_as_understood_and_saved(qtbot, runner, db, ledger, typed):
    """A date typed as people write it is echoed beside the field in 和暦 and saved as that day."""
    dlg = focused_form(qtbot, dialogs.TimelineDialog, runner, db, incident_id=ledger.incident)
    field = dlg.widget("occurred")
    field.edit.insert(typed)  # as an input method commits it (QTest cannot type kanji)
    assert field.understood.text() == "= 19 March 2021"  # the window is in English here
    dlg.set_value("text", "報道")
    dlg.save()
    qtbot.waitUntil(lambda: dlg.result() == QDialog.Accepted, timeout=10_000)
    assert dlg.saved.occurred.start == date(2021, 3, 19)


def test_text_that_is_not_a_date_says_so_beside_the_field(qtbot, runner, db, ledger):
    """Half a date shows that it is not a date yet, instead of guessing one."""
    dlg = focused_form(qtbot, dialogs.TimelineDialog, runner, db, incident_id=ledger.incident)
    dlg.widget("occurred").edit.insert("令和3年13月")
    assert dlg.widget("occurred").understood.text() == "not a date yet"
    dlg.widget("occurred").edit.clear()
    dlg.widget("occurred").edit.insert("令和3年3月下旬")  # known only to part of a month: said so, not a day
    assert dlg.widget("occurred").understood.text() == "= late March 2021"


def test_decision_by_keyboard_from_matrix_row(qtbot, runner, db, ledger, monkeypatch):
    """Opened for a use, the decision form starts on the state with none chosen: Down picks the first state, and
    Enter asks for what is still missing instead of recording a default."""
    from incidentdesk.gui.dialogs.decisions import Confirming

    asked = []
    monkeypatch.setattr(Confirming, "ask_box", lambda self, box: asked.append(box.text()) or True)
    dlg = focused_form(qtbot, dialogs.DecisionDialog, runner, db, incident_id=ledger.incident, use_id=ledger.use)
    assert QApplication.focusWidget() is dlg.widget("state") and dlg.value("state") is None
    press(qtbot, Qt.Key_Down)
    assert dlg.value("state") == "continue"
    press(qtbot, Qt.Key_Return)
    assert dlg.isVisible() and dlg.error_text("rationale") and not asked
    dlg.set_value("rationale", "影響なし")
    dlg.set_value("decided_by_role", "課長")
    dlg.save()
    qtbot.waitUntil(lambda: dlg.result() == QDialog.Accepted, timeout=10_000)
    [row] = read(db, decision_reads.history, incident_id=ledger.incident)
    assert (row.use_id, row.state) == (ledger.use, "continue") and len(asked) == 1
