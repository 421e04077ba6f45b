"""What Settings offers to pick and test: the sound devices, cameras and screens of this computer.

Each call can take a moment (PortAudio scans its host APIs, OpenCV opens cameras, X11 answers over a
socket): call them in a worker thread. The UI never imports devices; the app hands this module to the
settings dialog, whose ``Hardware`` protocol (ui/device_pickers.py) it satisfies.
"""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from nutrivoice_desktop.devices import audio_check
from nutrivoice_desktop.devices.windows import windows  # noqa: F401  (the Hardware protocol's windows())

log = logging.getLogger(__name__)

V4L_CLASS = Path("/sys/class/video4linux")
PROBED_CAMERAS = 5  # elsewhere cameras have no names to read: indices 0–4 are opened to see which answer


@dataclass(frozen=True)
class Camera:
    index: int  # what OpenCV opens, and what the "camera" setting stores (as text)
    name: str  # "" when the system gives none


@dataclass(frozen=True)
class Monitor:
    number: int  # mss's numbering, as the "monitor_index" setting stores it: 1 is the first monitor
    width: int
    height: int
    primary: bool


audio_devices = audio_check.device_names
check_audio = audio_check.run


def cameras() -> list[Camera]:
    if sys.platform.startswith("linux"):
        return _v4l_cameras(V4L_CLASS)
    import cv2

    found = []
    for index in range(PROBED_CAMERAS):
        capture = cv2.VideoCapture(index)
        if capture.isOpened():
            found.append(Camera(index, ""))
        capture.release()
    return found


def _v4l_cameras(root: Path) -> list[Camera]:
    """The capture nodes under /sys/class/video4linux. A webcam often has a second node for metadata (its
    ``index`` is 1): that one cannot give pictures, so it is left out."""
    found = []
    for node in root.glob("video*"):
        number = re.fullmatch(r"video(\d+)", node.name)
        if number is None:
            continue
        try:
            if (node / "index").is_file() and (node / "index").read_text().strip() != "0":
                continue
            name = (node / "name").read_text(encoding="utf-8", errors="replace").strip()
        except OSError as exc:  # unplugged while we read
            log.info("camera %s: %s", node.name, exc)
            continue
        found.append(Camera(int(number.group(1)), name))
    return sorted(found, key=lambda camera: camera.index)


def monitors() -> list[Monitor]:
    """The monitors as screen sharing numbers them; empty where the screen cannot be captured (Wayland
    without X access, no display)."""
    import mss

    try:
        grabber = mss.MSS() if hasattr(mss, "MSS") else mss.mss()  # mss ≥ 10.2 renamed the class
    except Exception as exc:  # mss raises its own error types per platform
        log.info("monitors unavailable: %s", exc)
        return []
    try:
        found = grabber.monitors[1:]  # [0] is all of them together
        primary = next((i for i, m in enumerate(found) if m.get("is_primary")), 0)
        return [Monitor(i + 1, m["width"], m["height"], i == primary) for i, m in enumerate(found)]
    finally:
        grabber.close()
