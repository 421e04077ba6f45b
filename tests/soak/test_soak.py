"""Ten minutes of chatty conversation in the real app, on the real sound server (bench/soak.py).

The first release passed every short test and died after 3.5 minutes of talking; this is the test that
would have caught it. SOAK_MINUTES shortens it for a quick local look (CI runs the full 10).
"""

from __future__ import annotations

import os
import shutil

import pytest

from nutrivoice_desktop.core.loop_watch import NOTICEABLE_MS
from tests.conftest import need_service, pulse_available, x_display_available

MINUTES = float(os.environ.get("SOAK_MINUTES", "10"))
pytestmark = [pytest.mark.slow, pytest.mark.soak, pytest.mark.timeout(int(MINUTES * 60) + 300)]


def test_ten_minutes_of_conversation_lose_nothing_and_leak_nothing(tmp_path, capsys):
    need_service("Xvfb + PulseAudio + espeak-ng + sox",
                 x_display_available() and pulse_available() and bool(shutil.which("espeak-ng"))
                 and bool(shutil.which("sox")), "scripts/test provides them")
    from bench.soak import run_soak

    report = run_soak(MINUTES * 60, tmp_path, connection_s=min(150.0, MINUTES * 60 / 4))
    with capsys.disabled():  # the figures belong in every CI log, passed or failed
        print(f"\nsoak, {MINUTES:g} minutes:\n{report.markdown()}\n")
    assert report.exit_code == 0 and not report.crashed_early, report.fatal_lines
    assert report.fatal_lines == []
    # speech both ways, tools, camera, rotations and a drop all happened
    assert report.turns >= MINUTES * 5
    assert report.mic_frames_received >= MINUTES * 60 * 40  # 20 ms frames, most of the time
    assert report.speaker_active_s >= 0.5 * report.model_speech_sent_s
    assert report.food_calls >= MINUTES
    assert report.video_frames_received >= MINUTES * 10 and report.video_max_per_s <= 1
    assert "drop" in report.endings and report.endings.count("goAway") >= 2
    assert all(handle is not None for handle in report.resumed_with[1:]), report.resumed_with
    # nothing lost on the screen or in the diary
    assert report.lost_lines == []
    assert report.food_answered_ok == report.food_calls
    assert report.missing_rows == [] and report.extra_rows == 0
    # nothing grows, nothing stalls
    assert report.rss_growth_mb <= 10, report.rss_growth_mb
    # 99 % of every minute's wake-ups are within a frame (16 ms), and the worst wake-up of a minute is within
    # a frame for the app's own reasons: time the GUI thread spent ready but without a CPU is taken off (on
    # this 2-core machine the fake server, the recorder, PulseAudio and Xvfb share the cores with it). The
    # 60-minute run met that in 59 of 61 minutes; the other two had one wake-up each of 20 and 27 ms that
    # waiting for a CPU does not explain (the 20 ms one with the thread neither busy nor waiting: blocked, on
    # the GIL or the X server; not explained yet, see docs/RELIABILITY.md). So one such minute in ten is tolerated, never beyond two frames; everything,
    # CPU waits included, stays below what a person notices on its own (the hour's worst: 76 ms, 49 of it
    # without a CPU).
    assert report.lag_p99_ms_after_warmup <= 16, report.lag_windows
    own = [w["own_max_ms"] for w in report.lag_windows[int(report.warmup_s // 60):]]
    assert sum(ms > 16 for ms in own) <= 1 and max(own) <= 33, own
    assert report.lag_max_ms_after_warmup < NOTICEABLE_MS, report.lag_windows
