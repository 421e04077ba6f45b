"""Every error nobody caught ends in the log file, redacted, with its traceback, and the user is told.

Without this, an exception raised in a Qt slot (PySide prints it through ``sys.excepthook``), in a thread
(``threading.excepthook``), in an asyncio task nobody awaited (the loop's exception handler) or in an
object's finalizer (``sys.unraisablehook``) goes to stderr only: the user of a double-clicked app never
sees it and the log they send us does not have it. Each is logged; the first three also reach ``tell``
(the app shows a message with the log's path: the app goes on, since every diary write is one transaction
and a half-done one is rolled back, nothing in the diary is left half-written).

Qt's own warnings and what native libraries print (PortAudio, ALSA, a fatal-error dump) go to the
process's stderr; ``route_native_output`` keeps them in a file beside the log when there is no terminal.
No Python Qt message handler is installed on purpose: Qt calls it from its own threads (the XCB event
reader among them), where taking Python's lock while the GUI thread holds it and waits on Qt is a
deadlock; one was seen in the frozen app.
"""

from __future__ import annotations

import asyncio
import faulthandler
import logging
import os
import sys
import threading
from pathlib import Path
from typing import Callable

log = logging.getLogger("nutrivoice_desktop.uncaught")

NATIVE_LOG_MAX_BYTES = 5_000_000

_tell: Callable[[str], None] | None = None  # set by the app once it can show messages


def log_uncaught_errors(tell: Callable[[str], None] | None = None) -> None:
    """Route uncaught exceptions of the main thread, other threads and finalizers to the log; *tell* (any
    thread may call it) gets the error's name in words for the user."""
    global _tell
    _tell = tell
    sys.excepthook = _main_thread
    threading.excepthook = _other_thread
    sys.unraisablehook = _unraisable


def tell_with(tell: Callable[[str], None] | None) -> None:
    """From now on uncaught errors are also told through *tell* (None: logged only)."""
    global _tell
    _tell = tell


def log_loop_errors(loop: asyncio.AbstractEventLoop) -> None:
    """An exception in a task or callback that nobody awaits: logged with its traceback, and told."""
    def handler(loop: asyncio.AbstractEventLoop, context: dict) -> None:
        error = context.get("exception")
        what = context.get("message", "error in the event loop")
        if error is None:
            log.error("%s", what)
            return
        log.critical("uncaught error in the event loop: %s", what,
                     exc_info=(type(error), error, error.__traceback__))
        _told(error)
    loop.set_exception_handler(handler)


def route_native_output(log_dir: Path) -> Path | None:
    """When stderr is not a terminal (a double-clicked app), point it at native.log in *log_dir*: Qt's
    warnings, native libraries' messages and Python's fatal-error dumps (faulthandler) end there instead
    of nowhere. Returns the file, or None when stderr stays as it was."""
    faulthandler.enable()  # a segfault in a native library prints every thread's Python stack
    try:
        if os.isatty(2):
            return None
    except OSError:
        return None
    path = log_dir / "native.log"
    try:
        mode = "w" if path.exists() and path.stat().st_size > NATIVE_LOG_MAX_BYTES else "a"
        native = open(path, mode, buffering=1, encoding="utf-8", errors="replace")
    except OSError as exc:
        log.warning("native messages stay on stderr: %s", exc)
        return None
    sys.stderr.flush()
    os.dup2(native.fileno(), 2)
    native.close()
    log.info("Qt and native libraries write to %s", path)
    return path


def _told(error: BaseException) -> None:
    if _tell is not None:
        try:
            _tell(type(error).__name__)
        except Exception:  # telling must never raise from an error hook
            log.exception("could not tell the user about an error")


def _main_thread(kind, value, tb) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.critical("uncaught error (the app goes on; what was being done may be incomplete)",
                 exc_info=(kind, value, tb))
    _told(value)


def _other_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    log.critical("uncaught error in thread %s", name, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    if args.exc_value is not None:
        _told(args.exc_value)


def _unraisable(unraisable) -> None:
    log.warning("ignored error %s: %s", unraisable.err_msg or "in a finalizer", unraisable.object,
                exc_info=(unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback))
