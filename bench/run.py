"""The benchmark suite: ours against the cookbook-style baseline, several runs each, results table.

    ./scripts/bench                 (= .venv/bin/python -m bench.run --runs 3 --seconds 20)

Each run is a fresh process (bench/latency.py), so memory and CPU are per run. Prints the table and
writes it to docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# (metric, title, target in ms or %, what it means)
ROWS = (
    ("speech_age_at_send_ms", "oldest mic sample → websocket send", None,
     "capture of the first sample of a frame until it is on the socket: frame length + queueing + send"),
    ("mic_to_send_ms", "mic frame ready → websocket send", 25, "frame delivered by the device until sent"),
    ("receive_to_device_ms", "websocket receive → device write", 30,
     "beyond the speech already queued ahead of the chunk"),
    ("interrupt_to_silence_ms", "interrupted → silence", 30, "server's interrupted message until the device plays silence"),
    ("session_start_ms", "session start (Start → setupComplete)", None, "warm; includes creating the SDK client"),
    ("session_start_cold_ms", "first session start in a process", None,
     "ours: after Assistant.prepare, as in the app; baseline: includes the SDK's one-time set-up"),
    ("tool_round_trip_ms", "tool call → response sent", None, "get_day_summary on the SQLite diary"),
    ("loop_lag_ms", "event-loop lag (10 ms timer)", 10, "ours: Qt loop with the camera preview; baseline: asyncio"),
)


def one_run(variant: str, seconds: float, starts: bool) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as out:
        path = Path(out.name)
    cmd = [sys.executable, "-m", "bench.latency", "--variant", variant, "--seconds", str(seconds), "--out", str(path)]
    if starts:
        cmd.append("--starts")
    errors = ROOT / "build" / f"bench-{variant}{'-starts' if starts else ''}.stderr.txt"
    errors.parent.mkdir(exist_ok=True)
    with errors.open("w") as err:  # kept for a failed run: bench.latency dumps every thread's stack if stuck
        done = subprocess.run(cmd, cwd=ROOT, timeout=seconds + 240, stderr=err,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[2:])} failed ({done.returncode}); its stderr is in {errors}")
    result = json.loads(path.read_text())
    path.unlink()
    return result


def cold_start_to_window(runs: int) -> list[float]:
    """Process start until the main window is shown, offscreen, fresh settings each time: from just before
    the process is started to the timestamp of the app's own "window shown" log line (ms resolution)."""
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as base:
            started = datetime.now()
            subprocess.run([sys.executable, "-m", "nutrivoice_desktop", "--basedir", base, "--quit-after", "0.5"],
                           cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            log_text = (Path(base) / "log" / "nutrivoice.log").read_text(encoding="utf-8")
        stamp = re.search(r"^(\S+ \S+) INFO .*window shown", log_text, re.MULTILINE)
        if stamp:
            shown = datetime.strptime(stamp.group(1), "%Y-%m-%d %H:%M:%S,%f")
            times.append((shown - started).total_seconds() * 1000)
    return times


def spread(values: list[float]) -> str:
    if not values:
        return "–"
    if len(values) == 1:
        return f"{values[0]:.1f}"
    return f"{statistics.median(values):.1f} ({min(values):.1f}–{max(values):.1f})"


def summarise(runs: list[dict], metric: str, stat: str) -> list[float]:
    return [r[metric][stat] for r in runs if r.get(metric)]


def ours_speech_age(runs: list[dict]) -> None:
    """Ours records frame-ready → send; the oldest sample of a 20 ms frame is 20 ms older."""
    for r in runs:
        if r.get("mic_to_send_ms"):
            r["speech_age_at_send_ms"] = {k: (v + 20.0 if k != "n" else v) for k, v in r["mic_to_send_ms"].items()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--write", type=Path, default=ROOT / "docs" / "PERFORMANCE.md")
    args = parser.parse_args()

    results: dict[str, list[dict]] = {"ours": [], "baseline": []}
    for run in range(args.runs):
        for variant in ("ours", "baseline"):  # interleaved, so machine noise hits both alike
            print(f"run {run + 1}/{args.runs}: {variant} streaming…", flush=True)
            streaming = one_run(variant, args.seconds, starts=False)
            starts = one_run(variant, args.seconds, starts=True)
            streaming.update({k: v for k, v in starts.items() if k.startswith("session_start")})
            results[variant].append(streaming)
    ours_speech_age(results["ours"])
    print("cold start to window…", flush=True)
    cold = cold_start_to_window(args.runs)

    from bench import echo_bench, food_search

    echo_rows = echo_bench.measure()
    print("food search…", flush=True)
    food_search.main([])  # its own page: docs/FOOD_SEARCH.md

    lines = [
        "# Performance",
        "",
        f"Measured {date.today():%Y-%m-%d} with `./scripts/bench` ({args.runs} runs × {args.seconds:g} s of full-duplex "
        f"streaming per variant) on {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}.",
        "Virtual sound devices clocked in real time (bench/virtual_devices.py) stand in for the sound card, so",
        "driver latency is not included; the fake Live server runs in its own process on loopback TLS.",
        "*Ours*: the app's own `Assistant` as app.py builds it (default settings: echo cancellation and local",
        "barge-in on), sharing a camera (a video file) with a live preview, in a qasync Qt loop; session start",
        "is what a user waits for after pressing Start (key, sound devices, connection), Start → Stop repeated.",
        "*Baseline*: the design of Google's cookbook `Get_started_LiveAPI.py` on the same SDK and server",
        "(1024-sample mic chunks with blocking reads, unbounded queues, blocking writes of whole 240 ms server",
        "chunks, playback queue emptied at the end of an interrupted turn).",
        "",
        "Cells: median over runs of each run's percentile, with the range over runs in brackets. Ratio: ours ÷",
        "baseline at p95 (below 1 is better).",
        "",
        "| Measure (ms) | Target | Ours p50 | Ours p95 | Ours p99 | Baseline p50 | Baseline p95 | Ratio p95 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for metric, title, target, _meaning in ROWS:
        o = {s: summarise(results["ours"], metric, s) for s in ("p50", "p95", "p99")}
        b = {s: summarise(results["baseline"], metric, s) for s in ("p50", "p95", "p99")}
        ratio = (f"{statistics.median(o['p95']) / statistics.median(b['p95']):.2f}"
                 if o["p95"] and b["p95"] and statistics.median(b["p95"]) > 0 else "–")
        target_text = f"p95 ≤ {target}" if target and metric != "loop_lag_ms" else (f"p99 ≤ {target}" if target else "")
        lines.append(f"| {title} | {target_text} | {spread(o['p50'])} | {spread(o['p95'])} | {spread(o['p99'])} | "
                     f"{spread(b['p50'])} | {spread(b['p95'])} | {ratio} |")
    cpu_o = [r["cpu_percent_streaming"]["p50"] for r in results["ours"]]
    cpu_b = [r["cpu_percent_streaming"]["p50"] for r in results["baseline"]]
    rss_o = [r["peak_rss_mb"] for r in results["ours"]]
    rss_b = [r["peak_rss_mb"] for r in results["baseline"]]
    lines += [
        "",
        "| Resource | Target | Ours | Baseline | Ratio |",
        "|---|---|---|---|---|",
        f"| CPU while streaming (% of one core) | ≤ 15 | {spread(cpu_o)} | {spread(cpu_b)} | "
        f"{statistics.median(cpu_o) / statistics.median(cpu_b):.2f} |",
        f"| Peak RSS (MB) | ≤ 300 | {spread(rss_o)} | {spread(rss_b)} | "
        f"{statistics.median(rss_o) / statistics.median(rss_b):.2f} |",
        f"| Cold start to window (ms) | ≤ 1500 | {spread(cold)} | – | – |",
        "",
        "Ours shows a camera preview at 15 fps and sends mic audio in 20 ms frames (50 messages/s); the",
        "baseline has no preview and sends 64 ms chunks (16/s): its CPU and memory are lower for that reason.",
        "Ours also runs the echo canceller (resampling the speaker's reference) and local barge-in on every",
        "frame, as the app does by default: the CPU target (15 %) was set before they were in the measured",
        "program (compare the CPU row above with it).",
        "",
        "Where the baseline is ahead, and why. *Receive → device*: our speaker takes audio in 20 ms device",
        "callbacks, so a chunk that arrives into an empty buffer waits up to one period; the baseline's blocking",
        "write starts the moment the previous one returns (its device buffer, not modelled here, adds its own",
        "delay) — and a chunk handed to a blocking write cannot be taken back, which is the 0.07× in",
        "*interrupted → silence*. *Frame ready → send* and *tool round trip*: ours sends three times as many",
        "messages and runs tools on a worker thread so the loop never waits on SQLite; both stay far inside",
        "their targets.",
        "",
        "## Echo handling",
        "",
        "Synthetic speech played through a simulated room (35 ms delay, 150 ms reverberant tail) into the mic;",
        "4 s far end only, 2 s user only, 2 s both (bench/echo_path.py). ERLE over the far-only stretch after",
        "2 s of adaptation; *kept* is the output level relative to the user's voice (RMS ratio; in double talk it",
        "includes what is left of the echo).",
        "",
        "| Mode | ERLE | User kept (alone) | User kept (double talk) | CPU (% of real time) |",
        "|---|---|---|---|---|",
    ]
    for row in echo_rows:
        erle = "mic closed" if row["erle_db"] > 100 else f"{row['erle_db']:.1f} dB"
        lines.append(f"| {row['mode']} | {erle} | {row['near_only']:.2f} | {row['double_talk']:.2f} | "
                     f"{row['cpu_percent_of_realtime']:.1f} |")
    barge = echo_bench.measure_barge_in()
    if barge is not None:
        lines += ["", "Local barge-in (devices/barge_in.py) on the AEC output, the assistant talking and the user starting",
                  f"over it: playback ducked {barge['onset_to_duck_ms']:.0f} ms after the user's speech onset "
                  f"(simulated time; ≥ 60 ms by design: three loud 20 ms frames), {barge['false_alarms']} false "
                  "alarms while only the assistant spoke. The server's own `interrupted` then flushes playback."]
    lines += ["", "## What each measure means", ""]
    lines += [f"- **{title}**: {meaning}." for _m, title, _t, meaning in ROWS]
    text = "\n".join(lines) + "\n"
    print(text)
    args.write.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
