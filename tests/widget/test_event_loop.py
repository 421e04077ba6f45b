"""The app's event loop (bridge/event_loop.py): asyncio's ready queue inside Qt's loop. Callbacks run in the
order they were scheduled, a cancelled one never runs, an error goes to the loop's handler and the rest
still run, and a round stops after ROUND_S, so Qt handles its own events even while a task only yields."""

from __future__ import annotations

import asyncio
import threading

from PySide6.QtCore import QTimer


def test_callbacks_run_in_order_and_a_cancelled_one_never(aloop, qtbot):
    ran: list[int] = []
    handles = [aloop.call_soon(ran.append, i) for i in range(5)]
    handles[2].cancel()
    qtbot.waitUntil(lambda: len(ran) == 4, timeout=2000)
    assert ran == [0, 1, 3, 4]


def test_an_error_goes_to_the_handler_and_the_others_still_run(aloop, qtbot):
    errors, ran = [], []
    previous = aloop.get_exception_handler()
    aloop.set_exception_handler(lambda loop, context: errors.append(context["exception"]))
    try:
        aloop.call_soon(lambda: 1 / 0)
        aloop.call_soon(ran.append, "after")
        qtbot.waitUntil(lambda: ran == ["after"], timeout=2000)
    finally:
        aloop.set_exception_handler(previous)
    assert len(errors) == 1 and isinstance(errors[0], ZeroDivisionError)


def test_a_task_that_only_yields_does_not_starve_qt(aloop, qtbot):
    """A coroutine looping on ``sleep(0)`` reschedules itself every round; Qt's own events (a timer here)
    still come through between rounds."""
    fired = []
    stop = False

    async def spin() -> int:
        rounds = 0
        while not stop:
            rounds += 1
            await asyncio.sleep(0)
        return rounds

    task = aloop.create_task(spin())
    QTimer.singleShot(20, lambda: fired.append(True))
    try:
        qtbot.waitUntil(lambda: fired == [True], timeout=2000)
    finally:
        stop = True
    qtbot.waitUntil(task.done, timeout=2000)
    assert task.result() > 1


def test_a_thread_hands_work_to_the_loop_in_order(aloop, qtbot):
    got: list[int] = []

    def producer() -> None:
        for i in range(200):
            aloop.call_soon_threadsafe(got.append, i)

    thread = threading.Thread(target=producer)
    thread.start()
    thread.join(5)
    qtbot.waitUntil(lambda: len(got) == 200, timeout=3000)
    assert got == list(range(200))


def test_a_closed_loop_runs_nothing_more(qapp):
    from nutrivoice_desktop.bridge.event_loop import EventLoop

    loop = EventLoop(qapp)
    loop.close()
    ran = []
    loop.call_soon(ran.append, 1)
    loop.call_soon_threadsafe(ran.append, 2)
    qapp.processEvents()
    assert ran == []
