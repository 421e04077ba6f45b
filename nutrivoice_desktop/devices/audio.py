"""Microphone and speaker: PyAudio callback-mode streams at the edge of the app.

Model speech goes through a PlaybackBuffer the speaker's audio thread reads from in ≤20 ms frames:
``flush()`` empties it, so an interruption is silent at the next device callback (not after the chunk that
was already queued, the complaint in anchors.md). The microphone hands each 10–40 ms frame to the event
loop with ``call_soon_threadsafe``; nothing blocks the audio threads.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Callable

import numpy as np

from nutrivoice_desktop.core.metrics import Metrics
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

MIC_RATE = 16_000
SPEAKER_RATE = 24_000
SAMPLE_BYTES = 2  # PCM16 mono
# Chunks awaiting their timing. 60 s of speech is ~300 of Gemini's 200–240 ms chunks (1,500 of the fake
# server's 40 ms ones); beyond this (a server sending crumbs) the oldest marks go, counted, so the
# bookkeeping stays bounded whatever the server or the speaker does.
MAX_MARKS = 4096


class AudioDeviceError(Exception):
    """A device is missing, busy or unplugged; the message says what to do."""


def level_dbfs(pcm: bytes) -> float:
    """Loudness of a PCM16 frame in dBFS (-100 for digital silence)."""
    samples = np.frombuffer(pcm, dtype="<i2")
    if samples.size == 0:
        return -100.0
    rms = float(np.sqrt(np.mean(samples.astype(np.float32) ** 2)))
    return max(-100.0, 20 * np.log10(rms / 32768.0)) if rms > 0 else -100.0


class PlaybackBuffer:
    """Thread-safe byte queue between the event loop (writer) and the speaker callback (reader).

    Bounded: beyond ``max_seconds`` of pending speech the oldest is dropped and counted. Records, per
    chunk, receive→device time beyond the speech queued ahead of it (the delay this path adds, whatever
    the server's pacing), and flush→silence time.

    Each write and read costs the same however much is queued or how long the speaker has stalled: chunk
    marks carry absolute stream positions (never rewritten) in a bounded deque consumed from the front.
    """

    def __init__(self, rate: int = SPEAKER_RATE, max_seconds: float = 60.0, metrics: Metrics | None = None) -> None:
        self.rate = rate
        self.metrics = metrics or Metrics()
        self._max_bytes = int(rate * SAMPLE_BYTES * max_seconds)
        self._buf = bytearray()  # CPython deletes from the front of a bytearray in O(1)
        self._head = 0  # stream position of _buf[0]: every byte before it was played, dropped or flushed
        # (stream position where a chunk starts, when it is due: received + the speech queued ahead of it)
        self._marks: deque[tuple[int, float]] = deque()
        self._lock = threading.Lock()
        self._flushed_at: float | None = None
        self.gain = 1.0  # < 1 while ducked under the user's voice (local barge-in)

    @property
    def pending_ms(self) -> float:
        with self._lock:
            return len(self._buf) / (self.rate * SAMPLE_BYTES) * 1000

    @property
    def playing(self) -> bool:
        with self._lock:
            return bool(self._buf)

    def write(self, pcm: bytes, received_at: float) -> None:
        if len(pcm) % SAMPLE_BYTES:
            pcm = pcm[:-1]  # a torn sample would shift every later sample into noise
        with self._lock:
            ahead_s = len(self._buf) / (self.rate * SAMPLE_BYTES)
            if len(self._marks) >= MAX_MARKS:
                self._marks.popleft()  # only tiny chunks get here; they still play, untimed
                self.metrics.count("playback_marks_dropped")
            self._marks.append((self._head + len(self._buf), received_at + ahead_s))
            self._buf += pcm
            overflow = len(self._buf) - self._max_bytes
            if overflow > 0:
                overflow += overflow % SAMPLE_BYTES
                del self._buf[:overflow]
                self._head += overflow
                # chunks whose start was dropped never reach the device whole: they are not timed
                while self._marks and self._marks[0][0] < self._head:
                    self._marks.popleft()
                self.metrics.count("playback_dropped_bytes", overflow)

    def flush(self) -> None:
        with self._lock:
            if self._buf:
                self._flushed_at = time.perf_counter()
            self._head += len(self._buf)
            self._buf.clear()
            self._marks.clear()
            self.gain = 1.0

    def read(self, nbytes: int) -> bytes:
        """Exactly ``nbytes``: queued speech, padded with silence (the device never starves)."""
        now = time.perf_counter()
        with self._lock:
            if self._flushed_at is not None:
                self.metrics.add("interrupt_to_silence_ms", (now - self._flushed_at) * 1000)
                self._flushed_at = None
            out = bytes(self._buf[:nbytes])
            del self._buf[:nbytes]
            taken = len(out)
            self._head += taken
            while self._marks and self._marks[0][0] < self._head:
                _start, due = self._marks.popleft()
                self.metrics.add("receive_to_device_ms", max(0.0, now - due) * 1000)
        if self.gain != 1.0 and taken:
            out = (np.frombuffer(out, dtype="<i2") * self.gain).astype("<i2").tobytes()
        if taken < nbytes:
            out += bytes(nbytes - taken)
        return out


@dataclass(frozen=True)
class DeviceInfo:
    index: int
    name: str
    channels: int
    default_rate: float


def _pyaudio():
    try:
        import pyaudio
    except ImportError as exc:  # pragma: no cover - a broken install
        raise AudioDeviceError(QT_TRANSLATE_NOOP("Messages", "Audio is unavailable: PyAudio could not load "
                                                             "({problem}).").format(problem=exc)) from exc
    return pyaudio


# PortAudio's start and end (Pa_Initialize, Pa_Terminate) are not thread-safe: two at once in two threads
# abort the process (the Assistant's preparation and Settings' device list or sound check, say)
_PORTAUDIO = threading.Lock()


class AudioSystem:
    """One PortAudio instance for the app: lists devices and opens streams."""

    def __init__(self) -> None:
        self.pyaudio = _pyaudio()
        with _PORTAUDIO:
            self._pa = self.pyaudio.PyAudio()

    def close(self) -> None:
        with _PORTAUDIO:
            self._pa.terminate()

    def devices(self, kind: str) -> list[DeviceInfo]:
        key = "maxInputChannels" if kind == "input" else "maxOutputChannels"
        found = []
        for i in range(self._pa.get_device_count()):
            info = self._pa.get_device_info_by_index(i)
            if info.get(key, 0) > 0:
                found.append(DeviceInfo(i, str(info["name"]), int(info[key]), float(info["defaultSampleRate"])))
        return found

    def find(self, kind: str, name: str) -> int | None:
        """Index of the device called ``name`` (exact, then substring); None means the system default."""
        if not name:
            return None
        devices = self.devices(kind)
        for wanted in (lambda d: d.name == name, lambda d: name.lower() in d.name.lower()):
            for device in devices:
                if wanted(device):
                    return device.index
        available = ", ".join(d.name for d in devices) or "–"
        words = QT_TRANSLATE_NOOP("Messages", "Microphone “{name}” is not connected. Available: {available}. Choose "
                                              "another in Settings or plug it back in.") if kind == "input" else \
            QT_TRANSLATE_NOOP("Messages", "Speaker “{name}” is not connected. Available: {available}. Choose another "
                                          "in Settings or plug it back in.")
        raise AudioDeviceError(words.format(name=name, available=available))

    def open(self, kind: str, rate: int, frames: int, device: str, callback) -> object:
        index = self.find(kind, device)
        try:
            return self._pa.open(format=self.pyaudio.paInt16, channels=1, rate=rate, frames_per_buffer=frames,
                                 input=kind == "input", output=kind == "output",
                                 input_device_index=index if kind == "input" else None,
                                 output_device_index=index if kind == "output" else None,
                                 stream_callback=callback, start=True)
        except (OSError, ValueError) as exc:
            words = QT_TRANSLATE_NOOP("Messages", "Could not open the microphone ({problem}). Check that it is "
                                                  "connected and not used exclusively by another app, or pick another "
                                                  "in Settings.") if kind == "input" else \
                QT_TRANSLATE_NOOP("Messages", "Could not open the speaker ({problem}). Check that it is connected and "
                                              "not used exclusively by another app, or pick another in Settings.")
            raise AudioDeviceError(words.format(problem=exc)) from exc


class _CallbackStream:
    """What speaker and microphone share: a PortAudio callback stream that can tell when it went silent."""

    _stream: object
    _last_callback: float

    def stalled(self, after_s: float = 2.0) -> bool:
        """True when the device stopped calling back (unplugged, suspended, taken by another app)."""
        return time.monotonic() - self._last_callback > after_s

    def close(self) -> None:
        try:
            self._stream.stop_stream()  # type: ignore[attr-defined]
            self._stream.close()  # type: ignore[attr-defined]
        except OSError as exc:  # an unplugged device may fail to stop; nothing left to save
            log.warning("closing audio stream: %s", exc)


class Speaker(_CallbackStream):
    """24 kHz output in ``frame_ms`` device callbacks, fed from a PlaybackBuffer."""

    def __init__(self, system: AudioSystem, buffer: PlaybackBuffer, device: str = "", frame_ms: int = 20,
                 on_played: Callable[[bytes], None] | None = None) -> None:
        """``on_played`` sees every frame handed to the device (the echo canceller's reference)."""
        self.buffer = buffer
        self._on_played = on_played
        self._frames = buffer.rate * frame_ms // 1000
        self._last_callback = time.monotonic()
        self._stream = system.open("output", buffer.rate, self._frames, device, self._callback)

    def _callback(self, _in, frame_count, _time_info, _status):
        self._last_callback = time.monotonic()
        out = self.buffer.read(frame_count * SAMPLE_BYTES)
        if self._on_played is not None:
            self._on_played(out)
        return out, 0  # 0 = paContinue

class Microphone(_CallbackStream):
    """16 kHz capture in ``frame_ms`` frames, each delivered as ``deliver(pcm, captured_at)``.

    ``deliver`` runs on the capture thread: pass something that only schedules work, such as
    ``functools.partial(loop.call_soon_threadsafe, session.push_audio)``. ``gate()`` returning True drops
    the frame (half-duplex: the mic is closed while the assistant speaks, so it cannot hear itself);
    ``process`` transforms each frame first (echo cancellation).
    """

    def __init__(self, system: AudioSystem, deliver: Callable[[bytes, float], None], device: str = "",
                 frame_ms: int = 20, gate: Callable[[], bool] | None = None,
                 on_level: Callable[[float], None] | None = None,
                 process: Callable[[bytes], bytes] | None = None) -> None:
        if not 10 <= frame_ms <= 40 or frame_ms % 10:
            raise ValueError("microphone frames must be 10, 20, 30 or 40 ms")
        self._deliver, self._gate, self._on_level, self._process = deliver, gate, on_level, process
        self.muted = False
        self.frames_captured = 0
        self.frames_gated = 0
        self._last_callback = time.monotonic()
        self._stream = system.open("input", MIC_RATE, MIC_RATE * frame_ms // 1000, device, self._callback)

    def _callback(self, in_data, _frame_count, _time_info, _status):
        captured_at = time.perf_counter()
        self._last_callback = time.monotonic()
        self.frames_captured += 1
        if self._process is not None:
            in_data = self._process(in_data)
        if self._on_level is not None:
            self._on_level(level_dbfs(in_data) if not self.muted else -100.0)
        if self.muted or (self._gate is not None and self._gate()):
            self.frames_gated += 1
        else:
            self._deliver(in_data, captured_at)
        return None, 0

