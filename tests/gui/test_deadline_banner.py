"""Deadlines find the user: the banner on start, its key to the deadlines view, and the calendar export."""

from __future__ import annotations

import pytest
from conftest import settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from incidentdesk.gui.translations import Translations


@pytest.fixture(autouse=True)
def english(qapp):
    """English as the application loads it: the source strings, and the plural forms from plurals_en.qm."""
    translations = Translations(QApplication.instance())
    translations.install("en")
    yield
    translations.clear()


def test_banner_on_start_names_what_is_overdue(qtbot, runner, window):
    """The sample's deadlines (March-June 2021) are all overdue today: the banner says how many, without a box."""
    banner = window.banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    overdue = len(banner.overdue())
    assert overdue > 1
    assert f"{overdue} overdue deadlines" in banner.text.text()
    assert "review" in banner.text.text() and "more" in banner.text.text()
    assert QApplication.activeModalWidget() is None


def test_alt_l_opens_the_deadlines_and_esc_hides_the_banner(qtbot, runner, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
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
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
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
