"""What the app tells the user, all through one path: a level, the words, the next step, and a key.

The key says what the message is about ("connection", "audio-device", "sharing", "diary", "api-key", ...):
a newer message with the same key replaces the older one, and ``Message.clear(key)`` withdraws it once the cause
is gone (the connection is back), so the window never shows a stale problem next to a fresh one. The
window's banner, its status bar and the tray all read this one stream (ui/message_center.py); nothing else
writes to them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


# What the window offers next to a message, as a button: the producer knows what fixes it
OPEN_SETTINGS = "open-settings"
RETRY = "retry"  # connect again now (a reconnect waiting out its backoff goes at once; after an error, Start)


class Level(enum.IntEnum):
    INFO = 10  # a fact: "Conversation saved". Status bar: a few seconds, or until replaced when it has a key.
    WARNING = 20  # something works less well: "Echo cancellation is off". Banner until replaced or cleared.
    ERROR = 30  # something the user must act on: "API key rejected". Banner; the tray says it when hidden.


@dataclass(frozen=True)
class Message:
    level: Level
    text: str  # a short sentence or two, in plain words
    next_step: str = ""  # what to do about it, when there is something to do
    key: str = ""  # what it is about; "" means a one-off that replaces nothing
    title: str = ""  # a few words for headers and tray notifications
    action: str = ""  # OPEN_SETTINGS, RETRY or "": the button beside it

    @property
    def cleared(self) -> bool:
        return not self.text

    @classmethod
    def clear(cls, key: str) -> "Message":
        """Withdraws the message with this key (its cause is gone)."""
        return cls(Level.INFO, "", key=key)
