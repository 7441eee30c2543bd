"""The program's main flows in one process, through the real CLI: `python -m network_flows DB OUTDIR`.

Run under netguard.py or strace by test_no_network.py. Flows whose code is not there yet
(export, memo, window) are skipped and reported, so the test can say what it covered.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

from incidentdesk import cli

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import smoke_hook  # lives in packaging/, shared with the frozen bundle's entry point

QUIT_MS = "300"  # how long the window stays up before the smoke hook quits it


def _present(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def flows(db: str, out: Path) -> list[tuple[str, list[str]]]:
    steps = [
        ("init", ["init"]),
        ("sample", ["sample"]),
        ("list", ["list", "incidents"]),
        ("search", ["search", "住民票"]),
        ("backup", ["backup", "--out", str(out / "backup.db")]),
    ]
    if _present("incidentdesk.exchange.ledger_json"):
        steps.append(("export", ["export", "--out", str(out / "ledger.json")]))
    if _present("incidentdesk.services.memos"):
        steps.append(("memo", ["memo", "1", "--out", str(out / "memo.pdf")]))
    steps.append(("verify", ["verify"]))
    if _present("incidentdesk.app"):
        steps.append(("window", ["gui"]))
    return [(name, ["--db", db, *argv]) for name, argv in steps]


def main() -> int:
    db, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results = {}
    for name, argv in flows(db, out):
        if name == "window":
            os.environ[smoke_hook.ENV] = QUIT_MS
            assert smoke_hook.install()
        results[name] = cli.main(argv)
    print(json.dumps(results))
    return 0 if all(rc == 0 for rc in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
