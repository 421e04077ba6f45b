"""The app as users start it: a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.fakes.live_server import FakeLiveServer


def run_app(*args: str, env: dict | None = None, timeout: float = 90) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nutrivoice_desktop", *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def test_self_test_loads_everything_and_exits_zero():
    done = run_app("--self-test", "--temp-basedir", env={"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    for name in ("google.genai", "websockets", "pyaudio", "cv2", "mss", "keyring", "event loop"):
        assert report[name] == "ok", (name, report[name])
    assert "missed_meal" in report["tools"] and int(report["foods"]) >= 300


def test_self_test_connects_to_the_live_endpoint(tmp_path):
    base = tmp_path / "base"
    with FakeLiveServer(tmp_path) as server:
        server.write_app_settings(base)
        done = run_app("--self-test", "--connect-check", "--basedir", str(base),
                       env={"QT_QPA_PLATFORM": "offscreen", "GEMINI_API_KEY": "self-test-key"})
        assert done.returncode == 0, done.stdout + done.stderr
        assert json.loads(done.stdout)["live connect"] == "ok"
        assert server.connections[0].api_key == "self-test-key"


def test_tool_command_line(tmp_path):
    home = {"XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = run_app("tool", "find_food", '{"food": "huevo", "quantity": 2}', env=home)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ok"] is True
    bad = run_app("tool", "find_food", "{not json", env=home)
    assert bad.returncode == 2 and "not valid JSON" in bad.stderr
