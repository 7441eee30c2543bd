"""Excel from the window: Ctrl+C and export of any table, the inventory import preview, the survey answer dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from incidentdesk.exchange import mappings
from incidentdesk.gui import table_export
from incidentdesk.gui.dialogs.inventory_import import InventoryImportDialog
from incidentdesk.gui.dialogs.survey_export import SurveyExportDialog

from conftest import settle

DATA = Path(__file__).resolve().parents[1] / "exchange" / "data"


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes the window shows, as (kind, text), instead of modal dialogs."""
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *_a, k=kind: shown.append((k, text)))
    return shown


@pytest.fixture
def own_data_dir(tmp_path, monkeypatch):
    """Remembered column assignments of this test only."""
    monkeypatch.setenv("INCIDENTDESK_DATA_DIR", str(tmp_path / "user-data"))
    return tmp_path / "user-data"


def test_ctrl_c_copies_selected_rows_with_headings(qtbot, runner, window):
    """Ctrl+C on a table puts the selected rows, headed and tab-separated, on the clipboard for Excel."""
    window.show_page("services")
    settle(qtbot, runner)
    table = window.pages["services"].table
    table.setFocus()
    # Selected through the selection model: selectRow() reads the keyboard modifiers Qt believes are held, and a
    # key test before this one (Alt or Ctrl shortcuts) can leave one of them set in the offscreen platform.
    rows = QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().select(table.model().index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | rows)
    table.selectionModel().select(table.model().index(2, 0), QItemSelectionModel.SelectionFlag.Select | rows)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().split("\r\n")
    assert lines[0].split("\t") == table_export.headings(table) and lines[0].startswith("Name\t")
    assert len([x for x in lines if x]) == 3
    assert lines[1].split("\t")[0] == table.model().index(0, 0).data()
    assert lines[2].split("\t")[0] == table.model().index(2, 0).data()


def test_tsv_quotes_cells_as_excel_does():
    """A cell holding a tab, a line break or a quote is quoted so Excel pastes it into one cell."""
    assert (
        table_export.tsv(["a", "b"], [["x\ty", 'say "hi"'], ["line\nbreak", ""]])
        == 'a\tb\r\n"x\ty"\t"say ""hi"""\r\n"line\nbreak"\t\r\n'
    )


def test_table_exports_as_shown(qtbot, runner, window, tmp_path, boxes):
    """Export writes the rows the filter leaves, in the order shown, to .xlsx and .csv, on the worker."""
    window.show_page("services")
    settle(qtbot, runner)
    page = window.pages["services"]
    page.filter.setText("渋谷")
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    shown = table_export.rows(page.table)
    assert 0 < len(shown) < page.table.source.rowCount()
    assert table_export.export_shown(page.table, tmp_path / "services.xlsx") is None  # the worker writes it
    settle(qtbot, runner)
    assert boxes[-1] == ("information", f"The table was written to:\n{tmp_path / 'services.xlsx'}")
    ws = load_workbook(tmp_path / "services.xlsx").active
    values = [[c if c is not None else "" for c in row] for row in ws.iter_rows(values_only=True)]
    assert values[0] == table_export.headings(page.table) and values[1:] == [[str(v) for v in r] for r in shown]
    assert ws.freeze_panes == "A2"
    table_export.export_shown(page.table, tmp_path / "services.csv")
    settle(qtbot, runner)
    csv_path = tmp_path / "services.csv"
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf") and "渋谷" in csv_path.read_text(encoding="utf-8-sig")


def test_inventory_preview_then_import(qtbot, runner, make_ctx, empty_db, boxes, own_data_dir):
    """The preview reads the city's workbook, shows each row and the hidden row set aside, and imports in one go."""
    ctx = make_ctx(empty_db)
    dialog = InventoryImportDialog(None, ctx, path=DATA / "kakuu_inventory.xlsx")
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    assert dialog.rows.source.rowCount() == 10
    assert "10 to create" in dialog.summary.text() and "row 18 (hidden row)" in dialog.summary.text()
    assert dialog.hidden_box.isVisible() is False or dialog.hidden_box.text().endswith("(18)")
    assert dialog.import_button.isEnabled()
    dialog.run_import()
    settle(qtbot, runner)
    assert boxes and boxes[-1][0] == "information" and "10 created" in boxes[-1][1]
    assert dialog.result_plan.counts()["create"] == 10
    again = InventoryImportDialog(None, ctx, path=DATA / "kakuu_inventory.xlsx")
    qtbot.addWidget(again)
    settle(qtbot, runner)
    assert "10 unchanged" in again.summary.text() and not again.import_button.isEnabled()


def test_refused_rows_hold_the_import_until_valid_only(qtbot, runner, make_ctx, empty_db, own_data_dir):
    """With refused rows Import stays disabled until the user chooses to import only the valid rows."""
    dialog = InventoryImportDialog(None, make_ctx(empty_db), path=DATA / "bad_dates.xlsx")
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    refused = [r for r in dialog.rows.source.rows() if r.action == "refused"]
    assert [r.number for r in refused] == [8, 10]
    assert not dialog.import_button.isEnabled() and not dialog.valid_only.isHidden()
    dialog.valid_only.setChecked(True)
    assert dialog.import_button.isEnabled()


def test_a_column_assigned_in_the_preview_is_remembered(
    qtbot, runner, make_ctx, empty_db, tmp_path, own_data_dir, boxes
):
    """Assigning an unknown heading re-reads the file with it, and the next file of that shape starts with it."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["担当セクション", "サービス名", "業務名"])
    wb.active.append(["広報課", "架空LINE", "配信"])
    wb.save(tmp_path / "odd.xlsx")
    ctx = make_ctx(empty_db)
    dialog = InventoryImportDialog(None, ctx, path=tmp_path / "odd.xlsx")
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    assert "Assign a column to: Owning department" in dialog.summary.text()
    dialog.assign(1, "department")
    settle(qtbot, runner)
    assert dialog.rows.source.rowCount() == 1 and dialog.import_button.isEnabled()
    dialog.run_import()
    settle(qtbot, runner)
    shape = dialog.previewed.file.header.shape
    assert mappings.load("inventory", shape) == {1: "department"}


def test_survey_dialog_writes_cp932_after_listing_what_it_replaces(
    qtbot, runner, make_ctx, sample_db, tmp_path, boxes, monkeypatch
):
    """A CP932 answer lists the characters CP932 lacks and writes with stand-ins only once the user agrees."""
    from incidentdesk.domain.inputs import UseIn
    from incidentdesk.services import catalog
    from incidentdesk.services.reads.catalog import uses

    with sample_db.reader() as r:
        first = uses(r)[0]
    catalog.edit_use(sample_db, first.id, UseIn(service_id=None, name="𠮷田さんの窓口"))
    dialog = SurveyExportDialog(None, make_ctx(sample_db), incident_id=1, title="LINE")
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("csv_cp932"))
    dialog.as_of.setText("R3.3.25")
    asked: list = []
    monkeypatch.setattr(dialog, "confirm_replace", lambda problems: asked.append(problems) or False)
    dialog.write(tmp_path / "answer.csv")
    settle(qtbot, runner)
    assert [(p.char, p.stand_in) for p in asked[0]] == [("𠮷", "吉")] and not (tmp_path / "answer.csv").exists()
    monkeypatch.setattr(dialog, "confirm_replace", lambda problems: True)
    dialog.write(tmp_path / "answer.csv")
    settle(qtbot, runner)
    assert "吉田さんの窓口" in (tmp_path / "answer.csv").read_bytes().decode("cp932")
    assert dialog.written.rows == 30 and "(30 uses)" in boxes[-1][1]


@pytest.mark.filterwarnings("ignore:Data Validation extension is not supported")
def test_survey_dialog_fills_the_form_received(qtbot, runner, make_ctx, sample_db, tmp_path, boxes, own_data_dir):
    """Choosing the ministry's form shows how its columns are matched; writing fills it below its header."""
    dialog = SurveyExportDialog(None, make_ctx(sample_db), incident_id=1, title="LINE")
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("template"))
    dialog.choose_template(DATA / "kakuu_survey_template.xlsx")
    settle(qtbot, runner)
    assert dialog.template_info.sheet == "回答様式"
    combo = dialog.findChild(type(dialog.lang), "template_column_8")
    assert combo.currentData() == "state"
    dialog.as_of.setText("2021-03-25")
    dialog.write(tmp_path / "filled.xlsx")
    settle(qtbot, runner)
    ws = load_workbook(tmp_path / "filled.xlsx")["回答様式"]
    assert ws["B7"].value == "サンプル市" and dialog.written.first_row == 7


def test_incident_page_offers_the_survey_answer(window):
    """The incident page's More actions menu has the survey answer next to the other incident actions."""
    view = window.pages["incidents"].view
    assert view.act_survey.text() == "&Survey answer to Excel…"
    assert view.act_survey in view.btn_more.menu().actions()


def test_excel_ja_covers_every_string_of_the_dialogs(tmp_path):
    """lupdate over the two spreadsheet dialogs adds nothing untranslated to excel_ja.ts, and its .qm is current."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    from incidentdesk.paths import resources_dir

    ts = resources_dir() / "translations" / "excel_ja.ts"
    copy = tmp_path / "excel_ja.ts"
    shutil.copyfile(ts, copy)
    src = Path(__file__).resolve().parents[2] / "src" / "incidentdesk" / "gui" / "dialogs"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [
            str(lupdate),
            "-no-obsolete",
            str(src / "inventory_import.py"),
            str(src / "survey_export.py"),
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
    )
    for path in (ts, copy):
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            assert translation is not None and translation.get("type") is None and (translation.text or "").strip(), (
                message.findtext("source")
            )
    assert ts.with_suffix(".qm").stat().st_mtime >= ts.stat().st_mtime - 1


def test_dialogs_speak_japanese(qtbot, runner, make_ctx, empty_db, own_data_dir):
    """With the Japanese translators installed the import preview's title, buttons and columns are Japanese."""
    from incidentdesk.gui.translations import Translations

    translations = Translations(QApplication.instance())
    try:
        translations.install("ja")
        dialog = InventoryImportDialog(None, make_ctx(empty_db, "ja"), path=DATA / "kakuu_inventory.xlsx")
        qtbot.addWidget(dialog)
        settle(qtbot, runner)
        assert dialog.windowTitle() == "一覧表の取込" and dialog.import_button.text() == "取り込む(&I)"
        assert dialog.rows.model().headerData(1, Qt.Orientation.Horizontal) == "結果"
        assert dialog.rows.model().index(0, 1).data() == "新規"
        assert "新規 10 行" in dialog.summary.text()
    finally:
        translations.install("en")
