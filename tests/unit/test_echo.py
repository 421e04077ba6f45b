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
