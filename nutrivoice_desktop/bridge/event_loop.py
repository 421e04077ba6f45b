"""The asyncio loop the app runs in: qasync's, with one queue for the callbacks that are ready.

qasync turns every ``call_soon`` into a Qt timer of its own (startTimer, a timer event, killTimer). A
microphone frame alone takes several (the frame handed over, the sending task woken, the socket ready),
100 frames a second, plus every chunk the server sends (bench/event_loop.py, docs/PERFORMANCE.md).

Here ``call_soon`` appends to a deque, as asyncio's own loop does, and one zero-time timer runs a round:
what is ready, and what those callbacks schedule in turn (a frame handed over wakes the sending task, which
sends in the same round, not after another turn of Qt's loop: ~0.9x the GUI thread's time per frame in
bench/event_loop.py against one pass per round). A round stops after ROUND_S, so a task that only yields
cannot starve the window, and a burst of ready callbacks does not hold up a paint or Qt's own timers
either: what is left runs in the next round, after Qt's events. What other threads hand over
(``call_soon_threadsafe``) waits in a deque of its own behind one queued wake-up, however many arrive
before the loop looks, where qasync posts a signal carrying each callback.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque

import qasync
from PySide6.QtCore import QObject, Qt, QTimer, Signal


ROUND_S = 0.002  # the longest a round of ready callbacks runs before Qt gets its turn


class _Waker(QObject):
    wake = Signal()


class EventLoop(qasync.QEventLoop):
    def __init__(self, app=None, set_running_loop: bool = False, already_running: bool = False) -> None:
        super().__init__(app, set_running_loop=set_running_loop, already_running=already_running)
        self._ready: deque[asyncio.Handle] = deque()
        self._round = QTimer()
        self._round.setSingleShot(True)
        self._round.setInterval(0)
        self._round.timeout.connect(self._run_ready)
        # handed over by other threads: one queued wake for however many arrive before the loop looks
        self._from_threads: deque[asyncio.Handle] = deque()
        self._wake_pending = False
        self._waker = _Waker()
        self._waker.wake.connect(self._take_from_threads, Qt.ConnectionType.QueuedConnection)

    def call_soon(self, callback, *args, context=None) -> asyncio.Handle:
        if asyncio.iscoroutinefunction(callback):
            raise TypeError("coroutines cannot be used with call_soon")
        if not callable(callback):
            raise TypeError(f"callback must be callable: {type(callback).__name__}")
        handle = asyncio.Handle(callback, args, self, context=context)
        if self.is_closed():  # as qasync does: what comes after close never runs
            return handle
        self._ready.append(handle)
        if not self._round.isActive():
            self._round.start()
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None) -> asyncio.Handle:
        handle = asyncio.Handle(callback, args, self, context=context)
        if self.is_closed():  # a device thread finishing after quit: dropped, as qasync does
            return handle
        self._from_threads.append(handle)  # deque.append is atomic
        if not self._wake_pending:
            self._wake_pending = True
            self._waker.wake.emit()
        return handle

    def _take_from_threads(self) -> None:
        # the flag first: a handle appended after this line brings a wake of its own
        self._wake_pending = False
        for _ in range(len(self._from_threads)):
            self._ready.append(self._from_threads.popleft())
        self._run_ready()

    def _run_ready(self) -> None:
        # what is ready and what that schedules, for at most ROUND_S (see the module's docstring)
        deadline = time.perf_counter() + ROUND_S
        while self._ready:
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()  # an exception goes to the loop's exception handler, as in asyncio
            if time.perf_counter() >= deadline:
                break
        if self._ready and not self._round.isActive():
            self._round.start()

    def close(self) -> None:
        super().close()  # refuses while running, before anything is dropped
        self._round.stop()
        self._ready.clear()
        self._from_threads.clear()
