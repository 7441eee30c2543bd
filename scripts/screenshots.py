"""Render the main pages from the LINE 2021 sample, in Japanese and English, to docs/screenshots/*.png.

Usage: python scripts/screenshots.py [--out docs/screenshots]   (runs offscreen; no display needed)
       python scripts/screenshots.py --scale 1.5      # 1366 × 768 at 150 %: docs/screenshots/150/
       python scripts/screenshots.py --high-contrast  # Windows' High Contrast Black: docs/screenshots/high-contrast/
       python scripts/screenshots.py --all            # the three sets, each in its own process

At 150 % the window is what a maximised window has on that screen (911 × 433 logical pixels, less the taskbar
and the title bar: tests/gui/test_scale.py), and the pictures are 1.5 times as many pixels.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path


def _mode(argv: list[str]) -> None:
    """Before Qt loads: the scale factor and a 1366 × 768 offscreen screen, or forced high contrast."""
    if "--scale" in argv:
        factor = argv[argv.index("--scale") + 1]
        config = Path(tempfile.gettempdir()) / "incidentdesk-screen-1366x768.json"
        config.write_text(
            json.dumps(
                {
                    "screens": [
                        {
                            "name": "1366x768",
                            "x": 0,
                            "y": 0,
                            "width": 1366,
                            "height": 768,
                            "logicalDpi": 96,
                            "logicalBaseDpi": 96,
                            "dpr": 1,
                        }
                    ]
                }
            )
        )
        os.environ["QT_SCALE_FACTOR"] = factor
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    if "--high-contrast" in argv:
        os.environ["INCIDENTDESK_HIGH_CONTRAST"] = "1"


if __name__ == "__main__":
    _mode(sys.argv[1:])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from incidentdesk.gui.background import Runner
from incidentdesk.gui.context import AppContext
from incidentdesk.gui.main_window import MainWindow
from incidentdesk.gui.translations import Translations
from incidentdesk.services import memos, sample_case
from incidentdesk.storage.database import open_database

SIZE = (1440, 900)
SIZE_AT_150 = (911, 433)  # a maximised window on 1366 × 768 at 150 %, logical pixels
PREPARED: list[bool] = []
FONT_DIRS = [Path("/usr/share/fonts/truetype")]


def wait_idle(app: QApplication, runner: Runner, extra: float = 0.15) -> None:
    """Process events until the worker has answered everything and, a little later for painting, still has
    nothing to do (an answer may make a page ask for more: then wait for that too)."""
    deadline = time.monotonic() + 60
    while True:
        while runner.busy and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        end = time.monotonic() + extra
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)
        if not runner.busy:
            return
        if time.monotonic() >= deadline:
            raise RuntimeError("the worker did not finish in 60 s")


def japanese_font() -> QFont:
    """BIZ UD Gothic, registered from the system fonts if Qt did not find it, so kana and kanji render."""
    families = set(QFontDatabase.families())
    for name in ("BIZ UDPGothic", "BIZ UDGothic"):
        if name in families:
            return QFont(name, 10)
    for base in FONT_DIRS:
        for path in sorted(base.glob("bizud*/*Gothic*.tt*")):
            QFontDatabase.addApplicationFont(str(path))
    return QFont("BIZ UDPGothic", 10)


def _settings(db):
    from incidentdesk.services.reads import ledger as ledger_reads

    with db.reader() as r:
        return ledger_reads.settings(r)


def shoot(app: QApplication, runner: Runner, db, lang: str, out: Path) -> list[Path]:
    translations = Translations(app)
    ctx = AppContext(runner, db, lang=lang, date_style=_settings(db).date_style)
    ctx.set_language(lang)
    translations.install(lang)
    window = MainWindow(ctx, language_choice=lang)
    window.resize(*(SIZE_AT_150 if os.environ.get("QT_SCALE_FACTOR") else SIZE))
    window.show()
    wait_idle(app, runner)
    written = []

    def save(name: str) -> None:
        wait_idle(app, runner)
        path = out / f"{lang}-{name}.png"
        window.grab().save(str(path))
        written.append(path)

    window.show_page("incidents")
    save("incident")
    view = window.pages["incidents"].view
    view.tabs.setCurrentIndex(2)  # statements and claims
    show_tabs(window, view.tabs)
    save("incident-statements")
    window.show_page("services")
    wait_idle(app, runner)
    services = window.pages["services"]
    services.table.select_where(lambda r: r.use_count == max(x.use_count for x in services.table.source.rows()))
    services.view.tabs.setCurrentIndex(1)  # data locations
    save("service")
    # A service whose uses were suspended and resumed shows what "history" means.
    if services.table.select_where(lambda r: "鳥取" in r.name):
        wait_idle(app, runner)
    services.view.tabs.setCurrentIndex(3)  # decision history
    show_tabs(window, services.view.tabs)
    save("service-history")
    window.show_page("parties")
    save("parties")
    window.show_page("requests")
    save("requests")
    window.show_page("memos")
    wait_idle(app, runner)
    window.pages["memos"].preview()
    wait_idle(app, runner, 0.5)
    save("memo")
    window.show_page("audit")
    save("audit")
    if not PREPARED:
        prepare_corrections(db)  # after the pages above, which show the sample as it is
        PREPARED.append(True)
        ctx.data_changed.emit()
    shoot_corrections(app, runner, window, ctx, lang, out, written)
    window.search_box.setText("中国" if lang == "ja" else "China")
    window.run_search()
    save("search")
    window.close()
    window.deleteLater()
    translations.clear()
    app.processEvents()
    return written


def show_tabs(window, tabs) -> None:
    """In a short window (150 %) the page scrolls: down to the tabs the picture is about."""
    QApplication.processEvents()
    window.page_area.ensureWidgetVisible(tabs, 0, 0)


def prepare_corrections(db) -> None:
    """A decision entered by mistake and withdrawn, one entered late, and a vendor's PDF attached: what the
    screenshots of the decision history and the attachments show."""
    from incidentdesk.domain.inputs import DecisionIn, WithdrawalIn
    from incidentdesk.services import attachments, decisions
    from incidentdesk.services.reads import incidents

    with db.reader() as r:
        overview = incidents.overview(r, 1)
    use = overview.affected[0]
    wrong = decisions.record_decision(
        db,
        DecisionIn(
            incident_id=1,
            use_id=use.use_id,
            state="terminate",
            decided_on=date(2021, 3, 22),
            decided_by_role="課長",
            decided_by_name="情報 太郎",
            rationale="(誤入力)",
        ),
    )
    decisions.withdraw_decision(
        db,
        WithdrawalIn(
            decision_id=wrong.id,
            withdrawn_on=date(2021, 3, 23),
            reason="協議中の誤入力",
            withdrawn_by_role="情報政策課長",
            withdrawn_by_name="馬場 一郎",
        ),
    )
    decisions.record_decision(
        db,
        DecisionIn(
            incident_id=1,
            use_id=use.use_id,
            state="discussing",
            decided_on=date(2021, 3, 20),
            decided_by_role="市民部長",
            rationale="電話で決定した内容を後日登録",
        ),
    )
    statement = overview.statements[0]
    attachments.attach(db, "statement", statement.id, "LINE社_自治体向け説明資料_20210318.pdf", b"%PDF-1.4\n" * 24_000)
    attachments.attach(db, "statement", statement.id, "説明会の案内メール.eml", b"Subject: briefing\n" * 300)


def shoot_corrections(app, runner, window, ctx, lang: str, out: Path, written: list[Path]) -> None:
    """The decision confirmation, a withdrawn decision in the history, and the attachments list."""
    from incidentdesk.gui.dialogs.attachments import AttachmentsDialog
    from incidentdesk.gui.dialogs.decisions import DecisionDialog

    def grab(widget, name: str) -> None:
        wait_idle(app, runner)
        path = out / f"{lang}-{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    window.show_page("incidents")
    view = window.pages["incidents"].view
    wait_idle(app, runner)
    use = view.overview.affected[1]
    view.matrix.select_where(lambda a: a.use_id == use.use_id)
    form = DecisionDialog(window, ctx, overview=view.overview, use_id=use.use_id)
    form.show()
    wait_idle(app, runner)
    form.set_value("state", "suspend")
    form.set_value("decided_on", date(2021, 3, 19))
    form.set_value("decided_by_role", "市民部長" if lang == "ja" else "Director of Citizens' Affairs")
    form.set_value(
        "rationale",
        "国外からのアクセスの有無を確認できるまで" if lang == "ja" else "Until access from abroad is ruled out",
    )
    grab(form, "decision-form")
    box = form.confirmation_box(form.confirmation_text())
    box.show()
    grab(box, "decision-confirm")
    box.close()
    form._baseline = form.values()
    form.reject()
    first = view.overview.affected[0]
    view.matrix.select_where(lambda a: a.use_id == first.use_id)
    view.tabs.setCurrentIndex(view.HISTORY_TAB)
    show_tabs(window, view.tabs)
    wait_idle(app, runner)
    view.history.select_where(lambda d: d.current)  # the late entry now in force: its buttons are enabled
    save_window = window.grab
    wait_idle(app, runner)
    path = out / f"{lang}-decision-withdrawn.png"
    save_window().save(str(path))
    written.append(path)
    statement = view.overview.statements[0]
    files = AttachmentsDialog(
        window, ctx, "statement", statement.id, f"{ctx.fact(statement.made)} {statement.party} {statement.title}"
    )
    files.resize(760, 320)
    files.show()
    wait_idle(app, runner)
    files.table.selectRow(0)
    grab(files, "attachments")
    files.close()
    from incidentdesk.gui.deadline_banner import kind_word
    from incidentdesk.gui.dialogs.snooze import SnoozeDialog

    nearest = window.banner.deadlines[0]
    snooze = SnoozeDialog(window, ctx, what=f"{ctx.short(nearest.due_on)}  {kind_word(nearest.kind)}: {nearest.text}")
    snooze.show()
    grab(snooze, "deadline-snooze")
    snooze.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "docs" / "screenshots"))
    parser.add_argument("--lang", choices=("ja", "en"), action="append")
    parser.add_argument("--scale", help="a scale factor such as 1.5, on a 1366 × 768 screen (set before Qt starts)")
    parser.add_argument("--high-contrast", action="store_true", help="Windows' High Contrast Black palette")
    parser.add_argument("--all", action="store_true", help="the normal, 150 %% and high-contrast sets")
    args = parser.parse_args(argv)
    if args.all:
        base = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
        sets = (([], base), (["--scale", "1.5"], base / "150"), (["--high-contrast"], base / "high-contrast"))
        for extra, where in sets:
            subprocess.run([sys.executable, __file__, "--out", str(where), *extra], check=True)
        return 0
    out = Path(args.out)
    if args.scale and args.out == parser.get_default("out"):
        out = out / "150"
    if args.high_contrast and args.out == parser.get_default("out"):
        out = out / "high-contrast"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName("IncidentDesk-screenshots")
    app.setFont(japanese_font())
    if args.high_contrast:
        from incidentdesk.gui import contrast

        contrast.refresh()
        contrast.apply(app)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(str(Path(tmp) / "sample.db"), actor="情報 太郎")
        sample_case.load(db)
        memos.issue(db, 1, lang="ja", memo_date=date(2021, 3, 19))  # so the list of issued memos is not empty
        runner = Runner()
        try:
            for lang in args.lang or ("ja", "en"):
                for path in shoot(app, runner, db, lang, out):
                    print(path)
        finally:
            runner.shutdown()
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
