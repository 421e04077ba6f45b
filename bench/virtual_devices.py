"""Real-time clocked stand-ins for sound cards, so the benchmark measures our software path, not a driver.

Callback style (ours): a thread wakes every frame period on an absolute schedule and calls the same code a
PortAudio callback would (``deliver(frame, captured_at)`` / ``buffer.read(n)``).
Blocking style (the cookbook baseline): ``read(n)`` returns when n samples have been "recorded";
``write(data)`` returns when the data has been "played" (PortAudio's blocking write with a small buffer).
"""

from __future__ import annotations

import threading
import time
from typing import Callable


class _Clocked:
    """A thread that calls ``_tick()`` every ``period_s`` on an absolute schedule (no drift), like a device."""

    def __init__(self, period_s: float, name: str) -> None:
        self._period = period_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        deadline = time.perf_counter() + self._period
        while not self._stop.is_set():
            time.sleep(max(0.0, deadline - time.perf_counter()))
            self._tick()
            deadline += self._period

    def _tick(self) -> None:
        raise NotImplementedError


class ClockedMic(_Clocked):
    """Hands a ``frame_ms`` frame of ``source`` (looped) to ``deliver`` every period, like an input callback."""

    def __init__(self, source: bytes, rate: int, frame_ms: int, deliver: Callable[[bytes, float], None]) -> None:
        super().__init__(frame_ms / 1000, "virtual-mic")
        self._source, self._deliver = source, deliver
        self._frame_bytes = rate * frame_ms // 1000 * 2
        self._offset = 0

    def _tick(self) -> None:
        frame = self._source[self._offset:self._offset + self._frame_bytes]
        if len(frame) < self._frame_bytes:
            self._offset, frame = 0, self._source[:self._frame_bytes]
        self._offset += self._frame_bytes
        self._deliver(frame, time.perf_counter())


class ClockedSpeaker(_Clocked):
    """Pulls ``frame_ms`` of audio from ``read(nbytes)`` every period, like an output callback."""

    def __init__(self, read: Callable[[int], bytes], rate: int = 24_000, frame_ms: int = 20) -> None:
        super().__init__(frame_ms / 1000, "virtual-speaker")
        self._read = read
        self._nbytes = rate * frame_ms // 1000 * 2

    def _tick(self) -> None:
        self._read(self._nbytes)


class BlockingMic:
    def __init__(self, source: bytes, rate: int = 16_000) -> None:
        self._source, self._rate = source, rate
        self._offset = 0
        self._next = time.perf_counter()

    def read(self, samples: int) -> bytes:
        self._next = max(self._next, time.perf_counter() - 0.5) + samples / self._rate
        time.sleep(max(0.0, self._next - time.perf_counter()))
        nbytes = samples * 2
        chunk = self._source[self._offset:self._offset + nbytes]
        if len(chunk) < nbytes:
            self._offset, chunk = 0, self._source[:nbytes]
        self._offset += nbytes
        return chunk


class BlockingSpeaker:
    """``write`` takes as long as the audio lasts: a chunk already passed to it cannot be stopped."""

    def __init__(self, rate: int = 24_000) -> None:
        self._rate = rate

    def write(self, data: bytes) -> None:
        time.sleep(len(data) / 2 / self._rate)
