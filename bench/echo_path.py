"""Synthetic speech through a simulated room: the echo canceller's test signal and its measures.

Used by the ERLE benchmark (bench/echo_bench.py) and the unit test. Speech-like signals are harmonic
series with a moving pitch and a syllable envelope, seeded: the same every run.
"""

from __future__ import annotations

import numpy as np

from nutrivoice_desktop.devices.echo import downsample_24k_to_16k


def speech_like(seconds: float, rate: int, pitch: float, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * rate)) / rate
    f0 = pitch * (1 + 0.15 * np.sin(2 * np.pi * 0.7 * t + rng.uniform(0, 6)))
    phase = 2 * np.pi * np.cumsum(f0) / rate
    voice = sum(np.sin(k * phase) / k for k in range(1, 12))
    syllables = np.clip(np.sin(2 * np.pi * 3.5 * t + rng.uniform(0, 6)), 0, None) ** 0.5
    noise = rng.standard_normal(t.size) * 0.05
    return (voice * syllables + noise) / 3.0


def room_impulse(rate: int, delay_ms: float = 35.0, seed: int = 7) -> np.ndarray:
    """Direct path after ``delay_ms`` plus exponentially decaying reflections (about 150 ms tail)."""
    rng = np.random.default_rng(seed)
    n = int(rate * (delay_ms + 150) / 1000)
    ir = np.zeros(n)
    start = int(rate * delay_ms / 1000)
    ir[start] = 0.6
    tail = np.arange(n - start - 1)
    ir[start + 1:] = rng.standard_normal(tail.size) * 0.08 * np.exp(-tail / (rate * 0.03))
    return ir


def scenario(seconds_far: float = 4.0, seconds_near: float = 2.0, seconds_double: float = 2.0):
    """Far end at 24 kHz (what the speaker plays); mic at 16 kHz = echo + near-end talker.

    Segments: far only, then near only, then both (double talk). Returns (far24 int16, mic16 int16,
    near16 float, echo16 float, segment boundaries in 16 kHz samples).
    """
    total = seconds_far + seconds_near + seconds_double
    far = speech_like(total, 24_000, 140.0, seed=1) * 9000
    far[int(24_000 * seconds_far):int(24_000 * (seconds_far + seconds_near))] = 0.0
    far24 = far.astype("<i2")
    far16 = downsample_24k_to_16k(far24.tobytes())
    echo = np.convolve(far16, room_impulse(16_000))[:far16.size]
    near = speech_like(total, 16_000, 210.0, seed=2) * 7000
    near[:int(16_000 * seconds_far)] = 0.0
    mic = np.clip(echo + near, -32768, 32767).astype("<i2")
    bounds = (int(16_000 * seconds_far), int(16_000 * (seconds_far + seconds_near)), mic.size)
    return far24, mic, near, echo, bounds


def run_canceller(process, reference, far24: np.ndarray, mic: np.ndarray, frame_ms: int = 20) -> np.ndarray:
    """Feed speaker and mic frame by frame, as the two device callbacks would."""
    far_step, mic_step = 24 * frame_ms, 16 * frame_ms
    out = []
    for i in range(mic.size // mic_step):
        if reference is not None:
            reference(far24[i * far_step:(i + 1) * far_step].tobytes())
        out.append(process(mic[i * mic_step:(i + 1) * mic_step].tobytes()))
    return np.frombuffer(b"".join(out), dtype="<i2").astype(np.float64)


def erle_db(mic: np.ndarray, out: np.ndarray, start: int, end: int) -> float:
    """Echo return loss enhancement over a far-only stretch: how much quieter the echo got."""
    residual = np.sum(out[start:end] ** 2) + 1e-9
    return float(10 * np.log10(np.sum(mic[start:end].astype(np.float64) ** 2) / residual))


def near_end_preservation(near: np.ndarray, out: np.ndarray, start: int, end: int) -> float:
    """Output level relative to the near-end talker's over that stretch (RMS ratio; 1.0 = as loud as the
    talker, 0 = gone). Over a near-only stretch all output is the talker; in double talk it also contains
    whatever echo is left, so read it together with ERLE. (A projection on the talker's waveform would be
    cleaner but AEC3's filters shift phase, which such a measure mistakes for loss.)"""
    return float(np.sqrt(np.sum(out[start:end] ** 2) / (np.sum(near[start:end] ** 2) + 1e-9)))


def barge_in_scenario(far_s: float = 6.0, user_starts_s: float = 4.0):
    """The assistant talks for ``far_s``; the user starts talking over it at ``user_starts_s``."""
    far = (speech_like(far_s, 24_000, 140.0, seed=3) * 9000).astype("<i2")
    far16 = downsample_24k_to_16k(far.tobytes())
    echo = np.convolve(far16, room_impulse(16_000))[:far16.size]
    near = speech_like(far_s, 16_000, 210.0, seed=4) * 7000
    near[:int(16_000 * user_starts_s)] = 0.0
    mic = np.clip(echo + near, -32768, 32767).astype("<i2")
    return far, mic, near
