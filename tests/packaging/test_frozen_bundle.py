"""The Linux installer as users get it: build it (packaging/build.sh), install it, run the frozen app."""

from __future__ import annotations

import json
import os
import subprocess
import tarfile
from pathlib import Path

import pytest

from bench import footprint
from tests.conftest import need_service, x_display_available
from tests.fakes.live_server import FakeLiveServer

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1500)]  # the first test waits for the build (~5 min)

# Measured 2026-11-27: bundle 461 MB, archive 131 MB, OpenCV alone 159 MB (docs/PERFORMANCE.md, "Footprint",
# says what each part is for). A budget against regressions, not issue 14's target (200 / 90): a new
# dependency, or an exclusion in packaging/nutrivoice.spec that stops working, fails here.
BUNDLE_BUDGET_MB = 480
ARCHIVE_BUDGET_MB = 140


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory) -> Path:
    unpack = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(built.archive) as tar:
        tar.extractall(unpack, filter="tar")
    home = tmp_path_factory.mktemp("home")
    (stage,) = unpack.iterdir()
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "share")}
    install = subprocess.run([str(stage / "install.sh")], capture_output=True, text=True, env=env, timeout=120)
    assert install.returncode == 0, install.stderr
    desktop = (home / "share" / "applications" / "nutrivoice-desktop.desktop").read_text()
    exec_line = next(line for line in desktop.splitlines() if line.startswith("Exec="))
    binary = Path(exec_line.split("=", 1)[1].split()[0])
    assert binary.is_file() and os.access(binary, os.X_OK)
    assert (home / "share" / "icons" / "hicolor" / "256x256" / "apps" / "nutrivoice-desktop.png").is_file()
    return binary


def frozen(binary: Path, *args: str, **env: str) -> dict:
    done = subprocess.run([str(binary), "--self-test", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **env})
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    return json.loads(done.stdout)


def test_frozen_app_loads_every_subsystem_offscreen(installed):
    report = frozen(installed, "--temp-basedir", QT_QPA_PLATFORM="offscreen")
    for name in ("google.genai", "websockets", "pyaudio", "cv2", "mss", "keyring", "qasync", "event loop",
                 "livekit.rtc", "echo cancellation"):
        assert report[name] == "ok", (name, report[name])
    assert int(report["foods"]) >= 300 and "missed_meal" in report["tools"]
    if os.environ.get("CI_STRICT") == "1":
        assert "SecretService" in report["keyring backend"], report["keyring backend"]
        assert report["pynput"] == "ok"


def test_frozen_app_on_the_x_display(installed):
    need_service("X display", x_display_available(), "run under Xvfb (scripts/test does)")
    report = frozen(installed, "--temp-basedir", QT_QPA_PLATFORM="xcb")
    assert report["window"].endswith("on xcb") and report["pynput"] == "ok"


def test_frozen_app_connects_to_the_live_server(installed, tmp_path):
    base = tmp_path / "base"
    with FakeLiveServer(tmp_path) as server:
        server.write_app_settings(base)
        report = frozen(installed, "--connect-check", "--basedir", str(base), QT_QPA_PLATFORM="offscreen",
                        GEMINI_API_KEY="frozen-key")
        assert report["live connect"] == "ok"
        assert server.connections[0].setup["model"].startswith("models/")


def test_the_download_stays_within_its_size_budget(built):
    parts = footprint.bundle_by_part()
    assert parts, "no bundle in dist/NutriVoice"
    assert sum(mb for _part, _why, mb in parts) <= BUNDLE_BUDGET_MB, parts
    assert built.archive.stat().st_size / 1e6 <= ARCHIVE_BUDGET_MB, built.summary
