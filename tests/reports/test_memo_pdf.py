"""The memo PDF built straight from plain data: rows, fonts, determinism, odd characters, long tables."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date

import pytest
from pypdf import PdfReader

from incidentdesk.domain.errors import LedgerError
from incidentdesk.domain.typed_dates import FactDate
from incidentdesk.reports import build, fonts
from incidentdesk.reports.data import (
    ChangeLine,
    ClaimLine,
    MemoData,
    PreviousMemo,
    RequestLine,
    ScheduleLine,
    SourceLine,
    StatementLine,
    TimelineLine,
    UseLine,
)


def use(name: str, state: str, **kw) -> UseLine:
    fields = dict(
        department="広報課",
        service="渋谷区LINE公式アカウント",
        use=name,
        personal_data="",
        handles_personal_data=False,
        confidentiality=1,
        stored_in="日本: トーク本文",
        accessed_from="中国: トーク本文(LINE Digital Technology (Shanghai))",
        contractors="株式会社Bot Express",
        state=state,
        decided_on=date(2021, 3, 19),
    )
    fields.update(kw)
    return UseLine(**fields)


def memo(lang: str = "ja", **kw) -> MemoData:
    fields = dict(
        lang=lang,
        date_style="era",
        memo_date=date(2021, 3, 19),
        number="情政第3号",
        marking="取扱注意",
        municipality="サンプル市",
        department="総務部",
        section="情報政策課",
        contact_name="情報 太郎",
        contact_phone="内線 1234",
        addressee="市長",
        approval_roles=("市長", "副市長", "部長", "課長", "係長", "担当"),
        font_path="",
        title="LINE社の個人情報管理問題",
        overview="概要の一行目。\n概要の二行目。",
        policy="(1) 停止(1件):相談窓口\n\u3000理由:機密性が高い。",
        counts=(("continue", 1), ("suspend", 1), ("discussing", 1)),
        timeline=(
            TimelineLine(when=FactDate.of_day(date(2021, 3, 17)), text="報道。"),
            TimelineLine(when=FactDate.of_day(date(2021, 3, 18)), text="総務省が照会。"),
        ),
        uses=(use("住民票の写しの申請", "continue"), use("子育て相談", "suspend"), use("防災情報の配信", "discussing")),
        statements=(
            StatementLine(
                party="LINE株式会社",
                made=FactDate.of_day(date(2021, 3, 17)),
                channel="press_release",
                speaker="",
                title="一部報道について",
                claims=(
                    ClaimLine(
                        text="トーク本文は日本国内に保存している",
                        verification="disputed",
                        checked_how="報道と照合",
                        checked_on=date(2021, 3, 18),
                        promised_by=None,
                    ),
                    ClaimLine(
                        text="韓国のデータを国内へ移転する",
                        verification="unverified",
                        checked_how="",
                        checked_on=None,
                        promised_by=date(2021, 6, 30),
                    ),
                ),
            ),
        ),
        requests=(
            RequestLine(
                issuer="総務省",
                doc_number="",
                issued_on=date(2021, 3, 18),
                due_on=date(2021, 3, 26),
                subject="LINEの利用状況に関する調査",
                answered_on=None,
                answer="",
            ),
        ),
        schedule=(
            ScheduleLine(
                due_on=date(2021, 3, 26), kind="request", text="総務省: LINEの利用状況に関する調査", overdue=False
            ),
        ),
        sources=(
            SourceLine(
                title="ユーザーの個人情報に関する一部報道について",
                publisher="LINE株式会社",
                published=FactDate.of_day(date(2021, 3, 17)),
                url="",
            ),
        ),
    )
    fields.update(kw)
    return MemoData(**fields)


def text_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_each_use_row_shows_its_own_decision():
    """In the 現状 table, the text between one use and the next holds that use's decision and no other."""
    text = "".join(text_of(build(memo())))
    start = text.index("住民票の写しの申請")
    rows = {name: text[text.index(name, start) :] for name in ("住民票の写しの申請", "子育て相談", "防災情報の配信")}
    first = rows["住民票の写しの申請"][: rows["住民票の写しの申請"].index("子育て相談")]
    second = rows["子育て相談"][: rows["子育て相談"].index("防災情報の配信")]
    third = rows["防災情報の配信"][: rows["防災情報の配信"].index("4")]
    assert "継続" in first and "停止" not in first and "協議中" not in first
    assert "停止" in second and "継続" not in second and "協議中" not in second
    assert "協議中" in third and "継続" not in third and "停止" not in third


def test_every_font_is_an_embedded_truetype_subset():
    """Each font on each page is a subset (ABCDEF+Name) with its TrueType program embedded (/FontFile2)."""
    reader = PdfReader(io.BytesIO(build(memo())))
    seen = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            seen.add(font["/BaseFont"])
            assert "+" in font["/BaseFont"], font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    assert seen


def test_two_builds_are_byte_identical_even_across_processes():
    """The same data gives the same bytes, in this process and in another with a different hash seed."""
    first, second = build(memo()), build(memo())
    assert first == second
    code = (
        f"import sys, hashlib; sys.path.insert(0, {os.path.dirname(__file__)!r}); import test_memo_pdf as t; "
        "from incidentdesk.reports import build; print(hashlib.sha256(build(t.memo())).hexdigest())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    ).stdout.strip()
    import hashlib

    assert out == hashlib.sha256(first).hexdigest()


def test_characters_the_font_lacks_print_as_geta_marks():
    """An emoji and a rare kanji (𠮷) do not crash the build and show up as 〓."""
    odd = memo(title="テスト😀事案", uses=(use("𠮷野家の業務😀", "continue"),), overview="絵文字👍を含む概要")
    text = "".join(text_of(build(odd)))
    assert "〓野家の業務〓" in text and "テスト〓事案" in text and "😀" not in text


def test_no_font_is_reported_clearly(monkeypatch):
    """With no Japanese TrueType font anywhere, the build refuses with font_missing instead of drawing boxes."""
    monkeypatch.setattr(fonts, "font_dirs", list)
    fonts.load.cache_clear()
    try:
        with pytest.raises(LedgerError) as err:
            build(memo(font_path="/nonexistent/font.ttf"))
        assert err.value.code == "font_missing"
    finally:
        fonts.load.cache_clear()


def test_english_memo_has_the_same_sections_with_english_labels_and_dates():
    """lang=en: English headings and labels, Western dates, the same seven numbered sections."""
    text = "".join(text_of(build(memo("en"))))
    for heading in (
        "1 Overview",
        "2 Timeline",
        "3 Current status",
        "4 Vendor statements",
        "5 Policy",
        "6 Next steps",
        "7 References",
    ):
        assert heading in text
    assert "19 March 2021" in text and "令和" not in text
    assert "Suspended" in text and "Disputed" in text and "Page 1 of" in text


def test_changes_section_appears_only_after_a_previous_memo():
    """Without a previous memo there is no changes block; with one, it lists each change with old → new."""
    assert "前回報告" not in "".join(text_of(build(memo())))
    later = memo(
        previous=PreviousMemo(number="情政第2号", issued_on=date(2021, 3, 18)),
        changes=(
            ChangeLine(
                kind="decision",
                when=FactDate.of_day(date(2021, 3, 19)),
                subject="子育て相談(渋谷区LINE公式アカウント)",
                old="discussing",
                new="suspend",
            ),
            ChangeLine(
                kind="claim",
                when=FactDate.of_day(date(2021, 3, 18)),
                subject="LINE株式会社: トーク本文は日本国内に保存している",
                old="unverified",
                new="disputed",
            ),
        ),
    )
    text = "".join(text_of(build(later)))
    assert "前回報告(情政第2号、令和3年3月18日)からの変更" in text
    assert "協議中 → 停止" in text and "未確認 → 相違あり" in text


def test_many_uses_make_a_multipage_table_with_repeated_header_and_nothing_off_the_page():
    """300 uses and a cell taller than a page: several pages, the header row on each table page, text inside the
    page."""
    long_name = "長い業務名" * 30
    uses = tuple(
        use(
            f"業務{i:04d}{long_name if i % 50 == 0 else ''}",
            "continue",
            accessed_from="中国: トーク本文、画像・動画、登録情報(LINE Digital Technology (Shanghai))" * 3,
        )
        for i in range(300)
    )
    essay = use("長文の業務", "continue", handles_personal_data=True, personal_data="氏名・住所・相談内容" * 500)
    pdf = build(memo(uses=uses + (essay,), counts=(("continue", 301),)))  # one cell taller than a page
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 5
    table_pages = [t for t in text_of(pdf) if "業務0" in t]
    # The header once per page: never a repeated header with a sliver of a row at the foot of a page.
    assert len(table_pages) > 4 and all(t.count("アクセス・運用拠点") == 1 for t in table_pages)
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    for page in reader.pages:
        points = []
        page.extract_text(
            visitor_text=lambda text, cm, tm, *_, points=points: (
                text.strip() and points.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))
            )
        )
        assert points and all(0 <= x <= width and 0 <= y <= height for x, y in points)


def test_marking_and_page_numbers_on_every_page():
    """Each page carries the marking and 'n / N' in the footer."""
    pages = text_of(build(memo(uses=tuple(use(f"業務{i}", "continue") for i in range(60)))))
    assert len(pages) > 1
    for n, text in enumerate(pages, start=1):
        assert "取扱注意" in text and f"{n} / {len(pages)}" in text


def test_header_follows_date_style_and_a_long_approval_chain_stays_on_the_page():
    """era_western appends the Western year; twelve stamp boxes shrink to fit inside the page width."""
    roles = tuple(f"役職{i}" for i in range(12))
    pdf = build(memo(date_style="era_western", approval_roles=roles))
    reader = PdfReader(io.BytesIO(pdf))
    assert "令和3年3月19日(2021年)" in reader.pages[0].extract_text()
    xs = []
    reader.pages[0].extract_text(
        visitor_text=lambda text, cm, tm, *_: text.startswith("役職") and xs.append(tm[4] * cm[0] + cm[4])
    )
    assert len(xs) == 12 and min(xs) > 0 and max(xs) < float(reader.pages[0].mediabox.width) - 40


def test_a_configured_latin_only_font_is_not_used_for_a_japanese_memo():
    """font_path pointing at DejaVu (no kana) falls back to a Japanese font instead of printing 〓 everywhere."""
    dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    if not os.path.exists(dejavu):
        pytest.skip("DejaVu Sans not installed")
    fonts.load.cache_clear()
    try:
        text = "".join(text_of(build(memo(font_path=dejavu))))
    finally:
        fonts.load.cache_clear()
    assert "住民票の写しの申請" in text and "〓" not in text
