"""How late the event loop runs: the stalls a user sees as a frozen window or hears as a late reply.

Under qasync the asyncio loop is Qt's GUI thread, so anything that blocks it (a slow paint, SQLite on the
loop, a flood of messages parsed back to back) delays this watch's wake-ups by the same amount. The watch
sleeps ``interval_s`` and records how late each wake-up came; every ``report_s`` it logs one line with
the window's percentiles and keeps the worst window, and it logs a warning for any single stall long
enough to notice. Cheap by design: 50 wake-ups a second cost well under 1 % of a core.

A stall shorter than the interval can fall between two wake-ups; one that recurs (every message, every
frame) is caught within seconds, which is what a soak needs.

A wake-up can also be late because the GUI thread was ready but had no CPU: other programs (or, on a
2-core machine, our own audio threads beside a recorder, a server and an X server) held both cores. On
Linux the kernel counts that time per thread (/proc/thread-self/schedstat, "run-queue wait"), so each
window also says how much of its worst stall was such waiting, and the worst stall *of the app's own*
(lateness minus run-queue wait: our callbacks, Qt painting, waiting for the GIL held by our threads).
Both figures are logged; neither hides the other. The wait is read at the start and end of each interval,
so waiting during the sleep before the due time counts too (capped at the lateness): the app's own figure
can be lower than the truth by that much, the raw figure never is. Read them as a range.

Every wake-up later than a frame is also logged on its own line with its due time on the machine-wide
monotonic clock, so it can be lined up with what happened outside the process at that moment (the soak
does so with a witness for pauses of the whole virtual machine: bench/machine_pauses.py).
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from dataclasses import dataclass
from statistics import quantiles

log = logging.getLogger(__name__)

NOTICEABLE_MS = 100.0  # a stall a person notices on its own: logged as a warning as it happens
FRAME_MS = 16.0  # one frame at 60 Hz: a later wake-up is a dropped frame, logged with its time
STALL_LINES_PER_WINDOW = 30  # beyond that, a window only counts them (a stalled loop must not flood the log)


@dataclass(frozen=True)
class LagWindow:
    samples: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    # CPU the GUI thread itself used while the worst wake-up was late: close to max_ms, the thread was busy
    # (our code, Qt painting); close to 0, it was waiting (for the GIL held by another thread, or the OS)
    busy_at_max_ms: float = 0.0
    # how long the GUI thread waited for a CPU while the worst wake-up was late (0 where unknown)
    cpu_wait_at_max_ms: float = 0.0
    # the worst lateness once time spent waiting for a CPU is taken off: the stall the app itself made
    own_max_ms: float = 0.0
    # when that wake-up was due and when it came (monotonic s): a reader can set it against other clocks,
    # e.g. pauses of the whole virtual machine (bench/machine_pauses.py), which no thread can see
    own_max_span: tuple[float, float] = (0.0, 0.0)

    def line(self) -> str:
        """One parsable log line (the soak test and bench/soak.py read it)."""
        return (f"loop lag: samples={self.samples} p50_ms={self.p50_ms:.2f} p99_ms={self.p99_ms:.2f} "
                f"max_ms={self.max_ms:.2f} busy_at_max_ms={self.busy_at_max_ms:.2f} "
                f"cpu_wait_at_max_ms={self.cpu_wait_at_max_ms:.2f} own_max_ms={self.own_max_ms:.2f}")


class RunQueueWait:
    """The calling thread's total time spent runnable but not running, in ms (Linux); 0.0 elsewhere.

    Opened on the thread it measures: /proc/thread-self names the thread that opens it."""

    def __init__(self) -> None:
        try:
            self._fd: int | None = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        except OSError:  # not Linux, or a kernel without schedstats
            self._fd = None

    def ms(self) -> float:
        if self._fd is None:
            return 0.0
        try:
            return int(os.pread(self._fd, 128, 0).split()[1]) / 1e6
        except (OSError, ValueError, IndexError):
            return 0.0

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)


class LoopWatch:
    def __init__(self, interval_s: float = 0.02, report_s: float = 60.0) -> None:
        self.interval_s = interval_s
        self.report_s = report_s
        self.windows: list[LagWindow] = []  # one per report; a 10-hour day is 600 small records
        self._lags: list[float] = []
        self._stalls_logged = 0
        self._worst = (0.0, 0.0, 0.0)  # (lag, GUI-thread CPU, run-queue wait) of the window's latest wake-up
        self._own_max = 0.0
        self._own_max_span = (0.0, 0.0)
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
        run_queue = RunQueueWait()
        try:
            window_start = time.monotonic()
            while True:
                due = time.monotonic() + self.interval_s
                cpu_before, waited_before = time.thread_time(), run_queue.ms()
                await asyncio.sleep(self.interval_s)
                lag_ms = max(0.0, (time.monotonic() - due) * 1000)
                waited_ms = max(0.0, min(lag_ms, run_queue.ms() - waited_before))
                self._lags.append(lag_ms)
                if lag_ms - waited_ms > self._own_max:
                    self._own_max, self._own_max_span = lag_ms - waited_ms, (due, due + lag_ms / 1000)
                if lag_ms > self._worst[0]:
                    self._worst = (lag_ms, (time.thread_time() - cpu_before) * 1000, waited_ms)
                if lag_ms > FRAME_MS:
                    self._log_stall(due, lag_ms, waited_ms)
                if time.monotonic() - window_start >= self.report_s:
                    self._report()
                    window_start = time.monotonic()
        finally:
            run_queue.close()

    def _log_stall(self, due: float, lag_ms: float, waited_ms: float) -> None:
        if lag_ms >= NOTICEABLE_MS:
            log.warning("event loop stalled for %.0f ms", lag_ms)
        self._stalls_logged += 1
        if self._stalls_logged <= STALL_LINES_PER_WINDOW:
            log.info("loop stall: due=%.4f late_ms=%.1f cpu_wait_ms=%.1f", due, lag_ms, waited_ms)

    def _report(self) -> None:
        if self._stalls_logged > STALL_LINES_PER_WINDOW:
            log.info("loop stall: %d more in this window, not logged one by one",
                     self._stalls_logged - STALL_LINES_PER_WINDOW)
        self._stalls_logged = 0
        lags, self._lags = sorted(self._lags), []
        (_lag, busy_at_max, waited_at_max), self._worst = self._worst, (0.0, 0.0, 0.0)
        own_max, self._own_max = self._own_max, 0.0
        own_span, self._own_max_span = self._own_max_span, (0.0, 0.0)
        if len(lags) < 2:
            return
        q = quantiles(lags, n=100, method="inclusive")
        window = LagWindow(len(lags), q[49], q[98], lags[-1], min(busy_at_max, lags[-1] + self.interval_s * 1000),
                           waited_at_max, own_max, own_span)
        self.windows.append(window)
        log.info("%s", window.line())
