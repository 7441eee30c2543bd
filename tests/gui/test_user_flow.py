"""From an empty ledger to a decision on the incident page: services for the catalogue, the real forms for the rest."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ledger_reads import read
from incidentdesk.services.reads import decisions as decision_reads
from incidentdesk.domain.inputs import IncidentIn, LinkIn, PartyIn, ServiceIn, UseIn
from incidentdesk.gui.main_window import MainWindow
from incidentdesk.services import catalog, incidents

from conftest import settle


def _fill_modal(qtbot, values: dict, done: list, *, keys: bool = False) -> None:
    """When the next form is open and loaded, fill `values` and save it (runs inside the dialog's own loop).

    With keys=True the form is saved with Ctrl+S, as a keyboard user would.
    """

    def step():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not getattr(dialog, "ready", False):
            QTimer.singleShot(20, step)
            return
        for key, value in values.items():
            dialog.set_value(key, value)
        done.append(dialog)
        if keys:
            press(dialog, 100)
        else:
            dialog.save()

    def press(dialog, tries: int) -> None:
        # A shortcut only reaches the active window; the offscreen platform activates a new dialog late.
        if QApplication.activeWindow() is not dialog and tries:
            dialog.activateWindow()
            QTimer.singleShot(20, lambda: press(dialog, tries - 1))
            return
        QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(0, step)


def _confirm_decisions(monkeypatch) -> list[str]:
    """The decision's confirmation answered "Record" (its real default is "Go back"); what it said is kept."""
    from incidentdesk.gui.dialogs.decisions import Confirming

    said: list[str] = []
    monkeypatch.setattr(Confirming, "ask_box", lambda self, box: said.append(box.text()) or True)
    return said


def test_statement_with_three_claims_and_a_decision_show_on_the_incident_page(
    qtbot, runner, make_ctx, empty_db, monkeypatch
):
    """A service, a use and an incident made through services; a statement and a decision through the page's forms."""
    said = _confirm_decisions(monkeypatch)
    db = empty_db
    party = catalog.add_party(db, PartyIn(name="LINE株式会社", kind="platform", country="JP"))
    service = catalog.add_service(db, ServiceIn(name="市LINE公式アカウント", platform="LINE", department="広報課"))
    use = catalog.add_use(db, UseIn(service_id=service.id, name="防災情報の配信"))
    other = catalog.add_use(db, UseIn(service_id=service.id, name="粗大ごみ受付"))
    incident = incidents.open_incident(db, IncidentIn(title="LINE社の個人情報管理問題", occurred_on="2021-03-17"))
    incidents.link_uses(db, LinkIn(incident_id=incident.id, use_ids=[use.id, other.id]))

    ctx = make_ctx(db)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, runner)
    view = win.pages["incidents"].view
    assert view.incident_id == incident.id
    assert view.matrix.source.rowCount() == 2
    assert view.chips.texts() == ["No decision yet  2"]

    done: list = []
    _fill_modal(
        qtbot,
        {
            "party_id": party.id,
            "made": date(2021, 3, 18),
            "channel": "briefing",
            "title": "自治体向け説明会",
            "claims": "トーク本文は国内に保存\n画像は韓国に保存\n中国からのアクセス権は削除済み",
        },
        done,
    )
    view.btn_statement.click()
    settle(qtbot, runner)
    assert done, "the statement form did not open"
    qtbot.waitUntil(lambda: view.statements.source.rowCount() == 1, timeout=5000)
    assert [c.text for c in view.statements.source.row_at(0).claims] == [
        "トーク本文は国内に保存",
        "画像は韓国に保存",
        "中国からのアクセス権は削除済み",
    ]

    assert view.matrix.select_where(lambda a: a.use_id == use.id)
    _fill_modal(
        qtbot,
        {"state": "suspend", "decided_on": date(2021, 3, 19), "rationale": "国の方針を待つ", "decided_by_role": "市長"},
        done,
    )
    view.btn_decision.click()
    settle(qtbot, runner)
    assert len(done) == 2, "the decision form did not open"
    qtbot.waitUntil(lambda: "Suspended  1" in view.chips.texts(), timeout=5000)
    row = next(a for a in view.matrix.source.rows() if a.use_id == use.id)
    assert row.state == "suspend"
    r = view.matrix.source.rows().index(row)
    assert view.matrix.source.data(view.matrix.source.index(r, 0)) == "Suspended"
    assert read(db, decision_reads.history, incident_id=incident.id)[0].state == "suspend"
    assert said and "防災情報の配信: No decision yet → Suspended" in said[0]


def test_statement_and_decision_by_keyboard_shortcuts(qtbot, runner, window, monkeypatch):
    """Ctrl+Shift+S opens the statement form, Ctrl+D the decision form for the use chosen with the arrow keys."""
    _confirm_decisions(monkeypatch)
    view = window.pages["incidents"].view
    window.activateWindow()
    before = len(view.overview.statements)
    done: list = []
    _fill_modal(
        qtbot,
        {
            "party_id": view.overview.statements[0].party_id,
            "made": date(2021, 3, 22),
            "channel": "phone",
            "claims": "一\n二\n三",
        },
        done,
        keys=True,
    )
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, runner)
    assert done, "Ctrl+Shift+S did not open the statement form"
    qtbot.waitUntil(lambda: len(view.overview.statements) == before + 1, timeout=5000)
    assert [c.text for c in view.overview.statements[-1].claims] == ["一", "二", "三"]

    window.activateWindow()  # the closed form handed activation back to nobody on the offscreen platform
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    view.matrix.setFocus()
    view.matrix.selectRow(0)
    QTest.keyClick(view.matrix, Qt.Key.Key_Down)
    use = view.matrix.selected()
    _fill_modal(
        qtbot,
        {"state": "terminate", "decided_on": date(2021, 3, 25), "rationale": "契約終了", "decided_by_role": "課長"},
        done,
        keys=True,
    )
    QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, runner)
    assert len(done) == 2, "Ctrl+D did not open the decision form"
    qtbot.waitUntil(
        lambda: any(a.use_id == use.use_id and a.state == "terminate" for a in view.overview.affected), timeout=5000
    )
    assert any(t.startswith("Discontinued") for t in view.chips.texts())


def test_page_buttons_pass_their_context_to_the_forms(qtbot, runner, window, monkeypatch):
    """Record decision hands the form the overview the page already shows and the selected use (no second read)."""
    from incidentdesk.gui.dialogs import DecisionDialog

    seen = []

    def fake_ask(cls, parent, ctx, **context):
        seen.append(context)
        return None

    monkeypatch.setattr(DecisionDialog, "ask", classmethod(fake_ask))
    view = window.pages["incidents"].view
    first = view.matrix.source.row_at(0)
    view.matrix.selectRow(0)
    view.btn_decision.click()
    assert seen[-1]["overview"] is view.overview
    assert seen[-1]["use_id"] == first.use_id
    assert view.matrix.selected().use_id == first.use_id
