"""Plurals read right in both languages: Qt's %n forms, English ones from plurals_en.qm."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from incidentdesk.gui.translations import Translations
from incidentdesk.paths import resources_dir


@pytest.fixture
def translations(qapp):
    t = Translations(QApplication.instance())
    yield t
    t.clear()


def n(context: str, source: str, count: int) -> str:
    return QCoreApplication.translate(context, source, "", count)


def test_english_plurals(translations):
    translations.install("en")
    assert n("DecisionDialog", "%n claim(s)", 1) == "1 claim"
    assert n("DecisionDialog", "%n claim(s)", 3) == "3 claims"
    assert n("IncidentView", "%n overdue deadline(s)", 1) == "1 overdue deadline"
    assert n("IncidentView", "%n overdue deadline(s)", 0) == "0 overdue deadlines"
    assert n("SearchPage", "%n result(s) for “%2” — Enter opens the selected record", 1).startswith("1 result for")


def test_japanese_has_one_form(translations):
    translations.install("ja")
    assert n("DecisionDialog", "%n claim(s)", 1) == "説明事項 1 件"
    assert n("DecisionDialog", "%n claim(s)", 3) == "説明事項 3 件"
    assert n("IncidentView", "%n overdue deadline(s)", 2) == "期限超過 2件"


def test_every_plural_has_its_english_forms():
    """plurals_en.ts: every %n message has both English forms filled (scripts/translations.py lists any left)."""
    import xml.etree.ElementTree as ET

    ts = resources_dir() / "translations" / "plurals_en.ts"
    empty = [
        m.findtext("source")
        for m in ET.parse(ts).getroot().iter("message")
        if len([f for f in m.iter("numerusform") if (f.text or "").strip()]) != 2
    ]
    assert empty == []
    assert ts.with_suffix(".qm").exists()
