"""The survey answer: decisions as of a date, our own printable sheet, CP932 CSV, and the ministry's form filled in."""

from __future__ import annotations

import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from incidentdesk.domain.errors import LedgerError
from incidentdesk.domain.inputs import UseIn
from incidentdesk.exchange import survey
from incidentdesk.exchange.survey_template import fill, inspect
from incidentdesk.services import catalog, sample_case

DATA = Path(__file__).with_name("data")
TEMPLATE = DATA / "kakuu_survey_template.xlsx"
# Reading the form back with openpyxl warns that it cannot keep the x14 list the fill copied back on purpose.
pytestmark = pytest.mark.filterwarnings("ignore:Data Validation extension is not supported")


@pytest.fixture
def sample(db):
    """The LINE 2021 sample: 30 affected uses, decisions on 19 and 22 March and a resumption on 15 April."""
    return db, sample_case.load(db)


def look(cell) -> tuple:
    """What formatting a person sees in a cell."""
    f, b, a = cell.font, cell.border, cell.alignment
    return (
        f.name,
        f.b,
        f.i,
        f.sz,
        f.color.rgb if f.color else None,
        b.left.style,
        b.top.style,
        b.bottom.style,
        cell.fill.fgColor.rgb,
        a.horizontal,
        a.vertical,
        a.wrap_text,
        cell.number_format,
    )


def states(data) -> Counter:
    return Counter(row.state for row in data.rows)


def test_decisions_as_of_a_date(sample):
    """Each use shows the decision current on the date asked: the latest decided on or before it."""
    db, incident = sample
    assert states(survey.load(db, incident, date(2021, 3, 18))) == {"undecided": 30}
    on_19 = survey.load(db, incident, date(2021, 3, 19))
    assert states(on_19) == {"continue": 21, "discussing": 4, "suspend": 3, "undecided": 2}
    assert states(survey.load(db, incident, date(2021, 3, 25)))["suspend"] == 5
    later = survey.load(db, incident, date(2021, 4, 20))
    assert states(later)["resume"] == 1 and states(later)["suspend"] == 4
    resumed = next(r for r in later.rows if r.state == "resume")
    assert resumed.decided_on == date(2021, 4, 15)
    assert on_19.municipality == "サンプル市" and on_19.contact_name


def test_own_sheet_prints_on_a4_landscape_with_a_frozen_japanese_header(sample, tmp_path):
    """Our sheet: title block, Japanese header frozen and repeated on every page, widths, wrapping, 和暦 dates."""
    db, incident = sample
    written = survey.export(db, incident, tmp_path / "answer.xlsx", as_of=date(2021, 3, 25), lang="ja")
    assert written.rows == 30
    ws = load_workbook(written.path).active
    assert ws["A1"].value.startswith("「LINE社の個人情報管理問題") and "令和3年3月25日時点" in ws["A2"].value
    assert ws["A3"].value.startswith("回答者: 総務部 情報政策課")
    header = [c.value for c in ws[5]]
    assert header[:5] == ["団体名", "所管課", "サービス名", "業務名", "業務の概要"]
    assert "対応状況" in header and "判断日" in header and "条件" in header
    assert ws.freeze_panes == "A6" and ws.print_title_rows == "$5:$5"
    assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert ws.column_dimensions["E"].width == survey.WIDTHS["purpose"]
    assert ws["E6"].alignment.wrap_text and ws.row_dimensions[6].height >= 15
    row = next(r for r in ws.iter_rows(min_row=6, values_only=True) if r[9] == "停止")
    assert row[10] in ("令和3年3月19日", "令和3年3月22日") and row[0] == "サンプル市"
    assert ws.oddFooter.right.text == "&P / &N"


def test_own_sheet_in_english(sample, tmp_path):
    """With --lang en the header, decisions and dates are English."""
    db, incident = sample
    ws = load_workbook(survey.export(db, incident, tmp_path / "a.xlsx", as_of=date(2021, 3, 25), lang="en").path).active
    assert [c.value for c in ws[5]][:3] == ["Local government", "Department", "Service"]
    assert {r[9] for r in ws.iter_rows(min_row=6, values_only=True)} >= {"Continue", "Suspended"}
    assert any(r[10] == "2021-03-19" for r in ws.iter_rows(min_row=6, values_only=True))


def test_cp932_csv_lists_what_it_cannot_write_then_replaces_on_request(sample, tmp_path):
    """𠮷 and an emoji are refused with their row and column before anything is written; replacing uses stand-ins."""
    db, incident = sample
    data = survey.load(db, incident, date(2021, 3, 25))
    use = next(r for r in data.rows if r.service.startswith("渋谷区"))
    catalog.edit_use(db, use.use_id, UseIn(service_id=None, name="𠮷田さんの相談", notes="📱で受付"))
    out = tmp_path / "answer.csv"
    problems = survey.csv_problems(survey.load(db, incident, date(2021, 3, 25)), "ja", "cp932")
    assert {(p.column, p.char, p.stand_in) for p in problems} == {("業務名", "𠮷", "吉"), ("備考", "📱", "〓")}
    with pytest.raises(LedgerError) as caught:
        survey.export(db, incident, out, as_of=date(2021, 3, 25), lang="ja", encoding="cp932")
    assert caught.value.code == "csv_unencodable" and "「業務名」の「𠮷」" in caught.value.message("ja")
    assert not out.exists()
    survey.export(db, incident, out, as_of=date(2021, 3, 25), lang="ja", encoding="cp932", replace=True)
    text = out.read_bytes().decode("cp932")
    assert "吉田さんの相談" in text and "〓で受付" in text and "令和3年3月19日" in text
    assert text.splitlines()[0].startswith("団体名,所管課,")


def test_utf8_csv_starts_with_a_bom(sample, tmp_path):
    """A UTF-8 answer carries a BOM so that Excel opens it in the right encoding."""
    db, incident = sample
    out = survey.export(db, incident, tmp_path / "answer.csv", as_of=date(2021, 3, 25), lang="ja").path
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_template_header_is_found_on_its_answer_sheet():
    """The form's header is found on the sheet that has it (not the instructions first), columns matched by name."""
    info = inspect(TEMPLATE)
    assert info.sheet == "回答様式" and info.header.row == 5
    fields = info.header.field_columns()
    assert fields == {
        "body": 2,
        "department": 3,
        "use": 4,
        "handles_personal_data": 5,
        "personal_data": 6,
        "stored_in": 7,
        "state": 8,
        "notes": 9,
    }


def test_template_filled_keeps_the_form(sample, tmp_path):
    """Answers go below the header and example; formatting, widths, sheets and drop-down lists stay as they were."""
    db, incident = sample
    out = tmp_path / "filled.xlsx"
    written = survey.export(db, incident, out, as_of=date(2021, 3, 25), lang="ja", template=TEMPLATE)
    assert (written.sheet, written.first_row, written.rows) == ("回答様式", 7, 30)
    before, after = load_workbook(TEMPLATE), load_workbook(out)
    assert after.sheetnames == before.sheetnames and after["選択肢"].sheet_state == "hidden"
    assert after["記入要領"]["A4"].value == before["記入要領"]["A4"].value
    ws, was = after["回答様式"], before["回答様式"]
    assert [c.value for c in ws[6]] == [c.value for c in was[6]]  # the example row is left alone
    assert ws["A7"].value == 1 and ws["B7"].value == "サンプル市"
    assert (ws["B3"].value, ws["E3"].value) == ("サンプル市", "情報 太郎")  # beside 団体名 and 担当者
    assert ws["H3"].value.date() == date(2021, 3, 25) and ws["H3"].number_format == '[$-411]ggge"年"m"月"d"日"'
    assert {ws.cell(r, 5).value for r in range(7, 37)} <= {"有", "無"}
    assert {ws.cell(r, 8).value for r in range(7, 37)} <= {"継続", "停止", "検討中"}  # the form's own words
    assert "検討中" in {ws.cell(r, 8).value for r in range(7, 37)}  # 協議中 in the form's list
    for coordinate in ("A5", "E5", "D7", "H20", "I36"):
        assert look(ws[coordinate]) == look(was[coordinate]), coordinate
    widths = {k: d.width for k, d in was.column_dimensions.items()}
    assert {k: d.width for k, d in ws.column_dimensions.items()} == widths
    assert ws.row_dimensions[5].height == 45 and ws.merged_cells.ranges == was.merged_cells.ranges
    assert [(v.formula1, str(v.sqref)) for v in ws.data_validations.dataValidation] == [('"有,無"', "E7:E36")]
    with zipfile.ZipFile(out) as z:
        part = next(
            n
            for n in z.namelist()
            if n.startswith("xl/worksheets/") and "選択肢!$A$1:$A$3" in z.read(n).decode("utf-8")
        )
        assert "<xm:sqref>H7:H36</xm:sqref>" in z.read(part).decode("utf-8")
    assert ws.print_title_rows == was.print_title_rows
    assert load_workbook(TEMPLATE)["回答様式"]["B7"].value is None  # the template itself is untouched


def test_template_without_room_is_refused(sample, tmp_path):
    """A form whose answer rows run into other content refuses to overwrite it and says how many rows fit."""
    db, incident = sample
    wb = load_workbook(TEMPLATE)
    wb["回答様式"]["D20"] = "※ 行が足りない場合は挿入してください"
    crowded = tmp_path / "crowded.xlsx"
    wb.save(crowded)
    with pytest.raises(LedgerError) as caught:
        survey.export(db, incident, tmp_path / "out.xlsx", as_of=date(2021, 3, 25), template=crowded)
    assert caught.value.code == "template_no_room"
    assert caught.value.params["room"] == 13 and caught.value.params["needed"] == 30
    assert not (tmp_path / "out.xlsx").exists()


def test_template_columns_assigned_by_hand(sample, tmp_path):
    """A column the form names in its own words is filled once assigned; unmatched columns are reported."""
    db, incident = sample
    wb = load_workbook(TEMPLATE)
    wb["回答様式"]["I5"] = "回答者コメント"
    odd = tmp_path / "odd.xlsx"
    wb.save(odd)
    plain = fill(odd, tmp_path / "a.xlsx", survey.load(db, incident, date(2021, 3, 25)), "ja")
    assert "回答者コメント" in plain.unmatched
    data = survey.load(db, incident, date(2021, 3, 25))
    filled = fill(odd, tmp_path / "b.xlsx", data, "ja", assigned={9: "rationale"})
    assert not filled.unmatched
    assert load_workbook(tmp_path / "b.xlsx")["回答様式"]["I7"].value


@pytest.mark.parametrize(
    "name,code",
    [
        ("bad_old_format.xls", "sheet_xls"),
        ("bad_password.xlsx", "sheet_encrypted"),
        ("kakuu_inventory_cp932.csv", "sheet_corrupt"),
    ],
)
def test_bad_templates_are_refused(sample, tmp_path, name, code):
    """A template that is not a plain .xlsx is refused with the same advice as an import."""
    db, incident = sample
    with pytest.raises(LedgerError) as caught:
        survey.export(db, incident, tmp_path / "out.xlsx", template=DATA / name)
    assert caught.value.code == code


def test_a_state_that_followed_an_end_date_is_dated_the_day_after_it(db):
    """The lost-medium fixture: the call centre continued with conditions until 2023-12-31, then 廃止. Asked on
    2024-01-12, the answer says 廃止 since 2024-01-01, without the ended decision's conditions, as the memo
    does; asked before the end, the decision itself with its date and conditions."""
    from cases import lost_medium

    case = lost_medium.enter(db)
    rows = lambda day: {r.use_id: r for r in survey.load(db, case.incident_id, day).rows}  # noqa: E731
    after = rows(date(2024, 1, 12))[case.ids["call"]]
    assert (after.state, after.decided_on, after.conditions) == ("terminate", date(2024, 1, 1), "")
    before = rows(date(2023, 12, 31))[case.ids["call"]]
    assert (before.state, before.decided_on, before.conditions) == (
        "conditional",
        date(2023, 11, 2),
        "市職員が常駐し、個人情報の持出しを禁止する",
    )
