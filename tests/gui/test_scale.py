"""Layouts fit at 150 % on a 1366 × 768 screen, the smallest a city office still issues.

At 150 % Qt lays out in logical pixels with fonts of the same logical size as at 100 %, so 1366 × 768
physical is 911 × 512 logical (checked with QT_SCALE_FACTOR=1.5 on the offscreen platform: the same
sizes, only the pixels are denser). Windows keeps 48 of those for the taskbar and about 31 for a window's
title bar: a maximised window has 911 × 433 for its menus and pages, a dialog at most 911 × 464 with its frame.
Measured in both languages with the window's own Japanese font: every page and every dialog's minimum
size fits, and at that size no button is cut (narrower than its text or outside the window)."""

from __future__ import annotations

import pytest
from a11y_support import contexts, dialog_classes, open_dialog, sample_ids
from conftest import settle
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QDialog, QTabBar, QTabWidget, QWidget

from incidentdesk.gui import layouts
from incidentdesk.gui.layouts import FlowLayout
from incidentdesk.gui.translations import Translations

SCREEN = QSize(911, 512)  # 1366 × 768 at 150 %, logical pixels
WINDOW = QSize(911, 512 - 48 - 31)  # maximised: less the taskbar and the title bar
DIALOG = QSize(911 - 16, 512 - 48 - 31 - 8)  # a dialog's client area: less its frame, on the work area


@pytest.fixture(params=["ja", "en"])
def lang(request, qapp):
    from incidentdesk.app import use_japanese_font

    font = qapp.font()
    use_japanese_font(qapp)  # what the window uses where the system has no Japanese UI font
    translations = Translations(qapp)
    translations.install(request.param)
    yield request.param
    translations.clear()
    qapp.setFont(font)


def cut_buttons(root: QWidget) -> list[str]:
    """Visible buttons narrower than their text needs, or reaching outside a parent up to `root` (one inside a
    scroll area of its own, such as the memo preview, is reached by scrolling: not cut)."""
    out = []
    for b in root.findChildren(QAbstractButton):
        if not b.isVisibleTo(root) or isinstance(b.parentWidget(), QTabBar):
            continue
        need = b.minimumSizeHint().width()
        rect, w, cut = QRect(QPoint(0, 0), b.size()), b, False
        while w is not root and w.parentWidget() is not None:
            parent = w.parentWidget()
            if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
                break  # scrolled content
            rect = rect.translated(w.pos())
            if not parent.rect().contains(rect):
                cut = True
                break
            w = parent
        if b.width() < need or cut:
            where = b.mapTo(root, QPoint(0, 0))
            out.append(
                f"{b.metaObject().className()} {b.text()!r}: {b.width()} of {need} wide at {where.x()},{where.y()}"
            )
    return out


def squeezed_rows(root: QWidget) -> list[str]:
    """Rows of buttons that wrap (FlowLayout) but were given fewer lines than they wrapped to: their last
    buttons are drawn over whatever lies below (a layout is not a widget, so cut_buttons cannot see it)."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        layout = w.layout()
        if layout is None or not w.isVisibleTo(root):
            continue
        for flow in [layout, *layout.findChildren(FlowLayout)]:
            if not isinstance(flow, FlowLayout) or flow.geometry().width() <= 0:
                continue
            need = flow.heightForWidth(flow.geometry().width())
            if flow.geometry().height() < need:
                first = flow.itemAt(0).widget() if flow.count() else None
                name = repr(first.text()) if isinstance(first, QAbstractButton) else ""
                out.append(f"the row of {flow.count()} buttons from {name} has {flow.geometry().height()} of {need} px")
    return out


def test_every_page_fits_a_maximised_window(qtbot, runner, make_ctx, sample_db, lang):
    """The window's least size fits; no page scrolls sideways; the pages that need more height than the
    window has scroll up and down (measured below); no button is cut."""
    from incidentdesk.gui.main_window import PAGES, MainWindow

    win = MainWindow(make_ctx(sample_db, lang))
    qtbot.addWidget(win)
    win.resize(WINDOW)
    win.show()
    qtbot.waitUntil(lambda: win.banner is not None and win.banner.isVisible(), timeout=10_000)
    settle(qtbot, runner)
    problems = []

    def measure(where: str) -> None:
        QApplication.processEvents()
        area = win.page_area
        page, need = win.stack.currentWidget(), win.stack.currentWidget().minimumSizeHint()
        print(
            f"{lang} {where}: page needs {need.width()} × {need.height()}, has {area.viewport().width()} × "
            f"{area.viewport().height()}; scrolls by {area.verticalScrollBar().maximum()}"
        )
        if need.height() <= area.height() and area.verticalScrollBar().maximum() > 0:  # sized for another page
            problems.append(f"{where}: needs {need.height()} of {area.height()} but scrolls")
        if area.horizontalScrollBar().maximum() > 0:
            problems.append(f"{where}: scrolls sideways by {area.horizontalScrollBar().maximum()}")
        problems.extend(f"{where}: {c}" for c in cut_buttons(page))
        problems.extend(f"{where}: {c}" for c in squeezed_rows(page))

    for key in PAGES:
        win.show_page(key)
        settle(qtbot, runner)
        if key == "incidents":
            win.pages[key].view.matrix.selectRow(0)  # Decision history then names the use, at length
        measure(key)
        for tabs in win.stack.currentWidget().findChildren(QTabWidget):
            for i in range(1, tabs.count()):  # every tab of the incident's and the service's views
                tabs.setCurrentIndex(i)
                measure(f"{key}, tab {tabs.tabText(i)!r}")
            tabs.setCurrentIndex(0)
    win.search_box.setText("LINE")
    win.run_search()
    settle(qtbot, runner)
    measure("search")
    window_need = win.minimumSizeHint()
    print(
        f"{lang} window: needs {window_need.width()} × {window_need.height()}, banner {win.banner.height()} high "
        f"with {len(win.banner.items)} item"
    )
    assert window_need.width() <= WINDOW.width() and window_need.height() <= WINDOW.height()
    assert win.size() == WINDOW
    assert len(win.banner.items) == 1  # a short window names only the nearest deadline
    assert problems == []


def test_every_dialog_fits_the_work_area(qtbot, runner, make_ctx, sample_db, lang, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    monkeypatch.setattr(layouts, "available_size", lambda _w=None: SCREEN - QSize(0, 48))  # the work area
    ctx = make_ctx(sample_db, lang)
    ids = sample_ids(sample_db)
    problems, measured = [], 0
    for cls in dialog_classes():
        for kwargs in contexts(cls, ids, sample_db, tmp_path):
            dialog = open_dialog(qtbot, cls, ctx, kwargs)
            QApplication.processEvents()
            measured += 1
            size, need = dialog.size(), dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
            print(
                f"{lang} {cls.__name__}: opens at {size.width()} × {size.height()}, needs at least "
                f"{need.width()} × {need.height()}"
            )
            if size.width() > DIALOG.width() or size.height() > DIALOG.height():
                problems.append(f"{cls.__name__}: opens at {size.width()} × {size.height()}")
            if need.width() > DIALOG.width() or need.height() > DIALOG.height():
                problems.append(f"{cls.__name__}: needs {need.width()} × {need.height()}")
            problems += [f"{cls.__name__}: {c}" for c in cut_buttons(dialog)]
            if isinstance(dialog, QDialog):
                if hasattr(dialog, "_baseline"):
                    dialog._baseline = None
                dialog.done(QDialog.DialogCode.Rejected)
            settle(qtbot, runner)
    assert measured > 25
    assert problems == [], "\n".join(problems)


def test_a_long_deadline_ends_in_an_ellipsis_only_when_narrow(qtbot):
    """The banner's item: its whole text when there is room, "…" when narrow, its whole text as its name."""
    from incidentdesk.gui.layouts import ElidedButton

    text = "R3.3.31  判断の見直し: 春日市LINE公式アカウント / 防災情報の配信 & 避難所"
    button = ElidedButton(text)
    qtbot.addWidget(button)
    button.setAccessibleName(text)
    button.resize(button.sizeHint())
    button.show()
    assert button.text().replace("&&", "&") == text
    assert button.minimumSizeHint().width() < button.sizeHint().width() / 2
    button.resize(button.minimumSizeHint().width(), button.height())
    assert button.text().endswith("…") and text.startswith(button.text()[:-1].replace("&&", "&"))
    assert button.accessibleName() == text
    button.resize(button.sizeHint())
    assert button.text().replace("&&", "&") == text
