"""Each measurement as whole processes (or in-process for search), returning rows for the report."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
BIN = Path(sys.executable).parent
MEMO_DATE = "2026-04-01"  # fixed, so memo bytes and page counts repeat run to run


@dataclass
class Row:
    """One line of the report: a figure, what it is compared with, and its verdict."""

    key: str
    label: str
    value: float | None = None
    unit: str = ""
    target: str = ""
    limit: float | None = None  # PASS when value <= limit
    note: str = ""
    reason: str = ""  # why it was not measured
    detail: dict = field(default_factory=dict)

    @property
    def verdict(self) -> str:
        if self.value is None:
            return "not measured"
        if self.limit is None:
            return "info"
        return "PASS" if self.value <= self.limit else "MISS"


@dataclass
class Proc:
    wall: float  # seconds from just before spawn to exit
    started: float  # time.time() just before spawn, to compare with timestamps the child prints
    code: int
    out: str
    err: str
    maxrss_mb: float
    timed_out: bool = False

    def why(self) -> str:
        """Why a run failed, for the `not measured` note."""
        if self.timed_out:
            return f"killed after {self.wall:.0f} s without finishing"
        return f"exit {self.code}: {_last_line(self.err)}"


def run(cmd: list[str], *, env: dict | None = None, timeout: float = 300) -> Proc:
    """Run a whole process; its peak memory comes from wait4, which only the parent can read."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    # An installed copy and the frozen bundle run from bytecode; a machine-wide PYTHONDONTWRITEBYTECODE
    # would make every measured start compile the program's sources again (compile_sources() made them).
    full_env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started_epoch, started = time.time(), time.perf_counter()
        child = subprocess.Popen(cmd, stdout=out, stderr=err, env=full_env, cwd=ROOT)
        deadline, timed_out = started + timeout, False
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                child.kill()
                pid, status, usage = os.wait4(child.pid, 0)
                timed_out = True
                break
            time.sleep(0.002)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Proc(
            wall,
            started_epoch,
            child.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            usage.ru_maxrss / 1024,
            timed_out,
        )


def compile_sources() -> None:
    """Write the bytecode of the program and of the bench probes once, as an installation has it."""
    import compileall

    for folder in (ROOT / "src", BENCH):
        compileall.compile_dir(str(folder), quiet=1, force=False)


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:200] if lines else "no output"


def _marks(proc: Proc) -> dict[str, float]:
    """Seconds from spawn to each `BENCH <name> <epoch>` line, and `BENCHMEM <name> <MB>` as printed."""
    marks = {}
    for line in proc.out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "BENCH":
            marks[parts[1]] = float(parts[2]) - proc.started
        elif len(parts) == 3 and parts[0] == "BENCHMEM":
            marks[parts[1]] = float(parts[2])
    return marks


def scratch_copy(ledger: Path, workdir: Path, name: str) -> Path:
    """A private copy, so nothing a run writes (WAL, settings) leaks into the cache or the next run.

    Written to disk before it is returned: otherwise the kernel writes the copy back (200 MB for the
    prefecture) while the measured process starts, on the same two cores, and the prefecture's start-up
    paid for the bench's own copy (painted 0.31 s against the city's 0.25 s for the same code)."""
    dest = workdir / f"{name}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{dest}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(ledger, dest)
    with open(dest, "rb+") as copied:
        os.fsync(copied.fileno())
    return dest


# -- start-up and memory ----------------------------------------------------------------------


def _app_run(ledger: Path, workdir: Path, name: str) -> Proc:
    """One app start on a private copy with fresh per-user settings, as on a first start."""
    config = workdir / "config"
    shutil.rmtree(config, ignore_errors=True)
    env = {"XDG_CONFIG_HOME": str(config), "INCIDENTDESK_DATA_DIR": str(workdir / "data")}
    copy = scratch_copy(ledger, workdir, f"app-{name}")
    return run([sys.executable, str(BENCH / "app_probe.py"), str(copy)], env=env, timeout=90)


def startup(ledgers: dict[str, Path], workdir: Path, runs: int) -> list[Row]:
    """Bare window vs the app, interleaved run by run so both see the same machine load."""
    bare_runs = []
    app: dict[str, list[Proc]] = {name: [] for name in ledgers}
    for _ in range(runs):
        bare_runs.append(run([sys.executable, str(BENCH / "bare_window.py")], timeout=60))
        for name, ledger in ledgers.items():
            if app[name] and "services_page" not in _marks(app[name][-1]):
                continue  # one failed start is reported; repeating it would only burn the time budget
            app[name].append(_app_run(ledger, workdir, name))
    bare = [_marks(p).get("painted") for p in bare_runs]
    if any(b is None for b in bare):
        return [Row("bare_painted", "bare window painted", reason=bare_runs[0].why())]
    bare_painted = statistics.median(bare)
    rows = [
        Row(
            "bare_painted",
            "bare PySide6 window: start to painted",
            bare_painted,
            "s",
            note=f"median of {runs}",
            detail={"runs": bare},
        )
    ]
    limits = {"city": 2.5, "prefecture": 3.0}
    for name in ledgers:
        marks = [_marks(p) for p in app[name]]
        failed = next((p for p, m in zip(app[name], marks, strict=True) if "services_page" not in m), None)
        if failed is not None:
            why = f"app run did not report ({failed.why()})"
            rows += [
                Row(f"painted_ratio_{name}", f"window painted / bare ({name})", reason=why),
                Row(f"incident_ratio_{name}", f"incident page populated / bare ({name})", reason=why),
            ]
            if name == "prefecture":
                rows.append(Row("peak_memory", "window peak memory (prefecture)", reason=why))
            continue
        painted = statistics.median(m["painted"] for m in marks)
        populated = statistics.median(m["incident_page"] for m in marks)
        services = statistics.median(m["services_page"] for m in marks)
        rows.append(
            Row(
                f"painted_ratio_{name}",
                f"window painted / bare ({name})",
                painted / bare_painted,
                "x",
                "<= 1.5x",
                1.5,
                note=f"{painted:.2f} s vs {bare_painted:.2f} s",
                detail={"app_s": [m["painted"] for m in marks]},
            )
        )
        rows.append(
            Row(
                f"incident_ratio_{name}",
                f"incident page populated / bare ({name})",
                populated / bare_painted,
                "x",
                f"<= {limits[name]}x",
                limits[name],
                note=f"{populated:.2f} s vs {bare_painted:.2f} s",
                detail={"app_s": [m["incident_page"] for m in marks]},
            )
        )
        rows.append(
            Row(
                f"services_page_{name}",
                f"services page filled ({name})",
                services,
                "s",
                note="from process start, after the incident page",
                detail={"app_s": [m["services_page"] for m in marks]},
            )
        )
        peak = max(m["peak_mb"] for m in marks)
        bare_peak = max(_marks(p)["peak_mb"] for p in bare_runs)
        target = name == "prefecture"
        rows.append(
            Row(
                "peak_memory" if target else f"peak_memory_{name}",
                f"window peak memory ({name})",
                peak,
                "MB",
                "<= 300 MB" if target else "",
                300 if target else None,
                note=f"VmHWM with the incident page and the services page open; bare window {bare_peak:.0f} MB",
                detail={"runs_mb": [m["peak_mb"] for m in marks], "bare_mb": bare_peak},
            )
        )
    return rows


# -- memo ------------------------------------------------------------------------------------


def memo_fonts() -> tuple[str, str]:
    """The gothic regular and bold files the memo itself would pick, for the raw ReportLab floor."""
    from incidentdesk.reports import fonts

    found = []
    for role in ("gothic", "bold"):
        for filename, _index in fonts.CANDIDATES[role]:
            hits = [d / filename for d in fonts.font_dirs() if (d / filename).is_file()]
            if hits:
                found.append(str(hits[0]))
                break
    if len(found) < 2:
        raise FileNotFoundError("no Japanese TrueType font (BIZ UD Gothic) found for the memo")
    return found[0], found[1]


def memo(cases: dict[str, tuple[Path, int]], workdir: Path, runs: int) -> list[Row]:
    """The memo command against raw ReportLab with as many table rows, run alternately."""
    rows: list[Row] = []
    try:
        regular, bold = memo_fonts()
    except (ImportError, FileNotFoundError) as exc:
        return [Row(f"memo_ratio_{n}", f"memo / raw ReportLab ({n} uses)", reason=str(exc)) for n in (50, 1000)]
    for name, (ledger, uses) in cases.items():
        copy = scratch_copy(ledger, workdir, f"memo-{name}")
        memo_runs, raw_runs = [], []
        for _ in range(runs):
            memo_runs.append(
                run(
                    [
                        str(BIN / "incidentdesk"),
                        "--db",
                        str(copy),
                        "--lang",
                        "ja",
                        "memo",
                        "1",
                        "--out",
                        str(workdir / f"memo-{name}.pdf"),
                        "--date",
                        MEMO_DATE,
                    ],
                    timeout=120,
                )
            )
            raw_runs.append(
                run(
                    [
                        sys.executable,
                        str(BENCH / "raw_memo.py"),
                        str(uses),
                        str(workdir / f"raw-{name}.pdf"),
                        regular,
                        bold,
                    ],
                    timeout=120,
                )
            )
            if memo_runs[-1].code or raw_runs[-1].code:
                break
        bad = next((p for p in memo_runs + raw_runs if p.code), None)
        if bad is not None:
            why = bad.why()
            rows += [
                Row(f"memo_ratio_{uses}", f"memo / raw ReportLab ({uses} uses)", reason=why),
                Row(f"memo_seconds_{uses}", f"memo wall time ({uses} uses)", reason=why),
            ]
            continue
        memo_s = statistics.median(p.wall for p in memo_runs)
        raw_s = statistics.median(p.wall for p in raw_runs)
        pages = _last_line(memo_runs[0].out)
        rows.append(
            Row(
                f"memo_ratio_{uses}",
                f"memo / raw ReportLab ({uses} uses)",
                memo_s / raw_s,
                "x",
                "<= 1.5x",
                1.5,
                note=f"{memo_s:.2f} s vs {raw_s:.2f} s ({name} set)",
                detail={
                    "memo_s": [p.wall for p in memo_runs],
                    "raw_s": [p.wall for p in raw_runs],
                    "memo_output": pages,
                },
            )
        )
        big = uses >= 1000
        rows.append(
            Row(
                f"memo_seconds_{uses}",
                f"memo wall time ({uses} uses)",
                memo_s,
                "s",
                "<= 3 s" if big else "",
                3.0 if big else None,
                note=f"median of {len(memo_runs)}",
            )
        )
    return rows


# -- export, import and backup --------------------------------------------------------------

BASE_MB = 250  # issue 11: peak memory at most ~250 MB plus the largest single attachment


def _largest_attachment_mb(ledger: Path) -> float:
    import sqlite3

    conn = sqlite3.connect(ledger)
    try:
        return (conn.execute("SELECT max(length(data)) FROM attachment").fetchone()[0] or 0) / 1e6
    finally:
        conn.close()


def export_import(name: str, ledger: Path, workdir: Path) -> list[Row]:
    """Whole-ledger JSON export, then import into an empty ledger, then an SQLite backup (read back and checked):
    time and peak memory of each, against 250 MB plus the largest attachment."""
    copy = scratch_copy(ledger, workdir, f"export-src-{name}")
    largest = _largest_attachment_mb(copy)
    limit = BASE_MB + largest
    target = f"<= {limit:.0f} MB"
    out = workdir / f"{name}-export.json"
    out.unlink(missing_ok=True)
    exported = run([str(BIN / "incidentdesk"), "--db", str(copy), "export", "--out", str(out)], timeout=400)
    if exported.code:
        why = f"export {exported.why()}"
        return [
            Row(f"export_mb_{name}", f"export peak memory ({name})", reason=why),
            Row(f"import_mb_{name}", f"import peak memory ({name})", reason=why),
        ]
    size = out.stat().st_size / 1e6
    rows = [
        Row(f"export_s_{name}", f"export ({name})", exported.wall, "s", note=f"{size:.0f} MB JSON"),
        Row(
            f"export_mb_{name}",
            f"export peak memory ({name})",
            exported.maxrss_mb,
            "MB",
            target,
            limit,
            note=f"largest attachment {largest:.0f} MB",
            detail={"json_mb": size},
        ),
    ]
    dest = workdir / f"import-target-{name}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{dest}{suffix}").unlink(missing_ok=True)
    imported = run([str(BIN / "incidentdesk"), "--db", str(dest), "import", str(out)], timeout=600)
    if imported.code:
        rows.append(Row(f"import_mb_{name}", f"import peak memory ({name})", reason=f"import {imported.why()}"))
    else:
        rows += [
            Row(
                f"import_s_{name}",
                f"import ({name})",
                imported.wall,
                "s",
                note="checked in a scratch file, then written in one transaction",
            ),
            Row(
                f"import_mb_{name}",
                f"import peak memory ({name})",
                imported.maxrss_mb,
                "MB",
                target,
                limit,
                note=f"largest attachment {largest:.0f} MB",
            ),
        ]
    folder = workdir / f"backups-{name}"
    shutil.rmtree(folder, ignore_errors=True)
    backed = run([str(BIN / "incidentdesk"), "--db", str(copy), "backup", "--out", str(folder / "b.db")], timeout=600)
    if backed.code:
        rows.append(Row(f"backup_mb_{name}", f"backup peak memory ({name})", reason=f"backup {backed.why()}"))
    else:
        rows += [
            Row(f"backup_s_{name}", f"backup, read back and checked ({name})", backed.wall, "s"),
            Row(f"backup_mb_{name}", f"backup peak memory ({name})", backed.maxrss_mb, "MB", target, limit),
        ]
    out.unlink(missing_ok=True)
    return rows


def server_backup(name: str, ledger: Path, workdir: Path) -> list[Row]:
    """A server ledger's backup (a JSON export from one snapshot, checked as an import): peak memory on a
    throw-away PostgreSQL holding the same ledger."""
    label = f"server backup peak memory ({name})"
    try:
        sys.path.insert(0, str(ROOT / "tests"))
        from pg_server import PgServer, find_bindir
    except ImportError as exc:
        return [Row(f"server_backup_mb_{name}", label, reason=str(exc))]
    bindir = find_bindir()
    if bindir is None:
        return [Row(f"server_backup_mb_{name}", label, reason="no PostgreSQL server binaries")]
    largest = _largest_attachment_mb(ledger)
    limit = BASE_MB + largest
    server = PgServer(bindir).start()
    try:
        server.admin("CREATE DATABASE bench")
        url = server.url("bench")
        export = workdir / f"{name}-for-server.json"
        prepared = run(
            [
                str(BIN / "incidentdesk"),
                "--db",
                str(scratch_copy(ledger, workdir, f"srv-{name}")),
                "export",
                "--out",
                str(export),
            ],
            timeout=400,
        )
        loaded = run([str(BIN / "incidentdesk"), "--db", url, "import", str(export)], timeout=900)
        if prepared.code or loaded.code:
            return [Row(f"server_backup_mb_{name}", label, reason=(prepared if prepared.code else loaded).why())]
        out = workdir / f"{name}-server-backup.json"
        out.unlink(missing_ok=True)
        backed = run([str(BIN / "incidentdesk"), "--db", url, "backup", "--out", str(out)], timeout=900)
        if backed.code:
            return [Row(f"server_backup_mb_{name}", label, reason=backed.why())]
        return [
            Row(f"server_backup_s_{name}", f"server backup, read back and checked ({name})", backed.wall, "s"),
            Row(
                f"server_backup_mb_{name}",
                label,
                backed.maxrss_mb,
                "MB",
                f"<= {limit:.0f} MB",
                limit,
                note="PostgreSQL, REPEATABLE READ snapshot",
            ),
        ]
    finally:
        server.stop()


def durability(workdir: Path) -> list[Row]:
    """What synchronous=FULL costs per write transaction, against NORMAL, on this machine's disk."""
    proc = run([sys.executable, str(BENCH / "durability_probe.py"), str(workdir / "durability.db")], timeout=300)
    try:
        result = json.loads(proc.out.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return [Row("write_full_ms", "write transaction, synchronous=FULL", reason=f"probe {proc.why()}")]
    return [
        Row(
            "write_full_ms",
            "write transaction, synchronous=FULL",
            result["full_ms"],
            "ms",
            note=f"median of {result['writes']} (add a party); p95 {result['full_p95_ms']:.1f} ms",
        ),
        Row(
            "write_normal_ms",
            "write transaction, synchronous=NORMAL (before)",
            result["normal_ms"],
            "ms",
            note=f"FULL costs {result['full_ms'] - result['normal_ms']:+.1f} ms per write here",
        ),
    ]


# -- filter ----------------------------------------------------------------------------------


def filter_keystrokes(ledger: Path, workdir: Path) -> list[Row]:
    copy = scratch_copy(ledger, workdir, "filter")
    proc = run([sys.executable, str(BENCH / "filter_probe.py"), str(copy)], timeout=120)
    try:
        result = json.loads(proc.out.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return [Row("filter_max", "filter keystroke, 10,000 services (worst)", reason=f"probe {proc.why()}")]
    return [
        Row(
            "filter_max",
            "filter keystroke, 10,000 services (worst)",
            result["max_ms"],
            "ms",
            "<= 50 ms",
            50,
            note=f"fastest of 3 passes per keystroke; median {result['median_ms']:.0f} ms over "
            f"{result['keystrokes']} keystrokes, worst setFilterFixedString alone "
            f"{result['filter_only_max_ms']:.0f} ms, worst of the first pass "
            f"{result['first_pass_max_ms']:.0f} ms; "
            f"{result['what']}",
            detail=result,
        )
    ]


# -- search ----------------------------------------------------------------------------------


def search(ledger: Path, workdir: Path) -> list[Row]:
    """services.reads.search.search over the prefecture set, in a probe process after one warm-up query."""
    proc = run(
        [sys.executable, str(BENCH / "search_probe.py"), str(scratch_copy(ledger, workdir, "search"))], timeout=120
    )
    try:
        result = json.loads(proc.out.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        why = f"probe {proc.why()}"
        return [
            Row("search_median", "search median (prefecture)", reason=why),
            Row("search_p95", "search p95 (prefecture)", reason=why),
        ]
    slowest = sorted(result["per_query_ms"].items(), key=lambda kv: -kv[1])[:3]
    return [
        Row(
            "search_median",
            "search median (prefecture)",
            result["median_ms"],
            "ms",
            note=f"{len(result['per_query_ms'])} queries; 3+ chars median {result['median3_ms']:.1f} ms, "
            f"2 chars median {result['median2_ms']:.1f} ms",
        ),
        Row(
            "search_p95",
            "search p95 (prefecture)",
            result["p95_ms"],
            "ms",
            "<= 50 ms",
            50,
            note="fastest of 3 passes per query (first pass alone: "
            f"{result['first_pass_p95_ms']:.0f} ms); slowest: " + ", ".join(f"{q} {t:.0f} ms" for q, t in slowest),
            detail=result,
        ),
    ]
