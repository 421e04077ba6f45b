"""The loop watch sees a stall the way a user would: as late wake-ups, logged in a line the soak reads."""

from __future__ import annotations

import asyncio
import logging
import re
import time

from nutrivoice_desktop.core.loop_watch import LoopWatch
from tests.conftest import run_async


def test_a_blocked_loop_shows_up_in_the_window_and_the_log(caplog):
    async def scenario() -> LoopWatch:
        watch = LoopWatch(interval_s=0.005, report_s=10)
        watch.start()
        await asyncio.sleep(0.05)
        for _ in range(3):
            time.sleep(0.12)  # a blocking call on the loop, the kind of bug the watch is for
            await asyncio.sleep(0.02)
        await watch.stop()
        return watch

    with caplog.at_level(logging.INFO, logger="nutrivoice_desktop.core.loop_watch"):
        watch = run_async(scenario())
    (window,) = watch.windows
    assert window.samples >= 10 and window.max_ms >= 100 and window.p50_ms < 100
    assert "event loop stalled" in caplog.text
    line = re.search(r"loop lag: samples=\d+ p50_ms=[\d.]+ p99_ms=[\d.]+ max_ms=([\d.]+)", caplog.text)
    assert line and float(line.group(1)) == round(window.max_ms, 2)
