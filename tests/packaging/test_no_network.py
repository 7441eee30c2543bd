"""The program never reaches the network: its main flows open no socket, and its source imports no network code."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SRC = HERE.parents[1] / "src" / "incidentdesk"
FORBIDDEN_MODULES = {
    "socket",
    "ssl",
    "urllib",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "http",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc",
    "webbrowser",
    "websocket",
    "websockets",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
}
FORBIDDEN_NAMES = re.compile(r"\b(QNetworkAccessManager|QNetworkRequest|QTcpSocket|QUdpSocket|QSslSocket|QtNetwork)\b")
INET_SYSCALL = re.compile(r"socket\((AF_INET6?|AF_PACKET)\b|connect\(\d+, \{sa_family=(AF_INET6?)\b")
CORE_FLOWS = {"init", "sample", "list", "search", "backup", "verify"}


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "PYTHONPATH": os.pathsep.join([str(HERE), str(tmp_path)]),
            "QT_QPA_PLATFORM": "offscreen",
            "INCIDENTDESK_DATA_DIR": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "INCIDENTDESK_LANG": "ja",
        }
    )
    return env


def _run_flows(tmp_path: Path, prefix: list[str]) -> dict[str, int]:
    cmd = [*prefix, "-m", "network_flows", str(tmp_path / "ledger.db"), str(tmp_path / "out")]
    proc = subprocess.run(cmd, env=_env(tmp_path), capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-4000:]
    results = json.loads(proc.stdout.strip().splitlines()[-1])
    assert CORE_FLOWS <= set(results), results
    return results


def test_guard_records_a_request(tmp_path):
    """netguard.py catches an ordinary urllib request, so an empty log below means something."""
    (tmp_path / "phone_home.py").write_text(
        "import urllib.request\ntry:\n    urllib.request.urlopen('http://127.0.0.1:9/', timeout=1)\n"
        "except OSError:\n    pass\n",
        encoding="utf-8",
    )
    log = tmp_path / "net.log"
    subprocess.run(
        [sys.executable, str(HERE / "netguard.py"), str(log), "-m", "phone_home"],
        env=_env(tmp_path),
        check=True,
        timeout=60,
    )
    calls = [json.loads(line)["call"] for line in log.read_text(encoding="utf-8").splitlines()]
    assert calls == ["create_connection"]


def test_main_flows_open_no_socket(tmp_path):
    """init, sample, list, search, backup, export, memo, verify and the window run with no socket opened."""
    log = tmp_path / "net.log"
    results = _run_flows(tmp_path, [sys.executable, str(HERE / "netguard.py"), str(log)])
    attempts = log.read_text(encoding="utf-8") if log.exists() else ""
    assert attempts == "", f"network attempts during {sorted(results)}:\n{attempts}"
    assert (tmp_path / "out" / "backup.db").stat().st_size > 0


@pytest.mark.skipif(not shutil.which("strace"), reason="strace is not installed (apt-get install strace)")
def test_main_flows_make_no_network_syscall(tmp_path):
    """Under strace the same flows, Qt and the C libraries included, create no IPv4/IPv6 socket at all."""
    probe = tmp_path / "probe.log"
    subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=socket,connect",
            "-o",
            str(probe),
            sys.executable,
            "-c",
            "import socket; socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()",
        ],
        check=True,
    )
    assert INET_SYSCALL.search(probe.read_text()), "the strace pattern no longer matches a real socket call"
    trace = tmp_path / "strace.log"
    results = _run_flows(
        tmp_path, ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace), sys.executable]
    )
    hits = [line for line in trace.read_text().splitlines() if INET_SYSCALL.search(line)]
    assert hits == [], f"network system calls during {sorted(results)}:\n" + "\n".join(hits[:20])


def _imported_modules(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_source_imports_no_network_code():
    """No module under src/ imports socket, urllib, requests, http.client, QtNetwork or names QNetworkAccessManager."""
    offenders = []
    files = sorted(SRC.rglob("*.py"))
    assert len(files) > 20
    for path in files:
        text = path.read_text(encoding="utf-8")
        for name in _imported_modules(ast.parse(text, str(path))):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN_MODULES):
                offenders.append(f"{path.relative_to(SRC)}: import {name}")
        offenders += [f"{path.relative_to(SRC)}: {m.group(0)}" for m in FORBIDDEN_NAMES.finditer(text)]
    assert offenders == []
