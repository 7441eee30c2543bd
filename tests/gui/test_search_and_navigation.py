"""Ctrl+F searches everything; Enter on a result opens the record on its page; Alt+number switches pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from conftest import settle


def _search(qtbot, runner, window, text: str) -> None:
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    window.search_box.insert(text)  # QTest types ASCII only; Japanese arrives through the input method
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    settle(qtbot, runner)


def test_search_hit_on_a_use_opens_its_service(qtbot, runner, window):
    """Searching 住民票 lists the use; Enter shows the Shibuya service page with that use."""
    window.activateWindow()
    _search(qtbot, runner, window, "住民票")
    page = window.search_page
    assert window.stack.currentWidget() is page
    hits = page.table.source.rows()
    assert hits and hits[0].kind == "use"
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    settle(qtbot, runner)
    services = window.pages["services"]
    assert window.stack.currentWidget() is services
    qtbot.waitUntil(
        lambda: services.view.detail is not None and "渋谷" in services.view.detail.service.name, timeout=5000
    )
    assert any("住民票" in u.name for u in services.view.detail.uses)
    assert services.view.uses.selected().id == hits[0].ref_id  # that exact use, not only its service


def test_search_hit_on_a_claim_opens_its_incident(qtbot, runner, window):
    """A claim found by its text opens the incident it belongs to."""
    window.activateWindow()
    _search(qtbot, runner, window, "国内クラウド")
    hit = next(h for h in window.search_page.table.source.rows() if h.kind in ("claim", "statement", "timeline"))
    window.search_page.open_hit(hit)
    settle(qtbot, runner)
    assert window.stack.currentWidget() is window.pages["incidents"]
    view = window.pages["incidents"].view
    assert view.incident_id == hit.incident_id
    if hit.kind == "claim":  # that exact record is selected on the page
        assert view.claims.selected().id == hit.ref_id
    elif hit.kind == "statement":
        assert view.statements.selected().id == hit.ref_id
    else:
        assert view.timeline.selected().entry.id == hit.ref_id


def test_every_claim_hit_selects_that_claim(qtbot, runner, window):
    """Each claim found opens with that claim selected, whichever statement it belongs to."""
    window.activateWindow()
    _search(qtbot, runner, window, "LINE")
    claims = [h for h in window.search_page.table.source.rows() if h.kind == "claim"][:3]
    assert claims
    for hit in claims:
        window.search_page.open_hit(hit)
        settle(qtbot, runner)
        view = window.pages["incidents"].view
        assert view.claims.selected().id == hit.ref_id and view.tabs.currentIndex() == 2


def test_alt_number_switches_pages_and_status_bar_names_the_database(qtbot, runner, window):
    """Alt+2 shows the services page, Alt+6 the audit log; the status bar shows the open database."""
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.pages["services"]
    QTest.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.pages["audit"]
    settle(qtbot, runner)
    assert window.pages["audit"].model.rowCount() > 0
    assert window.ctx.ledger.label in window.db_label.text()


def test_verify_button_reports_an_intact_trail(qtbot, runner, window, monkeypatch):
    """The audit page's Verify button runs the check on the worker and says the trail is intact."""
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    window.show_page("audit")
    window.pages["audit"].btn_verify.click()
    settle(qtbot, runner)
    assert said and "intact" in said[0]


def test_decision_hit_selects_that_decision_in_the_history(qtbot, runner, window):
    """A decision found by its rationale opens its incident with its use and that decision selected."""
    window.activateWindow()
    view = window.pages["incidents"].view
    decision = next(d for a in view.overview.affected for d in a.history if len(d.rationale) >= 4)
    _search(qtbot, runner, window, decision.rationale[:8])
    hit = next(h for h in window.search_page.table.source.rows() if h.kind == "decision" and h.ref_id == decision.id)
    assert decision.use_name in hit.title  # a title that says what it is, not an empty cell
    window.search_page.open_hit(hit)
    settle(qtbot, runner)
    assert view.matrix.selected().use_id == decision.use_id
    assert view.tabs.currentIndex() == view.HISTORY_TAB and view.history.selected().id == decision.id


def test_every_filter_box_is_wide_enough_to_say_what_it_filters(qtbot, runner, window):
    """The services list's filter beside “Show retired” and “New service…” showed only “Serv…”: each page's
    filter box is at least as wide as its placeholder (or 280 pixels for a long one), and the window still fits
    a screen 1366 pixels wide."""
    from incidentdesk.gui.widgets import FilterBox

    for key in window.pages:
        window.show_page(key)
        settle(qtbot, runner)
    boxes = [b for b in window.findChildren(FilterBox) if b.isVisibleTo(window) or b.placeholderText()]
    assert len(boxes) >= 3
    for box in boxes:
        wanted = min(box.fontMetrics().horizontalAdvance(box.placeholderText()) + 40, 280)
        assert box.minimumWidth() >= wanted and (not box.isVisible() or box.width() >= wanted), box.placeholderText()
    assert window.minimumSizeHint().width() <= 1366
