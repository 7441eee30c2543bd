"""Every task with the keyboard alone: each test drives the main window and its forms with key events only
(Alt+number for pages, mnemonics and shortcuts for buttons, Tab/F6/arrows to move, typing, Ctrl+S or Enter
to save). Typed text is ASCII: QTest cannot type through the Japanese input method."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from conftest import settle

ALT, CTRL, SHIFT = (
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
)


MAIN: list = []  # the window under test, where keys go when no widget has the focus (after a page switch)


def key(qtbot, k, mod=Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or QApplication.activeModalWidget() or QApplication.activeWindow() or MAIN[-1]
    qtbot.keyClick(target, k, mod)


def type_(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def in_form(qtbot, runner, steps, trigger) -> QDialog:
    """Press `trigger` (keys that open a modal form), then run `steps(dialog)` inside it; wait until it closed."""
    seen: list[QDialog] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not getattr(dialog, "ready", True) or dialog in seen:
            QTimer.singleShot(20, drive)
            return
        seen.append(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(
            lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget())
        )
        try:
            steps(dialog)
        except BaseException as exc:  # noqa: BLE001 - raised inside Qt's event loop: re-raised by the test
            failed.append(exc)
            dialog.done(QDialog.DialogCode.Rejected)

    failed: list[BaseException] = []
    QTimer.singleShot(0, drive)
    trigger()
    qtbot.waitUntil(lambda: bool(seen) and not (shiboken6.isValid(seen[0]) and seen[0].isVisible()), timeout=15_000)
    if failed:
        raise failed[0]
    settle(qtbot, runner)
    if MAIN and not MAIN[-1].isActiveWindow():  # the offscreen platform does not hand activation back itself
        MAIN[-1].activateWindow()
        qtbot.waitUntil(MAIN[-1].isActiveWindow)
    return seen[0]


def confirm(qtbot, letter, form) -> None:
    """Answer the confirmation a decision form asks before it records, with Alt+`letter` (&Record, &Withdraw).

    The key is pressed only once the box is the active window. A mnemonic is a window shortcut: pressed while
    the box is already the modal widget but not yet active (the window system activates a new window a moment
    after showing it, and a form activated just before may still hold the activation), the key goes to no
    shortcut and is dropped, and the form's nested exec() waits for an answer that never comes. That was the
    hang of the decisions-in-a-row test after the statement test: the first press came too early, once."""

    def press() -> None:
        if not shiboken6.isValid(form) or not form.isVisible():
            return  # recorded (or cancelled): nothing left to answer
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.parentWidget() is not form:
            QTimer.singleShot(20, press)  # not asked yet (or saving after the answer: nothing to do)
            return
        if not box.isActiveWindow():
            box.activateWindow()  # on the offscreen platform nothing else hands it over
            QTimer.singleShot(20, press)
            return
        qtbot.keyClick(box, letter, ALT)
        if not form.record_button.isDown():  # the mnemonic did not take: the answer is still to be given
            QTimer.singleShot(20, press)

    QTimer.singleShot(0, press)


def save_confirmed(qtbot, dialog, letter=Qt.Key.Key_R) -> None:
    confirm(qtbot, letter, dialog)
    save(qtbot, dialog)


def f6_to(qtbot, widget) -> None:
    """F6 until `widget` has the focus (at most once round the panes)."""
    for _ in range(len(MAIN[-1].panes()) + 1):
        if widget.hasFocus():
            return
        key(qtbot, Qt.Key.Key_F6)
    assert widget.hasFocus(), f"F6 never reached {widget!r}; focus on {QApplication.focusWidget()!r}"


def save(qtbot, dialog) -> None:
    key(qtbot, Qt.Key.Key_S, CTRL)
    try:
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    except Exception:
        errors = {k: dialog.error_text(k) for k in [None, *getattr(dialog, "_errors", {})] if dialog.error_text(k)}
        print("NOT SAVED", type(dialog).__name__, errors, getattr(dialog, "values", dict)())
        raise


@pytest.fixture
def win(qtbot, runner, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.banner is not None)  # added after the first paint
    window.banner.dismiss()  # its buttons are reachable too (test_deadline_banner); here it only moves things
    MAIN.append(window)
    yield window
    MAIN.clear()


def read(db, fn, *args, **kwargs):
    with db.reader() as r:
        return fn(r, *args, **kwargs)


def test_register_a_service_and_its_uses(qtbot, runner, win, sample_db):
    from incidentdesk.services.reads import catalog

    key(qtbot, Qt.Key.Key_2, ALT)
    settle(qtbot, runner)

    def service(d):
        type_(qtbot, "Kyoto city bot")
        key(qtbot, Qt.Key.Key_Tab)
        type_(qtbot, "LINE")
        key(qtbot, Qt.Key.Key_D, ALT)  # Owning &department
        type_(qtbot, "Public relations")
        key(qtbot, Qt.Key.Key_S, ALT)  # &Start date: a date field's mnemonic
        type_(qtbot, "2021-04-01")
        save(qtbot, d)

    in_form(qtbot, runner, service, lambda: key(qtbot, Qt.Key.Key_V, ALT))  # New ser&vice…
    added = next(s for s in read(sample_db, catalog.services) if s.name == "Kyoto city bot")
    assert added.department == "Public relations"
    page = win.pages["services"]
    f6_to(qtbot, page.filter)  # narrow the list to the new service, then down into it
    type_(qtbot, "Kyoto")
    f6_to(qtbot, page.table)
    key(qtbot, Qt.Key.Key_Home, CTRL)
    qtbot.waitUntil(lambda: page.view.service_id == added.id, timeout=5000)
    for name in ("Garbage pickup", "Disaster alerts"):

        def use(d, name=name):
            type_(qtbot, name)
            save(qtbot, d)

        in_form(qtbot, runner, use, lambda: key(qtbot, Qt.Key.Key_U, ALT))  # Add &use…
    uses = [u.name for u in read(sample_db, catalog.uses) if u.service_id == added.id]
    assert sorted(uses) == ["Disaster alerts", "Garbage pickup"]


def test_open_an_incident_and_link_uses(qtbot, runner, win, sample_db):
    from incidentdesk.services.reads import incidents

    key(qtbot, Qt.Key.Key_1, ALT)
    settle(qtbot, runner)

    def incident(d):
        type_(qtbot, "Cloud outage")
        key(qtbot, Qt.Key.Key_O, ALT)  # &Occurred on
        type_(qtbot, "2021-05-20")
        save(qtbot, d)

    in_form(qtbot, runner, incident, lambda: key(qtbot, Qt.Key.Key_N, CTRL))
    new = next(i for i in read(sample_db, incidents.incidents) if i.title == "Cloud outage")
    page, view = win.pages["incidents"], win.pages["incidents"].view
    f6_to(qtbot, page.table)  # to the incident list, then down to the new incident
    key(qtbot, Qt.Key.Key_Home, CTRL)
    for _ in range(page.table.proxy.rowCount()):
        if page.table.selected().id == new.id:
            break
        key(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: view.overview is not None and view.overview.incident.id == new.id, timeout=5000)

    def link(d):
        key(qtbot, Qt.Key.Key_U, ALT)  # &Uses
        key(qtbot, Qt.Key.Key_Space)  # ticks the first
        key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_Space)
        save(qtbot, d)

    in_form(qtbot, runner, link, lambda: key(qtbot, Qt.Key.Key_A, ALT))  # Add &affected uses…
    assert len(read(sample_db, incidents.overview, new.id).affected) == 2


def test_log_a_statement_and_check_its_claims(qtbot, runner, win, sample_db):
    from incidentdesk.services.reads import incidents

    key(qtbot, Qt.Key.Key_1, ALT)
    settle(qtbot, runner)
    view = win.pages["incidents"].view
    before = len(view.overview.statements)

    def statement(d):
        key(qtbot, Qt.Key.Key_Down)  # the first vendor
        key(qtbot, Qt.Key.Key_D, ALT)  # &Date
        type_(qtbot, "2021-03-25")
        key(qtbot, Qt.Key.Key_C, ALT)  # &Claims, one a line
        type_(qtbot, "Data moved to Japan")
        key(qtbot, Qt.Key.Key_Return)
        type_(qtbot, "No access from abroad")
        key(qtbot, Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda: not d.isVisible(), timeout=10_000)

    in_form(qtbot, runner, statement, lambda: key(qtbot, Qt.Key.Key_S, CTRL | SHIFT))
    overview = read(sample_db, incidents.overview, view.incident_id)
    assert len(overview.statements) == before + 1
    for _ in range(view.tabs.count()):  # Ctrl+Tab to Statements and claims
        if view.tabs.currentIndex() == 2:
            break
        key(qtbot, Qt.Key.Key_Tab, CTRL)
    settle(qtbot, runner)
    f6_to(qtbot, view.claims)  # the claims of the newest statement (selected after saving)
    settle(qtbot, runner)
    claim_id = view.claims.selected().id

    def verify(d):
        type_(qtbot, "C")  # &Found: Confirmed, picked by its first letter
        key(qtbot, Qt.Key.Key_C, ALT)  # &Checked on
        type_(qtbot, "2021-03-26")
        key(qtbot, Qt.Key.Key_H, ALT)  # &How it was checked
        type_(qtbot, "Asked the vendor")
        save(qtbot, d)

    in_form(qtbot, runner, verify, lambda: key(qtbot, Qt.Key.Key_Return))
    claims = [c for s in read(sample_db, incidents.overview, view.incident_id).statements for c in s.claims]
    assert next(c for c in claims if c.id == claim_id).verification == "confirmed"


def test_record_decisions_for_several_uses_in_a_row(qtbot, runner, win, sample_db):
    """From the matrix: Ctrl+D decides for the selected use, the row stays selected, ↓ goes to the next one."""
    from incidentdesk.services.reads import incidents

    key(qtbot, Qt.Key.Key_1, ALT)
    settle(qtbot, runner)
    view = win.pages["incidents"].view
    f6_to(qtbot, view.matrix)
    key(qtbot, Qt.Key.Key_Home, CTRL)
    decided = []
    for row in range(3):
        if row:
            key(qtbot, Qt.Key.Key_Down)
        use = view.matrix.selected().use_id
        decided.append(use)

        def decide(d):
            key(qtbot, Qt.Key.Key_D, ALT)  # &Decision (decided today, as offered)
            type_(qtbot, "S")  # Suspended
            key(qtbot, Qt.Key.Key_A, ALT)  # R&ationale
            type_(qtbot, "Stopped until checked")
            key(qtbot, Qt.Key.Key_R, ALT)  # Decided by (&role)
            type_(qtbot, "Section chief")
            save_confirmed(qtbot, d)  # Ctrl+S, then &Record in the confirmation

        in_form(qtbot, runner, decide, lambda: key(qtbot, Qt.Key.Key_D, CTRL))
        qtbot.waitUntil(lambda: view.matrix.hasFocus())
    states = {a.use_id: a.state for a in read(sample_db, incidents.overview, view.incident_id).affected}
    assert [states[u] for u in decided] == ["suspend"] * 3


def test_add_and_answer_a_request(qtbot, runner, win, sample_db):
    from incidentdesk.services.reads import requests

    key(qtbot, Qt.Key.Key_4, ALT)
    settle(qtbot, runner)

    def new(d):
        type_(qtbot, "MIC")
        key(qtbot, Qt.Key.Key_S, ALT)  # &Subject
        type_(qtbot, "Usage survey")
        key(qtbot, Qt.Key.Key_D, ALT)  # &Due date (the request date is today)
        type_(qtbot, (date.today() + timedelta(days=14)).isoformat())
        save(qtbot, d)

    in_form(qtbot, runner, new, lambda: key(qtbot, Qt.Key.Key_R, ALT))  # New &request…
    page = win.pages["requests"]
    f6_to(qtbot, page.filter)
    type_(qtbot, "Usage survey")
    for _ in range(4):
        if page.requests.hasFocus():
            break
        key(qtbot, Qt.Key.Key_Tab)
    assert page.requests.hasFocus() and page.requests.selected().subject == "Usage survey"

    def answer(d):
        key(qtbot, Qt.Key.Key_A, CTRL)  # the date offered is today's: typed over
        type_(qtbot, date.today().isoformat())
        key(qtbot, Qt.Key.Key_N, ALT)  # A&nswer
        type_(qtbot, "Sent the form")
        save(qtbot, d)

    in_form(qtbot, runner, answer, lambda: key(qtbot, Qt.Key.Key_Return))
    request = next(r for r in read(sample_db, requests.requests) if r.subject == "Usage survey")
    assert request.answered_on == date.today()


def test_issue_and_print_a_memo(qtbot, runner, win, sample_db, tmp_path, monkeypatch):
    """Alt+5, Alt+U and Enter on the question issue the memo; Alt+R prints it (the system print dialog is
    replaced by one that accepts and prints to a file)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    def issued(r):
        return list(r.rows("SELECT number FROM memo"))

    out = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    key(qtbot, Qt.Key.Key_5, ALT)
    settle(qtbot, runner)
    before = len(read(sample_db, issued))
    in_form(qtbot, runner, lambda box: key(qtbot, Qt.Key.Key_Return), lambda: key(qtbot, Qt.Key.Key_U, ALT))
    page = win.pages["memos"]
    qtbot.waitUntil(lambda: page.pdf is not None, timeout=30_000)
    settle(qtbot, runner)
    assert len(read(sample_db, issued)) == before + 1
    key(qtbot, Qt.Key.Key_R, ALT)  # P&rint…
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 1000, timeout=30_000)


def test_search_and_open_a_hit(qtbot, runner, win):
    key(qtbot, Qt.Key.Key_F, CTRL)
    assert win.search_box.hasFocus()
    type_(qtbot, "Bot Express")
    key(qtbot, Qt.Key.Key_Return)
    settle(qtbot, runner)
    table = win.search_page.table
    assert table.hasFocus() and table.source.rowCount() > 0
    hit = table.selected() or table.proxy.row_at(0)
    key(qtbot, Qt.Key.Key_Return)
    settle(qtbot, runner)
    assert win.stack.currentWidget() is not win.search_page, hit


def test_bulk_record_one_decision_for_several_uses(qtbot, runner, win, sample_db):
    """Shift+↓ selects three rows of the matrix; Ctrl+D records one decision for all of them."""
    from incidentdesk.services.reads import incidents

    key(qtbot, Qt.Key.Key_1, ALT)
    settle(qtbot, runner)
    view = win.pages["incidents"].view
    f6_to(qtbot, view.matrix)
    key(qtbot, Qt.Key.Key_Home, CTRL)
    key(qtbot, Qt.Key.Key_Down, SHIFT)
    key(qtbot, Qt.Key.Key_Down, SHIFT)
    chosen = {view.matrix.proxy.row_at(i.row()).use_id for i in view.matrix.selectionModel().selectedRows()}
    assert len(chosen) == 3

    def decide(d):
        key(qtbot, Qt.Key.Key_D, ALT)
        type_(qtbot, "Under")  # Under discussion
        key(qtbot, Qt.Key.Key_A, ALT)
        type_(qtbot, "Asked the vendor")
        key(qtbot, Qt.Key.Key_R, ALT)  # Decided by (&role)
        type_(qtbot, "Section chief")
        save_confirmed(qtbot, d)

    in_form(qtbot, runner, decide, lambda: key(qtbot, Qt.Key.Key_D, CTRL))
    states = {a.use_id: a.state for a in read(sample_db, incidents.overview, view.incident_id).affected}
    assert {states[u] for u in chosen} == {"discussing"}


def test_decide_for_every_use_of_a_service(qtbot, runner, win, sample_db):
    """Alt+M opens More actions on the matrix's selected row, V (ser&vice) chooses "Decide for all affected uses
    of the selected row's service": one decision, confirmed by Alt+R, for every affected use of that service."""
    from incidentdesk.services.reads import incidents

    key(qtbot, Qt.Key.Key_1, ALT)
    settle(qtbot, runner)
    view = win.pages["incidents"].view
    f6_to(qtbot, view.matrix)
    key(qtbot, Qt.Key.Key_End, CTRL)
    service_id = view.matrix.selected().service_id
    same = {a.use_id for a in view.overview.affected if a.service_id == service_id}
    others = {a.use_id: a.state for a in view.overview.affected if a.service_id != service_id}
    assert len(same) > 1 and others

    def choose() -> None:  # the menu runs its own event loop: its key is pressed from a timer
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, choose)
            return
        qtbot.keyClick(menu, Qt.Key.Key_V)  # ser&vice

    def open_menu() -> None:
        QTimer.singleShot(0, choose)
        key(qtbot, Qt.Key.Key_M, ALT)  # &More actions

    def decide(d):
        assert d.use_ids and set(d.use_ids) == same
        key(qtbot, Qt.Key.Key_D, ALT)
        type_(qtbot, "Resumed")
        key(qtbot, Qt.Key.Key_A, ALT)
        type_(qtbot, "Fixed by the vendor")
        key(qtbot, Qt.Key.Key_R, ALT)  # Decided by (&role)
        type_(qtbot, "Section chief")
        save_confirmed(qtbot, d)

    in_form(qtbot, runner, decide, open_menu)
    states = {a.use_id: a.state for a in read(sample_db, incidents.overview, view.incident_id).affected}
    assert {states[u] for u in same} == {"resume"}
    assert {u: states[u] for u in others} == others


def test_withdraw_a_decision(qtbot, runner, win, sample_db):
    """The Decision history tab (Ctrl+Tab), its table (F6), Alt+W, a reason, Ctrl+S and &Withdraw in the
    confirmation: the decision is withdrawn (取消) and stays in the history."""
    key(qtbot, Qt.Key.Key_1, ALT)
    settle(qtbot, runner)
    view = win.pages["incidents"].view
    f6_to(qtbot, view.matrix)
    key(qtbot, Qt.Key.Key_Home, CTRL)
    settle(qtbot, runner)
    last = view.tabs.count() - 1  # Decision history
    for _ in range(view.tabs.count()):
        if view.tabs.currentIndex() == last:
            break
        key(qtbot, Qt.Key.Key_Tab, CTRL)
    settle(qtbot, runner)
    f6_to(qtbot, view.history)
    key(qtbot, Qt.Key.Key_Home, CTRL)
    decision = view.history.selected()
    assert decision is not None and decision.withdrawal is None

    def withdraw(d):
        type_(qtbot, "Entered for the wrong use")  # &Reason has the focus
        key(qtbot, Qt.Key.Key_O, ALT)  # Withdrawn by (r&ole)
        type_(qtbot, "Section chief")
        save_confirmed(qtbot, d, Qt.Key.Key_W)

    in_form(qtbot, runner, withdraw, lambda: key(qtbot, Qt.Key.Key_W, ALT))  # &Withdraw (取消)…
    withdrawn = read(sample_db, lambda r: [x[0] for x in r.rows("SELECT decision_id FROM decision_withdrawal")])
    assert decision.id in withdrawn


def test_correct_a_decision_from_the_service_page(qtbot, runner, win, sample_db):
    """Services (Alt+2), a service with decisions, its Decision history tab (Ctrl+Tab), the table (F6), Alt+R
    (Co&rrect…): the form for the decision's incident, a reason, the right state, Ctrl+S and &Record in the
    confirmation: the wrong decision is withdrawn and the right one recorded in its place."""
    from incidentdesk.services.reads import decisions

    key(qtbot, Qt.Key.Key_2, ALT)
    settle(qtbot, runner)
    page = win.pages["services"]
    view = page.view
    f6_to(qtbot, page.table)
    key(qtbot, Qt.Key.Key_Home, CTRL)
    settle(qtbot, runner)
    for _ in range(page.table.proxy.rowCount()):
        if view.detail is not None and any(d.withdrawal is None for d in view.detail.history):
            break
        key(qtbot, Qt.Key.Key_Down)
        settle(qtbot, runner)
    f6_to(qtbot, view.uses)  # into the service's tabs, then Ctrl+Tab to the last one
    last = view.tabs.count() - 1
    for _ in range(view.tabs.count()):
        if view.tabs.currentIndex() == last:
            break
        key(qtbot, Qt.Key.Key_Tab, CTRL)
    f6_to(qtbot, view.history)
    key(qtbot, Qt.Key.Key_Home, CTRL)
    for _ in range(view.history.source.rowCount()):
        if view.history.selected().withdrawal is None:
            break
        key(qtbot, Qt.Key.Key_Down)
    wrong = view.history.selected()
    assert wrong is not None and wrong.withdrawal is None

    def correct(d):
        type_(qtbot, "Entered the wrong state")  # &Why the decision is corrected has the focus
        key(qtbot, Qt.Key.Key_D, ALT)  # &Decision
        type_(qtbot, "Under")  # Under discussion
        key(qtbot, Qt.Key.Key_A, ALT)  # R&ationale
        type_(qtbot, "Asked the vendor again")
        key(qtbot, Qt.Key.Key_R, ALT)  # Decided by (&role)
        type_(qtbot, "Section chief")
        save_confirmed(qtbot, d)

    in_form(qtbot, runner, correct, lambda: key(qtbot, Qt.Key.Key_R, ALT))  # Co&rrect…
    rows = {d.id: d for d in read(sample_db, decisions.history)}
    assert rows[wrong.id].withdrawal.reason == "Entered the wrong state"
    [new] = [d for d in rows.values() if d.rationale == "Asked the vendor again"]
    assert (new.state, new.use_id, new.incident_id) == ("discussing", wrong.use_id, wrong.incident_id)
