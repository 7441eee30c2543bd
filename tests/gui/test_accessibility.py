"""Screen readers and keyboards: every interactive control on every page and in every dialog has a name, in both
languages; every label's Alt+letter reaches its field; Tab leaves every table."""

from __future__ import annotations

import pytest
from a11y_support import (
    accessible_name,
    audit,
    contexts,
    describe,
    dialog_classes,
    interactive,
    open_dialog,
    sample_ids,
)
from conftest import settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from incidentdesk.gui.main_window import PAGES
from incidentdesk.gui.translations import Translations


@pytest.fixture(params=["en", "ja"])
def lang(request):
    translations = Translations(QApplication.instance())
    translations.install(request.param)
    yield request.param
    translations.clear()


def test_every_page_names_every_control(qtbot, runner, make_ctx, sample_db, lang):
    """The window and its six pages (and the search results), as a screen reader walks them: 0 unnamed."""
    from incidentdesk.gui.main_window import MainWindow

    win = MainWindow(make_ctx(sample_db, lang))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    settle(qtbot, runner)
    seen: set[int] = set()  # the navigation and the toolbar once, not once per page
    total, unnamed = 0, []

    def walk(where: str) -> None:
        nonlocal total
        for w in interactive(win):
            if id(w) not in seen:
                seen.add(id(w))
                total += 1
                if not accessible_name(w):
                    unnamed.append(f"{where}: {describe(w)}")

    for key in PAGES:
        win.show_page(key)
        settle(qtbot, runner)
        walk(key)
    win.search_box.setText("LINE")
    win.run_search()
    settle(qtbot, runner)
    walk("search")
    print(f"pages {lang}: {len(unnamed)} of {total} unnamed")
    assert total > 40
    assert unnamed == [], f"{len(unnamed)} of {total} unnamed:\n" + "\n".join(unnamed)


def test_every_dialog_names_every_control(qtbot, runner, make_ctx, sample_db, lang, tmp_path, monkeypatch):
    """Every dialog in gui/dialogs, opened as the pages open it: 0 unnamed controls."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    ctx = make_ctx(sample_db, lang)
    ids = sample_ids(sample_db)
    total, unnamed, opened = 0, [], []
    for cls in dialog_classes():
        for kwargs in contexts(cls, ids, sample_db, tmp_path):
            dialog = open_dialog(qtbot, cls, ctx, kwargs)
            n, missing = audit(dialog)
            total += n
            unnamed += missing
            opened.append(cls.__name__)
            dialog.done(QDialog.DialogCode.Rejected)
            settle(qtbot, runner)
    print(f"dialogs {lang}: {len(unnamed)} of {total} unnamed in {len(opened)} dialogs")
    assert len(set(opened)) >= 18
    assert unnamed == [], f"{len(unnamed)} of {total} unnamed:\n" + "\n".join(unnamed)


def test_every_mnemonic_reaches_its_field(qtbot, runner, make_ctx, sample_db, tmp_path, monkeypatch):
    """In every dialog, Alt+the underlined letter of each label puts the focus in that label's field (dates too),
    and no two labels of one dialog share a letter."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    ctx = make_ctx(sample_db)
    ids = sample_ids(sample_db)
    checked, failures = 0, []
    for cls in dialog_classes():
        for kwargs in contexts(cls, ids, sample_db, tmp_path):
            dialog = open_dialog(qtbot, cls, ctx, kwargs)
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            labels = [
                lb
                for lb in dialog.findChildren(QLabel)
                if lb.buddy() is not None and lb.isVisibleTo(dialog) and "&" in lb.text().replace("&&", "")
            ]
            letters = [QKeySequence.mnemonic(lb.text()).toString() for lb in labels]
            dupes = {x for x in letters if letters.count(x) > 1}
            if dupes:
                failures.append(f"{cls.__name__}: {sorted(dupes)} used twice")
            for label, letter in zip(labels, letters, strict=True):
                if letter in dupes or not label.buddy().isEnabled():
                    continue
                target = label.buddy()
                while target.focusProxy() is not None:
                    target = target.focusProxy()
                dialog.setFocus()
                key = QKeySequence(letter)[0]
                qtbot.keyClick(dialog, key.key(), Qt.KeyboardModifier.AltModifier)
                checked += 1
                if QApplication.focusWidget() is not target:
                    failures.append(f"{cls.__name__}: {label.text()} → {QApplication.focusWidget()!r}")
            dialog.done(QDialog.DialogCode.Rejected)
            settle(qtbot, runner)
    print(f"mnemonics: {len(failures)} failures of {checked}")
    assert checked > 60
    assert failures == [], "\n".join(failures)


def focus(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_tab_leaves_every_table_and_ctrl_tab_switches_tabs(qtbot, runner, window):
    """Tab from the incident list reaches the incident's buttons; from each table Tab goes on; Ctrl+Tab turns the
    incident's tabs wherever the focus is on the page."""
    from incidentdesk.gui.widgets import Table

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.pages["incidents"]
    focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert not page.table.hasFocus()
    for key in ("incidents", "services", "parties", "requests", "memos", "audit"):
        window.show_page(key)
        settle(qtbot, runner)
        for table in [t for t in window.stack.currentWidget().findChildren(Table) if t.isVisible()]:
            focus(qtbot, table)
            qtbot.keyClick(table, Qt.Key.Key_Tab)
            assert not table.hasFocus(), f"{key}: Tab stayed in {table.objectName() or table.accessibleName()}"
    window.show_page("incidents")
    tabs = page.view.tabs
    focus(qtbot, page.view.matrix)
    start = tabs.currentIndex()
    qtbot.keyClick(page.view.matrix, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == (start + 1) % tabs.count()
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_Tab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert tabs.currentIndex() == start


def test_f6_walks_the_panes(qtbot, runner, window):
    """F6 goes page list → search box → the deadline banner's nearest item → incident list → matrix → tab bar →
    the tab's table, and round again."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.banner.isVisible() and bool(window.banner.items), timeout=5000)
    page = window.pages["incidents"]
    focus(qtbot, window.nav)
    seen = []
    for _ in range(len(window.panes()) + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    assert seen[0] is window.search_box and seen[1] is window.banner.items[0][0]
    assert seen[2] is page.table and seen[3] is page.view.matrix
    assert seen[-2] is window.nav and seen[-1] is window.search_box
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.nav


def test_page_shortcuts_are_shown(window):
    """Alt+1…6 are in the Go menu beside the page names and in the page list's tooltips."""
    assert [a.shortcut().toString() for a in window.nav_actions] == [f"Alt+{i}" for i in range(1, 7)]
    assert window.go_menu.actions()[0] is window.nav_actions[0]
    assert window.nav.item(3).toolTip().endswith("(Alt+4)")


def test_language_switch_fits_columns_again(qtbot, runner, make_ctx, sample_db):
    """Started in Japanese, switched live to English: each fitted column is wide enough for its English title
    ("Department", not "epartmer")."""
    from PySide6.QtGui import QFontMetrics

    from incidentdesk.gui.main_window import MainWindow
    from incidentdesk.gui.widgets import Table

    translations = Translations(QApplication.instance())
    translations.install("ja")
    try:
        ctx = make_ctx(sample_db, "ja")
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        win.resize(1400, 900)
        win.show()
        settle(qtbot, runner)
        win.show_page("services")
        settle(qtbot, runner)
        win.show_page("incidents")
        settle(qtbot, runner)
        ctx.set_language("en")
        translations.install("en")
        qtbot.waitUntil(lambda: win.nav.item(0).text() == "Incidents", timeout=3000)
        settle(qtbot, runner)
        cut = []
        for key in ("incidents", "services"):
            for table in win.pages[key].findChildren(Table):
                if table._fit_width is None:
                    continue
                head = QFontMetrics(table.horizontalHeader().font())
                for c in range(table.model().columnCount() - 1):  # the last one stretches
                    title = str(table.model().headerData(c, Qt.Orientation.Horizontal))
                    if table.columnWidth(c) < min(head.horizontalAdvance(title) + 16, table._fit_width):
                        cut.append(f"{key}: {title} {table.columnWidth(c)}")
        assert cut == []
    finally:
        translations.clear()
