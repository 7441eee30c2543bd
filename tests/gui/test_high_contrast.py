"""Windows high-contrast mode: detected (SPI_GETHIGHCONTRAST on Windows, INCIDENTDESK_HIGH_CONTRAST to force it),
and then the system palette everywhere: state cells, chips, the deadline banner and the forms' notes draw no
colour of their own, and say the same in words."""

from __future__ import annotations

import re
import sys
from collections import Counter

import pytest
from conftest import settle
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from incidentdesk.domain.vocab import DECISION_COLOURS
from incidentdesk.gui import contrast

HEX = re.compile(r"#[0-9a-fA-F]{3,8}\b|\b(white|black)\b|rgba?\(")


@pytest.fixture
def high_contrast(qapp, monkeypatch):
    """As app.py starts with INCIDENTDESK_HIGH_CONTRAST=1 off Windows: the high-contrast palette and Fusion."""
    old_style, old_palette, old_sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    monkeypatch.setenv(contrast.ENV, "1")
    contrast.refresh()
    contrast.apply(qapp)
    yield
    monkeypatch.delenv(contrast.ENV)
    contrast.refresh()
    qapp.setStyle(old_style)
    qapp.setPalette(old_palette)
    qapp.setStyleSheet(old_sheet)


def colours_in(widget: QWidget, at_least: int = 1) -> set[int]:
    """The RGB values (0xffRRGGBB) that cover at least `at_least` pixels of the widget: with a threshold, the
    fills, not the grey steps of white text smoothed on black."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    counts = Counter(memoryview(image.constBits()).cast("I"))
    return {rgb for rgb, n in counts.items() if n >= at_least}


def test_detection_override_and_windows_call(monkeypatch):
    monkeypatch.setenv(contrast.ENV, "1")
    assert contrast.refresh() is True
    monkeypatch.setenv(contrast.ENV, "off")
    assert contrast.refresh() is False
    monkeypatch.delenv(contrast.ENV)
    if sys.platform != "win32":
        assert contrast.windows_high_contrast() is False  # a no-op off Windows
        assert contrast.refresh() is False  # Qt's preference on this platform: none

    # The Windows call, with a stand-in for user32: SPI_GETHIGHCONTRAST fills HIGHCONTRASTW.dwFlags.
    import ctypes

    calls = []

    class User32:
        def __init__(self, flags: int, ok: int = 1):
            self.flags, self.ok = flags, ok

        def SystemParametersInfoW(self, action, size, pointer, winini):  # noqa: N802 - the Windows name
            calls.append((action, size == pointer._obj.cbSize == ctypes.sizeof(pointer._obj), winini))
            pointer._obj.dwFlags = self.flags
            return self.ok

    class WinDLL:
        def __init__(self, user32):
            self.user32 = user32

    monkeypatch.setattr(sys, "platform", "win32")
    for flags, ok, expected in ((0x1, 1, True), (0x0, 1, False), (0x1 | 0x2, 1, True), (0x1, 0, False)):
        monkeypatch.setattr(ctypes, "windll", WinDLL(User32(flags, ok)), raising=False)
        assert contrast.windows_high_contrast() is expected
    assert calls[0] == (contrast.SPI_GETHIGHCONTRAST, True, 0)  # cbSize set to the structure's size
    monkeypatch.delattr(ctypes, "windll", raising=False)
    assert contrast.windows_high_contrast() is False  # no user32: not detected, no error


def test_themed_style_sheets_keep_only_borders():
    sheet = "QLabel { background: #fff4ce; color: #3e2723; border: 1px solid #c8a600; padding: 4px; }"
    assert contrast.themed(sheet) == sheet  # not in high contrast: unchanged
    contrast._state = True
    try:
        themed = contrast.themed(sheet)
    finally:
        contrast.refresh()
    assert not HEX.search(themed)
    assert "border: 1px solid palette(window-text)" in themed and "padding: 4px" in themed


def test_state_cells_chips_and_banner_draw_in_the_system_palette(qtbot, runner, high_contrast, window):
    from PySide6.QtCore import Qt

    win = window  # built after high_contrast: the order of the arguments is the order of the fixtures
    qtbot.waitUntil(lambda: win.banner.isVisible(), timeout=10_000)
    settle(qtbot, runner)
    view = win.pages["incidents"].view
    matrix = view.matrix
    state_column = next(i for i, c in enumerate(matrix.source.columns()) if c.state)
    index = matrix.source.index(0, state_column)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None
    assert index.data(Qt.ItemDataRole.ForegroundRole) is None
    assert index.data() in {"Continue", "Suspended", "Under discussion", "Resumed"}  # the state in words
    # The six state colours that are not greys (the greys of 廃止 and 未判断 are also the grid's and the smoothed
    # text's). A state cell is about 150 × 22 pixels: no state colour fills anything like it.
    states = {QColor(c).rgb() for c in DECISION_COLOURS.values() if QColor(c).hsvSaturation() > 0}
    assert len(states) == 6
    assert not colours_in(matrix, 300) & states
    assert not colours_in(view.chips, 300) & states
    assert view.chips.texts() and all(any(ch.isdigit() for ch in t) for t in view.chips.texts())
    palette = QApplication.palette()
    banner = colours_in(win.banner)
    assert QColor("#fff3cd").rgb() not in banner and palette.window().color().rgb() in banner
    assert palette.windowText().color().rgb() in banner  # its border and text


def test_no_widget_keeps_a_colour_of_its_own(qtbot, runner, high_contrast, window):
    """Every widget of every page, and a decision form showing an error and the notice of a reload: no colour
    in any style sheet (borders in palette(window-text))."""
    from incidentdesk.gui.dialogs.decisions import DecisionDialog
    from incidentdesk.gui.main_window import PAGES

    win, ctx = window, window.ctx
    for key in PAGES:
        win.show_page(key)
        settle(qtbot, runner)
    win.pages["memos"].preview()
    settle(qtbot, runner)
    overview = win.pages["incidents"].view.overview
    form = DecisionDialog(win, ctx, overview=overview, use_id=overview.affected[0].use_id)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: form.ready)
    form.show_error("x", "state")
    form.notice.setText("y")
    form.notice.show()
    sheets = [
        (w, w.styleSheet()) for root in (win, form) for w in [root, *root.findChildren(QWidget)] if w.styleSheet()
    ]
    assert len(sheets) > 5
    coloured = [f"{type(w).__name__} {w.objectName()!r}: {s}" for w, s in sheets if HEX.search(s)]
    assert coloured == []
    form._baseline = form.values()
    form.reject()


def test_switched_on_and_off_while_the_window_is_open(qtbot, runner, window, qapp, monkeypatch):
    """As Windows does when the user presses Left Alt+Left Shift+Print Screen: the setting changes and Qt gets
    the system's new palette. The window's own colours go at once, and come back when it is switched off."""
    view = window.pages["incidents"].view
    qtbot.waitUntil(lambda: window.banner.isVisible() and bool(view.chips.texts()), timeout=10_000)
    settle(qtbot, runner)
    state_column = next(i for i, c in enumerate(view.matrix.source.columns()) if c.state)
    cell = view.matrix.source.index(0, state_column)

    def own_colours() -> list[str]:
        return [w.styleSheet() for w in [window, *window.findChildren(QWidget)] if HEX.search(w.styleSheet())]

    assert own_colours() and cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    old_palette = qapp.palette()
    monkeypatch.setenv(contrast.ENV, "1")  # what SPI_GETHIGHCONTRAST now answers
    qapp.setPalette(contrast.high_contrast_palette())
    qtbot.waitUntil(lambda: not own_colours(), timeout=5000)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None
    assert view.chips.texts() and window.banner.isVisible()  # the words stay
    monkeypatch.setenv(contrast.ENV, "0")
    qapp.setPalette(old_palette)
    qtbot.waitUntil(lambda: bool(own_colours()), timeout=5000)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    monkeypatch.delenv(contrast.ENV)
    contrast.refresh()
