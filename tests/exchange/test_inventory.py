"""Inventory import on SQLite and PostgreSQL: typed values, matching, one audited transaction, the export round trip."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlmodel import select

from incidentdesk.domain.errors import LedgerError
from incidentdesk.domain.inputs import ServiceIn, UseIn
from incidentdesk.exchange import inventory as inv
from incidentdesk.services import catalog, inventory, ledger
from incidentdesk.services.reads.inventory import catalogue, lines
from incidentdesk.storage.models import AuditEvent

from ledger_reads import read

DATA = Path(__file__).with_name("data")
HEADER = [
    "所管課",
    "サービス名",
    "業務名",
    "業務の概要",
    "個人情報の有無",
    "個人情報の内容",
    "機密性",
    "運用開始日",
    "友だち数",
    "委託先",
    "データ保存場所",
    "アクセス拠点",
]


def write_sheet(
    path: Path, rows: list[list], header: list[str] = HEADER, title: str = "外部サービス一覧(架空市)"
) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append([title])
    ws.append([])
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def load(db, path: Path, **kw):
    file = inv.read_inventory(path, remembered=False, **kw)
    file.require_columns()
    return file, inventory.preview(db, file.rows)


def commit(db, path: Path, *, valid_only: bool = False, **kw):
    file, plan = load(db, path, **kw)
    return inventory.apply(db, file.rows, expected=plan.fingerprint, valid_only=valid_only)


def state(db) -> dict:
    """What the catalogue holds, by names: comparable across ledgers and backends."""
    cat = read(db, catalogue)
    out = {}
    for line in lines(cat):
        values = dict(line.values)
        out[(line.values["service"], line.values["use"])] = values
    return out


def events(db) -> list[AuditEvent]:
    with db.read() as s:
        return list(s.exec(select(AuditEvent).order_by(AuditEvent.seq)))


def test_test_folder_inventory_imports_every_value_as_typed(db):
    """The fictional city's .xlsx imports with its title block, merged cells, era dates and full-width digits read."""
    done = commit(db, DATA / "kakuu_inventory.xlsx")
    assert done.counts() == {"create": 10, "update": 0, "unchanged": 0, "refused": 0}
    got = state(db)
    assert ("架空市メールマガジン", "メールマガジンの配信") not in got  # the hidden row is set aside
    line = got[("架空市LINE公式アカウント", "市政情報の配信")]
    assert (line["followers"], line["started_on"], line["handles_personal_data"], line["confidentiality"]) == (
        5000,
        date(2020, 6, 10),
        False,
        1,
    )
    assert line["access"] == ("JP", "KR") and line["storage"] == ("JP",)
    assert line["contractors"] == ("株式会社架空システム",)
    resident = got[("架空市LINE公式アカウント", "住民票の写しの申請")]
    assert (resident["department"], resident["started_on"], resident["confidentiality"]) == (
        "市民課",
        date(2019, 10, 1),
        2,
    )
    assert resident["access"] == ("JP",)  # the service is reached from Korea only for its other uses
    # full-width spaces trimmed
    assert got[("架空市LINE公式アカウント", "防災情報の配信")]["department"] == "危機管理課"
    assert got[("架空市子育て応援ＬＩＮＥ", "保育園入園申請")]["followers"] == 12_000  # 1.2万
    assert got[("架空市子育て応援ＬＩＮＥ", "子育て相談")]["confidentiality"] == 3
    assert got[("架空市電子申請フォーム", "粗大ごみの収集申込")]["started_on"] == date(2020, 4, 1)  # an Excel serial
    assert got[("架空市電子申請フォーム", "犬の登録")]["handles_personal_data"] is True  # ✓
    assert got[("架空市公式Ｘ（旧Twitter）", "イベント情報の発信")]["followers"] == 3_900  # 約3,900人
    assert got[("架空市公式Ｘ（旧Twitter）", "イベント情報の発信")]["storage"] == ("US",)
    assert ledger.verify(db).ok


def test_one_audit_event_per_record_in_one_transaction(db):
    """Every service, party, role, use and data location written gets exactly one create event."""
    before = len(events(db))
    commit(db, DATA / "kakuu_inventory.xlsx")
    new = events(db)[before:]
    assert {e.action for e in new} == {"create"}
    assert sorted({e.entity for e in new}) == ["location", "party", "service", "service_party", "use"]
    assert len({(e.entity, e.entity_id) for e in new}) == len(new)
    assert sum(e.entity == "use" for e in new) == 10 and sum(e.entity == "service" for e in new) == 5


def test_cp932_csv_reads_like_the_workbook(db, new_target):
    """The CP932 CSV Excel saved from the same sheet gives the same ledger (plus the row a CSV cannot hide)."""
    from incidentdesk.storage.database import open_database

    commit(db, DATA / "kakuu_inventory.xlsx")
    other = open_database(new_target(at_head=True), actor="tester")
    try:
        done = commit(other, DATA / "kakuu_inventory_cp932.csv")
        assert done.counts()["create"] == 11
        from_csv = state(other)
        assert from_csv.pop(("架空市メールマガジン", "メールマガジンの配信"))
        assert from_csv == state(db)
    finally:
        other.close()


def test_reimport_changes_nothing_and_duplicates_nothing(db):
    """Importing the same sheet again finds every row unchanged and writes no event."""
    commit(db, DATA / "kakuu_inventory.xlsx")
    before = len(events(db))
    again = commit(db, DATA / "kakuu_inventory.xlsx")
    assert again.counts() == {"create": 0, "update": 0, "unchanged": 10, "refused": 0}
    assert len(events(db)) == before
    assert len(state(db)) == 10


def test_export_edit_import_changes_only_what_was_edited(db, tmp_path):
    """An exported inventory edited in Excel imports back as exactly the edits, in Japanese and in English."""
    commit(db, DATA / "kakuu_inventory.xlsx")
    for lang in ("ja", "en"):
        path = inv.write_inventory(tmp_path / f"export-{lang}.xlsx", read(db, lambda r: lines(catalogue(r))), lang=lang)
        file, plan = load(db, path)
        assert plan.counts()["unchanged"] == 10 and plan.counts()["update"] == 0, lang
    wb = load_workbook(tmp_path / "export-ja.xlsx")
    ws = wb.active
    header = [c.value for c in ws[4]]
    row = next(r for r in range(5, ws.max_row + 1) if ws.cell(r, header.index("業務名") + 1).value == "犬の登録")
    ws.cell(row, header.index("業務の概要") + 1).value = "犬の登録・変更・死亡の届出"
    ws.cell(row, header.index("機密性区分") + 1).value = "Ⅲ"
    ws.cell(row, header.index("アクセス・運用拠点") + 1).value = "日本、ベトナム"
    wb.save(tmp_path / "edited.xlsx")
    before = len(events(db))
    done = commit(db, tmp_path / "edited.xlsx")
    assert done.counts() == {"create": 0, "update": 1, "unchanged": 9, "refused": 0}
    [updated] = [r for r in done.rows if r.action == "update"]
    assert [(c.field, c.old, c.new) for c in updated.changes] == [
        ("purpose", "犬の登録・変更の届出", "犬の登録・変更・死亡の届出"),
        ("confidentiality", 2, 3),
        ("access", None, "VN"),
    ]
    new = events(db)[before:]
    assert [(e.action, e.entity) for e in new] == [("update", "use"), ("create", "location")]
    assert ledger.verify(db).ok


def test_refused_rows_stop_the_import_unless_only_valid_rows_are_chosen(db, ledger_state):
    """Unreadable dates refuse their rows and nothing is written; choosing valid rows writes the others."""
    before = ledger_state(db)
    file, plan = load(db, DATA / "bad_dates.xlsx")
    assert [r.number for r in plan.refused] == [8, 10]
    assert plan.refused[0].problems[0].code == "sheet_bad_day"
    with pytest.raises(LedgerError) as caught:
        inventory.apply(db, file.rows, expected=plan.fingerprint)
    assert caught.value.code == "sheet_rows_refused" and caught.value.params == {"count": 2, "first": 8}
    assert ledger_state(db) == before
    done = inventory.apply(db, file.rows, expected=plan.fingerprint, valid_only=True)
    assert done.counts()["create"] == 8 and len(state(db)) == 8


def test_formula_errors_refuse_their_rows(db):
    """#REF! and an uncalculated formula refuse the rows that hold them, naming the cell."""
    _file, plan = load(db, DATA / "bad_formula_errors.xlsx")
    problems = {r.number: [p.code for p in r.problems] for r in plan.refused}
    assert problems == {
        8: ["sheet_cell_error"],
        9: ["sheet_cell_error"],
        10: ["sheet_cell_no_value", "sheet_cell_error"],
    }
    assert plan.refused[1].problems[0].params["cell"] == "J8"


def test_rows_missing_from_the_sheet_are_listed_not_deleted(db, tmp_path):
    """A use the new sheet leaves out is listed as absent (by department) and stays in the ledger."""
    write_sheet(
        tmp_path / "a.xlsx",
        [["広報課", "架空LINE", "配信"], ["広報課", "架空LINE", "相談"], ["市民課", "架空X", "告知"]],
    )
    commit(db, tmp_path / "a.xlsx")
    write_sheet(tmp_path / "b.xlsx", [["広報課", "架空LINE", "配信"]])
    done = commit(db, tmp_path / "b.xlsx")
    assert [(a.service, a.use) for a in done.absent] == [("架空LINE", "相談")]
    assert done.absent_elsewhere == 1  # 市民課 is not in the sheet
    assert len(state(db)) == 3


def test_matching_ignores_width_case_and_spaces(db, tmp_path):
    """ＬＩＮＥ and LINE, full-width spaces and case name the same service and use: updated, never duplicated."""
    write_sheet(tmp_path / "a.xlsx", [["広報課", "架空市LINE公式", "市政情報の配信", "お知らせ"]])
    commit(db, tmp_path / "a.xlsx")
    write_sheet(tmp_path / "b.xlsx", [["広報課", "架空市ＬＩＮＥ　公式", "市政情報の配信", "お知らせ(毎週)"]])
    done = commit(db, tmp_path / "b.xlsx")
    assert done.counts()["update"] == 1
    changed = {c.field: c.new for c in done.rows[0].changes}
    assert changed == {"service": "架空市ＬＩＮＥ　公式", "purpose": "お知らせ(毎週)"}
    assert len(state(db)) == 1


def test_a_new_department_for_a_use_is_an_update(db, tmp_path):
    """The same service and use under another department updates the use's department (never a second use)."""
    write_sheet(tmp_path / "a.xlsx", [["広報課", "架空LINE", "配信"], ["広報課", "架空LINE", "相談"]])
    commit(db, tmp_path / "a.xlsx")
    write_sheet(tmp_path / "b.xlsx", [["広報課", "架空LINE", "配信"], ["子育て支援課", "架空LINE", "相談"]])
    done = commit(db, tmp_path / "b.xlsx")
    [row] = [r for r in done.rows if r.action == "update"]
    assert [(c.field, c.old, c.new) for c in row.changes] == [("department", "広報課", "子育て支援課")]
    got = state(db)
    assert got[("架空LINE", "相談")]["department"] == "子育て支援課" and len(got) == 2


def test_contradicting_service_facts_and_duplicate_rows_are_refused(db, tmp_path):
    """Two follower counts for one service refuse the later row; the same use twice refuses the second."""
    path = write_sheet(
        tmp_path / "a.xlsx",
        [
            ["広報課", "架空LINE", "配信", "", "", "", "", "", "5,000"],
            ["広報課", "架空LINE", "相談", "", "", "", "", "", "6,000"],
            ["広報課", "架空LINE", "防災", "", "", "", "", "", ""],
            ["広報課", "架空ＬＩＮＥ", "配信", "", "", "", "", "", ""],
        ],
    )
    _file, plan = load(db, path)
    refused = {r.number: r.problems[0] for r in plan.refused}
    assert refused[5].code == "sheet_row_conflict" and refused[5].params["other"] == 4
    assert "6000" in refused[5].message("ja") and "5000" in refused[5].message("ja")
    assert refused[7].code == "sheet_row_duplicate" and refused[7].params["other"] == 4
    assert plan.rows[2].action == "create"  # a blank says nothing


def test_a_change_after_the_preview_refuses_the_commit(db, tmp_path, ledger_state):
    """When the ledger changes between preview and import, the import is refused and writes nothing."""
    path = write_sheet(tmp_path / "a.xlsx", [["広報課", "架空LINE", "配信"]])
    file, plan = load(db, path)
    service = catalog.add_service(db, ServiceIn(name="架空LINE", department="広報課"))
    catalog.add_use(db, UseIn(service_id=service.id, name="配信"))
    before = ledger_state(db)
    with pytest.raises(LedgerError) as caught:
        inventory.apply(db, file.rows, expected=plan.fingerprint)
    assert caught.value.code == "sheet_ledger_changed"
    assert ledger_state(db) == before


def test_service_only_rows_and_kept_facts(db, tmp_path):
    """A row without a use speaks for its service; contractors and countries the sheet lacks are kept and listed."""
    path = write_sheet(
        tmp_path / "a.xlsx", [["広報課", "架空LINE", "", "", "", "", "", "", "", "架空株式会社", "日本", "日本、韓国"]]
    )
    done = commit(db, path)
    assert done.counts()["create"] == 1 and state(db)[("架空LINE", "")]["contractors"] == ("架空株式会社",)
    path = write_sheet(tmp_path / "b.xlsx", [["広報課", "架空LINE", "", "", "", "", "", "", "", "", "日本", "日本"]])
    again = commit(db, path)
    assert again.counts()["unchanged"] == 1
    assert {(c.field, c.old) for c in again.rows[0].kept} == {("contractors", "架空株式会社"), ("access", "KR")}
    assert state(db)[("架空LINE", "")]["access"] == ("JP", "KR")


@pytest.mark.parametrize(
    "column,typed,field,stored",
    [
        ("運用開始日", "令和3年4月1日", "started_on", date(2021, 4, 1)),
        ("運用開始日", "R3.4.1", "started_on", date(2021, 4, 1)),
        ("運用開始日", "令和元年5月1日", "started_on", date(2019, 5, 1)),
        ("運用開始日", "２０２１／４／１", "started_on", date(2021, 4, 1)),
        ("運用開始日", 44287, "started_on", date(2021, 4, 1)),
        ("友だち数", "5,000", "followers", 5000),
        ("友だち数", "５，０００", "followers", 5000),
        ("友だち数", "5千", "followers", 5000),
        ("個人情報の有無", "○", "handles_personal_data", True),
        ("個人情報の有無", "×", "handles_personal_data", False),
        ("個人情報の有無", "有", "handles_personal_data", True),
        ("個人情報の有無", "無", "handles_personal_data", False),
        ("個人情報の有無", "あり", "handles_personal_data", True),
        ("個人情報の有無", "なし", "handles_personal_data", False),
        ("個人情報の有無", "はい", "handles_personal_data", True),
        ("個人情報の有無", "いいえ", "handles_personal_data", False),
        ("個人情報の有無", "✓", "handles_personal_data", True),
        ("機密性", "機密性２", "confidentiality", 2),
        ("機密性", "2", "confidentiality", 2),
        ("機密性", "Ⅱ", "confidentiality", 2),
        ("データ保存場所", "韓国", "storage", ("KR",)),
        ("データ保存場所", "South Korea", "storage", ("KR",)),
        ("データ保存場所", "kr", "storage", ("KR",)),
        ("データ保存場所", "日本、大韓民国", "storage", ("JP", "KR")),
    ],
)
def test_values_as_people_type_them(db, tmp_path, column, typed, field, stored):
    """Each way of writing a date, number, yes/no, class or country is stored as the value it means."""
    row = ["広報課", "架空LINE", "配信", "", "", "", "", "", "", "", "", ""]
    row[HEADER.index(column)] = typed
    commit(db, write_sheet(tmp_path / "a.xlsx", [row]))
    assert state(db)[("架空LINE", "配信")][field] == stored
