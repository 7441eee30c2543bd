"""No Python wrapper of a Qt layout item outlives its item.

PySide wraps the items of a layout added to a layout (QLayout.addLayout) and keeps those wrappers as long as the
outer layout lives; a Python QLayout subclass is handed every QWidgetItem Qt creates. When Qt then deletes such
an item (a sub-layout taken out, a widget deleted from it), the wrapper stays registered at the freed address, and
the next widget allocated there reached Python as a dead QWidgetItem or QSpacerItem: "eventFilter called with
wrong argument types", then a crash when a closed form was deleted (about one run in three of the ransomware
walk). Screens that are rebuilt while the window lives must therefore leave the number of such wrappers flat.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QLayout, QLayoutItem

from conftest import settle
from incidentdesk.gui.widgets import StateChips


def _item_wrappers() -> int:
    """Wrappers of layout items alive now, once what was deleted later is deleted."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, QLayoutItem) and not isinstance(o, QLayout))


def _every_page_built(window, qtbot, runner) -> None:
    """The pages are built one by one after the first paint: each builds its layouts once."""
    from incidentdesk.gui.main_window import PAGES

    for key in PAGES:
        window.pages[key]
    settle(qtbot, runner)


def test_the_deadline_banner_rendered_again_keeps_no_item_wrappers(qtbot, runner, window):
    banner = window.banner
    qtbot.waitUntil(lambda: banner is not None and banner.isVisible() and bool(banner.items), timeout=5000)
    _every_page_built(window, qtbot, runner)
    before = _item_wrappers()
    first = banner.items[0][0]
    for _ in range(5):
        window.ctx.data_changed.emit()  # the banner reads its deadlines again and builds its lines anew
        settle(qtbot, runner)
    assert banner.items and banner.items[0][0] is not first
    assert _item_wrappers() == before


def test_state_chips_counted_again_keep_no_item_wrappers(qtbot):
    chips = StateChips()
    qtbot.addWidget(chips)
    chips.show()
    chips.set_counts({"continue": 9, "suspend": 2, "discussing": 1}, "ja")  # as many chips as at the end
    before = _item_wrappers()
    for n in range(1, 6):
        chips.set_counts({"continue": n, "suspend": 2, "discussing": 1}, "ja")
        qtbot.wait(1)
    assert len(chips.texts()) == 3 and chips.texts()[0].endswith(" 5")
    assert _item_wrappers() == before


def test_forms_opened_and_closed_keep_no_item_wrappers(qtbot, runner, window, monkeypatch):
    """A form's rows are built with sub-layouts; once Qt deleted a closed form, none of their wrappers remain."""
    from incidentdesk.gui.dialogs.catalog import PartyDialog

    def close_soon() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, close_soon)
            return
        dialog.done(0)

    _every_page_built(window, qtbot, runner)
    before = None
    for _ in range(3):
        QTimer.singleShot(10, close_soon)
        assert PartyDialog.ask(window, window.ctx) is None
        settle(qtbot, runner)
        count = _item_wrappers()
        before = count if before is None else before
        assert count == before
