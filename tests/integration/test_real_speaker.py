"""The app's Speaker on a real PulseAudio sink, heard by a recorder in another process (bench/pulse_probe.py on
the sink's monitor): a flush silences what the device already holds, and a crumb of speech after it, shorter
than the device's period, still plays (a stream that ran dry or was aborted starts on whole periods only)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np

from nutrivoice_desktop.devices.audio import SPEAKER_RATE, AudioSystem, PlaybackBuffer, Speaker
from tests.conftest import need_service, pulse_available

ROOT = Path(__file__).resolve().parents[2]


def tone(ms: float) -> bytes:
    t = np.arange(int(SPEAKER_RATE * ms / 1000)) / SPEAKER_RATE
    return (8000 * np.sin(2 * np.pi * 440 * t)).astype("<i2").tobytes()


class Recorder:
    """``on`` / ``off`` times (CLOCK_MONOTONIC) of sound on the speaker sink, from another process."""

    def __init__(self) -> None:
        self._process = subprocess.Popen([sys.executable, "-m", "bench.pulse_probe", "record", "vspk.monitor"],
                                         cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert self._process.stdout is not None
        assert self._process.stdout.readline().strip() == "ready"
        self.heard: list[tuple[str, float]] = []
        self._reader = threading.Thread(target=self._collect, daemon=True)
        self._reader.start()

    def _collect(self) -> None:
        for line in self._process.stdout:
            kind, at = line.split()
            self.heard.append((kind, float(at)))

    def after(self, kind: str, at: float) -> list[float]:
        return [t for k, t in self.heard if k == kind and t >= at]

    def close(self) -> None:
        self._process.terminate()
        self._process.wait(10)
        self._reader.join(10)  # it reads to the end of the closed pipe
        self._process.stdout.close()


def test_a_flush_silences_the_device_and_a_crumb_after_it_still_plays():
    need_service("PulseAudio", pulse_available(), "scripts/test starts PulseAudio")
    recorder = Recorder()
    system = AudioSystem()
    buffer = PlaybackBuffer()
    speaker = Speaker(system, buffer)
    try:
        buffer.write(tone(3000), time.perf_counter())  # 3 s queued, the device full
        # The first output stream of a process through ALSA's pulse plugin here may stay silent up to ~1.7 s
        # after it opens (PortAudio's 8 ms stream did too); the app opens its speaker at Start, before the
        # first answer. Not what this test is about: it waits for the sound
        deadline = time.monotonic() + 2.5
        while not recorder.after("on", 0) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert recorder.after("on", 0), "the speaker played nothing"
        time.sleep(0.2)
        flushed = time.monotonic()
        buffer.flush()
        time.sleep(0.5)
        offs = recorder.after("off", flushed - 0.05)
        assert offs and offs[0] - flushed < 0.015, (recorder.heard, flushed)  # not after the 30 ms the device held
        assert not recorder.after("on", offs[0] + 0.001)  # and nothing queued before the flush came back

        crumb = time.monotonic()
        buffer.write(tone(4), time.perf_counter())  # 4 ms: less than the device's 10 ms period
        time.sleep(0.5)
        ons = recorder.after("on", crumb - 0.005)  # the recorder dates sound to within its 2 ms blocks
        assert ons and ons[0] - crumb < 0.05, (recorder.heard, crumb)
    finally:
        speaker.close()
        system.close()
        recorder.close()
