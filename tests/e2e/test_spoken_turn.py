"""End to end: the app as a subprocess on the Xvfb display, real audio through PulseAudio, the real SDK,
the fake Live server. One spoken turn that calls a tool and shows a card."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

from tests.conftest import need_service, pulse_available, x_display_available
from tests.fakes.live_server import FakeLiveServer


def test_a_spoken_turn_logs_food_and_shows_a_card(tmp_path):
    need_service("Xvfb + PulseAudio", x_display_available() and pulse_available(),
                 "scripts/test provides both")
    base = tmp_path / "base"
    speech = tmp_path / "speech.wav"
    subprocess.run(["espeak-ng", "-w", str(speech), "I had an apple"], check=True, timeout=30)
    screenshot = tmp_path / "window.png"
    with FakeLiveServer(tmp_path) as server:
        server.write_app_settings(base, echo="off")
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "GEMINI_API_KEY": "e2e-key"}
        app = subprocess.Popen([sys.executable, "-m", "nutrivoice_desktop", "--basedir", str(base), "--start",
                                "--quit-after", "8", "--screenshot", str(screenshot)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            server.wait_for_connections(1, timeout=30)
            player = subprocess.Popen(["paplay", "--device=vmicsink", str(speech)]) if shutil.which("paplay") else None
            output, _ = app.communicate(timeout=60)
            if player:
                player.wait(10)
        finally:
            if app.poll() is None:
                app.kill()
        conn = server.connections[0]
        responses = [r for m in conn.of_kind("toolResponse") for r in m.body["functionResponses"]]
    assert app.returncode == 0, output
    assert responses and responses[0]["name"] == "unplanned_food" and responses[0]["response"]["ok"], output
    assert len(conn.of_kind("audio")) >= 50  # the microphone streamed in small frames
    with sqlite3.connect(base / "data" / "diary.sqlite3") as db:
        foods = [row[0] for row in db.execute("SELECT food_name FROM food_log")]
    assert foods == ["Apple"]  # the curated name of USDA's "Apples, raw, with skin"
    log_text = (base / "log" / "nutrivoice.log").read_text(encoding="utf-8")
    assert "card shown for unplanned_food: Unplanned food compensated" in log_text
    assert "e2e-key" not in log_text
    native = base / "log" / "native.log"  # the app's stderr, kept beside the log (no terminal here)
    assert native.exists() and "e2e-key" not in native.read_text(encoding="utf-8", errors="replace")
    assert screenshot.stat().st_size > 10_000
