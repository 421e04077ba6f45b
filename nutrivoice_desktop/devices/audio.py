"""Microphone and speaker: PyAudio streams at the edge of the app.

Model speech goes through a PlaybackBuffer that the speaker's writer thread hands to the device in 10 ms
pieces, keeping up to 30 ms queued in the device so a late wake-up of the thread is not a dropout.
``flush()`` empties the buffer and wakes the writer, which discards what the device holds (PortAudio's
abort): an interruption is silent at once, not after the chunk already queued (the complaint in
anchors.md). The microphone hands each 10–40 ms frame to the event loop with ``call_soon_threadsafe``;
nothing blocks the audio threads.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Callable

from nutrivoice_desktop.core.loudness import SILENCE_DBFS, level_dbfs
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


class PlaybackBuffer:
    """Thread-safe byte queue between the event loop (writer) and the speaker's writer thread (reader).

    Bounded: beyond ``max_seconds`` of pending speech the oldest is dropped and counted. Records, per
    chunk, receive→device time beyond the speech queued ahead of it (the delay this path adds, whatever
    the server's pacing); a flush is handed to the reader, which silences the device and times it.

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
        self._ready = threading.Condition()  # guards everything above; notified when speech arrives
        self._flushed_at: float | None = None  # the latest flush not yet seen by ``take``
        self.gain = 1.0  # < 1 while ducked under the user's voice (local barge-in)

    @property
    def pending_ms(self) -> float:
        with self._ready:
            return len(self._buf) / (self.rate * SAMPLE_BYTES) * 1000

    @property
    def playing(self) -> bool:
        with self._ready:
            return bool(self._buf)

    def write(self, pcm: bytes, received_at: float) -> None:
        if len(pcm) % SAMPLE_BYTES:
            pcm = pcm[:-1]  # a torn sample would shift every later sample into noise
        with self._ready:
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
            self._ready.notify_all()

    def flush(self) -> None:
        """Drops the queued speech; the next ``take`` tells the reader, which also silences what the
        device already holds (even with nothing queued here, the device may still be playing)."""
        with self._ready:
            self._flushed_at = time.perf_counter()
            self._head += len(self._buf)
            self._buf.clear()
            self._marks.clear()
            self.gain = 1.0
            self._ready.notify_all()  # a reader waiting for speech hears of the flush now

    def wake(self) -> None:
        """Ends a ``take`` that is waiting for speech (the speaker is closing)."""
        with self._ready:
            self._ready.notify_all()

    def wait_for_flush(self, timeout_s: float) -> float | None:
        """The perf_counter time of a flush since the last look (waiting up to ``timeout_s`` for one), else
        None; speech arriving meanwhile ends the wait early too."""
        with self._ready:
            if self._flushed_at is None:
                self._ready.wait(timeout_s)
            flushed_at, self._flushed_at = self._flushed_at, None
        return flushed_at

    def take(self, nbytes: int, wait_s: float = 0.0) -> tuple[bytes, float | None]:
        """Up to ``nbytes`` of queued speech (b"" when there is none), waiting up to ``wait_s`` for some or
        for a flush; with it the perf_counter time of a flush since the previous take, else None. Both come
        from one look under the lock: speech returned with a flush time was queued after that flush."""
        nbytes -= nbytes % SAMPLE_BYTES
        with self._ready:
            if not self._buf and self._flushed_at is None and wait_s > 0:
                self._ready.wait(wait_s)
            flushed_at, self._flushed_at = self._flushed_at, None
            now = time.perf_counter()
            out = bytes(self._buf[:nbytes])
            del self._buf[:nbytes]
            self._head += len(out)
            while self._marks and self._marks[0][0] < self._head:
                _start, due = self._marks.popleft()
                self.metrics.add("receive_to_device_ms", max(0.0, now - due) * 1000)
        if self.gain != 1.0 and out:
            import numpy as np  # loaded by Assistant.prepare after the window shows (~45 ms)

            out = (np.frombuffer(out, dtype="<i2") * self.gain).astype("<i2").tobytes()
        return out, flushed_at


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

    def discard_queued(self, stream) -> None:
        """Silences an output stream at once: what its device buffer holds is dropped, and it is ready for
        the next write. PyAudio's Stream offers only stop_stream, which plays the buffer out first, so this
        calls PortAudio's Pa_AbortStream through PyAudio's module (pinned in the lock file)."""
        self.pyaudio._portaudio.abort_stream(stream._stream)
        self.pyaudio._portaudio.start_stream(stream._stream)

    def open(self, kind: str, rate: int, frames: int, device: str, callback=None) -> object:
        """A started stream; with no ``callback`` a blocking one (``write``). ``frames`` 0 lets PortAudio
        choose the period, which gives the device's lowest latency."""
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
    """A PortAudio callback stream that can tell when it went silent."""

    _stream: object
    _last_callback: float

    def stalled(self, after_s: float = 2.0) -> bool:
        """True when the device stopped calling back (unplugged, suspended, taken by another app)."""
        return time.monotonic() - self._last_callback > after_s

    def close(self) -> None:
        _close_stream(self._stream)


def _close_stream(stream) -> None:
    try:
        stream.stop_stream()
        stream.close()
    except OSError as exc:  # an unplugged device may fail to stop; nothing left to save
        log.warning("closing audio stream: %s", exc)


class Speaker:
    """24 kHz output: a writer thread hands queued speech to a blocking PortAudio stream in 10 ms pieces.

    Why not a callback stream: one keeps the device's buffer topped up with silence, so new speech queues
    behind it (51 ms median through PulseAudio with 20 ms periods, 10 ms with the smallest), and it wakes
    the process 50–240 times a second even when nobody speaks. A blocking stream left to run dry between
    answers starts the next one about 1 ms after it arrives, and while nothing is said the thread sleeps.

    The device holds up to 30 ms (three 10 ms periods), so a writer thread woken late by the OS still finds
    speech queued there; PortAudio's smallest buffer (8 ms) turned any 8 ms scheduling delay into a dropout
    (10 in 30 minutes here, none of them machine pauses). What the device holds is not a delay: a piece
    written to a device that ran dry plays at once. The writer writes only what fits, and otherwise waits
    on the PlaybackBuffer, never inside PortAudio: a flush wakes it at once, and it discards what the
    device holds (``discard_queued``), so an interruption is silent within a millisecond or two of the
    flush. Measured at the speaker by bench/at_speaker.py.
    """

    PIECE_MS = 10
    # PortAudio's period. A stream that ran dry or was discarded starts again only once a whole period is
    # written (through PulseAudio here: a 5 ms piece after an abort never played), so a piece handed to a
    # silent device is padded to one period with silence.
    DEVICE_FRAMES = 240
    WAIT_S = 0.25  # how long the idle thread sleeps before it looks at ``closing`` again
    MIN_ROOM_WAIT_S = 0.002  # the device frees room in steps; a wait for it is never shorter than this

    def __init__(self, system: AudioSystem, buffer: PlaybackBuffer, device: str = "",
                 on_played: Callable[[bytes], None] | None = None) -> None:
        """``on_played`` sees every piece handed to the device (the echo canceller's reference)."""
        self.buffer = buffer
        self._system = system
        self._on_played = on_played
        self._piece_frames = buffer.rate * self.PIECE_MS // 1000
        self._closing = threading.Event()
        self._writing_since: float | None = None  # waiting for room in the device, or inside a write
        self._failed = False
        self._stream = system.open("output", buffer.rate, self.DEVICE_FRAMES, device)
        self._thread = threading.Thread(target=self._run, name="speaker", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        stream = self._stream
        rate = self.buffer.rate
        sounding_until = 0.0  # perf_counter time when the device will have played all it was given
        while not self._closing.is_set():
            try:
                room = stream.get_write_available()  # type: ignore[attr-defined]
            except OSError as exc:
                log.warning("speaker went away: %s", exc)
                self._failed = True
                return
            if room < self._piece_frames:  # the device is full: wait for it to play, or for a flush
                if self._writing_since is None:
                    self._writing_since = time.monotonic()
                flushed_at = self.buffer.wait_for_flush(max(self.MIN_ROOM_WAIT_S, (self._piece_frames - room) / rate))
                if flushed_at is not None:
                    sounding_until = self._silence(flushed_at)
                continue
            self._writing_since = None
            pcm, flushed_at = self.buffer.take(self._piece_frames * SAMPLE_BYTES, self.WAIT_S)
            if flushed_at is not None and time.perf_counter() < sounding_until:
                sounding_until = self._silence(flushed_at)
            if not pcm:
                continue  # nothing to say: the device runs dry, which is silence
            if time.perf_counter() >= sounding_until:  # a silent device starts on whole periods only
                pcm = pcm.ljust(self.DEVICE_FRAMES * SAMPLE_BYTES, b"\0")
            if self._on_played is not None:
                try:
                    self._on_played(pcm)
                except Exception:  # the echo reference or the level failing must not silence the speaker
                    log.exception("on_played failed")
            self._writing_since = time.monotonic()
            try:
                stream.write(pcm, exception_on_underflow=False)  # type: ignore[attr-defined]
            except OSError as exc:  # the device went away mid-write
                log.warning("speaker write failed: %s", exc)
                self._failed = True
                return
            finally:
                self._writing_since = None
            now = time.perf_counter()  # the piece is in the device, behind what it still held
            sounding_until = max(sounding_until, now) + len(pcm) / (rate * SAMPLE_BYTES)

    def _silence(self, flushed_at: float) -> float:
        """Drops what the device holds after a flush; the new ``sounding_until`` (nothing sounds)."""
        try:
            self._system.discard_queued(self._stream)
        except OSError as exc:  # the device went away; the next write says so too
            log.warning("speaker discard failed: %s", exc)
        self.buffer.metrics.add("interrupt_to_silence_ms", (time.perf_counter() - flushed_at) * 1000)
        return 0.0

    def stalled(self, after_s: float = 2.0) -> bool:
        """True when the device stopped taking speech (no room, or a write that does not return: unplugged,
        suspended, taken by another app) or failed."""
        since = self._writing_since
        return self._failed or (since is not None and time.monotonic() - since > after_s)

    def close(self) -> None:
        self._closing.set()
        self.buffer.wake()
        self._thread.join(2 * self.WAIT_S + 1)
        if self._thread.is_alive():
            # closing a stream under a write still in progress crashes PortAudio: leave it to the process
            log.warning("the speaker is stuck in a write; its stream is left open")
            return
        _close_stream(self._stream)


class Microphone(_CallbackStream):
    """16 kHz capture in ``frame_ms`` frames, each delivered as ``deliver(pcm, captured_at)``, and each
    frame's level (dBFS, after ``process``; silence while muted) given to ``on_level``.

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
        if self._on_level is not None:  # one level per frame, for the meter and local barge-in alike
            self._on_level(level_dbfs(in_data) if not self.muted else SILENCE_DBFS)
        if self.muted or (self._gate is not None and self._gate()):
            self.frames_gated += 1
        else:
            self._deliver(in_data, captured_at)
        return None, 0

