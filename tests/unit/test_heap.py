"""Start-up objects leave the garbage collector's reach, so a full collection no longer walks them."""

from __future__ import annotations

import gc
import time

from nutrivoice_desktop.services.heap import settle_after_startup


def test_settling_moves_live_objects_out_of_full_collections():
    keep = [{"n": i} for i in range(200_000)]  # long-lived objects, like a loaded app's
    gc.collect()
    started = time.perf_counter()
    gc.collect(2)
    walked_all = time.perf_counter() - started
    settle_after_startup()
    try:
        assert gc.get_freeze_count() >= len(keep)
        started = time.perf_counter()
        gc.collect(2)
        assert time.perf_counter() - started < walked_all  # the frozen ones are skipped
    finally:
        gc.unfreeze()
