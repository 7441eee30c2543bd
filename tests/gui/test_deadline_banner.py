"""Deadlines find the user: the banner on start, its key to the deadlines view, and the calendar export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from conftest import settle


def test_banner_on_start_names_what_is_overdue(qtbot, runner, window):
    """The sample's deadlines (March-June 2021) are all overdue today: the banner says how many, without a box."""
    qtbot.waitUntil(lambda: window.banner is not None)  # added after the first paint
    banner = window.banner
    qtbot.waitUntil(lambda: banner is not None and banner.isVisible(), timeout=5000)
    overdue = len(banner.overdue())
    assert overdue > 1
    assert f"{overdue} overdue deadlines" in banner.text.text()
    assert all("review" in button.text() for button, _snooze in banner.items)
    assert f"{overdue - 3} more" in banner.more.text()
    assert QApplication.activeModalWidget() is None


def test_alt_l_opens_the_deadlines_and_esc_hides_the_banner(qtbot, runner, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.banner is not None and window.banner.isVisible(), timeout=5000)
    qtbot.keyClick(window.pages["incidents"].table, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    page = window.pages["requests"]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page)  # a mnemonic clicks after a short animation
    settle(qtbot, runner)
    assert page.deadlines.hasFocus()
    window.banner.btn_show.setFocus()
    qtbot.keyClick(window.banner, Qt.Key.Key_Escape)
    assert not window.banner.isVisible()
    window.ctx.data_changed.emit()  # a change later the same day keeps it hidden
    settle(qtbot, runner)
    assert not window.banner.isVisible()


def test_export_to_calendar_from_the_banner_and_the_deadlines_view(qtbot, runner, window, tmp_path, monkeypatch):
    qtbot.waitUntil(lambda: window.banner is not None and window.banner.isVisible(), timeout=5000)
    target = tmp_path / "deadlines"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.banner.btn_export.click()
    settle(qtbot, runner)
    data = (tmp_path / "deadlines.ics").read_bytes()
    assert data.count(b"BEGIN:VEVENT") == len(window.banner.deadlines)
    assert "Deadlines written to" in window.statusBar().currentMessage()
    (tmp_path / "deadlines.ics").unlink()
    window.show_page("requests")
    settle(qtbot, runner)
    window.pages["requests"].btn_calendar.click()
    settle(qtbot, runner)
    assert (tmp_path / "deadlines.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def _activate(qtbot, button) -> None:
    """Space on a focused button, as the keyboard would."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_each_banner_item_opens_its_own_record(qtbot, runner, window):
    """The nearest deadlines are decision reviews: Space on one shows the use's row and, in Decision history,
    the decision to review (not just the incident)."""
    banner = window.banner
    qtbot.waitUntil(lambda: banner.isVisible() and bool(banner.items), timeout=5000)
    window.show_page("parties")
    for (button, _snooze), deadline in zip(banner.items, (banner.overdue() + banner.soon())[:3], strict=True):
        assert deadline.kind == "review"
        _activate(qtbot, button)
        settle(qtbot, runner)
        view = window.pages["incidents"].view
        assert window.stack.currentWidget() is window.pages["incidents"]
        assert view.tabs.currentIndex() == view.HISTORY_TAB
        assert view.history.selected().id == deadline.ref_id
        assert deadline.text.endswith(view.matrix.selected().use_name)


def test_enter_on_a_deadline_in_the_lists_opens_its_record(qtbot, runner, window, sample_db):
    """From Requests and deadlines (and the incident's Deadlines tab): a request opens in its incident's
    Requests tab, a vendor's promised date on its claim, a request filed under no incident on the requests page."""
    from incidentdesk.domain.inputs import RequestIn
    from incidentdesk.services import requests

    loose = requests.add_request(
        sample_db, RequestIn(issuer="MIC", subject="Cloud survey", issued_on="2021-04-01", due_on="2021-05-01")
    )
    window.ctx.data_changed.emit()
    settle(qtbot, runner)
    window.show_page("requests")
    settle(qtbot, runner)
    page = window.pages["requests"]
    view = window.pages["incidents"].view

    def enter_on(kind, ref_id, table=None) -> None:
        window.show_page("requests")
        settle(qtbot, runner)
        table = table or page.deadlines
        assert table.select_where(lambda d: d.kind == kind and d.ref_id == ref_id)
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Return)
        settle(qtbot, runner)

    request = next(d for d in page.deadlines.source.rows() if d.kind == "request" and d.incident_id)
    enter_on("request", request.ref_id)
    assert view.tabs.currentIndex() == 4 and view.requests.selected().id == request.ref_id
    promise = next(d for d in page.deadlines.source.rows() if d.kind == "promise")
    enter_on("promise", promise.ref_id)
    assert view.tabs.currentIndex() == 2 and view.claims.selected().id == promise.ref_id
    enter_on("request", loose.id)
    assert window.stack.currentWidget() is page and page.requests.selected().id == loose.id
    # The incident's own Deadlines tab: Enter on its review opens that decision.
    window.show_page("incidents")
    view.tabs.setCurrentIndex(0)
    review = next(d for d in view.deadlines.source.rows() if d.kind == "review")
    view.deadlines.select_where(lambda d: d.ref_id == review.ref_id and d.kind == "review")
    view.deadlines.setFocus()
    qtbot.keyClick(view.deadlines, Qt.Key.Key_Return)
    settle(qtbot, runner)
    assert view.tabs.currentIndex() == view.HISTORY_TAB and view.history.selected().id == review.ref_id


def _choose_in_menu(qtbot, letter) -> None:
    """The menu runs its own event loop: its key is pressed from a timer once it is up."""
    from PySide6.QtCore import QTimer

    def press() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, press)
            return
        qtbot.keyClick(menu, letter)

    QTimer.singleShot(0, press)


def test_snooze_an_item_until_tomorrow_by_keys(qtbot, runner, window):
    """Snooze ▾ (Space), T (Until tomorrow): the item leaves the banner, the counts say so, the focus stays on
    the next item, and the deadlines list marks it; "Show again now" brings it back."""
    from datetime import date, timedelta

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    banner = window.banner
    qtbot.waitUntil(lambda: banner.isVisible() and bool(banner.items), timeout=5000)
    overdue = len(banner.overdue())
    first = (banner.overdue() + banner.soon())[0]
    _button, snooze = banner.items[0]
    snooze.setFocus()
    _choose_in_menu(qtbot, Qt.Key.Key_T)
    qtbot.keyClick(snooze, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.ctx.snoozes.until(first) is not None)
    assert window.ctx.snoozes.until(first) == date.today() + timedelta(days=1)
    assert len(banner.overdue()) == overdue - 1 and first not in banner.overdue()
    assert f"{overdue - 1} overdue deadlines" in banner.text.text() and "1 snoozed" in banner.text.text()
    assert [b.text() for b, _s in banner.items] == [
        f"{window.ctx.short(d.due_on)}  review: {d.text}" for d in banner.overdue()[:3]
    ]
    # The next deadline, where the snoozed one was, is the window's focus (offscreen, the window is not
    # activated again after the menu closed, so hasFocus() cannot tell).
    qtbot.waitUntil(lambda: window.focusWidget() is banner.items[0][0])
    window.show_page("requests")
    settle(qtbot, runner)
    page = window.pages["requests"]
    row = next(i for i, d in enumerate(page.deadlines.source.rows()) if d == first)
    state = page.deadlines.source.index(row, 1).data()
    assert "snoozed until" in state and window.ctx.short(date.today() + timedelta(days=1)) in state
    # From the list: Snooze (Alt+Z) → Show again now (S).
    page.deadlines.select_where(lambda d: d == first)
    page.deadlines.setFocus()
    _choose_in_menu(qtbot, Qt.Key.Key_S)
    qtbot.keyClick(page.btn_snooze, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.ctx.snoozes.until(first) is None)
    assert len(banner.overdue()) == overdue
    assert "snoozed" not in page.deadlines.source.index(row, 1).data()


def test_snooze_until_a_chosen_day(qtbot, runner, window, monkeypatch):
    """ "Until a date…" asks for a day: today or earlier is refused inline, a later day is kept."""
    from datetime import date, timedelta

    from incidentdesk.gui.dialogs.snooze import SnoozeDialog

    banner = window.banner
    qtbot.waitUntil(lambda: banner.isVisible() and bool(banner.items), timeout=5000)
    first = (banner.overdue() + banner.soon())[0]
    later = date.today() + timedelta(days=40)
    seen = []

    def answer(dialog) -> int:  # the form as the user fills it: a past day first, then a later one
        dialog.show()
        qtbot.waitUntil(lambda: dialog.ready)
        dialog.set_value("snoozed_until", date.today().isoformat())
        dialog.save()
        seen.append(dialog.error_text("snoozed_until"))
        dialog.set_value("snoozed_until", later.isoformat())
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SnoozeDialog, "exec", answer)
    _choose_in_menu(qtbot, Qt.Key.Key_A)  # Until a d&ate…
    snooze = banner.items[0][1]
    snooze.setFocus()
    qtbot.keyClick(snooze, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.ctx.snoozes.until(first) is not None)
    assert seen == ["Choose a day after today."]
    assert window.ctx.snoozes.until(first) == later


def test_snoozes_are_kept_per_ledger_in_the_local_settings(tmp_path):
    """A snooze outlives the window (QSettings), belongs to one ledger, ends on its day, and a deadline whose
    date moved (a periodic report's next one) is not snoozed by it."""
    import hashlib
    from datetime import date, timedelta

    from PySide6.QtCore import QSettings

    from incidentdesk.gui.snoozes import Snoozes
    from incidentdesk.services.views import Deadline

    today = date.today()
    review = Deadline(due_on=today - timedelta(days=3), kind="review", text="x", incident_id=1, ref_id=7, overdue=True)
    q = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    Snoozes(q, "/ledgers/a.db").snooze(review, today + timedelta(days=5))
    # The key every earlier version wrote (hashlib's SHA-256 of the ledger): an update keeps the snoozes.
    assert q.allKeys() == ["deadlines/snoozed_" + hashlib.sha256(b"/ledgers/a.db").hexdigest()[:16]]
    again = Snoozes(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "/ledgers/a.db")
    assert again.until(review) == today + timedelta(days=5)
    assert again.until(review, today=today + timedelta(days=5)) is None  # shown again on its day
    assert Snoozes(q, "/ledgers/b.db").until(review) is None
    moved = Deadline(due_on=today + timedelta(days=30), kind="review", text="x", incident_id=1, ref_id=7, overdue=False)
    assert again.until(moved) is None
    q.setValue(next(k for k in q.allKeys() if "snoozed" in k), "not json")
    assert Snoozes(q, "/ledgers/a.db").until(review) is None  # unreadable: everything shows


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_snooze_menu_has_one_letter_per_choice(qapp, runner, make_ctx, sample_db, lang):
    """For a coming deadline all five choices show (tomorrow, a week, the day it is due, a date, show again):
    each has its own underlined letter, in both languages."""
    from datetime import date, timedelta

    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QWidget

    from incidentdesk.gui.deadline_banner import snooze_menu
    from incidentdesk.gui.translations import Translations
    from incidentdesk.services.views import Deadline

    translations = Translations(qapp)
    translations.install(lang)
    try:
        ctx = make_ctx(sample_db, lang)
        coming = Deadline(
            due_on=date.today() + timedelta(days=30),
            kind="request",
            text="MIC: survey",
            incident_id=None,
            ref_id=1,
            overdue=False,
        )
        ctx.snoozes.snooze(coming, date.today() + timedelta(days=3))
        holder = QWidget()
        menu = snooze_menu(holder, ctx, lambda: coming)
        menu.aboutToShow.emit()
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        letters = [QKeySequence.mnemonic(t).toString() for t in texts]
        assert len(texts) == 5 and all(letters) and len(set(letters)) == 5, texts
        holder.deleteLater()
    finally:
        translations.clear()
