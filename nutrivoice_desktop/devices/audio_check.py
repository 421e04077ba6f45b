"""The sound check behind Settings' Test button: a short gentle tone on the chosen speaker while the chosen
microphone's level is watched for a few seconds.

It opens the devices exactly as a conversation does (``Speaker`` and ``Microphone`` of devices/audio.py,
found by the names stored in the settings), so a device that passes here works at the next Start. Blocking
(it lasts ``seconds``): call it in a worker thread, and never while a conversation holds the devices.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable

from nutrivoice_desktop.devices.audio import (SPEAKER_RATE, AudioDeviceError, AudioSystem, Microphone,
                                              PlaybackBuffer, Speaker)

TONE_HZ = 440.0
TONE_S = 0.6
TONE_FADE_S = 0.08  # fades in and out: a tone that starts or stops at full level clicks
TONE_LEVEL = 0.2  # ≈ -14 dBFS: clearly audible, never harsh
HEARD_DBFS = -42.0  # speech or the tone at a normal distance; a quiet room stays well below
SILENT_DBFS = -90.0  # digital silence: a muted or disconnected input delivers zeros


@dataclass(frozen=True)
class AudioCheckResult:
    peak_dbfs: float  # the loudest microphone frame (-100 when none came)
    microphone_problem: str | None = None  # the microphone could not be opened: what to do, in words
    speaker_problem: str | None = None

    @property
    def heard(self) -> bool:
        return self.microphone_problem is None and self.peak_dbfs >= HEARD_DBFS

    @property
    def silent(self) -> bool:
        """Nothing at all came in: the microphone is muted, switched off or not the one in use."""
        return self.microphone_problem is None and self.peak_dbfs <= SILENT_DBFS


def tone(rate: int = SPEAKER_RATE) -> bytes:
    """The test tone as PCM16 mono."""
    import numpy as np  # the sound check runs from Settings, long after the window shows

    t = np.arange(int(rate * TONE_S)) / rate
    envelope = np.minimum(1.0, np.minimum(t, TONE_S - t) / TONE_FADE_S)
    return (np.sin(2 * np.pi * TONE_HZ * t) * envelope * TONE_LEVEL * 32767).astype("<i2").tobytes()


def device_names(kind: str) -> list[str]:
    """The PortAudio names of the ``"input"`` or ``"output"`` devices, as the settings store them."""
    system = AudioSystem()
    try:
        return list(dict.fromkeys(d.name for d in system.devices(kind)))  # host APIs may repeat a name
    finally:
        system.close()


def run(microphone: str, speaker: str, on_level: Callable[[float], None], seconds: float = 3.0,
        stop: threading.Event | None = None) -> AudioCheckResult:
    """Play the tone on ``speaker`` and report every microphone frame's level to ``on_level`` (on the audio
    thread) for ``seconds``, or until ``stop`` is set. A device that cannot be opened is reported in the
    result; the other one is still checked."""
    stop = stop or threading.Event()
    peak = -100.0

    def level(dbfs: float) -> None:  # microphone thread
        nonlocal peak
        peak = max(peak, dbfs)
        on_level(dbfs)

    system = AudioSystem()
    try:
        out = mic = None
        speaker_problem = microphone_problem = None
        buffer = PlaybackBuffer()
        buffer.write(tone(), time.perf_counter())
        try:
            out = Speaker(system, buffer, speaker)
        except AudioDeviceError as exc:
            speaker_problem = str(exc)
        try:
            mic = Microphone(system, lambda _pcm, _at: None, microphone, on_level=level)
        except AudioDeviceError as exc:
            microphone_problem = str(exc)
        try:
            if out is not None or mic is not None:
                stop.wait(seconds)
        finally:
            for stream in (mic, out):
                if stream is not None:
                    stream.close()
    finally:
        system.close()
    return AudioCheckResult(peak, microphone_problem, speaker_problem)
