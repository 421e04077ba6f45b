"""Global push-to-talk hotkey with pynput (imported lazily: it needs a display and is slow to import).

Hold the combination to talk: ``on_press`` fires once when the whole combination is down, ``on_release``
when any of its keys goes up. Callbacks run on pynput's thread; the caller marshals them to its loop.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Callable

from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


class HotkeyUnavailable(Exception):
    """Global hotkeys cannot work in this session; the message explains why and what to do."""


def availability_problem() -> str | None:
    if sys.platform.startswith("linux"):
        if os.environ.get("XDG_SESSION_TYPE") == "wayland" or (os.environ.get("WAYLAND_DISPLAY")
                                                                and not os.environ.get("DISPLAY")):
            return QT_TRANSLATE_NOOP("Messages", "Global hotkeys are not available on Wayland: Wayland does not let "
                                                 "apps listen to the keyboard. Use the Hold to talk button, or log in "
                                                 "with an X11 session.")
        if not os.environ.get("DISPLAY"):
            return QT_TRANSLATE_NOOP("Messages", "Global hotkeys need a graphical X11 session (no DISPLAY is set).")
    return None


class PushToTalkHotkey:
    def __init__(self, combination: str, on_press: Callable[[], None], on_release: Callable[[], None]) -> None:
        problem = availability_problem()
        if problem:
            raise HotkeyUnavailable(problem)
        try:
            from pynput import keyboard
        except Exception as exc:  # pynput's backends fail at import when the display is unusable
            raise HotkeyUnavailable(QT_TRANSLATE_NOOP("Messages", "Global hotkeys could not start ({problem}).")
                                    .format(problem=exc)) from exc
        self._keyboard = keyboard
        try:
            self._keys = set(keyboard.HotKey.parse(combination))
        except ValueError as exc:
            raise HotkeyUnavailable(QT_TRANSLATE_NOOP("Messages", "“{keys}” is not a valid key combination "
                                                                  "({problem}). Choose it again in Settings.")
                                    .format(keys=combination, problem=exc)) from exc
        self._down: set = set()
        self._active = False
        self._on_press, self._on_release = on_press, on_release
        self._listener = keyboard.Listener(on_press=self._pressed, on_release=self._released)

    def start(self) -> None:
        self._listener.start()
        self._listener.wait()

    def stop(self) -> None:
        self._listener.stop()

    def _canonical(self, key):
        return self._listener.canonical(key)

    def _pressed(self, key) -> None:
        self._down.add(self._canonical(key))
        if not self._active and self._keys <= self._down:
            self._active = True
            self._on_press()

    def _released(self, key) -> None:
        key = self._canonical(key)
        self._down.discard(key)
        if self._active and key in self._keys:
            self._active = False
            self._on_release()
