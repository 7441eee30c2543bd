"""Windows high-contrast mode: detected, and then honoured — the system palette everywhere, no colours of our own.

In that mode the state cells and chips, the deadline banner and the notes in forms drop their colours and
keep their words (each state's label is always written in its cell) and a border in the palette's text
colour. Detection: INCIDENTDESK_HIGH_CONTRAST=1/0 overrides (to test and to take screenshots on Linux); on
Windows SystemParametersInfoW(SPI_GETHIGHCONTRAST); else Qt's own contrast preference (Qt 6.10+), which
follows the platform where Qt knows it.
"""

from __future__ import annotations

import os
import re
import sys

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

ENV = "INCIDENTDESK_HIGH_CONTRAST"
SPI_GETHIGHCONTRAST = 0x0042
HCF_HIGHCONTRASTON = 0x0001

_state: bool | None = None


def high_contrast() -> bool:
    """Whether the user asked the system for high contrast (cached; refresh() reads it again)."""
    global _state
    if _state is None:
        _state = _detect()
    return _state


def refresh() -> bool:
    """Read the setting again (the user may switch high contrast on or off while the window is open)."""
    global _state
    _state = None
    return high_contrast()


def _detect() -> bool:
    forced = os.environ.get(ENV, "").strip().lower()
    if forced in ("1", "on", "yes", "true"):
        return True
    if forced in ("0", "off", "no", "false"):
        return False
    if sys.platform == "win32":
        return windows_high_contrast()
    return _qt_prefers_high_contrast()


def windows_high_contrast() -> bool:
    """SPI_GETHIGHCONTRAST's HCF_HIGHCONTRASTON; False anywhere else or if the call fails."""
    if sys.platform != "win32":
        return False
    try:
        import ctypes
        from ctypes import wintypes

        class HIGHCONTRASTW(ctypes.Structure):
            _fields_ = [("cbSize", wintypes.UINT), ("dwFlags", wintypes.DWORD), ("lpszDefaultScheme", wintypes.LPWSTR)]

        info = HIGHCONTRASTW()
        info.cbSize = ctypes.sizeof(HIGHCONTRASTW)
        user32 = ctypes.windll.user32  # type: ignore[attr-defined]
        if not user32.SystemParametersInfoW(SPI_GETHIGHCONTRAST, info.cbSize, ctypes.byref(info), 0):
            return False
        return bool(info.dwFlags & HCF_HIGHCONTRASTON)
    except (OSError, AttributeError, ValueError):
        return False


def _qt_prefers_high_contrast() -> bool:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    hints = app.styleHints() if isinstance(app, QGuiApplication) else None
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
    if accessibility is None:
        return False
    preference = getattr(Qt, "ContrastPreference", None)
    return preference is not None and accessibility().contrastPreference() == preference.HighContrast


_COLOUR = r"(#[0-9a-fA-F]{3,8}|white|black|rgba?\([^)]*\))"


SHEET = "incidentdeskSheet"  # a widget's style sheet as written, before themed(): what retheme() applies again


def set_themed(widget: QWidget, sheet: str) -> None:
    """Give `widget` the sheet as it may be used now, and remember it as written: if the user switches high
    contrast on or off while the window is open, retheme() applies it again."""
    widget.setProperty(SHEET, sheet)
    widget.setStyleSheet(themed(sheet))


def retheme() -> bool:
    """The system's colours changed (a palette change reached the main window): read the setting again and,
    if high contrast was switched on or off, apply every remembered sheet again and repaint the tables (their
    state cells ask high_contrast() as they paint). True when it changed."""
    global _state
    before = _state
    if refresh() == before or before is None:
        return False
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    for top in QApplication.topLevelWidgets():
        for w in [top, *top.findChildren(QWidget)]:
            raw = w.property(SHEET)
            if isinstance(raw, str):
                w.setStyleSheet(themed(raw))
            if isinstance(w, QAbstractItemView):
                w.viewport().update()
    return True


def follow_system() -> None:
    """Where Qt reports the contrast preference (Qt 6.10+), a change of it rethemes at once; elsewhere the
    palette change that comes with it does (MainWindow.changeEvent)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    hints = app.styleHints() if isinstance(app, QGuiApplication) else None
    accessibility = getattr(hints, "accessibility", None)
    signal = getattr(accessibility(), "contrastPreferenceChanged", None) if accessibility is not None else None
    if signal is not None:
        signal.connect(lambda *_: retheme())


def themed(sheet: str) -> str:
    """A style sheet as it may be used now: unchanged normally; in high contrast its own colours removed
    (background and text from the palette) and its borders drawn in the palette's text colour."""
    if not high_contrast():
        return sheet
    sheet = re.sub(r"(?<![-\w])(background|color)\s*:\s*" + _COLOUR + r"\s*;?", "", sheet)
    return re.sub(r"(border(?:-\w+)?\s*:\s*[^;{}]*?)" + _COLOUR, r"\1palette(window-text)", sheet)


def high_contrast_palette() -> QPalette:
    """Windows' "High Contrast Black" theme as a palette: what the system gives Qt on Windows in that mode,
    used elsewhere when INCIDENTDESK_HIGH_CONTRAST=1 (tests, screenshots)."""
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    cyan, green, grey = QColor("#1aebff"), QColor("#3ff23f"), QColor("#a6a6a6")
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in (
            (QPalette.ColorRole.Window, black),
            (QPalette.ColorRole.WindowText, white),
            (QPalette.ColorRole.Base, black),
            (QPalette.ColorRole.AlternateBase, black),
            (QPalette.ColorRole.Text, white),
            (QPalette.ColorRole.Button, black),
            (QPalette.ColorRole.ButtonText, white),
            (QPalette.ColorRole.BrightText, yellow),
            (QPalette.ColorRole.Highlight, cyan),
            (QPalette.ColorRole.HighlightedText, black),
            (QPalette.ColorRole.Link, yellow),
            (QPalette.ColorRole.LinkVisited, yellow),
            (QPalette.ColorRole.ToolTipBase, black),
            (QPalette.ColorRole.ToolTipText, white),
            (QPalette.ColorRole.PlaceholderText, grey),
            (QPalette.ColorRole.Light, white),
            (QPalette.ColorRole.Midlight, grey),
            (QPalette.ColorRole.Mid, grey),
            (QPalette.ColorRole.Dark, white),
            (QPalette.ColorRole.Shadow, white),
        ):
            palette.setColor(group, role, colour)
    for role, colour in (
        (QPalette.ColorRole.WindowText, green),
        (QPalette.ColorRole.Text, green),
        (QPalette.ColorRole.ButtonText, green),
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, colour)  # disabled text is green in that theme
    for role, colour in (
        (QPalette.ColorRole.Window, black),
        (QPalette.ColorRole.Base, black),
        (QPalette.ColorRole.Button, black),
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, colour)
    return palette


# Fusion draws a text box's frame a shade darker than the window: on black, none. Windows draws it in the
# text colour in high contrast; so does this sheet where the mode is forced (colours from the palette only).
FIELD_FRAMES = (
    "QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox { border: 1px solid palette(window-text); }"
)


def apply(app) -> None:
    """At start: in forced high contrast off Windows, the high-contrast palette (and the Fusion style, which
    draws with the palette); on Windows the platform already gives Qt the system's colours."""
    # The forced mode first: reading Qt's own contrast preference (on Linux and macOS) builds the Qt
    # namespace's enums, 40 ms before the first paint, and is not needed to decide this.
    if sys.platform != "win32" and os.environ.get(ENV) and high_contrast():
        app.setStyle("Fusion")
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(FIELD_FRAMES)
