"""How loud a PCM16 frame is, in one pass: the microphone meter, local barge-in and the session's voice
check all ask, 100 times a second.

Each call comes cold, after 10 ms of other work on its thread: measured inside the streaming app, a level
cost ~20x what it costs in a tight loop (105 µs against 5). What a cold call pays for is mostly the number
of numpy calls it makes (``np.mean`` alone runs several steps of Python inside numpy), so the mean square
is one dot product, and the logarithm is the math module's.
"""

from __future__ import annotations

import math

SILENCE_DBFS = -100.0
_FULL_SCALE_DB = 20 * math.log10(32768.0)


def mean_square(pcm: bytes) -> float:
    """Mean of the squared samples of little-endian PCM16 (0.0 for an empty frame; a torn last byte is
    ignored)."""
    import numpy as np  # loaded by Assistant.prepare after the window shows, not before it (~45 ms)

    count = len(pcm) // 2
    if count == 0:
        return 0.0
    samples = np.frombuffer(pcm, dtype="<i2", count=count).astype(np.float32)
    return float(np.dot(samples, samples)) / count


def level_dbfs(pcm: bytes) -> float:
    """Loudness in dBFS (SILENCE_DBFS for digital silence)."""
    power = mean_square(pcm)
    return max(SILENCE_DBFS, 10 * math.log10(power) - _FULL_SCALE_DB) if power > 0 else SILENCE_DBFS
