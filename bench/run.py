"""`make bench`: build or reuse the datasets, measure everything in one run, print a table, write JSON."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import asdict
from datetime import datetime, UTC
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import datasets, machine, measures, sheets

SECTIONS = ("startup", "memo", "search", "filter", "exchange", "sheets", "durability")
RESULTS = Path(__file__).resolve().parent / "results"


def _figure(row: measures.Row) -> str:
    if row.value is None:
        return "—"
    if row.unit == "x":
        return f"{row.value:.2f}x"
    if row.unit == "ms":
        return f"{row.value:.1f} ms"
    if row.unit == "MB":
        return f"{row.value:.0f} MB"
    return f"{row.value:.2f} {row.unit}"


def table(rows: list[measures.Row]) -> str:
    width = max(len(r.label) for r in rows) + 2
    lines = [f"{'measurement':<{width}}{'figure':>10}  {'target':<10}{'verdict':<14}note", "-" * (width + 60)]
    for r in rows:
        note = r.note if r.value is not None else f"not measured: {r.reason}"
        lines.append(f"{r.label:<{width}}{_figure(r):>10}  {r.target:<10}{r.verdict:<14}{note}")
    return "\n".join(lines)


def markdown(rows: list[measures.Row]) -> str:
    """The same table for docs/performance.md."""
    lines = ["| measurement | figure | target | verdict | note |", "|---|---:|---|---|---|"]
    for r in rows:
        note = r.note if r.value is not None else f"not measured: {r.reason}"
        lines.append(f"| {r.label} | {_figure(r)} | {r.target.replace('<=', '≤')} | {r.verdict} | {note} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Incident Desk benchmarks (see docs/performance.md)")
    parser.add_argument("--runs", type=int, default=5, help="start-up runs per variant (memo: about half)")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, help="measure only these sections")
    args = parser.parse_args(argv)
    sections = set(args.only or SECTIONS)
    started = time.perf_counter()
    info = machine.describe()
    print("Machine:", machine.summary(info), flush=True)
    # Generated in a child process, so this one stays small: a child's ru_maxrss counts what it
    # inherited between fork and exec.
    measures.compile_sources()
    made = measures.run([sys.executable, "-m", "bench.datasets"], timeout=590)
    if made.code:
        print(made.err, file=sys.stderr)
        return 1
    ledgers, generated = {}, {}
    for name, info_ in json.loads(made.out.strip().splitlines()[-1]).items():
        ledgers[name], generated[name] = Path(info_["path"]), info_["generated_s"]
        seconds = generated[name]
        print(
            f"dataset {name}: "
            + (f"generated in {seconds:.1f} s" if seconds is not None else "cached")
            + f" ({ledgers[name].name})",
            flush=True,
        )
    workdir = datasets.CACHE_DIR / "work"
    workdir.mkdir(parents=True, exist_ok=True)
    rows: list[measures.Row] = []
    steps = [
        ("startup", lambda: measures.startup({k: ledgers[k] for k in ("city", "prefecture")}, workdir, args.runs)),
        (
            "memo",
            lambda: measures.memo(
                {
                    "city": (ledgers["city"], datasets.CITY.affected),
                    "prefecture": (ledgers["prefecture"], datasets.PREFECTURE.affected),
                },
                workdir,
                max(1, args.runs // 2 + 1),
            ),
        ),
        ("search", lambda: measures.search(ledgers["prefecture"], workdir)),
        ("filter", lambda: measures.filter_keystrokes(ledgers["prefecture"], workdir)),
        (
            "exchange",
            lambda: (
                measures.export_import("prefecture", ledgers["prefecture"], workdir)
                + measures.export_import("attachments", ledgers["attachments"], workdir)
                + measures.server_backup("attachments", ledgers["attachments"], workdir)
            ),
        ),
        ("durability", lambda: measures.durability(workdir)),
        ("sheets", lambda: sheets.spreadsheets(ledgers["prefecture"], workdir)),
    ]
    for name, step in steps:
        if name in sections:
            t0 = time.perf_counter()
            rows += step()
            print(f"  {name}: {time.perf_counter() - t0:.1f} s", flush=True)
    total = time.perf_counter() - started
    info["load_average_end"] = list(os.getloadavg()) if hasattr(os, "getloadavg") else None
    print()
    print(table(rows))
    verdicts = [r.verdict for r in rows if r.verdict in ("PASS", "MISS")]
    print(
        f"\n{verdicts.count('PASS')} PASS, {verdicts.count('MISS')} MISS, "
        f"{sum(r.verdict == 'not measured' for r in rows)} not measured; whole run {total:.0f} s; "
        f"load average {info['load_average'][0]:.2f} at start, {info['load_average_end'][0]:.2f} at end"
    )
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    out = RESULTS / f"bench-{stamp}.json"
    out.write_text(
        json.dumps(
            {
                "when": stamp,
                "machine": info,
                "seconds": total,
                "sections": sorted(sections),
                "datasets": {
                    name: {
                        "file": ledgers[name].name,
                        "generated_s": generated[name],
                        "scale": asdict(datasets.SCALES[name]),
                    }
                    for name in ledgers
                },
                "rows": [{**asdict(r), "verdict": r.verdict} for r in rows],
            },
            ensure_ascii=False,
            indent=2,
        ),
        encoding="utf-8",
    )
    out.with_suffix(".md").write_text(markdown(rows) + "\n", encoding="utf-8")
    print(f"Figures written to {out} (and .md)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
