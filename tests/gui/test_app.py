"""Starting the window: the first run offers the sample, a second start only says so, settings persist."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication, QMessageBox

from incidentdesk import app as app_module
from incidentdesk.gui import single_instance
from incidentdesk.settings import LocalSettings


def _isolate(monkeypatch, tmp_path):
    monkeypatch.setenv("INCIDENTDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(app_module, "LocalSettings", lambda: LocalSettings(tmp_path / "settings.ini"))


def test_second_start_on_the_same_database_says_so_and_exits_zero(qtbot, tmp_path, monkeypatch):
    """With the lock held, run() shows one message naming the database, returns 0 and never creates the file."""
    _isolate(monkeypatch, tmp_path)
    target = tmp_path / "ledger.db"
    held = single_instance.acquire(str(target))
    assert held is not None
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    try:
        assert app_module.run(str(target), "en") == 0
    finally:
        held.unlock()
    assert len(shown) == 1 and str(target) in shown[0] and "already open" in shown[0]
    assert not target.exists()


def test_second_start_message_is_japanese_when_asked(qtbot, tmp_path, monkeypatch):
    """The refusal is written in Japanese under --lang ja."""
    _isolate(monkeypatch, tmp_path)
    target = tmp_path / "ledger.db"
    held = single_instance.acquire(str(target))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    try:
        assert app_module.run(str(target), "ja") == 0
    finally:
        held.unlock()
    assert "既に別の" in shown[0]


def test_lock_is_released_and_free_after_unlock(tmp_path):
    """A lock can be taken again once the holder lets go (a crashed holder is detected by its PID)."""
    first = single_instance.acquire(str(tmp_path / "x.db"))
    assert single_instance.acquire(str(tmp_path / "x.db")) is None
    first.unlock()
    again = single_instance.acquire(str(tmp_path / "x.db"))
    assert again is not None
    again.unlock()


FIRST_RUN = """
import sys
import time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from incidentdesk import app as app_module
from incidentdesk.settings import LocalSettings

app = QApplication([])
app_module.LocalSettings = lambda: LocalSettings(sys.argv[2])
asked = []

def yes(parent, title, text, *a, **k):
    asked.append(text)
    return QMessageBox.StandardButton.Yes

QMessageBox.question = yes

def opened_in_viewer(folder):  # what opening an attachment leaves in the temporary folder
    (folder / "answer.pdf").write_bytes(b"%PDF")
    return folder / "answer.pdf"

def check():
    windows = [w for w in app.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()]
    if windows and windows[0].pages["incidents"].table.source.rowCount() > 0:
        from incidentdesk.services import viewer_copies
        print("OPENED:" + str(viewer_copies.copy(opened_in_viewer)))
        app.quit()
    else:
        QTimer.singleShot(50, check)

QTimer.singleShot(0, check)
QTimer.singleShot(30_000, lambda: app.exit(3))
code = app_module.run(sys.argv[1], "en")
print("ASKED:" + " | ".join(asked).replace("\\n", " "))
sys.exit(code)
"""


def test_first_run_creates_the_ledger_and_loads_the_sample(tmp_path):
    """A new database opens the window, the sample offer accepted fills the incident list, layout is saved.

    Copies of attachments opened in the system's viewer do not pile up: the session's own are removed when it
    quits, and one a killed session left over a day ago is swept at start (a recent one is left alone).

    The whole start runs in a child process: quitting a real QApplication event loop must not touch the
    test process's own application.
    """
    from incidentdesk.services import viewer_copies

    target = tmp_path / "new.db"
    temp = tmp_path / "tmp"
    temp.mkdir()
    stale, recent = (viewer_copies.root(temp) / name for name in ("copy-stale", "copy-recent"))
    for folder in (stale, recent):
        folder.mkdir()
        (folder / "old.pdf").write_bytes(b"%PDF")
    os.utime(stale, (time.time() - 2 * 24 * 3600,) * 2)
    env = {
        **os.environ,
        "INCIDENTDESK_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(temp),
        "TEMP": str(temp),
        "TMP": str(temp),
    }
    result = subprocess.run(
        [sys.executable, "-c", FIRST_RUN, str(target), str(tmp_path / "settings.ini")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "ASKED:" in result.stdout and "sample" in result.stdout
    opened = Path(result.stdout.split("OPENED:")[1].splitlines()[0])
    assert opened.parent.parent == viewer_copies.root(temp) and not opened.parent.exists()
    assert not stale.exists() and (recent / "old.pdf").exists()
    assert target.exists()
    saved = LocalSettings(tmp_path / "settings.ini")
    assert saved.geometry != QByteArray() and saved.last_incident == 1
    lock = single_instance.acquire(str(target))  # the lock went with the window
    assert lock is not None
    lock.unlock()


def test_local_settings_round_trip(tmp_path):
    """Language, last incident and page survive a new LocalSettings on the same file; bad values fall back."""
    s = LocalSettings(tmp_path / "s.ini")
    assert s.language == "system" and s.last_incident is None
    s.language, s.last_incident, s.last_page = "ja", 7, "memos"
    s.sync()
    again = LocalSettings(tmp_path / "s.ini")
    assert (again.language, again.last_incident, again.last_page) == ("ja", 7, "memos")
    again.qsettings.setValue("ui/language", "fr")
    assert again.language == "system"


def test_settings_form_result_switches_language_and_date_style(qtbot, runner, window, tmp_path, monkeypatch):
    """What the settings form returns is applied at once: Japanese texts and Western dates on the incident page."""
    from incidentdesk.gui.dialogs import OrgSettingsDialog, SettingsSaved
    from incidentdesk.domain.inputs import SettingsIn

    qapp = QApplication.instance()
    desktop = app_module.DesktopApp(
        qapp, LocalSettings(tmp_path / "s.ini"), app_module.Translations(qapp), "unused", fresh=False
    )
    desktop.ctx, desktop.window = window.ctx, window
    seen = {}

    def fake_ask(cls, parent, ctx, **context):
        seen.update(context)
        return SettingsSaved(settings=SettingsIn(date_style="western"), language="ja", language_changed=True)

    monkeypatch.setattr(OrgSettingsDialog, "ask", classmethod(fake_ask))
    view = window.pages["incidents"].view
    try:
        desktop.open_settings()
        qtbot.waitUntil(lambda: window.nav.item(0).text() == "事案", timeout=3000)
        assert seen["qsettings"] is desktop.settings.qsettings
        assert window.ctx.date_style == "western"
        assert "2021年3月17日" in view.meta.text() and "令和" not in view.meta.text()
        assert desktop.settings.language == "ja"
        assert window.language_actions["ja"].isChecked()
    finally:
        desktop.translations.clear()
        window.ctx.set_language("en")
        desktop.runner.shutdown()
        desktop.setParent(None)


def test_help_about_opens_the_about_dialog_with_the_database(qtbot, runner, window, tmp_path):
    """Help → About shows the packaging engineer's About dialog, told which database is open."""
    from PySide6.QtCore import QTimer

    from incidentdesk.gui.dialogs.about import AboutDialog

    qapp = QApplication.instance()
    desktop = app_module.DesktopApp(
        qapp, LocalSettings(tmp_path / "s.ini"), app_module.Translations(qapp), "unused", fresh=False
    )
    desktop.ctx, desktop.window = window.ctx, window
    window.about_requested.connect(desktop.open_about)
    shown = []

    def close_it():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, close_it)
            return
        shown.append((type(dialog), dialog.findChildren(object)))
        dialog.reject()

    QTimer.singleShot(0, close_it)
    try:
        window.act_about.trigger()
    finally:
        desktop.runner.shutdown()
        desktop.setParent(None)
    assert shown and shown[0][0] is AboutDialog
    texts = " ".join(getattr(w, "text", lambda: "")() for w in shown[0][1] if hasattr(w, "text"))
    assert window.ctx.ledger.label in texts
