"""Start-up objects leave the garbage collector's reach, so a full collection no longer walks them."""

from __future__ import annotations

import gc

from nutrivoice_desktop.services.heap import settle_after_startup


def test_settling_moves_live_objects_out_of_full_collections():
    keep = [[i] for i in range(50_000)]  # long-lived (tracked) objects, like a loaded app's
    gc.collect()
    assert id(keep[-1]) in {id(o) for o in gc.get_objects(generation=2)}
    settle_after_startup()
    try:
        assert gc.get_freeze_count() >= len(keep)
        walked = {id(o) for generation in range(3) for o in gc.get_objects(generation=generation)}
        assert not any(id(item) in walked for item in keep)  # no collection looks at them any more
        later = [[0]]  # what the conversation allocates afterwards is collected as usual
        assert id(later[0]) in {id(o) for o in gc.get_objects(generation=0)}
    finally:
        gc.unfreeze()
