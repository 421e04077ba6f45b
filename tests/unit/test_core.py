"""Core pieces without a network: schema validation, failure classification, playback buffer, metrics."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from nutrivoice_desktop.core.errors import classify
from nutrivoice_desktop.core.live_session import parse_duration
from nutrivoice_desktop.core.metrics import Metrics
from nutrivoice_desktop.core.schema import validate
from nutrivoice_desktop.devices.audio import PlaybackBuffer, level_dbfs

SCHEMA = {"type": "object", "properties": {
    "grams": {"type": "number", "exclusiveMinimum": 0, "maximum": 5000},
    "meal": {"type": "string", "enum": ["lunch", "dinner"]},
    "n": {"type": "integer", "minimum": 1}},
    "required": ["meal"], "additionalProperties": False}


@pytest.mark.parametrize("value, ok", [
    ({"meal": "lunch", "grams": 10}, True),
    ({"meal": "lunch", "grams": 0}, False),
    ({"meal": "lunch", "grams": "10"}, False),
    ({"meal": "lunch", "grams": True}, False),  # a bool is not a number here
    ({"meal": "brunch"}, False),
    ({}, False),
    ({"meal": "lunch", "other": 1}, False),
    ({"meal": "lunch", "n": 1.5}, False),
    ({"meal": "lunch", "grams": float("nan")}, False),
])
def test_schema_validation(value, ok):
    assert (validate(SCHEMA, value) == []) is ok


def test_close_codes_map_to_decisions():
    from google.genai import errors

    bad_key = classify(errors.APIError(1007, {"message": "API key not valid. Please pass a valid API key."}))
    assert not bad_key.retry and bad_key.problem.fatal and bad_key.problem.title == "API key rejected"
    dropped = classify(errors.APIError(1006, {"message": "abnormal closure"}))
    assert dropped.retry and not dropped.problem.fatal
    internal = classify(errors.APIError(1011, {"message": "Internal error encountered."}))
    assert internal.retry
    model = classify(errors.APIError(1008, {"message": "models/x is not found for API version v1beta"}))
    assert not model.retry and model.problem.title == "Model not available"
    assert classify(asyncio.TimeoutError()).retry
    assert classify(ConnectionRefusedError(111, "refused")).retry


def test_go_away_durations():
    assert parse_duration("50s") == 50 and parse_duration("1.5s") == 1.5
    assert parse_duration(None) is None and parse_duration("soon") is None


def test_playback_buffer_hands_over_flushes_and_times_chunks():
    metrics = Metrics()
    buffer = PlaybackBuffer(metrics=metrics)
    buffer.write(b"\x01\x00" * 480, 0.0)
    assert buffer.take(960 * 2) == (b"\x01\x00" * 480, None)  # what there is, no padding, no flush
    assert metrics.summary("receive_to_device_ms")["n"] == 1
    buffer.write(b"\x01\x00" * 4800, 0.0)
    before = time.perf_counter()
    buffer.flush()
    assert not buffer.playing
    pcm, flushed_at = buffer.take(960)
    assert pcm == b"" and before <= flushed_at <= time.perf_counter()  # the reader learns of the flush once
    assert buffer.take(960) == (b"", None)


def test_a_reader_waiting_for_speech_wakes_at_a_flush():
    buffer = PlaybackBuffer()
    threading.Timer(0.05, buffer.flush).start()
    started = time.perf_counter()
    pcm, flushed_at = buffer.take(960, wait_s=5.0)
    assert pcm == b"" and flushed_at is not None and time.perf_counter() - started < 2.0


def test_playback_buffer_is_bounded_and_thread_safe():
    buffer = PlaybackBuffer(max_seconds=0.1)
    chunk = b"\x02\x00" * 240

    def writer():
        for _ in range(200):
            buffer.write(chunk, 0.0)

    threads = [threading.Thread(target=writer) for _ in range(3)]
    for t in threads:
        t.start()
    for _ in range(200):
        piece, _flushed_at = buffer.take(480, wait_s=0.01)
        assert len(piece) in (0, 480) and piece == chunk[:len(piece)]  # whole writes, never torn
    for t in threads:
        t.join()
    assert buffer.pending_ms <= 100.0 + 1e-6
    assert buffer.metrics.counters["playback_dropped_bytes"] > 0


def test_levels():
    assert level_dbfs(bytes(320)) == -100.0
    assert -1.0 < level_dbfs(b"\xff\x7f" * 160) <= 0.0


def test_metrics_percentiles():
    metrics = Metrics()
    for i in range(1, 101):
        metrics.add("x", float(i))
    summary = metrics.summary("x")
    assert summary["n"] == 100 and 49 <= summary["p50"] <= 51 and 94 <= summary["p95"] <= 96
