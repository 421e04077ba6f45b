"""A witness outside the app for moments when the whole machine stopped running programs.

    python -m bench.machine_pauses OUT_FILE SECONDS

On a virtual machine the hypervisor can take both CPUs away for tens of milliseconds ("steal"); nothing
inside the app can tell that from a stall of its own, since every thread just resumes late. This process
does nothing but sleep 1 ms at a time at real-time priority (``chrt -f``, when allowed), so no ordinary
program can delay it: when it wakes late, the machine itself was paused. Each pause longer than
PAUSE_MS is written as "start end" in CLOCK_MONOTONIC seconds, the clock every process on the machine
shares (Python's time.monotonic), so the soak can line pauses up against the app's logged stalls.

The first line says whether real-time priority was granted; without it, the witness can also be delayed
by CPU contention, and the soak says so instead of trusting it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

PAUSE_MS = 5.0
RT_PRIORITY = 10


def watch(out: Path, seconds: float) -> None:
    try:
        os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(RT_PRIORITY))
        realtime = True
    except (AttributeError, PermissionError, OSError):
        realtime = False
    with out.open("w", buffering=1) as f:
        f.write(f"realtime {int(realtime)}\n")
        end = time.monotonic() + seconds
        before = time.monotonic()
        while before < end:  # bounded by *seconds*
            time.sleep(0.001)
            now = time.monotonic()
            if (now - before) * 1000 - 1.0 > PAUSE_MS:
                f.write(f"{before:.6f} {now:.6f}\n")
            before = now


def start(out: Path, seconds: float) -> subprocess.Popen:
    """The witness as a child process (killed by the caller when done; it also ends by itself)."""
    return subprocess.Popen([sys.executable, "-m", "bench.machine_pauses", str(out), str(seconds)],
                            cwd=Path(__file__).resolve().parents[1], stdout=subprocess.DEVNULL)


def read(out: Path) -> tuple[bool, list[tuple[float, float]]]:
    """(real-time granted, [(start, end), ...]) from a witness file; (False, []) when there is none."""
    try:
        lines = out.read_text().split("\n")[:-1]  # a line without its newline was cut short: not whole yet
    except OSError:
        return False, []
    if not lines or not lines[0].startswith("realtime "):
        return False, []
    pauses = []
    for line in lines[1:]:
        try:
            a, b = (float(x) for x in line.split())
        except ValueError:
            continue
        pauses.append((a, b))
    return lines[0] == "realtime 1", pauses


def overlap_ms(start: float, end: float, pauses: list[tuple[float, float]]) -> float:
    """How much of [start, end] (monotonic seconds) the machine spent paused, in ms."""
    return sum(max(0.0, min(end, b) - max(start, a)) for a, b in pauses) * 1000


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    watch(Path(sys.argv[1]), float(sys.argv[2]))
