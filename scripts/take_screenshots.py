"""Screenshots for the README: the real app on Xvfb, talking to the fake Live server, light and dark.

Run through scripts/screenshots (which provides Xvfb, PulseAudio and a keyring).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fakes.live_server import FakeLiveServer  # noqa: E402


def shoot(theme: str, work: Path) -> Path:
    base = work / theme
    speech = work / "speech.wav"
    if not speech.exists():
        subprocess.run(["espeak-ng", "-w", str(speech), "I had an apple"], check=True, timeout=30)
    target = ROOT / "docs" / f"screenshot-{theme}.png"
    with FakeLiveServer(work) as server:
        server.write_app_settings(base, echo="off", theme=theme)
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "GEMINI_API_KEY": "screenshot-key"}
        app = subprocess.Popen([sys.executable, "-m", "nutrivoice_desktop", "--basedir", str(base), "--start",
                                "--quit-after", "7", "--screenshot", str(target)], env=env)
        server.wait_for_connections(1, timeout=30)
        subprocess.run(["paplay", "--device=vmicsink", str(speech)], timeout=30)
        app.wait(60)
    return target


def main() -> int:
    (ROOT / "docs").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for theme in ("light", "dark"):
            print(shoot(theme, Path(tmp)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
