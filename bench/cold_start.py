"""Cold start to window: a fresh process until its main window is shown, ours against a bare Qt window.

    python -m bench.cold_start [--runs N] [--out FILE]

*Ours*: ``python -m nutrivoice_desktop`` with fresh settings (so the first-run walkthrough too), offscreen,
until the timestamp of the app's own "window shown" log line. *Bare*: the floor every PySide6 + qasync app
pays (the interpreter, Qt's libraries, one empty QMainWindow shown in a qasync loop), until it prints the
time right after ``show()``, the point where the app logs its line. The suite checks the ratio
(tests/integration/test_footprint.py): absolute times follow the machine, the ratio much less.

Both run with Python's bytecode cache, as an installed app does (pip compiles it, the frozen bundle
carries it); this machine's environment sets PYTHONDONTWRITEBYTECODE, which would add compiling ~100
modules to every start. One run of each first, not counted, writes the cache and warms the disk cache.
Peak RSS of each process is the kernel's figure at its exit (wait4), in MiB: ours includes what loads in
the 0.3 s after the window and before it quits (the SDK, warmed in a worker thread), bare only Qt.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT_S = 60  # a start that takes longer is a hang, killed

BARE = """
import asyncio, sys, time
import qasync
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([sys.argv[0]])
window = QMainWindow()
window.resize(900, 600)

async def main():
    window.show()
    print(time.time(), flush=True)
    await asyncio.sleep(0.3)  # as ours with --quit-after 0.3: the window drawn and idle

qasync.run(main())
"""


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _run(argv: list[str]) -> tuple[str, float]:
    """(stdout, peak RSS in MB) of one process run to its end."""
    with subprocess.Popen(argv, cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True) as proc:
        killer = threading.Timer(LIMIT_S, proc.kill)
        killer.start()
        try:
            out = proc.stdout.read() if proc.stdout else ""
            _pid, status, usage = os.wait4(proc.pid, 0)  # reaped here, for its own rusage
            proc.returncode = os.waitstatus_to_exitcode(status)
        finally:
            killer.cancel()
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[:4]} exited with {proc.returncode}")
    return out, usage.ru_maxrss / 1024  # KiB on Linux


def ours() -> tuple[float, float]:
    """(ms from spawn to "window shown", peak RSS MB), fresh settings."""
    with tempfile.TemporaryDirectory() as base:
        started = time.time()
        _out, rss = _run([sys.executable, "-m", "nutrivoice_desktop", "--basedir", base, "--quit-after", "0.3"])
        log_text = (Path(base) / "log" / "nutrivoice.log").read_text(encoding="utf-8")
    stamp = re.search(r"^(\S+ \S+) INFO .*window shown", log_text, re.MULTILINE)
    if stamp is None:
        raise RuntimeError("the app never logged its window as shown")
    shown = datetime.strptime(stamp.group(1), "%Y-%m-%d %H:%M:%S,%f").timestamp()
    return (shown - started) * 1000, rss


def bare() -> tuple[float, float]:
    started = time.time()
    out, rss = _run([sys.executable, "-c", BARE])
    return (float(out.split()[0]) - started) * 1000, rss


def measure(runs: int) -> dict:
    ours(), bare()  # the bytecode cache written, the disk cache warm
    times: dict[str, list[float]] = {"ours": [], "bare": []}
    rss: dict[str, list[float]] = {"ours": [], "bare": []}
    for _ in range(runs):  # interleaved, so machine noise hits both alike
        for name, run in (("ours", ours), ("bare", bare)):
            ms, mb = run()
            times[name].append(ms)
            rss[name].append(mb)
    return {"window_ms": times, "peak_rss_mb": rss,
            "ratio_window": statistics.median(times["ours"]) / statistics.median(times["bare"]),
            "ratio_rss": statistics.median(rss["ours"]) / statistics.median(rss["bare"])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    result = measure(args.runs)
    text = json.dumps(result, indent=2)
    if args.out:
        args.out.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
