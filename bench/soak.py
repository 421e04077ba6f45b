"""Soak: the real app, as a user runs it, holding a chatty conversation for minutes.

    ci/with-services.sh .venv/bin/python -m bench.soak --minutes 60 --markdown docs/SOAK.md

The app is a subprocess on the X display with default settings (echo cancellation on) plus the camera
(a looping video file), talking to the fake Live server (tests/fakes/soak_scenario.py) through the real
google-genai SDK. A recorder outside both processes (paplay into the virtual microphone, parecord on the
speaker sink's monitor) gives speech both ways. The harness reads only what a user could see or what is
outside the app: the process's RSS from /proc, its exit code, its log (event-loop lag lines,
tracebacks), the conversation it saved, the diary file, and what the server received.

tests/soak/test_soak.py runs this for 10 minutes in CI and asserts the report; the 60-minute figures are
in docs/SOAK.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import machine_pauses  # noqa: E402
from tests.fakes.live_server import FakeLiveServer  # noqa: E402
from tests.fakes.soak_scenario import SoakLedger, chatty  # noqa: E402

RSS_EVERY_S = 2.0
SPEAKER_RATE = 16_000  # the recorder's rate: enough to tell speech from silence
LAG_RE = re.compile(r"loop lag: samples=(\d+) p50_ms=([\d.]+) p99_ms=([\d.]+) max_ms=([\d.]+)"
                    r"(?: busy_at_max_ms=([\d.]+))?(?: cpu_wait_at_max_ms=([\d.]+) own_max_ms=([\d.]+))?")
STALL_RE = re.compile(r"loop stall: due=([\d.]+) late_ms=([\d.]+) cpu_wait_ms=([\d.]+)")
UNLOGGED_STALLS_RE = re.compile(r"loop stall: (\d+) more in this window")
FRAME_MS = 16.0


@dataclass
class SoakReport:
    seconds: float
    warmup_s: float
    exit_code: int | None
    crashed_early: bool
    fatal_lines: list[str]
    turns: int
    lines_sent: int
    lines_saved: int
    lost_lines: list[str]
    food_calls: int
    food_answered_ok: int
    diary_rows: int
    missing_rows: list[str]
    extra_rows: int
    endings: list[str]
    resumed_with: list[str | None]
    connections: int
    mic_frames_received: int
    video_frames_received: int
    video_max_per_s: int
    speaker_active_s: float
    model_speech_sent_s: float
    rss_warm_mb: float
    rss_end_mb: float
    rss_growth_mb: float
    rss_peak_mb: float
    lag_windows: list[dict] = field(default_factory=list)
    lag_max_ms_after_warmup: float = 0.0
    lag_p99_ms_after_warmup: float = 0.0
    # the worst lateness with what was not the app's doing taken off: the time the GUI thread waited for a
    # CPU (Linux schedstat; on the 2-core soak machine the server, the recorder, PulseAudio and Xvfb compete
    # with the app for both cores), or the time the whole machine was paused (bench/machine_pauses.py),
    # whichever is larger: the two are never added, so nothing is excused twice
    lag_own_max_ms_after_warmup: float = 0.0
    stalls_after_warmup: list[dict] = field(default_factory=list)  # each wake-up later than a frame
    witness_realtime: bool = False
    machine_pauses_after_warmup: int = 0
    machine_pause_max_ms: float = 0.0

    def markdown(self) -> str:
        rows = [
            ("wall-clock", f"{self.seconds / 60:.1f} min (warm-up {self.warmup_s:.0f} s)"),
            ("exit", f"code {self.exit_code}, {'crashed early' if self.crashed_early else 'ran to the end'}, "
                     f"{len(self.fatal_lines)} fatal/traceback lines in the log"),
            ("turns", f"{self.turns} ({self.lines_sent} transcript lines sent, {self.lines_saved} saved, "
                      f"{len(self.lost_lines)} lost)"),
            ("tool calls → diary", f"{self.food_calls} log_food calls, {self.food_answered_ok} answered ok, "
                                   f"{self.diary_rows} diary rows, {len(self.missing_rows)} missing, "
                                   f"{self.extra_rows} extra"),
            ("connections", f"{self.connections} ({', '.join(self.endings)}); resumed with a handle: "
                            f"{sum(h is not None for h in self.resumed_with[1:])} of {self.connections - 1}"),
            ("microphone → server", f"{self.mic_frames_received} frames"),
            ("camera → server", f"{self.video_frames_received} frames, at most {self.video_max_per_s} in any second"),
            ("model speech at the speaker", f"{self.speaker_active_s:.0f} s heard of {self.model_speech_sent_s:.0f} s "
                                            "sent (recorded outside the app)"),
            ("RSS", f"{self.rss_warm_mb:.0f} MB after warm-up → {self.rss_end_mb:.0f} MB at the end "
                    f"(growth {self.rss_growth_mb:+.1f} MB, peak {self.rss_peak_mb:.0f} MB)"),
            ("event-loop lag after warm-up", f"p99 {self.lag_p99_ms_after_warmup:.1f} ms, "
                                             f"max {self.lag_max_ms_after_warmup:.1f} ms "
                                             f"({len(self.lag_windows)} one-minute windows)"),
            ("wake-ups later than a frame (16 ms)", f"{len(self.stalls_after_warmup)} after warm-up"),
            ("machine paused (witness outside the app)",
             f"{self.machine_pauses_after_warmup} times after warm-up, longest {self.machine_pause_max_ms:.0f} ms"
             + ("" if self.witness_realtime else " (witness without real-time priority: not used)")),
            ("… the app's own worst stall", f"{self.lag_own_max_ms_after_warmup:.1f} ms once time spent waiting "
                                            "for a CPU or in a machine pause is taken off"),
        ]
        return "\n".join(["| measure | result |", "|---|---|"] + [f"| {a} | {b} |" for a, b in rows])


def _speech_wav(folder: Path) -> Path:
    """~2 s of espeak speech then 4 s of silence: a user who talks, then listens."""
    raw, padded = folder / "speech-raw.wav", folder / "speech.wav"
    subprocess.run(["espeak-ng", "-w", str(raw), "I had an apple and a cup of coffee"], check=True, timeout=30)
    subprocess.run(["sox", str(raw), "-r", "48000", str(padded), "pad", "0", "4"], check=True, timeout=30)
    return padded


def _camera_video(folder: Path) -> Path:
    """A 10-second clip with a moving square, so the camera's change detector sends frames."""
    import cv2
    import numpy as np

    path = folder / "camera.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 15, (320, 240))
    for i in range(150):
        frame = np.full((240, 320, 3), 40, dtype=np.uint8)
        x = (i * 4) % 280
        frame[100:140, x:x + 40] = (30, 180, 240)
        writer.write(frame)
    writer.release()
    return path


def _rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class _Repeat(threading.Thread):
    """Runs a command again and again until stopped (the user's voice into the virtual microphone)."""

    def __init__(self, cmd: list[str]) -> None:
        super().__init__(daemon=True, name="soak-mic")
        self.cmd, self.stop_event = cmd, threading.Event()
        self.proc: subprocess.Popen | None = None

    def run(self) -> None:
        while not self.stop_event.is_set():
            self.proc = subprocess.Popen(self.cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def stop(self) -> None:
        self.stop_event.set()
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
        self.join(70)


def run_soak(seconds: float, workdir: Path, warmup_s: float | None = None,
             connection_s: float = 150.0) -> SoakReport:
    warmup_s = min(180.0, seconds / 3) if warmup_s is None else warmup_s
    workdir.mkdir(parents=True, exist_ok=True)
    base = workdir / "base"
    speech = _speech_wav(workdir)
    video = _camera_video(workdir)
    recording = workdir / "speaker.raw"
    ledger = SoakLedger()
    rss: list[tuple[float, float]] = []
    pauses_file = workdir / "machine-pauses.txt"
    witness = machine_pauses.start(pauses_file, seconds + 300)
    with FakeLiveServer(workdir, [chatty(ledger, connection_s=connection_s)]) as server:
        server.write_app_settings(base, mode=os.environ.get("SOAK_MODE", "camera"), camera=str(video))
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("SOAK_QPA", "xcb"), "GEMINI_API_KEY": "soak-key"}
        log_out = (workdir / "app-output.txt").open("w")
        app = subprocess.Popen([sys.executable, "-m", "nutrivoice_desktop", "--basedir", str(base), "--start"],
                               cwd=ROOT, env=env, stdout=log_out, stderr=subprocess.STDOUT)
        recorder = subprocess.Popen(["parecord", "--device=vspk.monitor", "--raw", "--format=s16le",
                                     f"--rate={SPEAKER_RATE}", "--channels=1", str(recording)])
        mic = _Repeat(["paplay", "--device=vmicsink", str(speech)])
        started = time.monotonic()
        crashed_early = False
        try:
            server.wait_for_connections(1, timeout=60)
            mic.start()
            while time.monotonic() - started < seconds:
                if app.poll() is not None:
                    crashed_early = True
                    break
                value = _rss_mb(app.pid)
                if value is not None:
                    rss.append((time.monotonic() - started, value))
                time.sleep(RSS_EVERY_S)
            ledger.wind_down.set()  # let the turn in progress finish, then quit between turns
            ledger.quiet.wait(timeout=30)
            if app.poll() is None:
                app.send_signal(signal.SIGTERM)  # what a desktop session does at log-out
            exit_code = app.wait(timeout=60)
        finally:
            mic.stop()
            witness.terminate()
            witness.wait(10)
            recorder.terminate()
            recorder.wait(10)
            if app.poll() is None:
                app.kill()
                app.wait(10)
            log_out.close()
        connections = list(server.connections)
        server_errors = [repr(e) for e in server.errors]
    elapsed = time.monotonic() - started

    log_text = (base / "log" / "nutrivoice.log").read_text(encoding="utf-8", errors="replace")
    output = (workdir / "app-output.txt").read_text(errors="replace")
    native = base / "log" / "native.log"  # the app's stderr once it runs (services/crash_log.py)
    if native.exists():
        output += "\n" + native.read_text(errors="replace")
    fatal = [line for line in (log_text + "\n" + output).splitlines()
             if "Traceback" in line or "Fatal Python error" in line or "CRITICAL" in line] + server_errors

    saved = _saved_lines(base)
    saved_set = {(r["role"], r["text"].strip()) for r in saved}
    lost = [f"{role}: {text}" for role, text in ledger.lines if (role, text.strip()) not in saved_set]

    rows = _diary_rows(base)
    expected = {round(g, 1) for call, g in ledger.food_calls.items() if call in ledger.answered_ok}
    missing = [f"{g} g" for g in sorted(expected) if g not in rows]
    extra = sum(1 for g in rows if g not in expected) + (len(rows) - len(set(rows)))

    video_times = [m.at for c in connections for m in c.of_kind("video")]
    per_second: dict[int, int] = {}
    for at in video_times:
        per_second[int(at)] = per_second.get(int(at), 0) + 1

    warm = [v for t, v in rss if warmup_s <= t < warmup_s + 60] or [v for _t, v in rss[:5]] or [0.0]
    end = [v for t, v in rss if t >= elapsed - 60] or [v for _t, v in rss[-5:]] or [0.0]
    windows = [{"samples": int(m[1]), "p50_ms": float(m[2]), "p99_ms": float(m[3]), "max_ms": float(m[4]),
                "busy_at_max_ms": float(m[5] or 0), "cpu_wait_at_max_ms": float(m[6] or 0),
                "own_max_ms": float(m[7] if m[7] is not None else m[4])} for m in LAG_RE.finditer(log_text)]
    # one window a minute: those that ended after the warm-up
    skip = int(warmup_s // 60)
    late = windows[skip:] or windows
    realtime, pauses = machine_pauses.read(pauses_file)
    pauses = [(a, b) for a, b in pauses if a >= started + warmup_s]
    stalls = []
    for m in STALL_RE.finditer(log_text):
        due, late_ms, wait_ms = float(m[1]), float(m[2]), float(m[3])
        if due < started + warmup_s:
            continue
        paused_ms = machine_pauses.overlap_ms(due, due + late_ms / 1000, pauses) if realtime else 0.0
        stalls.append({"due": due, "late_ms": late_ms, "cpu_wait_ms": wait_ms, "machine_paused_ms": paused_ms,
                       "own_ms": max(0.0, late_ms - max(wait_ms, paused_ms))})
    if UNLOGGED_STALLS_RE.search(log_text):  # too many to line up one by one: the watch's own figure
        own_max = max((w["own_max_ms"] for w in late), default=0.0)
    else:  # below a frame the watch's figure stands; above it, each stall was lined up with the witness
        own_max = max([min(w["own_max_ms"], FRAME_MS) for w in late] + [st["own_ms"] for st in stalls], default=0.0)
    return SoakReport(
        seconds=elapsed, warmup_s=warmup_s, exit_code=exit_code, crashed_early=crashed_early, fatal_lines=fatal,
        turns=ledger.turns, lines_sent=len(ledger.lines), lines_saved=len(saved), lost_lines=lost,
        food_calls=len(ledger.food_calls), food_answered_ok=len(ledger.answered_ok), diary_rows=len(rows),
        missing_rows=missing, extra_rows=extra, endings=ledger.endings, resumed_with=ledger.resumed_with,
        connections=len(connections), mic_frames_received=sum(len(c.of_kind("audio")) for c in connections),
        video_frames_received=len(video_times), video_max_per_s=max(per_second.values(), default=0),
        speaker_active_s=_active_seconds(recording),
        model_speech_sent_s=sum(1 for role, _ in ledger.lines if role == "assistant") * 1.2,
        rss_warm_mb=statistics.median(warm), rss_end_mb=max(end), rss_growth_mb=max(end) - statistics.median(warm),
        rss_peak_mb=max((v for _t, v in rss), default=0.0), lag_windows=windows,
        lag_max_ms_after_warmup=max((w["max_ms"] for w in late), default=0.0),
        lag_p99_ms_after_warmup=max((w["p99_ms"] for w in late), default=0.0),
        lag_own_max_ms_after_warmup=own_max, stalls_after_warmup=stalls, witness_realtime=realtime,
        machine_pauses_after_warmup=len(pauses),
        machine_pause_max_ms=max(((b - a) * 1000 for a, b in pauses), default=0.0),
    )


def _saved_lines(base: Path) -> list[dict]:
    lines = []
    for path in sorted((base / "data" / "conversations").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                lines.append(json.loads(line))
            except json.JSONDecodeError:
                pass
    return lines


def _diary_rows(base: Path) -> list[float]:
    with sqlite3.connect(base / "data" / "diary.sqlite3") as db:
        return [round(row[0], 1) for row in db.execute("SELECT grams FROM food_log WHERE meal = 'snacks'")]


def _active_seconds(recording: Path, window_ms: int = 100, threshold: float = 300.0) -> float:
    """Seconds in which the speaker sink carried sound (the model's tone), from the outside recording."""
    import numpy as np

    try:
        samples = np.fromfile(recording, dtype="<i2").astype(np.float32)
    except OSError:
        return 0.0
    step = SPEAKER_RATE * window_ms // 1000
    usable = samples[: len(samples) // step * step].reshape(-1, step)
    if not len(usable):
        return 0.0
    rms = np.sqrt(np.mean(usable ** 2, axis=1))
    return float(np.count_nonzero(rms > threshold)) * window_ms / 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Soak the real app in a chatty conversation.")
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--json", type=Path, help="write the report as JSON here")
    parser.add_argument("--markdown", type=Path, help="write the report table here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="nutrivoice-soak-") as tmp:
        report = run_soak(args.minutes * 60, Path(tmp))
    table = report.markdown()
    print(table)
    if args.json:
        args.json.write_text(json.dumps(asdict(report), indent=2))
    if args.markdown:
        args.markdown.write_text(f"# Soak: {args.minutes:g} minutes of conversation ({date.today()})\n\n"
                                 "Made by `./scripts/soak` (bench/soak.py); see docs/RELIABILITY.md for what each "
                                 f"row proves.\n\n{table}\n")
    ok = report.exit_code == 0 and not report.crashed_early and not report.lost_lines and not report.missing_rows
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
