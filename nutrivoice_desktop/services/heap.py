"""Keeping Python's garbage collector off the event loop's back.

A full (generation 2) collection walks every object the process holds: here, after Qt, the SDK's pydantic
models and numpy are loaded, about 65 ms on the GUI thread (measured in the soak), often enough in a long
conversation to be a visible stall. Almost all of those objects live as long as the app: the modules,
classes and widgets made while starting and while the first Live connection is set up. ``gc.freeze()``
moves everything alive at that point out of the collector's reach (CPython 3.7+), so later collections
only walk what the conversation itself allocates. Garbage that exists at the moment of freezing is kept
for good; it is a one-time, bounded cost (what start-up left behind), paid for never stalling again.
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger(__name__)


def settle_after_startup() -> None:
    """Call once start-up is over (the window shown, the first connection made); again later is harmless."""
    before = gc.get_freeze_count()
    gc.freeze()
    log.info("heap settled: %d long-lived objects no longer scanned by the garbage collector",
             gc.get_freeze_count())
    if before:
        log.debug("(%d of them were settled before)", before)
