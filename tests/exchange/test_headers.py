"""Finding the header below a title block and matching its columns to fields by name, variant, part and group."""

from __future__ import annotations

import pytest

from incidentdesk.domain.errors import LedgerError
from incidentdesk.exchange import inventory, mappings, survey
from incidentdesk.exchange.headers import find_header, header_key, parse_assignments
from incidentdesk.exchange.sheets import Grid


def grid(*rows, hidden_columns=(), merged=()) -> Grid:
    g = Grid(
        path="test.xlsx",
        sheet="一覧",
        rows={n: list(r) for n, r in enumerate(rows, start=1) if any(r)},
        hidden_columns=set(hidden_columns),
        merged=list(merged),
    )
    g.fill_merged()
    return g


def fields_of(header) -> dict[str, int]:
    return header.field_columns()


@pytest.mark.parametrize("spec", inventory.SPECS, ids=lambda s: s.key)
def test_every_inventory_name_and_variant_is_recognised(spec):
    """Each field's Japanese and English heading and every listed variant finds that field, below a title block."""
    base = {"department": "所管課", "service": "サービス名", "use": "業務名"}
    for name in (spec.ja, spec.en, *spec.aliases):
        row = [heading for key, heading in base.items() if key != spec.key] + [name]
        header = find_header(grid(["外部サービス一覧(架空市)"], [], row), inventory.SPECS)
        assert header is not None and header.row == 3, name
        assert header.column(spec.key) is not None and header.column(spec.key).index == len(row), name


@pytest.mark.parametrize("spec", survey.SPECS, ids=lambda s: s.key)
def test_every_survey_name_and_variant_is_recognised(spec):
    """Each survey field's headings and variants find it in a ministry form's header."""
    base = {"body": "団体名", "use": "業務名", "state": "対応状況"}
    for name in (spec.ja, spec.en, *spec.aliases):
        row = [heading for key, heading in base.items() if key != spec.key] + [name]
        header = find_header(grid(["(架空)調査票"], row), survey.SPECS)
        assert header is not None and header.column(spec.key) is not None, name
        assert header.column(spec.key).index == len(row), name


def test_headings_with_notes_numbers_and_widths_are_normalised():
    """Brackets, numbering, full-width letters, spaces and の do not hide a heading's name."""
    assert header_key("1. データの保存場所(国名)") == header_key("データ保存場所")
    assert header_key("住民の個人情報の取扱いの有無\n（有・無）") == header_key("住民の個人情報の取扱いの有無")
    assert header_key("ＵＲＬ") == header_key("url")
    assert header_key("【必須】所管課") == header_key("所管課")


def test_the_outline_is_the_use_name_only_without_a_use_name_column():
    """業務の概要 is the outline beside 業務名, but names the use in a sheet that has no 業務名 column."""
    with_name = find_header(grid(["課名", "アカウント名", "業務名", "業務の概要"]), inventory.SPECS)
    assert fields_of(with_name)["use"] == 3 and fields_of(with_name)["purpose"] == 4
    without = find_header(grid(["課名", "アカウント名", "業務の概要", "個人情報の有無"]), inventory.SPECS)
    assert fields_of(without)["use"] == 3 and "purpose" not in fields_of(without)


def test_partial_names_match_inside_longer_headings():
    """A longer heading containing a field's name ("所管課名(部局名)") is matched by that part."""
    header = find_header(grid(["所管課名等", "外部サービス名称一覧", "業務名"]), inventory.SPECS)
    assert fields_of(header)["department"] == 1 and fields_of(header)["service"] == 2
    assert header.columns[0].how == "partial"


def test_two_row_header_with_merged_groups():
    """Group headings merged across (個人情報 over 有無 and 内容) and headings merged down are both read."""
    g = grid(
        ["所管課", "サービス名", "業務名", "個人情報", None, "データの所在", None],
        [None, None, None, "有無", "内容", "保存場所", "アクセス拠点"],
        ["広報課", "LINE", "配信", "×", "", "日本", "日本"],
        merged=[(1, 4, 1, 5), (1, 6, 1, 7), (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3)],
    )
    header = find_header(g, inventory.SPECS)
    assert (header.top, header.row) == (1, 2)
    f = fields_of(header)
    assert (f["handles_personal_data"], f["personal_data"], f["storage"], f["access"]) == (4, 5, 6, 7)
    assert header.columns[4].label == "個人情報 / 内容"


def test_two_row_header_as_a_csv_keeps_it():
    """Saved as CSV the group heading sits in its first cell only; it still spans the blank cells to its right."""
    g = grid(
        ["所管課", "サービス名", "業務名", "個人情報", None],
        [None, None, None, "有無", "内容"],
        ["広報課", "LINE", "配信", "×", ""],
    )
    header = find_header(g, inventory.SPECS)
    assert (header.top, header.row) == (1, 2)
    assert fields_of(header)["personal_data"] == 5 and fields_of(header)["handles_personal_data"] == 4


def test_hidden_columns_are_not_matched_unless_assigned():
    """A hidden column is listed, not taken by its name; the user may still assign it."""
    g = grid(["所管課", "サービス名", "業務名", "備考"], hidden_columns=[4])
    header = find_header(g, inventory.SPECS)
    assert "notes" not in fields_of(header) and header.columns[3].hidden
    assigned = find_header(g, inventory.SPECS, assigned={4: "notes"})
    assert fields_of(assigned)["notes"] == 4 and assigned.columns[3].how == "assigned"


def test_assignments_override_names_and_can_leave_a_column_out():
    """An assigned column takes its field from a named one; None leaves a named column out."""
    g = grid(["所管課", "サービス名", "業務名", "担当者メモ", "備考"])
    header = find_header(g, inventory.SPECS, assigned={4: "notes", 5: None})
    assert fields_of(header)["notes"] == 4 and header.columns[4].field is None


def test_no_header_row():
    """A sheet whose first rows name fewer than two fields has no header."""
    assert find_header(grid(["令和3年度"], ["あ", "い"], ["1", "2"]), inventory.SPECS) is None


def test_same_headings_same_shape():
    """Files with the same headings share a shape (their remembered mapping), whatever their data."""
    a = find_header(grid(["所管課", "サービス名", "業務名"], ["広報課", "A", "x"]), inventory.SPECS)
    b = find_header(grid(["タイトル"], [], ["所管課", "サービス名", "業務名"], ["市民課", "B", "y"]), inventory.SPECS)
    c = find_header(grid(["所管課", "サービス名", "業務名", "備考"]), inventory.SPECS)
    assert a.shape == b.shape != c.shape


def test_remembered_assignments_round_trip(tmp_path):
    """Assignments saved for a shape are loaded for it and no other; an empty one forgets the shape."""
    path = tmp_path / "mappings.json"
    mappings.save("inventory", "abc", {4: "notes", 5: None}, path)
    assert mappings.load("inventory", "abc", path) == {4: "notes", 5: None}
    assert mappings.load("inventory", "other", path) == {} and mappings.load("survey", "abc", path) == {}
    mappings.save("inventory", "abc", {}, path)
    assert mappings.load("inventory", "abc", path) == {}
    path.write_text("not json", encoding="utf-8")
    assert mappings.load("inventory", "abc", path) == {}


def test_assignments_typed_on_the_command_line():
    """HEADING=FIELD by heading or column letter, field by key or name, and - to leave a column out."""
    header = find_header(grid(["所管課", "サービス名", "業務名", "担当者メモ", "備考"]), inventory.SPECS)
    assigned = parse_assignments(header, inventory.SPECS, ["担当者メモ=備考", "E=-", "c=use"])
    assert assigned == {4: "notes", 5: None, 3: "use"}
    with pytest.raises(LedgerError) as caught:
        parse_assignments(header, inventory.SPECS, ["ない列=notes"])
    assert caught.value.code == "sheet_bad_column_arg"
