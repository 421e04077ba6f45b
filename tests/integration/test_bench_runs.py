"""The benchmark harness keeps working (no timing is asserted here: numbers live in docs/PERFORMANCE.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("variant", ["ours", "baseline"])
def test_latency_bench_produces_every_measure(tmp_path, variant):
    out = tmp_path / "result.json"
    done = subprocess.run([sys.executable, "-m", "bench.latency", "--variant", variant, "--seconds", "3", "--out",
                           str(out)], cwd=ROOT, timeout=120, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-4000:]  # what went wrong, in the CI log
    result = json.loads(out.read_text())
    for measure in ("mic_to_send_ms", "receive_to_device_ms", "interrupt_to_silence_ms", "tool_round_trip_ms",
                    "loop_lag_ms", "cpu_percent_streaming"):
        assert result[measure]["n"] >= 1, measure
    assert result["peak_rss_mb"] > 0


@pytest.mark.parametrize("variant", ["ours", "cookbook"])
def test_at_speaker_bench_hears_every_answer_and_burst(tmp_path, variant):
    """Through PulseAudio with the outside recorder: each answer is heard, each interruption goes quiet,
    each burst into the virtual microphone reaches the server."""
    from tests.conftest import need_service, pulse_available

    need_service("PulseAudio", pulse_available(), "scripts/test starts PulseAudio")
    for cell, measures in (("40", ("first_chunk_to_sound_40ms", "interrupted_to_silence_40ms")),
                           ("mic", ("mic_to_server_ms",))):
        out = tmp_path / f"{cell}.json"
        done = subprocess.run([sys.executable, "-m", "bench.at_speaker", "--variant", variant, "--cell", cell,
                               "--samples", "3", "--out", str(out)], cwd=ROOT, timeout=180, capture_output=True,
                              text=True)
        assert done.returncode == 0, done.stderr[-4000:]
        result = json.loads(out.read_text())
        for measure in measures:
            assert result[measure]["n"] == 3 and result["misses"][measure] == 0, (measure, result)


def test_at_speaker_bench_counts_dropouts_over_whole_answers(tmp_path):
    """The stream cell hears every long answer from its start (what it counts as dropouts is the bench's
    figure, not asserted here)."""
    from tests.conftest import need_service, pulse_available

    need_service("PulseAudio", pulse_available(), "scripts/test starts PulseAudio")
    out = tmp_path / "stream.json"
    done = subprocess.run([sys.executable, "-m", "bench.at_speaker", "--variant", "ours", "--cell", "stream",
                           "--samples", "2", "--answer-s", "3", "--out", str(out)], cwd=ROOT, timeout=180,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-4000:]
    result = json.loads(out.read_text())
    assert result["misses"] == {"answers": 0} and result["streamed_s"] == 6.0, result
    assert result["dropouts"] == len(result["dropout_into_answer_s"])
