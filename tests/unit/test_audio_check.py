"""The Test button's sound check on the real sound system: PulseAudio's null sink and virtual microphone.

scripts/test (ci/with-services.sh) starts PulseAudio with ci/pulse.pa: sink ``vspk`` (default output) and
sink ``vmicsink`` whose monitor is the default input ``vmic``, kept fed with silence; what paplay writes to
vmicsink, the microphone hears.
"""

from __future__ import annotations

import subprocess
import wave

import numpy as np

from nutrivoice_desktop.devices import audio_check
from nutrivoice_desktop.devices.audio import SPEAKER_RATE
from tests.conftest import need_service, pulse_available


def dominant_hz(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples.astype(np.float32) * np.hanning(samples.size)))
    return float(np.fft.rfftfreq(samples.size, 1 / rate)[int(np.argmax(spectrum[1:])) + 1])


def test_the_tone_is_short_gentle_and_fades():
    samples = np.frombuffer(audio_check.tone(), dtype="<i2")
    assert samples.size == int(SPEAKER_RATE * audio_check.TONE_S)
    assert abs(dominant_hz(samples, SPEAKER_RATE) - audio_check.TONE_HZ) < 5
    assert 0.15 * 32767 < np.abs(samples).max() <= 0.21 * 32767  # about -14 dBFS, nowhere near full scale
    assert np.abs(samples[:24]).max() < 0.01 * 32767 and np.abs(samples[-24:]).max() < 0.01 * 32767  # no click


def test_words_for_what_the_microphone_picked_up():
    assert audio_check.AudioCheckResult(-20.0).heard
    assert audio_check.AudioCheckResult(-100.0).silent and not audio_check.AudioCheckResult(-100.0).heard
    quiet = audio_check.AudioCheckResult(-60.0)
    assert not quiet.heard and not quiet.silent
    broken = audio_check.AudioCheckResult(-100.0, microphone_problem="Microphone “x” is not connected.")
    assert not broken.heard and not broken.silent


def need_pulse() -> None:
    need_service("PulseAudio with the virtual devices", pulse_available(),
                 "ci/with-services.sh starts PulseAudio with a null sink and a virtual mic")


def voice_file(path, seconds: float = 4.0) -> str:
    """A loud 1 kHz stand-in for someone speaking, as a WAV paplay can play into the virtual mic."""
    rate = 48_000
    t = np.arange(int(rate * seconds)) / rate
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((np.sin(2 * np.pi * 1000 * t) * 0.3 * 32767).astype("<i2").tobytes())
    return str(path)


def test_the_check_plays_the_tone_and_hears_the_microphone(tmp_path):
    need_pulse()
    assert audio_check.device_names("input") and audio_check.device_names("output")
    played = tmp_path / "played.raw"
    recorder = subprocess.Popen(["parecord", "--device=vspk.monitor", "--raw", "--format=s16le",
                                 f"--rate={SPEAKER_RATE}", "--channels=1", str(played)])
    speaking = subprocess.Popen(["paplay", "--device=vmicsink", voice_file(tmp_path / "voice.wav")])
    levels: list[float] = []
    try:
        result = audio_check.run("", "", levels.append, seconds=2.0)
    finally:
        speaking.terminate()
        speaking.wait(5)
        recorder.terminate()
        recorder.wait(5)
    assert result.microphone_problem is None and result.speaker_problem is None
    assert result.heard and result.peak_dbfs > -25, result
    assert len(levels) > 20  # a level every 20 ms frame, for the meter
    out = np.frombuffer(played.read_bytes(), dtype="<i2")
    loud = out[np.abs(out) > 0.05 * 32767]
    assert loud.size > 0.3 * SPEAKER_RATE, "the tone did not reach the speaker"
    assert abs(dominant_hz(out, SPEAKER_RATE) - audio_check.TONE_HZ) < 10


def test_the_check_says_when_the_microphone_hears_nothing():
    need_pulse()
    result = audio_check.run("", "", lambda _level: None, seconds=1.0)  # vmic carries only silence
    assert result.silent and not result.heard, result


def test_a_device_that_is_not_connected_is_said_and_the_other_still_checked():
    need_pulse()
    result = audio_check.run("No Such Microphone 3000", "", lambda _level: None, seconds=0.5)
    assert "No Such Microphone 3000" in result.microphone_problem and "not connected" in result.microphone_problem
    assert result.speaker_problem is None and not result.heard
