"""Refresh the Japanese .ts files from the sources, fill new entries from a table, and build the .qm files.

    python scripts/translations.py                 # lupdate, then list the entries still without Japanese
    python scripts/translations.py --fill ja.json  # also fill those entries from {"context|source": "訳"}
                                                   # (or {"source": "訳"} for every context), then lrelease

Which sources go to which file is said once, here: app_ja.ts (the window and pages), forms_ja.ts
(gui/dialogs but the About screen and the spreadsheet dialogs), about_ja.ts, excel_ja.ts.

Plurals are Qt's: `self.tr("%n claim(s)", "", n)`. Japanese has one form (説明事項 %n 件); English needs two,
so plurals_en.ts holds every such message of all the sources (lupdate -pluralonly), filled from the same
--fill table: {"context|%n claim(s)": {"ja": "説明事項 %n 件", "en": ["1 claim", "%n claims"]}}. The window
loads plurals_en.qm in English.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "incidentdesk"
TRANSLATIONS = ROOT / "resources" / "translations"


PLURALS_EN = "plurals_en.ts"


def groups() -> dict[str, list[Path]]:
    dialogs = sorted((SRC / "gui" / "dialogs").glob("*.py"))
    sheets = [SRC / "gui" / "dialogs" / "inventory_import.py", SRC / "gui" / "dialogs" / "survey_export.py"]
    return {
        "app_ja.ts": [
            SRC / "app.py",
            *sorted((SRC / "gui").glob("*.py")),
            *sorted((SRC / "gui" / "pages").glob("*.py")),
        ],
        "forms_ja.ts": [p for p in dialogs if p.name != "about.py" and p not in sheets],
        "about_ja.ts": [SRC / "gui" / "dialogs" / "about.py"],
        "excel_ja.ts": sheets,
    }


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        for message in ctx.iter("message"):
            translation = message.find("translation")
            texts = (
                [translation.text or ""] + [n.text or "" for n in translation.iter("numerusform")]
                if translation is not None
                else []
            )
            if translation is None or translation.get("type") == "unfinished" or not "".join(texts).strip():
                out.append((ctx.findtext("name") or "", message.findtext("source") or ""))
    return out


def fill(ts: Path, table: dict[str, object]) -> int:
    lang = ts.stem.rsplit("_", 1)[-1]
    tree = ET.parse(ts)
    done = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = table.get(f"{name}|{source}", table.get(source))
            if isinstance(text, dict):  # a plural: its forms per language
                text = text.get(lang)
            if translation is None or text is None:
                continue
            forms = translation.findall("numerusform")
            if message.get("numerus") == "yes" and forms:
                texts = text if isinstance(text, list) else [text] * len(forms)
                if len(texts) != len(forms) or not (
                    translation.get("type") == "unfinished" or not "".join(f.text or "" for f in forms).strip()
                ):
                    continue
                for form, form_text in zip(forms, texts, strict=True):
                    form.text = form_text
                translation.attrib.pop("type", None)
                done += 1
                continue
            if isinstance(text, list):
                continue
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                translation.text = text
                translation.attrib.pop("type", None)
                done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", type=Path, help="JSON table of translations for the new entries")
    args = parser.parse_args()
    table = json.loads(args.fill.read_text(encoding="utf-8")) if args.fill else {}
    table = {k: v for k, v in table.items() if not k.startswith("_")}
    missing = 0
    every = sorted({f for files in groups().values() for f in files})
    jobs = [(name, files, []) for name, files in groups().items()]
    jobs.append((PLURALS_EN, every, ["-pluralonly", "-source-language", "en", "-target-language", "en"]))
    for name, files, options in jobs:
        ts = TRANSLATIONS / name
        subprocess.run(
            [_tool("pyside6-lupdate"), "-no-obsolete", *options, *map(str, files), "-ts", str(ts)],
            check=True,
            capture_output=True,
        )
        if table:
            fill(ts, table)
        for context, source in unfinished(ts):
            print(f"{name}\t{context}\t{source}")
            missing += 1
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True
        )
    print(f"{missing} entries without Japanese", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
