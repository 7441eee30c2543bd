"""Refresh the Japanese .ts files from the sources, fill new entries from a table, and build the .qm files.

    python scripts/translations.py                 # lupdate, then list the entries still without Japanese
    python scripts/translations.py --fill ja.json  # also fill those entries from {"context|source": "訳"}
                                                   # (or {"source": "訳"} for every context), then lrelease

Which sources go to which file is said once, here: app_ja.ts (the window and pages), forms_ja.ts
(gui/dialogs but the About screen and the spreadsheet dialogs), about_ja.ts, excel_ja.ts.
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


def groups() -> dict[str, list[Path]]:
    dialogs = sorted((SRC / "gui" / "dialogs").glob("*.py"))
    sheets = [SRC / "gui" / "dialogs" / "inventory_import.py", SRC / "gui" / "dialogs" / "survey_export.py"]
    return {
        "app_ja.ts": [SRC / "app.py", *sorted((SRC / "gui").glob("*.py")),
                      *sorted((SRC / "gui" / "pages").glob("*.py"))],
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
            texts = [translation.text or ""] + [n.text or "" for n in translation.iter("numerusform")] \
                if translation is not None else []
            if translation is None or translation.get("type") == "unfinished" or not "".join(texts).strip():
                out.append((ctx.findtext("name") or "", message.findtext("source") or ""))
    return out


def fill(ts: Path, table: dict[str, str]) -> int:
    tree = ET.parse(ts)
    done = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = table.get(f"{name}|{source}", table.get(source))
            if translation is None or text is None:
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
    missing = 0
    for name, files in groups().items():
        ts = TRANSLATIONS / name
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", *map(str, files), "-ts", str(ts)], check=True,
                       capture_output=True)
        if table:
            fill(ts, table)
        for context, source in unfinished(ts):
            print(f"{name}\t{context}\t{source}")
            missing += 1
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                       capture_output=True)
    print(f"{missing} entries without Japanese", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
