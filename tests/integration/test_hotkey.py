"""The global push-to-talk hotkey with real pynput on the Xvfb display, keys typed by xdotool."""

from __future__ import annotations

import shutil
import subprocess
import threading

import pytest

from nutrivoice_desktop.devices.hotkey import HotkeyUnavailable, PushToTalkHotkey, availability_problem
from tests.conftest import need_service, x_display_available


def test_hold_to_talk_fires_press_then_release():
    need_service("X display with xdotool", x_display_available() and shutil.which("xdotool") is not None,
                 "run under Xvfb with xdotool installed (scripts/test does)")
    pressed, released = threading.Event(), threading.Event()
    order: list[str] = []
    hotkey = PushToTalkHotkey("<ctrl>+<alt>+p", lambda: (order.append("press"), pressed.set()),
                              lambda: (order.append("release"), released.set()))
    hotkey.start()
    try:
        subprocess.run(["xdotool", "keydown", "ctrl+alt+p"], check=True, timeout=10)
        assert pressed.wait(3)
        assert not released.is_set()  # held: still talking
        subprocess.run(["xdotool", "keyup", "p"], check=True, timeout=10)
        assert released.wait(3)
        subprocess.run(["xdotool", "keyup", "ctrl+alt"], check=True, timeout=10)
    finally:
        hotkey.stop()
    assert order == ["press", "release"]


def test_bad_combination_and_no_display_are_explained(monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    assert "DISPLAY" in availability_problem()
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    with pytest.raises(HotkeyUnavailable, match="Wayland"):
        PushToTalkHotkey("<ctrl>+p", lambda: None, lambda: None)
