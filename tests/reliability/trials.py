"""Issue 11's reliability probe, as trials that now pass: kill -9 at random moments, fuzzed imports, tampering,
backups under concurrent writers, bad files, failures people meet. Each trial returns counts.

    .venv/bin/python tests/reliability/trials.py            # the full run (several minutes), counts as a table
    .venv/bin/python tests/reliability/trials.py --quick    # what `make test` runs (tests/reliability/test_issue11.py)

Failure 2 of the issue (two users editing one record) needs version columns: the lead's part, not here.
Failure 11 (memory) is measured by `make bench` (docs/performance.md).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))

from incidentdesk.cli import main as cli_main
from incidentdesk.domain.errors import LedgerError
from incidentdesk.exchange import ledger_json
from incidentdesk.services import backups, ledger
from incidentdesk.storage.database import open_database
from incidentdesk.storage.sqlite_file import REVISIONS, head_revision

from export_mutations import RandomChooser, as_bytes, mutated
from ledger_builders import edit_event_new, file_state, rechain, run_sql, seq_of, small_ledger

PY = sys.executable


@dataclass
class Counts:
    """One trial's outcome: what was tried and how each attempt ended."""

    name: str
    tried: int = 0
    passed: int = 0
    detail: dict = field(default_factory=dict)
    failures: list = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.tried > 0 and self.passed == self.tried and not self.failures

    def add(self, good: bool, what: str = "") -> None:
        self.tried += 1
        if good:
            self.passed += 1
        else:
            self.failures.append(what)


def _quiet(*argv: str) -> int:
    """Run the CLI in-process with its output swallowed."""
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        return cli_main(list(argv))
    finally:
        sys.stdout, sys.stderr = old


# -- kill -9 ---------------------------------------------------------------------------------

CHILD = """
import sys, time, os
{setup}
print("GO", flush=True)
{work}
print("DONE", flush=True)
"""


def _kill_at_random(code: str, delay: float, env: dict | None = None) -> tuple[bool, list[str]]:
    """Run `code` in a child, wait for it to say GO, then kill -9 it after `delay` seconds (if still running).
    Returns (killed before DONE, the lines it printed)."""
    child = subprocess.Popen(
        [PY, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, **(env or {})},
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    if line.strip() != "GO":
        child.kill()
        child.wait()
        raise RuntimeError(f"child did not start: {line!r}")
    time.sleep(delay)
    killed = child.poll() is None
    if killed:
        os.kill(child.pid, signal.SIGKILL)
    rest = child.stdout.read().splitlines()
    child.wait()
    return killed and "DONE" not in rest, rest


def _duration(code: str) -> float:
    """Seconds from the child's GO to its DONE, when nobody kills it."""
    child = subprocess.Popen([PY, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    child.stdout.readline()
    started = time.perf_counter()
    rest = child.stdout.read()
    child.wait()
    if "DONE" not in rest:
        raise RuntimeError("the child failed before it finished: nothing to time")
    return time.perf_counter() - started


def _old_ledger(path: Path, parties: int) -> None:
    """A ledger as the first revision left it (no search tables, no application id), made by the migrations
    themselves, with `parties` rows each audited as that version audited them."""
    from alembic import command
    from sqlalchemy import MetaData, create_engine
    from sqlmodel import Session

    from incidentdesk.storage import audit_chain
    from incidentdesk.storage.database import alembic_config, to_url

    oldest = sorted(set(REVISIONS) - {head_revision()})[0]
    engine = create_engine(to_url(str(path)))
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, oldest)
        with engine.begin() as conn:
            tables = MetaData()
            tables.reflect(conn, only=["party"])
            party = tables.tables["party"]
            conn.execute(
                party.insert(),
                [
                    {"name": f"事業者{i:06d}", "kind": "other", "country": "JP", "notes": "検索の対象となる説明文" * 3}
                    for i in range(parties)
                ],
            )
            rows = conn.execute(party.select().order_by(party.c.id)).mappings().all()
            with Session(bind=conn) as session:
                audit_chain.append_many(
                    session,
                    actor="clerk",
                    events=[
                        ("create", "party", row["id"], None, json.loads(audit_chain.canonical(dict(row))))
                        for row in rows
                    ],
                )
                session.flush()
    finally:
        engine.dispose()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'search_doc'").fetchone() == (0,)
    finally:
        conn.close()


def _upgrade_state(path: Path, parties: int) -> str:
    """'old' (untouched revision), 'new' (upgraded and fully indexed) or what is wrong."""
    conn = sqlite3.connect(path)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return "damaged"
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if rev != head_revision():
            return "old" if "search_doc" not in tables else "half: new tables at the old revision"
        indexed = conn.execute("SELECT count(*) FROM search_doc WHERE kind = 'party'").fetchone()[0]
        return "new" if indexed == parties else f"new revision, index has {indexed} of {parties}"
    finally:
        conn.close()


def kill_during_upgrade(workdir: Path, trials: int, parties: int = 20_000, seed: int = 7) -> Counts:
    """kill -9 at a random moment of the 0001 -> 0002 upgrade: the ledger is always either untouched or upgraded
    with its whole search index, and the next start finishes the job (15 of 30 lost search for good before)."""
    counts = Counts("kill -9 during the 0001→0002 upgrade")
    template = workdir / "old-template.db"
    if not template.exists():
        _old_ledger(template, parties)
    rng = random.Random(seed)
    path = workdir / "upgrading.db"
    setup = (
        f"from pathlib import Path\nfrom incidentdesk.storage.database import open_database\n"
        f"PATH = {str(path)!r}\nBACKUPS = Path({str(workdir / 'pre')!r})"
    )
    work = "open_database(PATH, backup_dir=BACKUPS).close()"

    def fresh() -> None:
        for p in workdir.glob("upgrading.db*"):
            p.unlink()
        shutil.rmtree(workdir / "pre", ignore_errors=True)
        shutil.copyfile(template, path)

    code = CHILD.format(setup=setup, work=work)
    fresh()
    duration = _duration(code)  # how long the whole upgrade takes here: the kills land anywhere in it
    states: dict[str, int] = {}
    killed = 0
    for _ in range(trials):
        fresh()
        landed, _lines = _kill_at_random(code, rng.uniform(0, duration * 1.1))
        killed += landed
        state = _upgrade_state(path, parties)
        states[state] = states.get(state, 0) + 1
        reopened = open_database(str(path), backup_dir=workdir / "pre")
        finished = _upgrade_state(path, parties) == "new" and ledger.verify(reopened).ok
        reopened.close()
        counts.add(state in ("old", "new") and finished, state)
    counts.detail = {
        "killed before it finished": killed,
        "state right after": states,
        "upgrade seconds": round(duration, 2),
    }
    return counts


def kill_during_writes(workdir: Path, trials: int, seed: int = 11) -> Counts:
    """kill -9 while a process adds parties one transaction at a time: every write it reported committed is there,
    and the ledger verifies."""
    counts = Counts("kill -9 during service writes")
    rng = random.Random(seed)
    lost = killed = 0
    for n in range(trials):
        path = workdir / f"writes{n}.db"
        open_database(str(path)).close()
        setup = (
            "from incidentdesk.storage.database import open_database\nfrom incidentdesk.services import catalog\n"
            f"from incidentdesk.domain.inputs import PartyIn\ndb = open_database({str(path)!r}, actor='clerk')"
        )
        work = (
            "for i in range(100000):\n    catalog.add_party(db, PartyIn(name=f'p{i}'))\n"
            "    print(f'ok p{i}', flush=True)"
        )
        landed, lines = _kill_at_random(CHILD.format(setup=setup, work=work), rng.uniform(0.2, 2.5))
        killed += landed
        reported = {line.split()[1] for line in lines if line.startswith("ok ")}
        db = open_database(str(path), create=False)
        names = {p["name"] for p in ledger_json.export_ledger(db)["tables"]["party"]}
        good = ledger.verify(db).ok
        db.close()
        lost += len(reported - names)
        counts.add(good and reported <= names, f"lost {sorted(reported - names)[:3]}")
    counts.detail = {"killed mid-way": killed, "committed writes lost": lost}
    return counts


def kill_during_import(workdir: Path, trials: int, export: Path, seed: int = 13) -> Counts:
    """kill -9 during an import into a new ledger: afterwards it is empty (import can be repeated) or complete."""
    counts = Counts("kill -9 during import")
    rng = random.Random(seed)
    outcomes: dict[str, int] = {}
    killed = 0
    expected = len(json.loads(export.read_text(encoding="utf-8"))["tables"]["audit_event"])
    duration = None
    for n in range(trials):
        path = workdir / f"import{n}.db"
        open_database(str(path)).close()
        setup = (
            "from pathlib import Path\nfrom incidentdesk.storage.database import open_database\n"
            f"from incidentdesk.exchange import ledger_json\ndb = open_database({str(path)!r})"
        )
        work = f"ledger_json.import_file(db, Path({str(export)!r}))"
        if duration is None:  # the first import runs to the end: how long one takes here
            duration = _duration(CHILD.format(setup=setup, work=work))
            for p in workdir.glob(f"import{n}.db*"):
                p.unlink()
            open_database(str(path)).close()
        landed, _lines = _kill_at_random(CHILD.format(setup=setup, work=work), rng.uniform(0, duration * 1.1))
        killed += landed
        db = open_database(str(path), create=False)
        result = ledger.verify(db)
        db.close()
        outcome = "empty" if result.empty else "complete" if result.events == expected else "partial"
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        counts.add(result.ok and outcome != "partial" and (landed or outcome == "complete"), outcome)
    counts.detail = {"killed before it finished": killed, "target right after": outcomes}
    return counts


def kill_during_memo_issue(workdir: Path, trials: int, seed: int = 17) -> Counts:
    """kill -9 during `memo --issue`: the ledger verifies, and a number is stored whole or not at all."""
    counts = Counts("kill -9 during memo --issue")
    rng = random.Random(seed)
    stored: dict[int, int] = {}
    killed = 0
    base = workdir / "memo-base.db"
    if not base.exists():
        assert _quiet("--db", str(base), "sample") == 0
    for n in range(trials):
        path = workdir / f"memo{n}.db"
        shutil.copyfile(base, path)
        setup = "from incidentdesk import cli"
        work = f"cli.main(['--db', {str(path)!r}, 'memo', '1', '--issue', '--out', {str(workdir / f'm{n}.pdf')!r}])"
        landed, _lines = _kill_at_random(CHILD.format(setup=setup, work=work), rng.uniform(0, 1.5))
        killed += landed
        db = open_database(str(path), create=False)
        result = ledger.verify(db)
        memos = ledger_json.export_ledger(db)["tables"]["memo"]
        db.close()
        stored[len(memos)] = stored.get(len(memos), 0) + 1
        counts.add(result.ok and len(memos) <= 1, f"{len(memos)} memos, {result.problem}")
    counts.detail = {"killed before it finished": killed, "memos stored right after": stored}
    return counts


def kill_during_restore(workdir: Path, trials: int, seed: int = 19) -> Counts:
    """kill -9 during a restore: the ledger is the old one or the backup, and it verifies."""
    counts = Counts("kill -9 during restore")
    rng = random.Random(seed)
    states: dict[str, int] = {}
    killed, duration = 0, None
    base = workdir / "restore-base.db"
    if not base.exists():
        assert _quiet("--db", str(base), "sample") == 0
    for n in range(trials):
        path = workdir / f"restore{n}.db"
        shutil.copyfile(base, path)
        db = open_database(str(path))
        copy = backups.backup(db, directory=workdir / f"rb{n}")
        from incidentdesk.domain.inputs import PartyIn
        from incidentdesk.services import catalog

        catalog.add_party(db, PartyIn(name="復元前の追加"))
        db.close()
        setup = "from pathlib import Path\nfrom incidentdesk.services import backups"
        work = f"backups.restore({str(path)!r}, Path({str(copy)!r}), backup_dir=Path({str(workdir / f'rk{n}')!r}))"
        if duration is None:  # one restore on a spare copy, to the end: how long one takes here
            spare = workdir / "restore-spare.db"
            shutil.copyfile(path, spare)
            duration = _duration(CHILD.format(setup=setup, work=work.replace(str(path), str(spare))))
        landed, _lines = _kill_at_random(CHILD.format(setup=setup, work=work), rng.uniform(0, duration * 1.1))
        killed += landed
        db = open_database(str(path), create=False)
        result = ledger.verify(db)
        names = {p["name"] for p in ledger_json.export_ledger(db)["tables"]["party"]}
        db.close()
        state = "as before" if "復元前の追加" in names else "restored"
        states[state] = states.get(state, 0) + 1
        counts.add(result.ok, str(result.problem))
    counts.detail = {"killed before it finished": killed, "ledger right after": states}
    return counts


def kill_during_backup(workdir: Path, trials: int, seed: int = 23) -> Counts:
    """kill -9 during `backup`: every file under a backup's name is a whole ledger that verifies (a half copy only
    ever exists under a hidden name), and the next backup sweeps what the killed one left."""
    counts = Counts("kill -9 during backup")
    rng = random.Random(seed)
    base = workdir / "backup-base.db"
    if not base.exists():
        assert _quiet("--db", str(base), "sample") == 0
    setup = "from incidentdesk import cli"
    work = f"cli.main(['--db', {str(base)!r}, 'backup', '--keep', 'off'])"
    code = CHILD.format(setup=setup, work=work)
    env = {"INCIDENTDESK_DATA_DIR": str(workdir / "backup-data")}
    duration = _duration_env(code, env)
    killed = 0
    for _ in range(trials):
        landed, _lines = _kill_at_random(code, rng.uniform(0, duration * 1.1), env=env)
        killed += landed
        named = [p for p in (base.parent / "backups").glob("backup-base-*.db")]
        good = all(backups.check_sqlite_copy(p).ok for p in named)
        counts.add(good, "a file under a backup's name does not verify")
    leftovers = [p.name for p in (base.parent / "backups").iterdir() if p.name.startswith(".")]
    assert _quiet("--db", str(base), "backup", "--keep", "off") == 0
    after = [p.name for p in (base.parent / "backups").iterdir() if p.name.startswith(".")]
    counts.detail = {
        "killed before it finished": killed,
        "hidden leftovers": len(leftovers),
        "left after the next backup": len(after),
    }
    if after:
        counts.failures.append(f"not swept: {after}")
    return counts


def _duration_env(code: str, env: dict) -> float:
    child = subprocess.Popen(
        [PY, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env={**os.environ, **env}
    )
    assert child.stdout is not None
    child.stdout.readline()
    started = time.perf_counter()
    rest = child.stdout.read()
    child.wait()
    if "DONE" not in rest:
        raise RuntimeError("the child failed before it finished: nothing to time")
    return time.perf_counter() - started


# -- fuzzed imports --------------------------------------------------------------------------


def fuzz_imports(workdir: Path, trials: int, seed: int = 20210317) -> Counts:
    """Mutated exports (1-3 damages each, sometimes as damaged text): each is refused with a clear message and the
    target untouched, or imported into a ledger that then verifies. A traceback of any other kind fails."""
    counts = Counts("fuzzed imports")
    source = open_database(str(workdir / "fuzz-source.db"), actor="clerk")
    small_ledger(source)
    document = ledger_json.export_ledger(source)
    source.close()
    template = workdir / "fuzz-template.db"
    open_database(str(template)).close()
    outcomes = {
        "refused cleanly": 0,
        "accepted and verified": 0,
        "accepted, verify failed": 0,
        "refused, target changed": 0,
        "traceback": 0,
    }
    for n in range(trials):
        chooser = RandomChooser(seed + n)
        doc, _done = mutated(document, chooser, chooser.number(1, 3))
        data = as_bytes(doc, chooser)
        path = workdir / "fuzz-target.db"
        for p in workdir.glob("fuzz-target.db*"):
            p.unlink()
        shutil.copyfile(template, path)
        db = open_database(str(path), actor="importer")
        try:
            ledger_json.import_stream(db, io.BytesIO(data))
            outcome = "accepted and verified" if ledger.verify(db).ok else "accepted, verify failed"
        except LedgerError as exc:
            untouched = ledger.verify(db).empty and bool(exc.message("ja")) and bool(exc.message("en"))
            outcome = "refused cleanly" if untouched else "refused, target changed"
        except Exception as exc:  # noqa: BLE001 - what this trial counts
            outcome = "traceback"
            counts.failures.append(f"seed {seed + n}: {type(exc).__name__}: {str(exc)[:100]}")
        finally:
            db.close()
        outcomes[outcome] += 1
        counts.add(outcome in ("refused cleanly", "accepted and verified"))
    counts.detail = outcomes
    return counts


# -- tampering -------------------------------------------------------------------------------


def _tamper_cases(workdir: Path) -> list[tuple[str, object]]:
    return [
        (
            "an audit event's actor edited",
            lambda db, ids: (run_sql(db, "UPDATE audit_event SET actor = 'x' WHERE seq = 3"), None),
        ),
        ("a row edited behind the trail", lambda db, ids: (run_sql(db, "UPDATE party SET country = 'CN'"), None)),
        ("a decision and its event edited, chain recomputed", _rechained_decision),
        ("last events and their rows removed, head moved back", _cut_back),
        ("the whole ledger emptied", _emptied),
        ("every audit event deleted", lambda db, ids: (run_sql(db, "DELETE FROM audit_event"), None)),
        (
            "a search row edited",
            lambda db, ids: (run_sql(db, "UPDATE search_doc SET body = body || '!' WHERE kind = 'claim'"), None),
        ),
        ("a search row deleted", lambda db, ids: (run_sql(db, "DELETE FROM search_doc WHERE kind = 'request'"), None)),
        (
            "full-text entries removed",
            lambda db, ids: (
                run_sql(
                    db,
                    "INSERT INTO search_fts(search_fts, rowid, title, body) SELECT 'delete', id, title, body "
                    "FROM search_doc WHERE kind = 'party'",
                ),
                None,
            ),
        ),
        ("a damaged index page", _damaged_page),
        ("a head of 'abc'", lambda db, ids: (run_sql(db, "UPDATE ledger_meta SET value = 'abc'"), None)),
        ("a memo PDF swapped with a matching SHA-256", _swapped_memo),
        (
            "an attachment's bytes changed",
            lambda db, ids: (run_sql(db, "UPDATE attachment SET data = CAST('forged' AS BLOB)"), None),
        ),
    ]


def _rechained_decision(db, ids):
    seq = seq_of(db, "decision", ids["decision"])
    db = run_sql(
        db,
        f"UPDATE decision SET state = 'continue' WHERE id = {ids['decision']}",
        edit_event_new(db, seq, {"state": "continue"}),
    )
    return rechain(db, seq), "anchor"


def _cut_back(db, ids):
    seq = seq_of(db, "memo", ids["memo"])
    db = run_sql(db, f"DELETE FROM memo WHERE id = {ids['memo']}", f"DELETE FROM audit_event WHERE seq >= {seq}")
    return rechain(db, seq), "anchor"


def _emptied(db, ids):
    tables = [
        "decision_basis",
        "decision",
        "claim",
        "statement",
        "request",
        "incident_use",
        "data_location",
        "service_party",
        "service_use",
        "attachment",
        "memo",
        "incident",
        "external_service",
        "audit_event",
        "ledger_meta",
        "search_doc",
    ]
    return run_sql(
        db, "UPDATE party SET parent_id = NULL", *[f"DELETE FROM {t}" for t in tables], "DELETE FROM party"
    ), "empty"


def _damaged_page(db, ids):
    path = db.sqlite_path
    db.close()
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_decision_use_id'").fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * 4096 + 8)
        fh.write(b"\xff" * 64)
    return open_database(str(path), create=False), None


def _swapped_memo(db, ids):
    pdf = b"%PDF-1.4 forged"
    return run_sql(db, f"UPDATE memo SET pdf = X'{pdf.hex()}', sha256 = '{hashlib.sha256(pdf).hexdigest()}'"), None


def tampering(workdir: Path) -> Counts:
    """Each way of changing a ledger behind the program's back is reported by verify: alone, or (for a trail
    rewritten or cut back with valid hashes, or emptied) by `verify --head` with the head kept from before."""
    counts = Counts("tamper cases detected")
    how: dict[str, str] = {}
    for n, (name, change) in enumerate(_tamper_cases(workdir)):
        path = workdir / f"tamper{n}.db"
        db = open_database(str(path), actor="clerk")
        ids = small_ledger(db)
        anchor = ledger.verify(db).head
        db, needs = change(db, ids)
        try:
            alone = ledger.verify(db)
            if needs == "empty":
                caught = alone.empty and not ledger.verify(db, anchor=anchor).ok
                how[name] = "reported empty; anchor fails"
            elif needs == "anchor":
                caught = not ledger.verify(db, anchor=anchor).ok
                how[name] = "verify alone passes (documented); anchor fails"
            else:
                caught = not alone.ok
                how[name] = alone.problem.kind if alone.problem else "missed"
        finally:
            db.close()
        counts.add(caught, name)
    counts.detail = how
    return counts


# -- concurrent writers, backups, restore --------------------------------------------------


def backups_under_writers(workdir: Path, rounds: int, target: str | None = None) -> Counts:
    """Backups taken while two processes write: every one restores (imports or opens) into a ledger that verifies."""
    counts = Counts("backups taken during concurrent writes" + (" (PostgreSQL)" if target and "://" in target else ""))
    target = target or str(workdir / "busy.db")
    db = open_database(target, actor="clerk")
    if ledger.verify(db).empty:
        small_ledger(db)
    writers = []
    for name in ("alice", "bob"):
        code = (
            "from incidentdesk.storage.database import open_database\nfrom incidentdesk.services import catalog\n"
            "from incidentdesk.domain.inputs import PartyIn\nimport itertools\n"
            f"db = open_database({target!r}, actor={name!r})\n"
            f"for i in itertools.count():\n    catalog.add_party(db, PartyIn(name='{name}-%d' % i))\n"
        )
        writers.append(subprocess.Popen([PY, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    try:
        time.sleep(1.5)
        for n in range(rounds):
            path = backups.backup(db, directory=workdir / "busy-backups")
            if path.suffix == ".json":
                copy = open_database(str(workdir / f"busy-restored{n}.db"))
                ledger_json.import_file(copy, path)
            else:
                copy = open_database(str(path), create=False)
            counts.add(ledger.verify(copy).ok, str(path))
            copy.close()
    finally:
        for w in writers:
            w.kill()
            w.wait()
        db.close()
    return counts


def restore_with_left_over_wal(workdir: Path, trials: int) -> Counts:
    """A backup restored over a ledger with a -wal left by a killed process: the result verifies every time
    (copying the file over it corrupted it 10 of 10 times)."""
    counts = Counts("restore over a left-over -wal")
    for n in range(trials):
        path = workdir / f"wal{n}.db"
        assert _quiet("--db", str(path), "sample") == 0
        db = open_database(str(path))
        copy = backups.backup(db, directory=workdir / f"walb{n}")
        db.close()
        code = (
            f"import sqlite3, os\nc = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            "c.execute('PRAGMA wal_autocheckpoint=0')\n"
            "c.execute(\"INSERT INTO ledger_meta VALUES ('stale', 'x')\")\nos._exit(0)\n"
        )
        subprocess.run([PY, "-c", code], check=True)
        result = backups.restore(str(path), copy, backup_dir=workdir / f"walk{n}")
        conn = sqlite3.connect(path)
        clean = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        counts.add(result.check.ok and clean)
    same = {
        backups.backup(open_database(str(workdir / "wal0.db")), directory=workdir / "same-second") for _ in range(5)
    }
    counts.detail = {"5 backups in a row, distinct names": len(same) == 5}
    return counts


# -- bad files -------------------------------------------------------------------------------


def bad_files(workdir: Path) -> Counts:
    """Files that are not ours (or not there): every command that might touch them leaves them byte for byte."""
    counts = Counts("bad files left untouched")
    cases: dict[str, Path] = {}

    def foreign(name: str, revision: str, wal: bool = False) -> Path:
        path = workdir / name
        conn = sqlite3.connect(path)
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.commit()
        conn.close()
        return path

    cases["another program's file at 0001"] = foreign("other1.db", "0001")
    cases["another program's file at 0002"] = foreign("other2.db", "0002")
    cases["another program's WAL file at 0002"] = foreign("other3.db", "0002", wal=True)
    letter = workdir / "letter.db"
    letter.write_text("市長殿\nこれは台帳ではありません。\n", encoding="utf-8")
    cases["a text file"] = letter
    empty = workdir / "empty.db"
    empty.write_bytes(b"")
    cases["a 0-byte file (read commands)"] = empty
    ours = workdir / "extra.db"
    open_database(str(ours)).close()
    conn = sqlite3.connect(ours)
    conn.execute("CREATE TABLE extra (x)")
    conn.commit()
    conn.close()
    cases["our ledger with a table added"] = ours
    newer = workdir / "newer.db"
    open_database(str(newer)).close()
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    cases["a ledger from a newer version"] = newer
    missing = workdir / "no" / "such" / "dir" / "ledger.db"
    cases["a mistyped path (read commands)"] = missing
    reading = [["verify"], ["list"], ["search", "LINE"], ["export", "--out", str(workdir / "x.json")], ["backup"]]
    for name, path in cases.items():
        before = file_state(path) if path.parent.exists() else (None, None)
        commands = reading if "read commands" in name else reading + [["init"], ["sample"]]
        refused = all(_quiet("--db", str(path), *argv) == 2 for argv in commands)
        after = file_state(path) if path.parent.exists() else (None, None)
        counts.add(refused and after == before and not (workdir / "no").exists(), name)
    return counts


# -- the run ---------------------------------------------------------------------------------


def run_all(workdir: Path, quick: bool, pg_url: str | None = None) -> list[Counts]:
    scale = (lambda q, f: q) if quick else (lambda q, f: f)
    export = workdir / "sample.json"
    if not export.exists():
        assert _quiet("--db", str(workdir / "export-source.db"), "sample") == 0
        assert _quiet("--db", str(workdir / "export-source.db"), "export", "--out", str(export)) == 0
    results = [
        kill_during_upgrade(workdir, scale(3, 30), parties=scale(3000, 20_000)),
        kill_during_writes(workdir, scale(3, 40)),
        kill_during_import(workdir, scale(2, 20), export),
        kill_during_memo_issue(workdir, scale(2, 20)),
        kill_during_restore(workdir, scale(2, 20)),
        kill_during_backup(workdir, scale(2, 20)),
        fuzz_imports(workdir, scale(60, 1500)),
        tampering(workdir),
        backups_under_writers(workdir, scale(3, 15)),
        restore_with_left_over_wal(workdir, scale(2, 10)),
        bad_files(workdir),
    ]
    if pg_url:
        results.append(backups_under_writers(workdir, scale(3, 15), pg_url))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the small counts `make test` runs")
    parser.add_argument("--pg", action="store_true", help="also on a throw-away PostgreSQL server")
    parser.add_argument("--json", help="write the counts here as well")
    args = parser.parse_args(argv)
    data_dir = None
    if "INCIDENTDESK_DATA_DIR" not in os.environ:  # never the user's own ledger, backups or log
        data_dir = tempfile.mkdtemp(prefix="incidentdesk-trials-data-")
        os.environ["INCIDENTDESK_DATA_DIR"] = data_dir
    workdir = Path(tempfile.mkdtemp(prefix="incidentdesk-trials-"))
    server = None
    try:
        pg_url = None
        if args.pg:
            from pg_server import PgServer, find_bindir

            server = PgServer(find_bindir()).start()
            server.admin("CREATE DATABASE busy")
            pg_url = server.url("busy")
        results = run_all(workdir, args.quick, pg_url)
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(workdir, ignore_errors=True)
        if data_dir:
            shutil.rmtree(data_dir, ignore_errors=True)
    width = max(len(r.name) for r in results)
    for r in results:
        verdict = "PASS" if r.ok else "FAIL"
        print(f"{r.name:<{width}}  {r.passed:>5} / {r.tried:<5} {verdict}  {json.dumps(r.detail, ensure_ascii=False)}")
        for failure in r.failures[:5]:
            print(f"{'':<{width}}    {failure}")
    if args.json:
        Path(args.json).write_text(
            json.dumps([r.__dict__ for r in results], ensure_ascii=False, indent=1, default=str), encoding="utf-8"
        )
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
