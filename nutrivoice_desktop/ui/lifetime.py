"""Whether a widget still exists after an ``await``: a dialog can be closed and deleted while its data is on
the way from the diary worker, and touching it then raises "Internal C++ object already deleted", which
the app would report as an internal error for a dialog the user merely closed."""

from __future__ import annotations

import shiboken6


def alive(widget) -> bool:
    return shiboken6.isValid(widget)
