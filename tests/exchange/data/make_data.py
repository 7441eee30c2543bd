"""Writes the test files in this folder (fictional data): `python tests/exchange/data/make_data.py`.

The files are committed; this script says how each was made and remakes them after a change. The old-format
.xls is converted by LibreOffice when it is installed (it is kept otherwise).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import zipfile
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = Path(__file__).resolve().parent
TITLE = "令和３年度　外部サービス利用状況一覧（架空市）"
FICTION = "※ 試験用の架空のデータです。実在の団体・事業者・人物とは関係ありません。"
MADE_BY = "作成：架空市 総務部 情報政策課　令和３年３月１９日現在"
GROUPS = [
    "No.",
    "担当課",
    "アカウント名",
    "業務",
    None,
    "個人情報",
    None,
    "機密性",
    "運用開始日",
    "友だち数",
    "委託先",
    "データの所在",
    None,
    "備考",
    "内部メモ",
]
HEADINGS = [
    None,
    None,
    None,
    "業務名",
    "業務の概要",
    "有無",
    "内容",
    None,
    None,
    None,
    None,
    "保存場所",
    "アクセス拠点",
    None,
    None,
]
EXAMPLE = [
    "記入例",
    "○○課",
    "○○市LINE公式アカウント",
    "△△の申請",
    "△△の申請受付",
    "○",
    "氏名・住所",
    "機密性２",
    "R3.4.1",
    "1,000",
    "株式会社○○",
    "日本",
    "日本",
    "",
    "",
]
# (No., department, account, use, outline, personal data?, what, class, started, followers, contractor, stored,
#  accessed, remarks, internal memo). An account's followers and contractor are written on its first row only,
# in a cell merged down over its rows, as people lay such lists out.
ROWS = [
    [
        1,
        "広報課",
        "架空市LINE公式アカウント",
        "市政情報の配信",
        "市政ニュース・イベントの配信",
        "×",
        "",
        "機密性１",
        "R2.6.10",
        "５，０００",
        "株式会社架空システム",
        "日本",
        "日本、韓国",
        "",
        "",
    ],
    [
        2,
        "　危機管理課",
        None,
        "防災情報の配信",
        "避難情報・気象警報の配信",
        "無",
        "",
        "1",
        date(2020, 6, 10),
        None,
        None,
        "日本",
        "日本、韓国",
        "",
        "",
    ],
    [
        3,
        "市民課",
        None,
        "住民票の写しの申請",
        "住民票の写しの交付申請の受付",
        "○",
        "氏名・住所・生年月日・本籍",
        "機密性２",
        "令和元年１０月１日",
        None,
        None,
        "日本",
        "日本",
        "手数料はオンライン決済",
        "",
    ],
    [
        4,
        "子育て支援課",
        "架空市子育て応援ＬＩＮＥ",
        "保育園入園申請",
        "保育園の入園申請の受付",
        "有",
        "氏名・住所・家族構成・就労状況",
        "Ⅱ",
        "令和２年１０月１４日",
        "1.2万",
        "架空ソリューションズ株式会社",
        "日本",
        "日本",
        "",
        "担当者異動予定",
    ],
    [
        5,
        "子育て支援課",
        None,
        "子育て相談",
        "子育ての悩みの相談(チャット)",
        "あり",
        "相談内容（家庭の事情）",
        "機密性３",
        "R3.1.4",
        None,
        None,
        "日本",
        "日本、中国",
        "相談員は委託",
        "",
    ],
    [
        6,
        "環境政策課",
        "架空市電子申請フォーム",
        "粗大ごみの収集申込",
        "粗大ごみの戸別収集の申込",
        "はい",
        "氏名・住所・電話番号",
        "2",
        43922,
        "",
        "株式会社架空クラウド",
        "Japan",
        "JP",
        "",
        "",
    ],
    [
        7,
        "市民課",
        None,
        "犬の登録",
        "犬の登録・変更の届出",
        "✓",
        "氏名・住所・連絡先",
        "機密性2",
        "2020/4/1",
        None,
        None,
        "日本",
        "日本",
        "",
        "",
    ],
    [
        8,
        "広報課",
        "架空市公式Ｘ（旧Twitter）",
        "イベント情報の発信",
        "イベント・観光情報の発信",
        "なし",
        "",
        "機密性1",
        "H30.4.1",
        "約3,900人",
        "",
        "米国",
        "米国",
        "運用は職員",
        "",
    ],
    [
        9,
        "福祉課",
        "架空市オンライン相談",
        "生活困窮相談",
        "生活に困りごとのある方のオンライン相談",
        "いいえ",
        "",
        "機密性1",
        "令和3年2月1日",
        "",
        "架空ネット合同会社",
        "日本",
        "日本",
        "個人情報は口頭のみ(記録しない)",
        "",
    ],
    [
        10,
        "福祉課",
        None,
        "障害福祉の手続案内",
        "障害福祉サービスの手続の案内",
        "無",
        "",
        "１",
        "R3.2.1",
        None,
        None,
        "日本",
        "日本",
        "",
        "",
    ],
]
MERGED_SERVICE_ROWS = [(1, 3), (4, 5), (6, 7), (9, 10)]  # No. ranges whose account, followers and contractor merge
HIDDEN_ROW = [
    11,
    "広報課",
    "架空市メールマガジン",
    "メールマガジンの配信",
    "（令和２年度末で廃止）",
    "有",
    "メールアドレス",
    "機密性２",
    "H25.4.1",
    "800",
    "",
    "日本",
    "日本",
    "廃止済のため非表示",
    "",
]
NOTE = "※ 友だち数は令和３年３月１日時点。廃止した業務は行を非表示にしています。"


def _style_header(ws, first_row: int, last_row: int, width: int) -> None:
    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=first_row, max_row=last_row, max_col=width):
        for cell in row:
            cell.font = Font(name="ＭＳ Ｐゴシック", bold=True, size=10)
            cell.fill = PatternFill("solid", fgColor="FFF2CC")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)


def inventory_workbook() -> Workbook:
    """The inventory as a city keeps it in Excel: a title block, a two-row header with merged cells, an example
    row, accounts merged down over their uses, a hidden row (a use discontinued) and a hidden column (a memo)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "一覧"
    ws["A1"], ws["A2"], ws["A3"] = TITLE, FICTION, MADE_BY
    ws["A1"].font = Font(name="ＭＳ Ｐゴシック", size=14, bold=True)
    ws.merge_cells("A1:N1")
    ws.append([])
    ws.append(GROUPS)
    ws.append(HEADINGS)
    for group in ("D5:E5", "F5:G5", "L5:M5"):
        ws.merge_cells(group)
    for column in "ABCHIJKNO":
        ws.merge_cells(f"{column}5:{column}6")
    _style_header(ws, 5, 6, 15)
    ws.append(EXAMPLE)
    for row in ROWS:
        ws.append(row)
    ws.append(HIDDEN_ROW)
    ws.row_dimensions[ws.max_row].hidden = True
    ws.append([NOTE])
    for first, last in MERGED_SERVICE_ROWS:
        for column in "CJK":
            ws.merge_cells(f"{column}{first + 7}:{column}{last + 7}")
    ws["I9"].number_format = '[$-411]ggge"年"m"月"d"日"'  # a real date cell, shown in the era
    ws.column_dimensions["O"].hidden = True
    for column, width in zip("ABCDEFGHIJKLMNO", (5, 12, 24, 20, 28, 6, 24, 9, 14, 9, 24, 10, 12, 20, 16), strict=True):
        ws.column_dimensions[column].width = width
    ws.freeze_panes = "D7"
    return wb


def inventory_csv_rows() -> list[list[str]]:
    """The same sheet as Japanese Excel's "CSV (コンマ区切り)" writes it: what the cells show, a merged cell's
    value in its first cell only, hidden rows included (a CSV cannot hide them)."""
    width = 15
    out = [
        [TITLE] + [""] * (width - 1),
        [FICTION] + [""] * (width - 1),
        [MADE_BY] + [""] * (width - 1),
        [""] * width,
        [g or "" for g in GROUPS],
        [h or "" for h in HEADINGS],
        EXAMPLE,
    ]
    for row in ROWS + [HIDDEN_ROW]:
        shown = []
        for value in row:
            if isinstance(value, date):
                shown.append("令和2年6月10日")
            elif isinstance(value, int) and value > 1000:
                shown.append(str(value))  # a serial in a General cell shows as the number
            elif value == "✓":
                shown.append("レ")  # CP932 has no ✓; people tick with the katakana レ there
            else:
                shown.append("" if value is None else str(value))
        out.append(shown)
    out.append([NOTE] + [""] * (width - 1))
    return out


def write_csv(path: Path, rows: list[list[str]], encoding: str) -> None:
    import csv
    import io

    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


def template_workbook() -> Workbook:
    """A fictional ministry answer form: an instructions sheet first, a title block, a header with a note in
    brackets, 30 pre-formatted answer rows with drop-down lists (one inline, one reading a list sheet), an
    example row, and a hidden list sheet."""
    wb = Workbook()
    guide = wb.active
    guide.title = "記入要領"
    guide["A1"] = "（架空）外部サービスの利用状況に関する調査　記入要領"
    guide["A3"] = "1. 業務ごとに1行で記入してください。"
    guide["A4"] = "2. 回答期限：令和３年３月２６日（金）"
    guide.column_dimensions["A"].width = 60
    ws = wb.create_sheet("回答様式")
    ws["A1"] = "（架空）外部サービスの利用状況に関する調査（回答様式）"
    ws["A1"].font = Font(name="ＭＳ ゴシック", size=14, bold=True)
    ws.merge_cells("A1:I1")
    ws["A2"] = FICTION
    ws["A3"], ws["D3"], ws["G3"] = "団体名", "担当者", "回答日"  # each filled in the cell to its right
    headings = [
        "No.",
        "団体名",
        "所管課",
        "業務の概要",
        "住民の個人情報の取扱いの有無\n（有・無）",
        "個人情報の概要",
        "データの保存場所（国名）",
        "今後の対応\n（継続・停止・検討中）",
        "備考",
    ]
    for column, text in enumerate(headings, start=1):
        ws.cell(row=5, column=column, value=text)
    _style_header(ws, 5, 5, len(headings))
    thin = Side(style="thin")
    example = ["例", "○○市", "○○課", "イベント情報の配信", "無", "", "日本", "継続", ""]
    for column, text in enumerate(example, start=1):
        cell = ws.cell(row=6, column=column, value=text)
        cell.font = Font(name="ＭＳ ゴシック", size=10, color="808080", italic=True)
    for row in range(6, 37):
        for column in range(1, len(headings) + 1):
            cell = ws.cell(row=row, column=column)
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            if row > 6:
                cell.font = Font(name="ＭＳ ゴシック", size=10)
                cell.alignment = Alignment(vertical="top", wrap_text=column in (4, 6, 9))
        if row > 6:
            ws.cell(row=row, column=1, value=row - 6)
    for column, width in zip("ABCDEFGHI", (5, 12, 14, 30, 14, 24, 14, 14, 20), strict=True):
        ws.column_dimensions[column].width = width
    ws.row_dimensions[5].height = 45
    flags = DataValidation(type="list", formula1='"有,無"', allow_blank=True)
    flags.add("E7:E36")
    ws.add_data_validation(flags)
    lists = wb.create_sheet("選択肢")
    for row, word in enumerate(("継続", "停止", "検討中"), start=1):
        lists.cell(row=row, column=1, value=word)
    lists.sheet_state = "hidden"
    ws.print_title_rows = "5:5"
    ws.page_setup.orientation = "landscape"
    return wb


X14_LIST = (
    '<ext xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" '
    'uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations '
    'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" count="1"><x14:dataValidation '
    'type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>選択肢!$A$1:$A$3'
    "</xm:f></x14:formula1><xm:sqref>H7:H36</xm:sqref></x14:dataValidation></x14:dataValidations></ext>"
)


def add_x14_list(path: Path, part: str = "xl/worksheets/sheet2.xml") -> None:
    """Give the answer sheet a drop-down list reading another sheet, stored as Excel 2010 and later store it."""
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info.filename)) for info in src.infolist()]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in members:
            if info.filename == part:
                data = data.decode("utf-8").replace("</worksheet>", f"<extLst>{X14_LIST}</extLst></worksheet>")
                data = data.encode("utf-8")
            out.writestr(info, data)
    tmp.replace(path)


def bad_files() -> None:
    # An OLE container holding "EncryptedPackage": how Excel stores a workbook encrypted with a password.
    ole = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    ole += "EncryptedPackage".encode("utf-16-le") + b"\x00" * 2048
    (HERE / "bad_password.xlsx").write_bytes(bytes(ole))
    src = HERE / "kakuu_inventory.xlsx"
    with zipfile.ZipFile(src) as original, zipfile.ZipFile(HERE / "bad_macro.xlsm", "w", zipfile.ZIP_DEFLATED) as out:
        for info in original.infolist():
            out.writestr(info, original.read(info.filename))
        out.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not a real macro project")
    data = src.read_bytes()
    (HERE / "bad_corrupt.xlsx").write_bytes(data[: len(data) // 2])
    empty = Workbook()
    empty.active.title = "Sheet1"
    empty.save(HERE / "bad_empty.xlsx")
    errors = inventory_workbook()
    ws = errors["一覧"]
    ws["J8"] = "#REF!"  # what Excel saves when the cell a formula read was deleted
    ws["I10"] = "=DATE(2021,4,1)"  # a formula no spreadsheet program has calculated: no saved value
    errors.save(HERE / "bad_formula_errors.xlsx")
    dates = inventory_workbook()
    dates["一覧"]["I8"] = "令和3年13月1日"
    dates["一覧"]["I10"] = "そのうち"
    dates.save(HERE / "bad_dates.xlsx")
    lines = inventory_csv_rows()
    head = "\r\n".join(",".join(r) for r in lines[:9]).encode("utf-8")
    tail = "\r\n".join(",".join(r) for r in lines[9:]).encode("cp932")
    (HERE / "bad_mixed_encoding.csv").write_bytes(head + b"\r\n" + tail + b"\r\n")
    soffice = shutil.which("soffice")
    if soffice:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(
                [soffice, "--headless", "--convert-to", "xls", "--outdir", tmp, str(src)],
                check=True,
                capture_output=True,
                timeout=120,
            )
            shutil.copyfile(Path(tmp) / "kakuu_inventory.xls", HERE / "bad_old_format.xls")


def main() -> None:
    inventory_workbook().save(HERE / "kakuu_inventory.xlsx")
    write_csv(HERE / "kakuu_inventory_cp932.csv", inventory_csv_rows(), "cp932")
    template = HERE / "kakuu_survey_template.xlsx"
    template_workbook().save(template)
    add_x14_list(template)
    bad_files()


if __name__ == "__main__":
    main()
