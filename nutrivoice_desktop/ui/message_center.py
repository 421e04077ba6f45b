"""Where the window says things: the one reader of the message stream (core/messages.py).

- warnings and errors: the banner above the conversation shows the most serious, newest one still standing;
  one with the same key replaces it, ``Message.clear(key)`` withdraws it, and the next standing one shows;
- information: the status bar (with a key it stays until replaced, without one it fades after a while);
- an error while the window is hidden (in the tray): a tray notification as well.
"""

from __future__ import annotations

import itertools
import logging
from typing import Callable

from PySide6.QtWidgets import QLabel, QStatusBar

from nutrivoice_desktop.core.messages import Level, Message

log = logging.getLogger(__name__)

FADE_MS = 5000


class MessageCenter:
    def __init__(self, banner: QLabel, status_bar: QStatusBar, tray: Callable[[], object | None],
                 window_visible: Callable[[], bool]) -> None:
        self.banner, self.status_bar = banner, status_bar
        self._tray, self._window_visible = tray, window_visible
        self._standing: dict[str, tuple[int, Message]] = {}  # key → (order, message): warnings and errors
        self._order = itertools.count()

    def show(self, message: Message) -> None:
        if message.cleared:
            self._standing.pop(message.key, None)
            self._refresh_banner()
            return
        log.log(logging.WARNING if message.level >= Level.WARNING else logging.INFO,
                "said to the user: %s %s", message.text, message.next_step)
        if message.level is Level.INFO:
            self.status_bar.showMessage(message.text, 0 if message.key else FADE_MS)
            return
        key = message.key or f"one-off-{next(self._order)}"
        self._standing[key] = (next(self._order), message)
        self._refresh_banner()
        tray = self._tray()
        if message.level is Level.ERROR and tray is not None and not self._window_visible():
            tray.notify(message.title or "NutriVoice", f"{message.text} {message.next_step}".strip())

    def dismiss(self) -> None:
        """The user closed the banner (or acted on it by pressing Start): what stands is put aside."""
        self._standing.clear()
        self._refresh_banner()

    def standing(self) -> list[Message]:
        return [m for _order, m in sorted(self._standing.values(), key=lambda pair: pair[0])]

    def _refresh_banner(self) -> None:
        if not self._standing:
            self.banner.hide()
            return
        _order, top = max(self._standing.values(), key=lambda pair: (pair[1].level, pair[0]))
        title = f"<b>{top.title}.</b> " if top.title else ""
        step = f"<br><i>{top.next_step}</i>" if top.next_step else ""
        self.banner.setText(f"{title}{top.text}{step}")
        self.banner.setProperty("level", top.level.name.lower())
        self.banner.show()
