"""Where the window says things: the one reader of the message stream (core/messages.py).

- warnings and errors: the banner above the conversation shows the most serious, newest one still standing;
  one with the same key replaces it, ``Message.clear(key)`` withdraws it, and the next standing one shows;
- information: the status bar (with a key it stays until replaced, without one it fades after a while),
  except the session's state, which the voice indicator shows;
- an error while the window is hidden (in the tray): a tray notification as well.
"""

from __future__ import annotations

import itertools
import logging
from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar

from nutrivoice_desktop.core.messages import Level, Message
from nutrivoice_desktop.services import paths
from nutrivoice_desktop.ui.i18n import shown
from nutrivoice_desktop.ui.message_area import MessageArea

log = logging.getLogger(__name__)

FADE_MS = 5000


class MessageCenter:
    def __init__(self, banner: MessageArea, status_bar: QStatusBar, tray: Callable[[], object | None],
                 window_visible: Callable[[], bool]) -> None:
        self.banner, self.status_bar = banner, status_bar
        self._tray, self._window_visible = tray, window_visible
        self._standing: dict[str, tuple[int, Message]] = {}  # key → (order, message): warnings and errors
        self._since: dict[str, datetime] = {}  # key → when it was first said (replacements keep the time)
        self._order = itertools.count()

    def show(self, message: Message) -> None:
        if message.cleared:
            self._standing.pop(message.key, None)
            self._since.pop(message.key, None)
            self._refresh_banner()
            return
        log.log(logging.WARNING if message.level >= Level.WARNING else logging.INFO,
                "said to the user: %s %s", message.text, message.next_step)
        if message.key == "status":
            return  # the session's state is the voice indicator's (ui/voice_indicator.py), not a second line
        if message.level is Level.INFO:
            self.status_bar.showMessage(shown(message.text), 0 if message.key else FADE_MS)
            return
        key = message.key or f"one-off-{next(self._order)}"
        self._standing[key] = (next(self._order), message)
        self._since.setdefault(key, datetime.now())
        self._refresh_banner()
        tray = self._tray()
        if message.level is Level.ERROR and tray is not None and not self._window_visible():
            tray.notify(shown(message.title) or "NutriVoice", f"{shown(message.text)} {shown(message.next_step)}".strip())

    def dismiss(self) -> None:
        """The user closed the banner (or acted on it by pressing Start): what stands is put aside."""
        self._standing.clear()
        self._since.clear()
        self._refresh_banner()

    def standing(self) -> list[Message]:
        return [m for _order, m in sorted(self._standing.values(), key=lambda pair: pair[0])]

    def _refresh_banner(self) -> None:
        if not self._standing:
            self.banner.hide()
            return
        key, (_order, top) = max(self._standing.items(), key=lambda item: (item[1][1].level, item[1][0]))
        details = QCoreApplication.translate("MessageCenter", "Since {time}. More in the log: {log}").format(
            time=f"{self._since[key]:%H:%M:%S}", log=paths.log_dir())
        self.banner.show_message(top, details)
