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
