"""Where the memory and the download go, part by part, and what each part is for.

    python -m bench.footprint            (prints both tables; bench/run.py puts them in docs/PERFORMANCE.md)

Memory: one fresh process loads the app's parts in the order a session needs them and reads its own
resident set (/proc/self/status VmRSS) after each; a part's figure is what it added, in MiB. Download: the
files of the frozen bundle (dist/NutriVoice, packaging/build.sh) summed by the part that brings them, in MB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "NutriVoice"

# (part, what it is for, what loading it means); run in this order in one process
MEMORY_PARTS = (
    ("Python", "the interpreter", ""),
    ("Qt (PySide6) and qasync", "the window, the tray, the event loop",
     "from PySide6.QtWidgets import QApplication; import qasync; app = QApplication(['nv'])"),
    ("numpy", "audio levels, resampling for the echo canceller, camera frames", "import numpy"),
    ("NutriVoice's window and tools", "our code: widgets, diary, food search",
     "import nutrivoice_desktop.ui.main_window, nutrivoice_desktop.assistant"),
    ("google-genai SDK", "the Live API session (pydantic types, websockets, httpx, google-auth)",
     "from nutrivoice_desktop.core.live_session import warm_sdk; warm_sdk()"),
    ("echo canceller (livekit)", "WebRTC AEC3, so the assistant does not hear itself",
     "from nutrivoice_desktop.devices import echo; echo.available(); canceller = echo.EchoCanceller()"),
    ("PortAudio (PyAudio)", "microphone and speaker", "import pyaudio; card = pyaudio.PyAudio()"),
    ("OpenCV", "camera capture, only for users who share a camera", "import cv2"),
)

PROBE = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
def rss():
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) / 1024
rows = []
for code in json.loads(sys.argv[1]):
    exec(code)
    rows.append(rss())
print(json.dumps(rows))
"""


def memory_by_part() -> list[tuple[str, str, float]]:
    """[(part, what for, MiB it added)] in one fresh process."""
    codes = [code for _part, _why, code in MEMORY_PARTS]
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(codes)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    totals = json.loads(done.stdout.splitlines()[-1])
    added = [totals[0]] + [b - a for a, b in zip(totals, totals[1:])]
    return [(part, why, mb) for (part, why, _code), mb in zip(MEMORY_PARTS, added)]


# (part, what it is for, path prefixes under _internal/ or the bundle's top); the first match wins
BUNDLE_PARTS = (
    ("OpenCV", "camera capture; its wheel brings FFmpeg, OpenBLAS and codecs that cv2's one library links to",
     ("_internal/cv2", "_internal/opencv_python_headless.libs")),
    ("Qt (PySide6)", "the window (ICU's locale data, which Qt's text handling needs, is its largest file)",
     ("_internal/PySide6", "_internal/shiboken6", "_internal/libQt6", "_internal/libicu", "_internal/libpyside6",
      "_internal/libshiboken6")),
    ("GTK 3 theme", "GNOME users' fonts and file dialogs (Qt's gtk3 platform theme and the GTK it needs)",
     ("_internal/libgtk", "_internal/libgdk", "_internal/libcairo", "_internal/libpango", "_internal/libatk",
      "_internal/libatspi", "_internal/libepoxy", "_internal/libharfbuzz.so", "_internal/libpixman",
      "_internal/libthai", "_internal/libdatrie", "_internal/libfribidi", "_internal/libgraphite2",
      "_internal/libX", "_internal/libjpeg.so")),
    ("numpy", "audio and video arrays (with its own OpenBLAS)", ("_internal/numpy",)),
    ("Python", "the interpreter, its standard library and the app's bytecode (the launcher carries it)",
     ("_internal/libpython", "_internal/python3", "_internal/base_library.zip", "nutrivoice")),
    ("echo canceller (livekit)", "WebRTC AEC3 in livekit's native library", ("_internal/livekit",)),
    ("food and activity data", "USDA foods and the Compendium, built from ../shared/data", ("_internal/resources",)),
    ("Pillow", "camera and screen frames resized and compressed to JPEG", ("_internal/PIL", "_internal/pillow.libs")),
    ("cryptography", "the Secret Service keyring's encrypted session (secretstorage)", ("_internal/cryptography",)),
)


def bundle_by_part(bundle: Path = BUNDLE) -> list[tuple[str, str, float]]:
    """[(part, what for, MB on disk)], the rest as "everything else"; [] when no bundle is built."""
    if not bundle.is_dir():
        return []
    sizes = {part: 0 for part, _why, _prefixes in BUNDLE_PARTS}
    other = 0
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue  # PyInstaller links Qt's libraries at the top: counted once, where they are
        name = path.relative_to(bundle).as_posix()
        part = next((part for part, _why, prefixes in BUNDLE_PARTS if name.startswith(prefixes)), None)
        if part is None:
            other += path.stat().st_size
        else:
            sizes[part] += path.stat().st_size
    rows = [(part, why, sizes[part] / 1e6) for part, why, _prefixes in BUNDLE_PARTS]
    rows.append(("everything else", "system libraries Qt and PortAudio link to, SQLite, OpenSSL, other wheels",
                 other / 1e6))
    return rows


def archive_mb() -> float | None:
    found = sorted((ROOT / "dist").glob("NutriVoice-*-linux-*.tar.xz"))
    return found[-1].stat().st_size / 1e6 if found else None


def main() -> int:
    bundle = bundle_by_part()
    for title, rows in (("memory (MiB added)", memory_by_part()), ("bundle (MB)", bundle)):
        print(title)
        for part, why, mb in rows:
            print(f"  {mb:7.1f}  {part}: {why}")
    print(f"bundle {sum(mb for _part, _why, mb in bundle):.1f} MB, archive {archive_mb()} MB, "
          f"cpu count {os.cpu_count()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
