"""What the figures were measured on: CPU, cores, memory, load, Python, SQLite, Qt and library versions."""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from importlib import metadata

LIBRARIES = (
    "PySide6-Essentials",
    "shiboken6",
    "SQLAlchemy",
    "sqlmodel",
    "alembic",
    "reportlab",
    "platformdirs",
    "pypdfium2",
    "incidentdesk",
)


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gb() -> float | None:
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def describe() -> dict:
    versions = {}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpu": _cpu_model(),
        "cores": cores,
        "memory_gb": _memory_gb(),
        # The machine is shared with other work; the load says how much the figures may be inflated.
        "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "libraries": versions,
    }


def summary(info: dict) -> str:
    libs = ", ".join(f"{k} {v}" for k, v in info["libraries"].items() if v)
    load = info["load_average"]
    return (
        f"{info['cpu']}, {info['cores']} cores, {info['memory_gb']} GB; load {load[0]:.2f} at start\n"
        f"Python {info['python']}, SQLite {info['sqlite']}; {libs}"
    )
