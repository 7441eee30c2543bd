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


def open_dialog(qtbot, cls, ctx, kwargs):
    if cls.__name__ == "AboutDialog":
        dialog = cls(None, database_label="ledger.db", lang=ctx.lang)
    else:
        dialog = cls(None, ctx, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: getattr(dialog, "ready", True), timeout=10_000)
    return dialog


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
            labels = [lb for lb in dialog.findChildren(QLabel) if lb.buddy() is not None and lb.isVisibleTo(dialog)
                      and "&" in lb.text().replace("&&", "")]
            letters = [QKeySequence.mnemonic(lb.text()).toString() for lb in labels]
            dupes = {x for x in letters if letters.count(x) > 1}
            if dupes:
                failures.append(f"{cls.__name__}: {sorted(dupes)} used twice")
            for label, letter in zip(labels, letters):
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
