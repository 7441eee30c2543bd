"""The floor for the memo: raw ReportLab laying out the same number of table rows in the same font."""

from __future__ import annotations

import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

DEPARTMENTS = ["子育て支援課", "市民課", "税務課", "健康推進課", "上下水道局", "危機管理課", "広報課"]
USES = ["住民票の写しの申請", "保育園入園申請", "子育て相談", "防災情報の配信", "水道料金の減免申請"]
PERSONAL = ["氏名・住所・生年月日・本籍", "相談内容(家庭の事情)", "なし", "氏名・住所・所得"]
COLUMNS = ["No.", "担当課", "業務(サービス)", "個人情報", "保存場所", "アクセス元", "受託事業者", "判断"]
WIDTHS = [8, 20, 38, 22, 24, 24, 20, 18]  # the memo's proportions for its use table


def build(rows: int, out: str, regular: str, bold: str) -> None:
    pdfmetrics.registerFont(TTFont("G", regular))
    pdfmetrics.registerFont(TTFont("GB", bold))
    cell = ParagraphStyle("cell", fontName="G", fontSize=8, leading=10.5, wordWrap="CJK")
    head = ParagraphStyle("head", parent=cell, fontName="GB")
    data = [[Paragraph(c, head) for c in COLUMNS]]
    for i in range(1, rows + 1):
        data.append(
            [
                Paragraph(str(i), cell),
                Paragraph(DEPARTMENTS[i % 7], cell),
                [Paragraph(USES[i % 5], cell), Paragraph(f"青葉市{DEPARTMENTS[i % 7]} LINE公式アカウント", cell)],
                Paragraph(PERSONAL[i % 4], cell),
                Paragraph("日本(LINE株式会社)、韓国(LINE株式会社)", cell),
                Paragraph("中国(LINE Digital Technology (Shanghai))", cell),
                Paragraph("株式会社みらい行政システム", cell),
                Paragraph("条件付き継続", head),
            ]
        )
    width = A4[0] - 36 * mm
    table = Table(data, colWidths=[w * width / sum(WIDTHS) for w in WIDTHS], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f6f6")]),
            ]
        )
    )
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm, bottomMargin=18 * mm, invariant=1
    )
    doc.build([table])


if __name__ == "__main__":
    build(int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4])
