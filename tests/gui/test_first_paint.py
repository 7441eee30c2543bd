"""What the window may not do before its first paint: build the enums PySide makes on first use of the `Qt`
namespace (40 ms on Python 3.11) or of QStyle (14 ms), or wrap a widget Qt made itself (PySide then sets up
79 widget classes to find its type: 27 ms). Each was once on the way to the first paint (docs/performance.md).
Nor load hashlib, json or locale, which only later steps need. Then, until the first page is filled: no QStyle
from Python, no cycle collection, no housekeeping on the worker (the viewer-copy sweep).
Checked in the process a user starts, on the LINE sample, in both languages."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PROBE = r"""
import gc
import sys
from PySide6 import QtCore, QtWidgets
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from incidentdesk import cli
from incidentdesk.gui import main_window

built = main_window.MainWindow.__init__
seen = {}


def painted(window):
    seen["qt"] = "Qt" in vars(QtCore)
    seen["style"] = "QStyle" in vars(QtWidgets)
    seen["discovery"] = "QWizard" in vars(QtWidgets)  # set up only to find the type of a widget Qt made
    seen["focus"] = window.page_area.focusPolicy() == QtCore.Qt.FocusPolicy.NoFocus
    seen["later_stdlib"] = sorted(m for m in ("hashlib", "json", "locale") if m in sys.modules)
    window.page_built.connect(lambda key: on_page(window, key))


def on_page(window, key):
    if key == "incidents":
        seen["collector_while_loading"] = gc.isenabled()
        window.pages["incidents"].view.loaded.connect(lambda _o: on_loaded())


def on_loaded():
    seen["swept_while_loading"] = "incidentdesk.services.viewer_copies" in sys.modules
    QtCore.QTimer.singleShot(200, loaded)


def loaded():
    seen["collector_after"] = gc.isenabled()
    seen["swept_after"] = "incidentdesk.services.viewer_copies" in sys.modules
    seen["style_built"] = "QStyle" in vars(QtWidgets)  # the first page asks the style nothing from Python
    app.exit(0)


def init(window, *args, **kwargs):
    built(window, *args, **kwargs)
    window.first_painted.connect(lambda: painted(window))


main_window.MainWindow.__init__ = init
QtCore.QTimer.singleShot(60_000, lambda: app.exit(3))
code = cli.main(["--db", sys.argv[1], "--lang", sys.argv[2], "gui"])
print(seen)
sys.exit(code)
"""


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_nothing_before_the_first_paint_builds_the_qt_enums(tmp_path, lang):
    ledger = tmp_path / "ledger.db"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "INCIDENTDESK_DATA_DIR": str(tmp_path / "data"),
    }
    env.pop("INCIDENTDESK_HIGH_CONTRAST", None)
    made = subprocess.run(
        [sys.executable, "-m", "incidentdesk", "--db", str(ledger), "sample"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert made.returncode == 0, made.stderr
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(ledger), lang], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    seen = eval(done.stdout.strip().splitlines()[-1])  # noqa: S307 - the probe's own dict literal
    # The page area is no Tab stop (set without the enum). hashlib, json and locale wait for what needs them.
    # The cycle collector and the viewer-copy sweep wait while the first page is read and filled, and run once
    # it is.
    assert seen == {
        "qt": False,
        "style": False,
        "discovery": False,
        "focus": True,
        "later_stdlib": [],
        "collector_while_loading": False,
        "swept_while_loading": False,
        "collector_after": True,
        "swept_after": True,
        "style_built": False,
    }


def test_rows_of_buttons_keep_the_styles_spacing(qapp):
    """style_spacing() reads PM_LayoutHorizontalSpacing through a box layout: the value the style gives."""
    from PySide6.QtWidgets import QApplication, QStyle

    from incidentdesk.gui.layouts import FlowLayout, style_spacing

    expected = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
    assert style_spacing() == (expected if expected >= 0 else 6)
    assert FlowLayout()._gap() == style_spacing()
    assert FlowLayout(spacing=2)._gap() == 2
