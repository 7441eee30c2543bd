"""Japanese is complete in app_ja.ts, and switching language at runtime changes what the window shows."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from incidentdesk.gui.translations import Translations
from incidentdesk.paths import resources_dir

from conftest import settle

ROOT = Path(__file__).resolve().parents[2]
TS = resources_dir() / "translations" / "app_ja.ts"


def _unfinished(ts: Path) -> list[str]:
    problems = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        for message in ctx.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            texts = (
                ""
                if translation is None
                else (translation.text or "") + "".join(f.text or "" for f in translation.iter("numerusform"))
            )  # a plural keeps its text in its forms
            if (
                translation is None
                or translation.get("type") in ("unfinished", "obsolete", "vanished")
                or not texts.strip()
            ):
                problems.append(f"{ctx.findtext('name')}: {source!r}")
    return problems


def test_app_ja_has_no_unfinished_entries():
    """Every message in app_ja.ts has a Japanese translation and none is marked unfinished."""
    assert not _unfinished(TS)
    assert TS.with_suffix(".qm").exists()


def test_app_ja_covers_every_string_in_the_sources(tmp_path):
    """Running lupdate over the window's sources adds nothing untranslated (no string was left out)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    copy = tmp_path / "app_ja.ts"
    shutil.copyfile(TS, copy)
    src = ROOT / "src" / "incidentdesk"
    files = [src / "app.py", *sorted((src / "gui").glob("*.py")), *sorted((src / "gui" / "pages").glob("*.py"))]
    subprocess.run([str(lupdate), "-no-obsolete", *map(str, files), "-ts", str(copy)], check=True, capture_output=True)
    assert not _unfinished(copy)


def test_no_translated_text_is_asked_for_inside_an_f_string():
    """lupdate does not read a tr() inside an f-string's braces, so such a text stays English in Japanese (the
    decision form for several uses showed "(now: 協議中)"): every one is a literal call of its own."""
    import re

    pattern = re.compile(r"\{\s*(self\.)?tr\(|\{\s*QCoreApplication\.translate\(")
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "src" / "incidentdesk").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert found == []


def test_switching_language_changes_the_visible_texts(qtbot, runner, window):
    """English → Japanese → English: navigation, headers, buttons and decision labels follow at once."""
    app = QApplication.instance()
    translations = Translations(app)
    view = window.pages["incidents"].view
    header = lambda: view.matrix.model().headerData(0, Qt.Orientation.Horizontal)  # noqa: E731
    assert window.nav.item(0).text() == "Incidents"
    assert header() == "Current decision"
    assert any(t.startswith("Continue") for t in view.chips.texts())
    try:
        window.ctx.set_language("ja")
        translations.install("ja")
        qtbot.waitUntil(lambda: window.nav.item(0).text() == "事案", timeout=3000)
        settle(qtbot, runner)
        assert header() == "現在の対応判断"
        assert view.btn_decision.text() == "対応判断を記録(&D)…"
        assert any(t.startswith("継続") for t in view.chips.texts())
        assert view.matrix.model().index(0, 0).data() in {"継続", "停止", "協議中", "再開", "未判断"}
        assert window.menuBar().actions()[0].text() == "ファイル(&F)"
    finally:
        window.ctx.set_language("en")
        translations.install("en")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Incidents", timeout=3000)
    assert header() == "Current decision"


def test_window_language_follows_incidentdesk_lang(monkeypatch):
    """With the setting left at 'system', $INCIDENTDESK_LANG chooses the window's language before the OS locale."""
    from incidentdesk.gui.translations import resolve

    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("INCIDENTDESK_LANG", "ja")
    assert resolve("system") == "ja"
    assert resolve("en") == "en"
    monkeypatch.setenv("INCIDENTDESK_LANG", "fr")
    assert resolve(None) == "en"
