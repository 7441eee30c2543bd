"""What the probe processes print for bench/run.py: `BENCH <mark> <epoch seconds>` and their own peak memory."""

from __future__ import annotations

import os
import time

# Under bench/callgrind.sh: a system call callgrind dumps its counts before, one per mark, so one run
# gives the instructions from start to the paint and from the paint to the filled incident page.
_CALLGRIND_MARKS = {"painted": os.getppid, "incident_page": os.getpgrp}


def mark(name: str) -> None:
    if os.environ.get("BENCH_CALLGRIND") and name in _CALLGRIND_MARKS:
        _CALLGRIND_MARKS[name]()
    print(f"BENCH {name} {time.time():.6f}", flush=True)


def peak_memory() -> None:
    """This process's own high-water RSS (VmHWM): wait4's ru_maxrss would also count the parent's pages
    the child had mapped between fork and exec."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                print(f"BENCHMEM peak_mb {int(line.split()[1]) / 1024:.1f}", flush=True)
                return
