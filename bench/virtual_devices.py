"""Real-time clocked stand-ins for sound cards, so the benchmark measures our software path, not a driver.

Ours (ClockedSoundCard stands in for the app's AudioSystem): the microphone is a thread that wakes every
frame period on an absolute schedule and calls the app's own PortAudio callback; the speaker is a blocking
stream whose ``write`` returns when the data fits in a device buffer of three PortAudio periods (the app's
Speaker asks for 10 ms ones), and whose buffer ``discard_queued`` empties, as PortAudio's abort does.
Blocking style (the cookbook baseline): ``read(n)`` returns when n samples have been "recorded";
``write(data)`` returns when the data has been "played" (PortAudio's blocking write with a small buffer).
"""

from __future__ import annotations

import threading
import time

PERIODS_IN_BUFFER = 3  # PortAudio's ALSA output buffer, in periods, as measured through PulseAudio here


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


class ClockedSoundCard:
    """Stands in for devices.audio.AudioSystem: ``open`` gives a stream whose thread calls the same
    PortAudio-style callback (``callback(in_data, frame_count, time_info, status)``) every frame period, so
    the app's own Microphone and Speaker classes, echo canceller included, run unchanged on top of it.
    Input frames are ``mic_source``, looped."""

    def __init__(self, mic_source: bytes) -> None:
        self._mic_source = mic_source
        self._streams: list[_ClockedStream] = []

    def open(self, kind: str, rate: int, frames: int, device: str, callback=None):
        if callback is None:
            return BlockingSpeaker(rate, PERIODS_IN_BUFFER * frames / rate)
        stream = _ClockedStream(kind, rate, frames, callback, self._mic_source)
        self._streams.append(stream)
        stream.start()
        return stream

    def close(self) -> None:
        for stream in self._streams:
            stream.stop_stream()

    def discard_queued(self, stream: BlockingSpeaker) -> None:
        stream.discard()


class _ClockedStream(_Clocked):
    def __init__(self, kind: str, rate: int, frames: int, callback, source: bytes) -> None:
        super().__init__(frames / rate, f"virtual-{kind}")
        self._kind, self._frames, self._callback = kind, frames, callback
        self._source, self._offset = source, 0
        self._frame_bytes = frames * 2

    def _tick(self) -> None:
        if self._kind == "input":
            frame = self._source[self._offset:self._offset + self._frame_bytes]
            if len(frame) < self._frame_bytes:
                self._offset, frame = 0, self._source[:self._frame_bytes]
            self._offset += self._frame_bytes
            self._callback(frame, self._frames, None, 0)
        else:
            self._callback(None, self._frames, None, 0)

    def stop_stream(self) -> None:
        if self._thread.is_alive():
            self.stop()

    def close(self) -> None:
        self.stop_stream()


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
    """PortAudio's blocking output: ``write`` returns once all but ``buffer_s`` of what it was given has
    played; a device left without data runs dry (silence) and starts again at the next write. A chunk passed
    to it cannot be taken back, except by ``discard`` (PortAudio's abort, which the app's Speaker uses and
    the cookbook does not)."""

    def __init__(self, rate: int = 24_000, buffer_s: float = 0.0) -> None:
        self._rate, self._buffer_s = rate, buffer_s
        self._played_until = 0.0

    def write(self, data: bytes, exception_on_underflow: bool = False) -> None:
        now = time.perf_counter()
        self._played_until = max(self._played_until, now) + len(data) / 2 / self._rate
        time.sleep(max(0.0, self._played_until - self._buffer_s - now))

    def get_write_available(self) -> int:
        """Frames that fit in the device buffer now."""
        held_s = max(0.0, self._played_until - time.perf_counter())
        return int(max(0.0, self._buffer_s - held_s) * self._rate)

    def discard(self) -> None:
        """What the device held is dropped: it is silent now."""
        self._played_until = time.perf_counter()

    def stop_stream(self) -> None:
        pass

    def close(self) -> None:
        pass
