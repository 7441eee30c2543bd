"""The audit log reads in words: local time, record and field names and codes in the user's language, old → new per
field; filters by record, user and dates; CSV export of what matches."""

from __future__ import annotations

import csv
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, datetime  # noqa: E402

from incidentdesk.domain.inputs import LocationIn  # noqa: E402
from incidentdesk.gui.pages.audit import AuditPage  # noqa: E402
from incidentdesk.services import audit_text, catalog  # noqa: E402
from test_dialogs_support import context_for, db, ledger, no_unexpected_boxes, runner  # noqa: E402,F401


def settled(qtbot, runner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    qtbot.wait(30)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)


def test_codes_and_fields_in_words():
    """Codes, field names, files and dates read as words in either language, and times in local time."""
    old = '{"country":"JP","kind":"storage","version":1}'
    new = '{"country":"CN","kind":"access","version":2}'
    assert audit_text.changes_text("location", old, new, "ja") == "国: 日本 → 中国; 種別: 保存 → アクセス"
    assert audit_text.changes_text("location", old, new, "en").startswith("Country: Japan → China")
    assert (
        audit_text.changes_text("decision", "", '{"state":"suspend","decided_on":"2021-03-19"}', "ja")
        == "対応判断: 停止; 判断日: 令和3年3月19日"
    )
    attached = (
        '{"added_at":"2021-03-19T01:00:00.000000+00:00","data":{"sha256":"9b7859d67e7e156306cd0000",'
        '"size":15300},"filename":"回答.pdf","mime":"application/pdf","owner_id":3,'
        '"owner_kind":"statement","sha256":"9b7859d67e7e156306cd0000"}'
    )
    text = audit_text.changes_text("attachment", "", attached, "ja")
    assert "内容: 15,300 バイト(SHA-256 9b7859d67e7e1563…)" in text and "添付先: 事業者説明" in text
    assert "added_at" not in text and "{" not in text
    english = audit_text.changes_text("attachment", "", attached, "en")
    assert "Content: 15,300 bytes" in english and "Attached to: Vendor statement" in english
    made = audit_text.changes_text("statement", '{"made_precision":"day"}', '{"made_precision":"late"}', "ja")
    assert made == "説明日の精度: 日 → 下旬"
    upgrade = '{"add":{"retired_on":null,"version":1},"drop":["source_id"],"rename":{"resume_conditions":"conditions"}}'
    assert (
        audit_text.changes_text("statement", "", upgrade, "en")
        == "Fields added: Retired on, Version (for concurrent edits); Fields removed: Source; "
        "Fields renamed: Conditions to resume → Conditions"
    )
    at = "2021-03-19T01:00:00+00:00"
    assert audit_text.local_time(at) == datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")


def test_page_shows_words_and_filters_and_exports(qtbot, runner, db, ledger, tmp_path):
    place = catalog.add_location(db, LocationIn(service_id=ledger.service, category="other", country="JP"))
    catalog.edit_location(db, place.id, LocationIn(service_id=ledger.service, category="other", country="CN"))
    page = AuditPage(context_for(runner, db, "ja"))
    qtbot.addWidget(page)
    page.show()
    settled(qtbot, runner)
    newest = page.model.row_at(0)
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert texts[3] == "変更" and texts[4] == f"データの所在 #{place.id}" and "国: 日本 → 中国" in texts[5]
    assert texts[1] == audit_text.local_time(newest.at)
    total = page.model.total
    page.entity.setCurrentIndex(page.entity.findData("location"))
    page.refresh()
    settled(qtbot, runner)
    assert page.model.total == 2 and {r.entity for r in page.model.rows()} == {"location"}
    page.actor.setText("nobody-else")
    page.refresh()
    settled(qtbot, runner)
    assert page.model.total == 0
    page.actor.clear()
    page.entity.setCurrentIndex(0)
    page.since.setText("2000/1/1")
    page.until.setText(date.today().isoformat())
    page.refresh()
    settled(qtbot, runner)
    assert page.model.total == total
    page.until.setText("R2.1.1")  # nothing happened before 2020 in this ledger
    page.refresh()
    settled(qtbot, runner)
    assert page.model.total == 0
    page.until.clear()
    page.entity.setCurrentIndex(page.entity.findData("location"))
    out = tmp_path / "log.csv"
    page.export_csv(str(out))
    settled(qtbot, runner)
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[0][:3] == ["番号", "日時", "操作者"]
    assert ["国", "日本", "中国"] in [r[6:9] for r in rows[1:]]
