"""The About / data locations screen, offscreen: what it lists, copy, open folder, Japanese."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTranslator, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from incidentdesk import __version__, paths
from incidentdesk.gui.dialogs import about
from incidentdesk.gui.dialogs.about import AboutDialog

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
KEYS = ["data", "backups", "logs", "memos", "cache"]


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "profile"
    monkeypatch.setenv(paths.DATA_ENV, str(folder))
    return folder


@pytest.fixture
def opened(monkeypatch):
    """Records the URLs the dialog asks the desktop to open instead of starting a file manager."""
    urls: list[QUrl] = []

    class FakeDesktop:
        @staticmethod
        def openUrl(url: QUrl) -> bool:  # Qt's name
            urls.append(url)
            return True

    monkeypatch.setattr(about, "QDesktopServices", FakeDesktop)
    return urls


def _text(dialog, name: str) -> str:
    return dialog.findChild(QLineEdit, f"path_{name}").text()


def test_lists_version_database_and_every_folder(qtbot, data_dir):
    """The dialog shows the version, the ledger in use and each folder from paths.data_locations()."""
    db_file = data_dir / "incidentdesk.db"
    dialog = AboutDialog(database_label=str(db_file), lang="en")
    qtbot.addWidget(dialog)
    assert __version__ in dialog.findChild(QLabel, "about_version").text()
    assert _text(dialog, "database") == str(db_file)
    expected = {loc.key: str(loc.path) for loc in paths.data_locations()}
    assert list(expected) == KEYS
    for key in KEYS:
        assert _text(dialog, key) == expected[key]
        assert Path(expected[key]).is_relative_to(data_dir)


def test_copy_puts_the_path_on_the_clipboard(qtbot, data_dir):
    """Each Copy button puts exactly its row's path on the clipboard."""
    dialog = AboutDialog(database_label="/srv/shared/ledger.db", lang="en")
    qtbot.addWidget(dialog)
    for key in ["database", *KEYS]:
        QGuiApplication.clipboard().clear()
        dialog.findChild(QPushButton, f"copy_{key}").click()
        assert QGuiApplication.clipboard().text() == _text(dialog, key)


def test_open_folder_creates_and_opens_it(qtbot, data_dir, opened):
    """Open folder creates a folder that does not exist yet and hands its file URL to the desktop."""
    dialog = AboutDialog(database_label=str(data_dir / "incidentdesk.db"), lang="en")
    qtbot.addWidget(dialog)
    backups = paths.backups_dir()
    assert not backups.exists()
    dialog.findChild(QPushButton, "open_backups").click()
    assert backups.is_dir()
    assert [u.toLocalFile() for u in opened] == [str(backups)]
    dialog.findChild(QPushButton, "open_database").click()
    assert opened[-1].toLocalFile() == str(data_dir)


def test_server_database_has_no_folder_to_open(qtbot, data_dir):
    """A PostgreSQL ledger is shown as its URL with a Copy button but no Open folder button."""
    url = "postgresql+psycopg://desk:***@db.city.local/incidentdesk"
    dialog = AboutDialog(database_label=url, lang="en")
    qtbot.addWidget(dialog)
    assert _text(dialog, "database") == url
    assert dialog.findChild(QPushButton, "copy_database") is not None
    assert dialog.findChild(QPushButton, "open_database") is None


def test_japanese_translation_and_labels(qtbot, data_dir):
    """With about_ja.qm installed and the language set to ja, the title, buttons and row labels are Japanese."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "about_ja.qm"))
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        dialog = AboutDialog(database_label=str(data_dir / "incidentdesk.db"), lang="ja")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "インシデント台帳について"
        assert dialog.findChild(QPushButton, "open_memos").text() == "フォルダを開く"
        labels = {w.text() for w in dialog.findChildren(QLabel)}
        assert {"使用中の台帳", "バックアップ", "ログ", "報告メモ"} <= labels
    finally:
        app.removeTranslator(translator)


def test_every_string_is_translated(qtbot):
    """Every self.tr() text in about.py has a finished Japanese translation in about_ja.ts and the built .qm."""
    source = Path(about.__file__).read_text(encoding="utf-8")
    # Adjacent literals inside one tr(...) call are one message, as lupdate reads them.
    calls = re.findall(r'self\.tr\(((?:\s*"[^"]*")+)\s*\)', source)
    texts = {"".join(re.findall(r'"([^"]*)"', c)) for c in calls}
    assert len(texts) >= 10
    tree = ET.parse(TRANSLATIONS / "about_ja.ts")
    done = {m.findtext("source"): m.find("translation") for m in tree.iter("message")}
    for text in texts:
        assert text in done, text
        assert done[text].get("type") is None and done[text].text, text
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "about_ja.qm"))
    stale = [t for t in texts if translator.translate("AboutDialog", t) != done[t].text]
    assert not stale, "about_ja.qm is older than about_ja.ts: run pyside6-lrelease"
