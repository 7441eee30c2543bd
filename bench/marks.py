"""What the probe processes print for bench/run.py: `BENCH <mark> <epoch seconds>` and their own peak memory."""

from __future__ import annotations

import time


def mark(name: str) -> None:
    print(f"BENCH {name} {time.time():.6f}", flush=True)


def peak_memory() -> None:
    """This process's own high-water RSS (VmHWM): wait4's ru_maxrss would also count the parent's pages
    the child had mapped between fork and exec."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                print(f"BENCHMEM peak_mb {int(line.split()[1]) / 1024:.1f}", flush=True)
                return
