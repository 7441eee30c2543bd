"""A throw-away PostgreSQL server for the test run: initdb + pg_ctl in a temporary directory, never as root."""

from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

PG_USER = "incidentdesk-pg"  # the unprivileged system account used when the tests run as root
SUPERUSER = "postgres"  # the database role initdb creates (trust auth, 127.0.0.1 only)


def find_bindir() -> Path | None:
    """The newest /usr/lib/postgresql/<version>/bin holding initdb and pg_ctl, or $INCIDENTDESK_PG_BIN."""
    override = os.environ.get("INCIDENTDESK_PG_BIN")

    def version(path: str) -> tuple[int, ...]:
        found = re.search(r"postgresql/([\d.]+)/bin", path)
        return tuple(int(p) for p in found.group(1).split(".") if p) if found else (0,)

    # An explicit choice is final (and lets a test run pretend PostgreSQL is missing).
    candidates = [override] if override else sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)
    for cand in candidates:
        if cand and (Path(cand) / "initdb").is_file() and (Path(cand) / "pg_ctl").is_file():
            return Path(cand)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _ensure_system_user() -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(PG_USER)
    except KeyError:
        pass
    made = subprocess.run(
        [
            "useradd",
            "--system",
            "--no-create-home",
            "--home-dir",
            "/nonexistent",
            "--shell",
            "/usr/sbin/nologin",
            PG_USER,
        ],
        capture_output=True,
    )
    try:
        # Another test worker (pytest -n) may have created the account a moment before: then it exists anyway.
        return pwd.getpwnam(PG_USER)
    except KeyError:
        raise RuntimeError(f"useradd {PG_USER} failed: {made.stderr}") from None


class PgServer:
    """One PostgreSQL cluster in a temporary directory, listening on 127.0.0.1:<free port> only."""

    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.port = _free_port()
        # Not under pytest's 0700 per-user tmp: the unprivileged server account must reach it.
        self.root = Path(tempfile.mkdtemp(prefix="incidentdesk-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            account = _ensure_system_user()
            os.chown(self.root, account.pw_uid, account.pw_gid)
            self._as_user = ["runuser", "-u", PG_USER, "--"]

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        cmd = self._as_user + [str(a) for a in args]
        result = subprocess.run(cmd, capture_output=True, text=True, cwd=self.root)
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""
            raise RuntimeError(
                f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}\n{log}"
            )
        return result

    def start(self) -> PgServer:
        self._run(
            self.bindir / "initdb",
            "-D",
            self.data,
            "-U",
            SUPERUSER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        # Durability is pointless for a throw-away cluster; turning it off makes the run much faster.
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60 -c timezone=Asia/Tokyo"
        )
        self._run(self.bindir / "pg_ctl", "-D", self.data, "-l", self.log, "-o", options, "-w", "-t", "60", "start")
        return self

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(self.bindir / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    def admin(self, sql: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE need that)."""
        import psycopg

        for attempt in range(20):
            try:
                with psycopg.connect(
                    host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
                ) as conn:
                    conn.execute(sql)
                return
            except psycopg.errors.ObjectInUse:
                # A template still has a closing connection for a moment after dispose().
                if attempt == 19:
                    raise
                time.sleep(0.1)
