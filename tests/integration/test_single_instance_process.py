"""One NutriVoice per profile, as users meet it: a running app, second launches from a shell (or a desktop
shortcut), a hung app, and a kill -9 followed by a fresh start. All real processes, offscreen, against the
fake Live server; every process is bounded and killed at the end."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.fakes.live_server import FakeLiveServer

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GEMINI_API_KEY": "single-instance-key"}
APP = [sys.executable, "-m", "nutrivoice_desktop"]


def start_app(base: Path, output: Path) -> subprocess.Popen:
    with output.open("w") as out:  # a file, not a pipe: nobody reads while it runs
        return subprocess.Popen([*APP, "--basedir", str(base), "--quit-after", "150"], env=ENV,
                                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)


def launch(base: Path, *args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run([*APP, "--basedir", str(base), *args], env=ENV, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=timeout)


def stop(app: subprocess.Popen | None) -> None:
    """Quit the way a logout does (SIGTERM: lock and socket released); kill -9 only if that hangs."""
    if app is None or app.poll() is not None:
        return
    os.kill(app.pid, signal.SIGCONT)
    app.terminate()
    try:
        app.wait(15)
    except subprocess.TimeoutExpired:
        app.kill()
        app.wait(10)


def wait_for(condition, what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout:.0f} s for {what}")
        time.sleep(0.1)


def log_of(base: Path) -> str:
    path = base / "log" / "nutrivoice.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_one_instance_per_profile(tmp_path):
    base = tmp_path / "base"
    output = tmp_path / "first.out"
    first = None
    with FakeLiveServer(tmp_path) as server:
        server.write_app_settings(base, activity="push_to_talk", echo="off")
        try:
            first = start_app(base, output)
            wait_for(lambda: "listening on" in log_of(base), "the first instance to listen", timeout=60)

            # no arguments: the running window is raised, and this launch goes away
            done = launch(base)
            assert done.returncode == 0, done.stdout + done.stderr
            assert "already running" in done.stdout
            wait_for(lambda: "did 'raise' for a second launch" in log_of(base), "the raise")

            # --self-test takes no lock: it still checks the installation while the app runs
            done = launch(base, "--self-test", timeout=120)
            assert done.returncode == 0, done.stdout + done.stderr
            assert json.loads(done.stdout)["event loop"] == "ok"

            # the Wayland push-to-talk: first call starts a session and talks, the next one releases
            done = launch(base, "--toggle-talk")
            assert done.returncode == 0, done.stdout + done.stderr
            conn = server.wait_for_connections(1, timeout=30)[0]
            wait_for(lambda: conn.of_kind("activityStart"), "activityStart at the Live server")
            done = launch(base, "--toggle-talk")
            assert done.returncode == 0, done.stdout + done.stderr
            wait_for(lambda: conn.of_kind("activityEnd"), "activityEnd at the Live server")
            assert "toggle-talk: session started, talking" in log_of(base)
            wait_for(lambda: "toggle-talk: released" in log_of(base), "the release in the log")

            done = launch(base, "--stop")
            assert done.returncode == 0, done.stdout + done.stderr
            wait_for(lambda: conn.closed_by_client, "the session to close")
            done = launch(base, "--start")
            assert done.returncode == 0, done.stdout + done.stderr
            server.wait_for_connections(2, timeout=30)
            assert first.poll() is None  # all of that happened in the first instance

            # a hung instance: the lock is held, nobody answers; said in words, non-zero, no second session
            os.kill(first.pid, signal.SIGSTOP)
            try:
                started = time.monotonic()
                done = launch(base, "--start")
                assert done.returncode == 1, done.stdout + done.stderr
                assert "did not answer" in done.stderr and f"process {first.pid}" in done.stderr
                assert time.monotonic() - started < 20
            finally:
                os.kill(first.pid, signal.SIGCONT)
            assert len(server.connections) == 2

            # kill -9 leaves the lock and the socket behind; the next start takes both over
            first.kill()
            first.wait(10)
            done = launch(base, "--quit-after", "1", timeout=60)
            assert done.returncode == 0, done.stdout + done.stderr
            assert "already running" not in done.stdout + done.stderr
            assert log_of(base).count("listening on") == 2

            # nothing running: --stop has nothing to stop and says so, without opening the app
            done = launch(base, "--stop")
            assert done.returncode == 2 and "not running" in done.stderr, done.stdout + done.stderr
        finally:
            stop(first)
    assert "Traceback" not in output.read_text(), output.read_text()


def test_toggle_talk_mutes_and_unmutes_with_voice_detection(tmp_path):
    base = tmp_path / "base"
    first = None
    with FakeLiveServer(tmp_path) as server:
        server.write_app_settings(base, activity="auto", echo="off")
        try:
            first = start_app(base, tmp_path / "first.out")
            wait_for(lambda: "listening on" in log_of(base), "the first instance to listen", timeout=60)
            for expected in ("toggle-talk: session started", "toggle-talk: microphone muted",
                             "toggle-talk: microphone on"):
                done = launch(base, "--toggle-talk")
                assert done.returncode == 0, done.stdout + done.stderr
                wait_for(lambda: expected in log_of(base), expected)
            assert len(server.wait_for_connections(1, timeout=30)) == 1
        finally:
            stop(first)


def test_profiles_are_independent(tmp_path):
    """--basedir (and so --temp-basedir) profiles each get their own instance."""
    apps = []
    try:
        for name in ("one", "two"):
            base = tmp_path / name
            base.mkdir()
            (base / "config").mkdir()
            (base / "config" / "nutrivoice.ini").write_text("[General]\nfirst_run_done=true\n")
            apps.append(start_app(base, tmp_path / f"{name}.out"))
        for name in ("one", "two"):
            wait_for(lambda: "listening on" in log_of(tmp_path / name), f"instance {name}", timeout=60)
        assert all(app.poll() is None for app in apps)
    finally:
        for app in apps:
            stop(app)
