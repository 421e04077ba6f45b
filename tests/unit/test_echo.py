"""The echo canceller on a simulated room: the echo goes, the user's voice stays."""

from __future__ import annotations

import pytest

from bench.echo_path import erle_db, near_end_preservation, run_canceller, scenario
from nutrivoice_desktop.devices import echo

needs_aec = pytest.mark.skipif(echo.available() is not None, reason=str(echo.available()))


@needs_aec
def test_aec_removes_the_echo_and_keeps_the_near_talker():
    canceller = echo.EchoCanceller()
    far24, mic, near, _echo, (far_end, near_end, total) = scenario()
    out = run_canceller(canceller.process, canceller.reference, far24, mic)
    converged = 16_000 * 2  # AEC3 adapts within the first seconds
    assert erle_db(mic, out, converged, far_end) > 15
    assert 0.5 < near_end_preservation(near, out, far_end, near_end) < 1.5
    assert near_end_preservation(near, out, near_end, total) > 0.3  # double talk: the user is still heard


def test_downsampling_keeps_length_and_level():
    import numpy as np

    tone = (np.sin(2 * np.pi * 440 * np.arange(2400) / 24_000) * 10_000).astype("<i2").tobytes()
    out = echo.downsample_24k_to_16k(tone)
    assert out.size == 1600 and 6500 < np.sqrt(np.mean(out ** 2)) < 7600


def test_local_barge_in_ducks_only_over_playback_and_recovers():
    from nutrivoice_desktop.devices.audio import PlaybackBuffer, level_dbfs
    from nutrivoice_desktop.devices.barge_in import DUCK_GAIN, RELEASE_S, WARMUP_S, LocalBargeIn

    loud, quiet = level_dbfs(b"\x00\x20" * 320), level_dbfs(bytes(640))
    buffer = PlaybackBuffer()
    barge_in = LocalBargeIn(buffer)
    for i in range(5):
        barge_in.observe(loud, i * 0.02)  # nothing playing: the user just talks
    assert barge_in.ducks == 0
    buffer.write(bytes(48_000 * 20), 0.0)  # 20 s of assistant speech queued
    t = 0.0
    while t < WARMUP_S:
        barge_in.observe(quiet, t)
        t += 0.02
    for _ in range(3):
        barge_in.observe(loud, t)
        t += 0.02
    assert barge_in.ducks == 1 and buffer.gain == DUCK_GAIN
    end = t + RELEASE_S + 0.05
    while t < end:
        barge_in.observe(quiet, t)
        t += 0.02
    assert buffer.gain == 1.0  # a false alarm: the assistant comes back


@needs_aec
def test_local_barge_in_reacts_fast_without_false_alarms():
    from bench.echo_bench import measure_barge_in

    result = measure_barge_in()
    assert result["false_alarms"] == 0
    assert result["onset_to_duck_ms"] is not None and result["onset_to_duck_ms"] <= 200
