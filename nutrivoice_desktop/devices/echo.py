"""Acoustic echo cancellation, so users can talk over laptop speakers without the assistant hearing itself.

WebRTC's audio processing module (AEC3) as shipped in livekit's Python wheel (``livekit.rtc.
AudioProcessingModule``), on 10 ms frames at 16 kHz. The far-end reference is exactly what the speaker
callback hands to the device (24 kHz, resampled here); the near end is the microphone. All APM calls run
on the microphone thread: the speaker thread only queues its reference frames, so no lock is held across
the native calls. Where the module is unavailable the app falls back to half-duplex (bridge decides).
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections import deque

import numpy as np

from nutrivoice_desktop.core import first_imports

log = logging.getLogger(__name__)

RATE = 16_000
FRAME = RATE // 100  # 10 ms: the only frame length the APM accepts
FRAME_BYTES = FRAME * 2
FAR_RATE = 24_000
MAX_PENDING_FAR = 50  # 500 ms of reference waiting for the mic thread; older is dropped
# The speaker hands nothing over while nobody speaks (its device runs dry): after this long without a
# reference, the far end is silence, given to the APM frame for frame so its timeline stays continuous
SPEAKER_IDLE_S = 0.03


@functools.cache  # the answer cannot change within a process; each session start asks
def available() -> str | None:
    """None when AEC can run here, else why not (in words). Creates a module once: the native library is
    only loaded then, and that is what fails on an unsupported system or a broken bundle."""
    try:
        with first_imports.LOCK:
            from livekit import rtc

        rtc.AudioProcessingModule(echo_cancellation=True)
    except Exception as exc:  # ImportError, or a native library that does not load on this system
        first_line = str(exc).splitlines()[0] if str(exc) else ""
        return f"echo cancellation is unavailable ({type(exc).__name__}: {first_line})"
    return None


def downsample_24k_to_16k(pcm: bytes) -> np.ndarray:
    """3 → 2 samples with a short low-pass (average of neighbours) to limit aliasing above 8 kHz."""
    x = np.frombuffer(pcm, dtype="<i2").astype(np.float32)
    n = len(x) // 3 * 3
    x = x[:n].reshape(-1, 3)
    out = np.empty((x.shape[0], 2), dtype=np.float32)
    out[:, 0] = 0.5 * x[:, 0] + 0.25 * (x[:, 1] + np.roll(x[:, 2], 1))
    out[:, 1] = 0.5 * (x[:, 1] + x[:, 2])
    return out.reshape(-1)


class EchoCanceller:
    def __init__(self, stream_delay_ms: int = 30, noise_suppression: bool = True) -> None:
        from livekit import rtc

        self._rtc = rtc
        self._apm = rtc.AudioProcessingModule(echo_cancellation=True, noise_suppression=noise_suppression,
                                              high_pass_filter=True, auto_gain_control=False)
        # the reference is taken as a 10 ms piece goes to the device, which holds up to 30 ms more
        # (devices/audio.Speaker); AEC3 also estimates the delay itself, this is its starting point
        self._apm.set_stream_delay_ms(stream_delay_ms)
        self._far = np.zeros(0, dtype=np.float32)
        self._pending: deque[np.ndarray] = deque(maxlen=MAX_PENDING_FAR)
        self._far_lock = threading.Lock()
        self._last_reference = 0.0
        self._near = b""
        self._silence = bytes(FRAME_BYTES)

    def reference(self, pcm24: bytes) -> None:
        """Speaker thread: what was just handed to the output device."""
        samples = downsample_24k_to_16k(pcm24)
        with self._far_lock:
            self._last_reference = time.monotonic()
            self._far = np.concatenate([self._far, samples])
            while len(self._far) >= FRAME:
                self._pending.append(self._far[:FRAME])
                self._far = self._far[FRAME:]

    def process(self, pcm16: bytes) -> bytes:
        """Microphone thread: the frame with the speaker's echo removed (same length as given)."""
        with self._far_lock:
            far_frames = list(self._pending)
            self._pending.clear()
            idle = not far_frames and time.monotonic() - self._last_reference > SPEAKER_IDLE_S
        for far in far_frames:
            data = np.clip(far, -32768, 32767).astype("<i2").tobytes()
            self._apm.process_reverse_stream(self._rtc.AudioFrame(data, RATE, 1, FRAME))
        if idle:
            for _ in range((len(self._near) + len(pcm16)) // FRAME_BYTES):
                self._apm.process_reverse_stream(self._rtc.AudioFrame(self._silence, RATE, 1, FRAME))
        self._near += pcm16
        out = bytearray()
        while len(self._near) >= FRAME_BYTES:
            frame = self._rtc.AudioFrame(self._near[:FRAME_BYTES], RATE, 1, FRAME)
            self._near = self._near[FRAME_BYTES:]
            self._apm.process_stream(frame)
            out += frame.data.tobytes()
        # frames are whole multiples of 10 ms (10–40 ms settings), so nothing is carried over in practice
        return bytes(out)
