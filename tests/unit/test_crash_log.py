"""Errors nobody caught (in a Qt slot, a thread, a finalizer) end in the log with their traceback, redacted."""

from __future__ import annotations

import sys
import threading

import pytest

from nutrivoice_desktop.services import crash_log
from nutrivoice_desktop.services.logging_setup import RedactingFormatter, register_secret

KEY = "AIza" + "Q" * 35


@pytest.fixture
def hooks(monkeypatch):
    for name in ("excepthook", "unraisablehook"):
        monkeypatch.setattr(sys, name, getattr(sys, name))
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash_log.log_uncaught_errors()


def formatted(caplog) -> str:
    formatter = RedactingFormatter("%(levelname)s %(name)s: %(message)s")
    return "\n".join(formatter.format(record) for record in caplog.records)


def failing(message: str) -> None:
    raise ValueError(message)


def test_an_error_in_a_slot_is_logged_with_its_traceback_and_no_key(hooks, caplog):
    register_secret(KEY)
    try:
        failing(f"bad header x-goog-api-key: {KEY}")
    except ValueError:
        sys.excepthook(*sys.exc_info())  # what PySide does with an exception a slot raised
    text = formatted(caplog)
    assert "CRITICAL nutrivoice_desktop.uncaught: uncaught error" in text
    assert "Traceback" in text and "in failing" in text and "ValueError: bad header" in text
    assert KEY not in text and "[redacted key]" in text


def test_an_error_in_a_thread_is_logged_with_the_threads_name(hooks, caplog):
    thread = threading.Thread(target=failing, args=("camera gone",), name="video-source")
    thread.start()
    thread.join(5)
    text = formatted(caplog)
    assert "uncaught error in thread video-source" in text and "ValueError: camera gone" in text


def test_an_error_in_a_finalizer_is_logged(hooks, caplog):
    class Leaky:
        def __del__(self) -> None:
            failing("while closing")

    Leaky()
    text = formatted(caplog)
    assert "WARNING nutrivoice_desktop.uncaught" in text and "ValueError: while closing" in text


def test_an_error_nobody_awaited_is_logged_and_told(hooks, caplog):
    import asyncio

    told = []
    crash_log.log_uncaught_errors(told.append)

    async def scenario() -> None:
        crash_log.log_loop_errors(asyncio.get_running_loop())
        asyncio.get_running_loop().call_soon(failing, "a callback broke")
        await asyncio.sleep(0.05)

    from tests.conftest import run_async

    run_async(scenario())
    assert "uncaught error in the event loop" in formatted(caplog) and "ValueError: a callback broke" in formatted(caplog)
    assert told == ["ValueError"]


def test_what_native_code_prints_is_kept_beside_the_log_when_there_is_no_terminal(tmp_path):
    import subprocess

    code = ("import os, sys; from pathlib import Path; from nutrivoice_desktop.services import crash_log\n"
            f"print(crash_log.route_native_output(Path({str(tmp_path)!r})))\n"
            "os.write(2, b'qt.qpa.xcb: could not connect to display\\n')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stderr == ""  # nothing left on the pipe...
    assert "could not connect to display" in (tmp_path / "native.log").read_text()  # ...it is in the file
