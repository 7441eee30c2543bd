"""Spreadsheet benchmarks: a 10,000-use inventory workbook as a city's Excel writes it, its preview and import,
and the survey answer of the prefecture set's 1,000 affected uses."""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

from . import ja_text as ja
from .datasets import CACHE_DIR, SEED
from .measures import BIN, Row, run, scratch_copy

VERSION = 1  # bump when the generated workbook changes, so the cached one is rebuilt
USES = 10_000
PER_SERVICE = 5
GROUPS = [
    "No.",
    "所管課",
    "サービス名",
    "プラットフォーム",
    "友だち数",
    "委託先",
    "業務",
    None,
    "個人情報",
    None,
    "機密性",
    "運用開始日",
    "データの所在",
    None,
    "備考",
]
HEADINGS = [
    None,
    None,
    None,
    None,
    None,
    None,
    "業務名",
    "業務の概要",
    "有無",
    "内容",
    None,
    None,
    "保存場所",
    "アクセス拠点",
    None,
]
YES, NO = ("○", "有", "あり", "はい"), ("×", "無", "なし", "いいえ")
LEVELS = {1: ("機密性１", "1", "Ⅰ"), 2: ("機密性２", "2", "Ⅱ"), 3: ("機密性３", "3", "Ⅲ")}
WIDE = str.maketrans("0123456789,", "０１２３４５６７８９，")


def _followers(rng: random.Random, n: int) -> str | int:
    """5,000 / ５，０００ / 5千 / a number cell, as people type them."""
    form = rng.randrange(4)
    if form == 0:
        return f"{n:,}"
    if form == 1:
        return f"{n:,}".translate(WIDE)
    if form == 2 and n % 1000 == 0:
        return f"{n // 1000}千"
    return n


def _started(rng: random.Random) -> str:
    year, month, day = rng.randrange(2016, 2022), rng.randrange(1, 13), rng.randrange(1, 29)
    era = f"令和{year - 2018}" if (year, month) >= (2019, 5) else f"平成{year - 1988}"
    short = f"R{year - 2018}" if (year, month) >= (2019, 5) else f"H{year - 1988}"
    return rng.choice([f"{era}年{month}月{day}日", f"{short}.{month}.{day}", f"{year}/{month}/{day}"])


def make_inventory(path: Path, uses: int = USES) -> Path:
    """The workbook: a title block, a two-row header with merged cells, services merged down over their uses."""
    from openpyxl import Workbook

    rng = random.Random(SEED)
    wb = Workbook()
    ws = wb.active
    ws.title = "一覧"
    ws.append(["令和３年度 外部サービス利用状況一覧(ベンチマーク用の架空データ)"])
    ws.merge_cells("A1:O1")
    ws.append(["作成:架空県 情報政策課"])
    ws.append([])
    ws.append(GROUPS)
    ws.append(HEADINGS)
    for group in ("G4:H4", "I4:J4", "M4:N4"):
        ws.merge_cells(group)
    for column in "ABCDEFKLO":
        ws.merge_cells(f"{column}4:{column}5")
    number, combos = 0, list(range(len(ja.MUNICIPALITIES) * len(ja.DEPARTMENTS) * len(ja.CHANNELS)))
    rng.shuffle(combos)
    for combo in combos[: uses // PER_SERVICE]:
        muni = ja.MUNICIPALITIES[combo % len(ja.MUNICIPALITIES)]
        dept = ja.DEPARTMENTS[combo // len(ja.MUNICIPALITIES) % len(ja.DEPARTMENTS)]
        channel, platform, contract = ja.CHANNELS[combo // (len(ja.MUNICIPALITIES) * len(ja.DEPARTMENTS))]
        followers = _followers(rng, rng.randrange(1, 120) * 1000)
        name, suffix = rng.choice(("架空", "仮想", "試験")), rng.choice(("システム", "ソリューションズ", "ネット"))
        contractor = f"株式会社{name}{suffix}"
        storage = rng.choice(("日本", "日本", "日本、韓国", "Japan"))
        access = rng.choice(("日本", "日本、中国", "JP", "日本、韓国"))
        first = ws.max_row + 1
        for task, purpose, audience, personal, level in rng.sample(ja.TASKS, PER_SERVICE):
            number += 1
            service_cells = (
                [f"{muni}{dept} {channel}", platform, followers, contractor]
                if ws.max_row < first
                else [None, None, None, None]
            )
            ws.append(
                [
                    number,
                    f"{muni}{dept}",
                    *service_cells,
                    task,
                    purpose,
                    rng.choice(YES) if personal else rng.choice(NO),
                    personal or None,
                    rng.choice(LEVELS[level]),
                    _started(rng),
                    storage,
                    access,
                    audience,
                ]
            )
        for column in "CDEF":
            ws.merge_cells(f"{column}{first}:{column}{ws.max_row}")
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def edited(source: Path, path: Path) -> Path:
    """The same workbook with every use's outline changed: an import of 10,000 updates."""
    from openpyxl import load_workbook

    wb = load_workbook(source)
    ws = wb.active
    for row in range(6, ws.max_row + 1):
        cell = ws.cell(row=row, column=8)
        cell.value = f"{cell.value}(見直し)"
    wb.save(path)
    return path


def ensure() -> tuple[Path, Path]:
    base = CACHE_DIR / f"inventory-{USES}-v{VERSION}.xlsx"
    changed = base.with_name(base.stem + "-edited.xlsx")
    if not base.exists():
        make_inventory(base)
    if not changed.exists():
        edited(base, changed)
    return base, changed


def _empty_ledger(workdir: Path, name: str) -> Path:
    """A new ledger at the current schema, made before the clock starts (a migration is not an import)."""
    path = workdir / f"{name}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    made = run([str(BIN / "incidentdesk"), "--db", str(path), "init"], timeout=120)
    if made.code:
        raise RuntimeError(made.why())
    return path


def spreadsheets(prefecture: Path, workdir: Path) -> list[Row]:
    made = run([sys.executable, "-c", "from bench.sheets import ensure; ensure()"], timeout=300)
    if made.code:
        why = f"generating the workbook: {made.why()}"
        return [
            Row(k, label, reason=why)
            for k, label in (
                ("sheet_preview_s", "inventory preview (10,000 uses)"),
                ("sheet_commit_s", "inventory import (10,000 uses)"),
            )
        ]
    workbook, changed = ensure()
    empty = _empty_ledger(workdir, "sheet-empty")
    cli = [str(BIN / "incidentdesk"), "--lang", "ja", "--db"]
    preview = run(
        cli + [str(scratch_copy(empty, workdir, "sheet-preview")), "inventory", "import", str(workbook), "--dry-run"],
        timeout=300,
    )
    target = scratch_copy(empty, workdir, "sheet-commit")
    commit = run(cli + [str(target), "inventory", "import", str(workbook)], timeout=300)
    update = run(cli + [str(target), "inventory", "import", str(changed)], timeout=300) if not commit.code else commit
    answer = workdir / "survey-1000.xlsx"
    survey = run(
        cli
        + [
            str(scratch_copy(prefecture, workdir, "survey")),
            "survey",
            "export",
            "--incident",
            "1",
            "--out",
            str(answer),
        ],
        timeout=120,
    )
    rows = []
    if preview.code not in (0, 1):
        rows.append(Row("sheet_preview_s", "inventory preview (10,000 uses)", reason=preview.why()))
    else:
        rows.append(
            Row(
                "sheet_preview_s",
                "inventory preview (10,000 uses)",
                preview.wall,
                "s",
                "<= 10 s",
                10,
                note=f"`inventory import --dry-run` of a {workbook.stat().st_size / 1e6:.1f} MB .xlsx into an "
                f"empty ledger, whole process; peak {preview.maxrss_mb:.0f} MB",
                detail={"peak_mb": preview.maxrss_mb, "summary": _summary(preview.out)},
            )
        )
    if commit.code:
        rows.append(Row("sheet_commit_s", "inventory import (10,000 uses)", reason=commit.why()))
    else:
        rows.append(
            Row(
                "sheet_commit_s",
                "inventory import (10,000 uses)",
                commit.wall,
                "s",
                "<= 20 s",
                20,
                note=f"read, preview and write in one audited transaction; peak {commit.maxrss_mb:.0f} MB",
                detail={"peak_mb": commit.maxrss_mb, "summary": _summary(commit.out)},
            )
        )
        peak = max(preview.maxrss_mb, commit.maxrss_mb)
        rows.append(
            Row(
                "sheet_peak_mb",
                "inventory preview/import peak memory",
                peak,
                "MB",
                "<= 400 MB",
                400,
                note="the larger of the two processes (ru_maxrss)",
            )
        )
    if not update.code and update is not commit:
        rows.append(
            Row(
                "sheet_update_s",
                "inventory re-import, 10,000 uses edited",
                update.wall,
                "s",
                note=f"every row's outline changed; peak {update.maxrss_mb:.0f} MB",
                detail={"summary": _summary(update.out)},
            )
        )
    if survey.code:
        rows.append(Row("survey_export_s", "survey answer .xlsx (1,000 uses)", reason=survey.why()))
    else:
        rows.append(
            Row(
                "survey_export_s",
                "survey answer .xlsx (1,000 uses)",
                survey.wall,
                "s",
                "<= 3 s",
                3,
                note=f"whole `survey export` process on the prefecture set; peak {survey.maxrss_mb:.0f} MB",
            )
        )
    shutil.rmtree(workdir / "sheet-data", ignore_errors=True)
    return rows


def _summary(out: str) -> str:
    lines = [line for line in out.splitlines() if line.strip()]
    return " | ".join(lines[-2:])[:300]
