"""The decision forms are hard to get wrong, decisions are withdrawn and corrected (never edited), a decision
entered late takes its place by date, and one decision can be recorded for several uses at once."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox  # noqa: E402

from incidentdesk.domain.inputs import DecisionIn, LinkIn  # noqa: E402
from incidentdesk.gui import dialogs  # noqa: E402
from incidentdesk.gui.dialogs.decisions import Confirming, WithdrawDialog  # noqa: E402
from incidentdesk.services import decisions, incidents  # noqa: E402
from incidentdesk.services.reads import decisions as decision_reads  # noqa: E402
from incidentdesk.services.reads import incidents as incident_reads  # noqa: E402
from ledger_reads import read  # noqa: E402
from test_dialogs_support import (
    db,
    fill,
    ledger,
    no_unexpected_boxes,
    open_form,
    runner,  # noqa: E402,F401
    save,
)

FILLED = {
    "state": "suspend",
    "decided_on": "2021-03-19",
    "decided_by_role": "市民部長",
    "rationale": "国外からのアクセス",
}


def answer(monkeypatch, record: bool) -> list[QMessageBox]:
    """Replace showing the confirmation: keep each box shown, and record (or go back) as told."""
    shown: list[QMessageBox] = []

    def ask(self, box):
        shown.append((box.text(), box.defaultButton().text(), box.escapeButton().text()))
        return record

    monkeypatch.setattr(Confirming, "ask_box", ask)
    return shown


def test_no_state_is_preselected_and_the_current_one_is_shown_beside(qtbot, runner, db, ledger):
    decisions.record_decision(
        db,
        DecisionIn(
            incident_id=ledger.incident,
            use_id=ledger.use,
            state="continue",
            decided_on="2021-03-18",
            decided_by_role="課長",
            rationale="x",
        ),
    )
    dlg = open_form(qtbot, dialogs.DecisionDialog, runner, db, incident_id=ledger.incident, use_id=ledger.use)
    assert dlg.value("state") is None
    assert dlg.current_label.text() == "now: Continue"
    assert QApplication.focusWidget() is dlg.widget("state")


def test_enter_enter_records_nothing(qtbot, runner, db, ledger, monkeypatch):
    """Ctrl+D, Enter used to record 継続 at once: now the state, rationale and role are required first."""
    shown = answer(monkeypatch, record=True)
    dlg = open_form(qtbot, dialogs.DecisionDialog, runner, db, incident_id=ledger.incident, use_id=ledger.use)
    qtbot.keyClick(dlg.widget("state"), Qt.Key_Return)
    assert dlg.isVisible() and dlg.error_text("state") and not shown
    fill(dlg, state="suspend")
    save(qtbot, dlg)
    assert dlg.error_text("rationale") and not shown
    fill(dlg, rationale="国外からのアクセス")
    save(qtbot, dlg)
    assert dlg.error_text("decided_by_role") and not shown
    assert read(db, decision_reads.history) == []


def test_confirmation_says_what_is_recorded_and_defaults_to_going_back(qtbot, runner, db, ledger, monkeypatch):
    shown = answer(monkeypatch, record=False)
    dlg = open_form(qtbot, dialogs.DecisionDialog, runner, db, incident_id=ledger.incident, use_id=ledger.use)
    fill(dlg, **FILLED)
    save(qtbot, dlg)
    [(text, default, escape)] = shown
    assert "防災情報の配信: No decision yet → Suspended (19 March 2021, 市民部長)" in text
    assert default == escape == "&Go back"
    assert dlg.isVisible() and read(db, decision_reads.history) == []  # going back records nothing
    monkeypatch.setattr(Confirming, "ask_box", lambda self, box: True)
    save(qtbot, dlg)
    qtbot.waitUntil(lambda: dlg.result() == QDialog.Accepted, timeout=10_000)
    [row] = read(db, decision_reads.history)
    assert (row.state, row.decided_by_role, row.rationale) == ("suspend", "市民部長", "国外からのアクセス")


def test_confirmation_box_default_button_is_go_back(qtbot, runner, db, ledger):
    """The real box: its default (Enter) and escape buttons are both "Go back"."""
    dlg = open_form(qtbot, dialogs.DecisionDialog, runner, db, incident_id=ledger.incident, use_id=ledger.use)
    box = dlg.confirmation_box("x")
    assert box.defaultButton() is not dlg.record_button
    assert box.defaultButton().text() == "&Go back" and box.escapeButton() is box.defaultButton()


def test_future_date_is_refused_before_confirming(qtbot, runner, db, ledger, monkeypatch):
    shown = answer(monkeypatch, record=True)
    dlg = open_form(qtbot, dialogs.DecisionDialog, runner, db, incident_id=ledger.incident, use_id=ledger.use)
    fill(dlg, **{**FILLED, "decided_on": "2099-04-01"})
    save(qtbot, dlg)
    assert dlg.error_text("decided_on") and not shown


def test_late_entry_is_accepted_and_marked(qtbot, runner, db, ledger, monkeypatch):
    """A decision dated before the latest one takes its place by date and is marked as entered late."""
    answer(monkeypatch, record=True)
    decisions.record_decision(
        db,
        DecisionIn(
            incident_id=ledger.incident,
            use_id=ledger.use,
            state="resume",
            decided_on="2021-04-15",
            decided_by_role="課長",
            rationale="再開",
        ),
    )
    dlg = open_form(qtbot, dialogs.DecisionDialog, runner, db, incident_id=ledger.incident, use_id=ledger.use)
    fill(dlg, **FILLED)
    save(qtbot, dlg)
    qtbot.waitUntil(lambda: dlg.result() == QDialog.Accepted, timeout=10_000)
    rows = read(db, decision_reads.history)
    assert [(r.state, r.late, r.current) for r in rows] == [("suspend", True, False), ("resume", False, True)]


def test_withdraw_falls_back_and_history_strikes_it_through(qtbot, runner, db, ledger, monkeypatch):
    from PySide6.QtGui import QFont

    from incidentdesk.gui import columns
    from incidentdesk.gui.table_models import RowsModel
    from test_dialogs_support import context_for

    shown = answer(monkeypatch, record=True)
    first = decisions.record_decision(
        db,
        DecisionIn(
            incident_id=ledger.incident,
            use_id=ledger.use,
            state="discussing",
            decided_on="2021-03-18",
            decided_by_role="課長",
            rationale="様子を見る",
        ),
    )
    decisions.record_decision(
        db,
        DecisionIn(
            incident_id=ledger.incident,
            use_id=ledger.use,
            state="terminate",
            decided_on="2021-03-19",
            decided_by_role="課長",
            rationale="押し間違い",
        ),
    )
    wrong = read(db, decision_reads.history)[-1]
    dlg = open_form(qtbot, WithdrawDialog, runner, db, decision=wrong)
    save(qtbot, dlg)
    assert dlg.error_text("reason") and not shown  # a reason is required
    fill(dlg, reason="廃止ではなく協議中の誤り", withdrawn_by_role="情報政策課長", withdrawn_by_name="馬場")
    save(qtbot, dlg)
    qtbot.waitUntil(lambda: dlg.result() == QDialog.Accepted, timeout=10_000)
    assert "will be withdrawn" in shown[0][0] and shown[0][1] == "&Go back"
    rows = read(db, decision_reads.history)
    current = [r for r in rows if r.current]
    assert [r.id for r in current] == [first.id]
    withdrawn = rows[-1]
    model = RowsModel(columns.decision_history(context_for(runner, db)))
    model.set_rows([withdrawn])
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "Withdrawn (取消)" in texts
    assert any("情報政策課長 馬場: 廃止ではなく協議中の誤り" in t for t in texts)
    font = model.index(0, 2).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()


def test_correction_withdraws_and_records_in_one_step(qtbot, runner, db, ledger, monkeypatch):
    shown = answer(monkeypatch, record=True)
    decisions.record_decision(
        db,
        DecisionIn(
            incident_id=ledger.incident,
            use_id=ledger.use,
            state="terminate",
            decided_on="2021-03-19",
            decided_by_role="課長",
            rationale="誤り",
        ),
    )
    [wrong] = read(db, decision_reads.history)
    dlg = open_form(qtbot, dialogs.DecisionDialog, runner, db, incident_id=ledger.incident, correcting=wrong)
    assert dlg.value("use_id") == ledger.use and not dlg.widget("use_id").isEnabled()
    fill(dlg, **{**FILLED, "state": "discussing"})
    save(qtbot, dlg)
    assert dlg.error_text("reason") and not shown
    fill(dlg, reason="協議中の誤入力")
    save(qtbot, dlg)
    qtbot.waitUntil(lambda: dlg.result() == QDialog.Accepted, timeout=10_000)
    assert "withdrawn and this is recorded instead" in shown[0][0]
    old, new = read(db, decision_reads.history)
    assert old.withdrawal.reason == "協議中の誤入力" and not old.current
    assert new.state == "discussing" and new.current


def test_one_decision_for_several_uses(qtbot, runner, db, ledger, monkeypatch):
    shown = answer(monkeypatch, record=True)
    incidents.link_uses(db, LinkIn(incident_id=ledger.incident, use_ids=[ledger.other_use]))
    dlg = open_form(
        qtbot, dialogs.DecisionDialog, runner, db, incident_id=ledger.incident, use_ids=(ledger.use, ledger.other_use)
    )
    assert "2 uses" in dlg.windowTitle()
    fill(dlg, **FILLED)
    save(qtbot, dlg)
    qtbot.waitUntil(lambda: dlg.result() == QDialog.Accepted, timeout=10_000)
    text = shown[0][0]
    assert "防災情報の配信: No decision yet → Suspended" in text and "粗大ごみ受付: No decision yet → Suspended" in text
    rows = read(db, decision_reads.history)
    assert sorted(r.use_id for r in rows) == sorted([ledger.use, ledger.other_use])
    assert {r.state for r in rows} == {"suspend"}
    with db.reader() as r:
        assert {a.state for a in incident_reads.overview(r, ledger.incident).affected} == {"suspend"}


def test_correct_from_the_service_page_opens_the_decisions_incident(qtbot, runner, db, ledger, monkeypatch):
    """Co&rrect… beside Withdraw on a service's decision history opens the correcting form with the decision's
    incident (its uses and statements), and saving it withdraws the wrong decision and records the right one."""
    from types import SimpleNamespace

    from incidentdesk.gui.pages.service_view import ServiceView
    from test_dialogs_support import context_for

    shown = answer(monkeypatch, record=True)
    decisions.record_decision(
        db,
        DecisionIn(
            incident_id=ledger.incident,
            use_id=ledger.use,
            state="terminate",
            decided_on="2021-03-19",
            decided_by_role="課長",
            rationale="誤り",
        ),
    )
    view = ServiceView(context_for(runner, db))
    qtbot.addWidget(view)
    view.load(ledger.service)
    qtbot.waitUntil(lambda: view.history.source.rowCount() == 1, timeout=10_000)
    assert not view.btn_correct.isEnabled() and "Select a decision" in view.btn_correct.toolTip()
    view.history.selectRow(0)
    assert view.btn_correct.isEnabled() and view.btn_correct.text() == "Co&rrect…"
    asked: list[dict] = []
    monkeypatch.setattr(
        dialogs.DecisionDialog,
        "ask",
        classmethod(lambda cls, parent, ctx, **context: asked.append(context) or SimpleNamespace()),
    )
    view.btn_correct.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    [context] = asked
    assert context["overview"].incident.id == ledger.incident and context["correcting"].state == "terminate"
    dlg = dialogs.DecisionDialog(None, context_for(runner, db), **context)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.ready, timeout=10_000)
    assert dlg.value("use_id") == ledger.use and len(dlg.widget("statement_ids").shown_labels()) == 1
    fill(dlg, **{**FILLED, "state": "discussing"}, reason="協議中の誤入力")
    save(qtbot, dlg)
    qtbot.waitUntil(lambda: dlg.result() == QDialog.Accepted, timeout=10_000)
    assert "防災情報の配信: Discontinued → Under discussion" in shown[0][0]
    old, new = read(db, decision_reads.history)
    assert old.withdrawal.reason == "協議中の誤入力" and new.state == "discussing" and new.current
    view.load(ledger.service)
    qtbot.waitUntil(lambda: view.history.source.rowCount() == 2, timeout=10_000)
    withdrawn = next(i for i, d in enumerate(view.history.source.rows()) if d.withdrawal is not None)
    view.history.selectRow(withdrawn)
    assert not view.btn_correct.isEnabled() and "already been withdrawn" in view.btn_correct.toolTip()
