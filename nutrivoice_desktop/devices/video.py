"""Camera (OpenCV) and screen (mss) context for the model.

A capture thread grabs frames at preview rate and hands each to ``on_preview`` (an RGB numpy array fitted
into PREVIEW_BOX here, on the capture thread: a 1080p screen frame scaled on the GUI thread cost 13 ms
there, 15 times a second). At most once a second, and only when the picture changed, the frame is downscaled to
≤1024 px and JPEG-encoded with Pillow and handed to ``on_frame`` (for the model, which takes ≤1 fps).
``stop()`` returns once the thread has ended, so no frame is sent after the user switches sharing off.
"""

from __future__ import annotations

import io
import logging
import threading
import time
from typing import Callable

import numpy as np
from PIL import Image

from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP, said

log = logging.getLogger(__name__)

MAX_SIDE = 1024
PREVIEW_BOX = (480, 240)  # px: what the window's preview pane shows at most, width × height
JPEG_QUALITY = 70
SEND_INTERVAL_S = 1.0
CHANGE_THRESHOLD = 2.0  # mean absolute difference (0–255) of 32×32 grey thumbnails counted as "changed"


class VideoSourceError(Exception):
    """The camera or screen cannot be captured; the message says what to do."""


def encode_jpeg(rgb: np.ndarray, max_side: int = MAX_SIDE, quality: int = JPEG_QUALITY) -> bytes:
    image = Image.fromarray(rgb)
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)  # keeps aspect, never upscales
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality, optimize=True)
    return out.getvalue()


def fit_preview(rgb: np.ndarray, box: tuple[int, int] = PREVIEW_BOX) -> np.ndarray:
    """*rgb* scaled down (never up) to fit *box*, keeping its aspect."""
    height, width = rgb.shape[:2]
    scale = min(box[0] / width, box[1] / height)
    if scale >= 1:
        return rgb
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return np.asarray(Image.fromarray(rgb).resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0))


def thumbnail(rgb: np.ndarray) -> np.ndarray:
    return np.asarray(Image.fromarray(rgb).convert("L").resize((32, 32), Image.Resampling.BILINEAR), dtype=np.float32)


class FrameSelector:
    """Decides which preview frames go to the model: ≤1 per interval, and only if the picture changed."""

    def __init__(self, interval_s: float = SEND_INTERVAL_S, threshold: float = CHANGE_THRESHOLD) -> None:
        self.interval_s, self.threshold = interval_s, threshold
        self._last_sent_at = -1e9
        self._last_thumb: np.ndarray | None = None
        self.skipped_unchanged = 0

    def offer(self, rgb: np.ndarray, now: float) -> bytes | None:
        if now - self._last_sent_at < self.interval_s:
            return None
        thumb = thumbnail(rgb)
        if self._last_thumb is not None and float(np.mean(np.abs(thumb - self._last_thumb))) < self.threshold:
            self.skipped_unchanged += 1
            self._last_sent_at = now  # check again in one interval, not on every preview frame
            return None
        self._last_thumb, self._last_sent_at = thumb, now
        return encode_jpeg(rgb)


class CameraGrabber:
    """OpenCV capture; ``source`` is a camera index or a video file path (tests use a file)."""

    def __init__(self, source: int | str) -> None:
        import cv2

        self._cv2 = cv2
        self._cap = cv2.VideoCapture(source)
        self._loop_file = isinstance(source, str)
        if not self._cap.isOpened():
            raise VideoSourceError(QT_TRANSLATE_NOOP(
                "Messages", "Camera {camera} could not be opened. Check that it is connected and not in use by "
                            "another app, or choose another camera in Settings.").format(camera=source))

    def grab(self) -> np.ndarray | None:
        ok, frame = self._cap.read()
        if not ok and self._loop_file:
            self._cap.set(self._cv2.CAP_PROP_POS_FRAMES, 0)
            ok, frame = self._cap.read()
        if not ok:
            return None
        return self._cv2.cvtColor(frame, self._cv2.COLOR_BGR2RGB)

    def close(self) -> None:
        self._cap.release()


class ScreenGrabber:
    """mss capture of one monitor (1 = primary), or of one window (an X11 id, devices/windows.py) where it is
    at each frame."""

    def __init__(self, monitor: int = 1, window: int = 0) -> None:
        import mss

        try:
            self._mss = mss.MSS() if hasattr(mss, "MSS") else mss.mss()  # mss ≥ 10.2 renamed the class
        except Exception as exc:  # no display, Wayland without X access
            raise VideoSourceError(QT_TRANSLATE_NOOP(
                "Messages", "The screen cannot be captured here ({problem}). Screen sharing needs an X11 session (or "
                            "XWayland access).").format(problem=exc)) from exc
        monitors = self._mss.monitors
        if not 1 <= monitor < len(monitors):
            monitor = 1 if len(monitors) > 1 else 0
        self._monitor = monitors[monitor]
        self._screen = monitors[0]  # all monitors together: a window's area is kept inside it
        self._window = None
        if window:
            from nutrivoice_desktop.devices.windows import WindowArea

            try:
                self._window = WindowArea(window)
            except LookupError as exc:
                self._mss.close()
                raise VideoSourceError(QT_TRANSLATE_NOOP(
                    "Messages", "The window chosen for sharing cannot be shared ({problem}). Choose another window "
                                "or a monitor in Settings → Camera & screen.").format(problem=exc)) from exc

    def grab(self) -> np.ndarray | None:
        area = self._monitor
        if self._window is not None:
            area = _inside(self._window.area(), self._screen)
            if area is None:
                raise VideoSourceError(QT_TRANSLATE_NOOP("Messages", "The shared window was closed or minimised."))
        shot = self._mss.grab(area)
        bgra = np.frombuffer(shot.bgra, dtype=np.uint8).reshape(shot.height, shot.width, 4)
        return np.ascontiguousarray(bgra[:, :, 2::-1])

    def close(self) -> None:
        if self._window is not None:
            self._window.close()
        self._mss.close()


def _inside(area: dict | None, screen: dict) -> dict | None:
    """The part of *area* on the screen (a window half off-screen is captured as far as it shows)."""
    if area is None:
        return None
    left, top = max(area["left"], screen["left"]), max(area["top"], screen["top"])
    right = min(area["left"] + area["width"], screen["left"] + screen["width"])
    bottom = min(area["top"] + area["height"], screen["top"] + screen["height"])
    if right - left < 1 or bottom - top < 1:
        return None
    return {"left": left, "top": top, "width": right - left, "height": bottom - top}


class VideoSource:
    """Runs a grabber on its own thread (grabbers are created on that thread: mss handles are per-thread)."""

    def __init__(self, make_grabber: Callable[[], CameraGrabber | ScreenGrabber],
                 on_preview: Callable[[np.ndarray], None], on_frame: Callable[[bytes], None],
                 on_error: Callable[[str], None], preview_fps: float = 15.0) -> None:
        self._make_grabber = make_grabber
        self._on_preview, self._on_frame, self._on_error = on_preview, on_frame, on_error
        self._period = 1.0 / preview_fps
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.selector = FrameSelector()
        self.frames_sent = 0

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="video-source", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    def _run(self) -> None:
        try:
            grabber = self._make_grabber()
        except VideoSourceError as exc:
            self._on_error(said(exc))
            return
        failures = 0
        try:
            while not self._stop.is_set():
                started = time.monotonic()
                rgb = grabber.grab()
                if rgb is None:
                    failures += 1
                    if failures > 30:
                        self._on_error(QT_TRANSLATE_NOOP("Messages", "The camera stopped delivering pictures "
                                                                     "(unplugged?)."))
                        return
                else:
                    failures = 0
                    self._on_preview(fit_preview(rgb))
                    jpeg = self.selector.offer(rgb, started)
                    if jpeg is not None and not self._stop.is_set():
                        self.frames_sent += 1
                        self._on_frame(jpeg)
                self._stop.wait(max(0.0, self._period - (time.monotonic() - started)))
        except VideoSourceError as exc:  # said in its own words (the shared window was closed)
            self._on_error(said(exc))
        except Exception as exc:  # a capture library failing mid-stream ends sharing, not the app
            log.exception("video capture failed")
            self._on_error(QT_TRANSLATE_NOOP("Messages", "Sharing stopped: {problem}").format(problem=exc))
        finally:
            grabber.close()
