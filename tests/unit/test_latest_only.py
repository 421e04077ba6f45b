"""Frames from a capture thread never pile up behind a busy loop: only the newest waits."""

from __future__ import annotations

import asyncio
import threading

from nutrivoice_desktop.assistant import LatestOnly
from tests.conftest import run_async


def test_a_busy_loop_gets_only_the_newest_frame():
    async def scenario() -> list[int]:
        got: list[int] = []
        latest = LatestOnly(asyncio.get_running_loop(), got.append)
        producer = threading.Thread(target=lambda: [latest.offer(i) for i in range(1, 10_001)])
        producer.start()
        producer.join()  # the loop was busy (not awaiting) the whole time
        await asyncio.sleep(0.01)
        latest.offer(20_000)
        await asyncio.sleep(0.01)
        return got

    got = run_async(scenario())
    assert got[-2:] == [10_000, 20_000] and len(got) <= 3
