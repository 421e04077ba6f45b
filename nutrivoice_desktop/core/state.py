"""Session states and what each one means to the user."""

from __future__ import annotations

import enum


class SessionState(enum.Enum):
    IDLE = "idle"
    CONNECTING = "connecting"
    ACTIVE = "active"
    RECONNECTING = "reconnecting"
    ERROR = "error"

    @property
    def words(self) -> str:
        return _WORDS[self]


_WORDS = {
    SessionState.IDLE: "Not connected. Press Start to talk.",
    SessionState.CONNECTING: "Connecting to Gemini…",
    SessionState.ACTIVE: "Listening. Just talk.",
    SessionState.RECONNECTING: "Connection lost, reconnecting… Keep talking; nothing is lost.",
    SessionState.ERROR: "Stopped because of a problem.",
}
