"""Sharing one window instead of a monitor, on a real X server (Xvfb): the window is listed by its title,
captured where it is (also after it moved), NutriVoice's own windows are never offered, and a window that
closes ends sharing in words."""

from __future__ import annotations

import os

import pytest

from nutrivoice_desktop.devices.video import ScreenGrabber, VideoSourceError
from nutrivoice_desktop.devices.windows import windows
from tests.conftest import need_service, x_display_available


@pytest.fixture
def x_window():
    """A plain X11 window of another client: 300×200, titled, with a colour to find in the capture."""
    need_service("X display", x_display_available(), "Xvfb (ci/with-services.sh)")
    from Xlib import X, display

    x = display.Display()
    screen = x.screen()
    window = screen.root.create_window(40, 60, 300, 200, 0, screen.root_depth, X.InputOutput, X.CopyFromParent,
                                       background_pixel=0x2E7D5B, event_mask=X.ExposureMask)
    window.set_wm_name("Recipe notes")
    window.map()
    x.sync()
    yield x, window
    x.close()


def test_a_window_is_listed_captured_where_it_is_and_its_closing_said(x_window):
    x, window = x_window
    listed = {w.id: w for w in windows()}
    assert window.id in listed and listed[window.id].title == "Recipe notes"
    grabber = ScreenGrabber(1, window.id)
    try:
        frame = grabber.grab()
        assert frame.shape == (200, 300, 3)
        assert tuple(frame[100, 150]) == (0x2E, 0x7D, 0x5B)  # its own pixels, not the desktop's
        window.configure(x=500, y=300)  # moved: captured at its new place
        x.sync()
        assert tuple(grabber.grab()[100, 150]) == (0x2E, 0x7D, 0x5B)
        window.unmap()
        x.sync()
        with pytest.raises(VideoSourceError, match="closed or minimised"):
            grabber.grab()
    finally:
        grabber.close()


def test_nutrivoice_never_offers_its_own_windows(x_window):
    x, window = x_window
    window.change_property(x.intern_atom("_NET_WM_PID"), x.intern_atom("CARDINAL"), 32, [os.getpid()])
    x.sync()
    assert window.id not in {w.id for w in windows()}


def test_a_window_gone_before_sharing_starts_is_said_in_words(x_window):
    x, window = x_window
    gone = window.id
    window.destroy()
    x.sync()
    with pytest.raises(VideoSourceError, match="Choose another window"):
        ScreenGrabber(1, gone)
