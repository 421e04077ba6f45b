"""One window to share instead of a whole monitor (X11): the list to pick from, and where the picked window is
now, asked again for every captured frame (windows move, and mss captures a rectangle of the screen).

Sharing a window also keeps NutriVoice itself out of the picture, which a whole monitor cannot. It needs
X11 (or XWayland) and python-xlib, which pynput already brings on Linux; elsewhere ``windows()`` is empty and
Settings offers monitors only. No Qt here.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass

log = logging.getLogger(__name__)

MIN_SIDE = 64  # px: smaller top-level windows are docks, tooltips and helpers nobody means to share


@dataclass(frozen=True)
class SharedWindow:
    id: int  # the X11 window id, as the "screen_window" setting stores it
    title: str
    width: int
    height: int


def _display():
    """An X connection, or None where there is no X server to ask."""
    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY"):
        return None
    try:
        from Xlib import display
    except ImportError:
        return None
    try:
        return display.Display()
    except Exception as exc:  # python-xlib raises its own errors for a refused or missing display
        log.info("no X display for window sharing: %s", exc)
        return None


def _title(x, window) -> str:
    from Xlib import X

    for name, kind in (("_NET_WM_NAME", x.intern_atom("UTF8_STRING")), ("WM_NAME", X.AnyPropertyType)):
        prop = window.get_full_property(x.intern_atom(name), kind)
        if prop is not None and prop.value:
            value = prop.value
            return (value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)).strip()
    return ""


def _pid(x, window) -> int | None:
    from Xlib import X

    prop = window.get_full_property(x.intern_atom("_NET_WM_PID"), X.AnyPropertyType)
    return int(prop.value[0]) if prop is not None and len(prop.value) else None


def _top_level(x) -> list:
    """The window manager's list of application windows; without a window manager (a bare X server), the
    root's mapped children."""
    from Xlib import X

    root = x.screen().root
    listed = root.get_full_property(x.intern_atom("_NET_CLIENT_LIST"), X.AnyPropertyType)
    if listed is not None:
        return [x.create_resource_object("window", wid) for wid in listed.value]
    return [w for w in root.query_tree().children if w.get_attributes().map_state == X.IsViewable]


def windows() -> list[SharedWindow]:
    """The titled application windows of this desktop, NutriVoice's own left out; empty without X11."""
    x = _display()
    if x is None:
        return []
    own = os.getpid()
    found = []
    try:
        for window in _top_level(x):
            try:
                title = _title(x, window)
                geometry = window.get_geometry()
                if not title or _pid(x, window) == own or min(geometry.width, geometry.height) < MIN_SIDE:
                    continue
                found.append(SharedWindow(window.id, title, geometry.width, geometry.height))
            except Exception as exc:  # closed while we asked (BadWindow)
                log.debug("window %s: %s", window.id, exc)
    finally:
        x.close()
    return sorted(found, key=lambda w: w.title.lower())


class WindowArea:
    """Where one window is on the screen, asked again for every frame (on the capture thread, which owns the
    X connection)."""

    def __init__(self, window_id: int) -> None:
        self._x = _display()
        if self._x is None:
            raise LookupError("window sharing needs an X11 session")
        self._window = self._x.create_resource_object("window", window_id)
        if self.area() is None:
            self.close()
            raise LookupError("that window is closed")

    def area(self) -> dict | None:
        """The window's rectangle in screen coordinates, as mss takes it; None once it is closed or hidden."""
        try:
            geometry = self._window.get_geometry()
            if self._window.get_attributes().map_state != 2:  # X.IsViewable: minimised or closed
                return None
            origin = self._window.translate_coords(self._x.screen().root, 0, 0)
        except Exception:  # BadWindow, BadDrawable: it was closed
            return None
        return {"left": -origin.x, "top": -origin.y, "width": geometry.width, "height": geometry.height}

    def close(self) -> None:
        self._x.close()
