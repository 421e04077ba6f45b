"""How late the event loop runs: the stalls a user sees as a frozen window or hears as a late reply.

Under qasync the asyncio loop is Qt's GUI thread, so anything that blocks it (a slow paint, SQLite on the
loop, a flood of messages parsed back to back) delays this watch's wake-ups by the same amount. The watch
sleeps ``interval_s`` and records how late each wake-up came; every ``report_s`` it logs one line with
the window's percentiles and keeps the worst window, and it logs a warning for any single stall long
enough to notice. Cheap by design: 50 wake-ups a second cost well under 1 % of a core.

A stall shorter than the interval can fall between two wake-ups; one that recurs (every message, every
frame) is caught within seconds, which is what a soak needs.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from statistics import quantiles

log = logging.getLogger(__name__)

NOTICEABLE_MS = 100.0  # a stall a person notices on its own: logged as it happens


@dataclass(frozen=True)
class LagWindow:
    samples: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    # CPU the GUI thread itself used while the worst wake-up was late: close to max_ms, the thread was busy
    # (our code, Qt painting); close to 0, it was waiting (for the GIL held by another thread, or the OS)
    busy_at_max_ms: float = 0.0

    def line(self) -> str:
        """One parsable log line (the soak test and bench/soak.py read it)."""
        return (f"loop lag: samples={self.samples} p50_ms={self.p50_ms:.2f} p99_ms={self.p99_ms:.2f} "
                f"max_ms={self.max_ms:.2f} busy_at_max_ms={self.busy_at_max_ms:.2f}")


class LoopWatch:
    def __init__(self, interval_s: float = 0.02, report_s: float = 60.0) -> None:
        self.interval_s = interval_s
        self.report_s = report_s
        self.windows: list[LagWindow] = []  # one per report; a 10-hour day is 600 small records
        self._lags: list[float] = []
        self._worst = (0.0, 0.0)  # (lag, GUI-thread CPU during it) of the window's latest wake-up
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name="loop-watch")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        self._report()  # the last partial window counts too

    async def _run(self) -> None:
        window_start = time.monotonic()
        while True:
            due = time.monotonic() + self.interval_s
            cpu_before = time.thread_time()
            await asyncio.sleep(self.interval_s)
            lag_ms = max(0.0, (time.monotonic() - due) * 1000)
            self._lags.append(lag_ms)
            if lag_ms > self._worst[0]:
                self._worst = (lag_ms, (time.thread_time() - cpu_before) * 1000)
            if lag_ms >= NOTICEABLE_MS:
                log.warning("event loop stalled for %.0f ms", lag_ms)
            if time.monotonic() - window_start >= self.report_s:
                self._report()
                window_start = time.monotonic()

    def _report(self) -> None:
        lags, self._lags = sorted(self._lags), []
        busy_at_max, self._worst = self._worst[1], (0.0, 0.0)
        if len(lags) < 2:
            return
        q = quantiles(lags, n=100, method="inclusive")
        window = LagWindow(len(lags), q[49], q[98], lags[-1], min(busy_at_max, lags[-1] + self.interval_s * 1000))
        self.windows.append(window)
        log.info("%s", window.line())
