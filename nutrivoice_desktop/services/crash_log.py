"""Every error nobody caught ends in the log file, redacted, with its traceback.

Without this, an exception raised in a Qt slot (PySide prints it through ``sys.excepthook``), in a thread
(``threading.excepthook``) or in an object's finalizer (``sys.unraisablehook``) goes to stderr only: the
user of a double-clicked app never sees it and the log they send us does not have it. The event loop's
own errors already reach the log: asyncio's default handler logs to the "asyncio" logger.
"""

from __future__ import annotations

import logging
import sys
import threading

log = logging.getLogger("nutrivoice_desktop.uncaught")


def log_uncaught_errors() -> None:
    """Route uncaught exceptions of the main thread, other threads and finalizers to the log."""
    sys.excepthook = _main_thread
    threading.excepthook = _other_thread
    sys.unraisablehook = _unraisable


def _main_thread(kind, value, tb) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.critical("uncaught error (the app goes on; what was being done may be incomplete)",
                 exc_info=(kind, value, tb))


def _other_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    log.critical("uncaught error in thread %s", name, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def _unraisable(unraisable) -> None:
    log.warning("ignored error %s: %s", unraisable.err_msg or "in a finalizer", unraisable.object,
                exc_info=(unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback))
