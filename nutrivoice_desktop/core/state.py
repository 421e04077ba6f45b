"""Session states and what each one means to the user."""

from __future__ import annotations

import enum

from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP


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
    SessionState.IDLE: QT_TRANSLATE_NOOP("Messages", "Not connected. Press Start to talk."),
    SessionState.CONNECTING: QT_TRANSLATE_NOOP("Messages", "Connecting to Gemini…"),
    SessionState.ACTIVE: QT_TRANSLATE_NOOP("Messages", "Listening. Just talk."),
    SessionState.RECONNECTING: QT_TRANSLATE_NOOP("Messages", "Connection lost, reconnecting… Keep talking; nothing is "
                                                             "lost."),
    SessionState.ERROR: QT_TRANSLATE_NOOP("Messages", "Stopped because of a problem."),
}
# The detail of a planned reconnect (the service's goAway, or a connection near its age limit): the
# conversation carries on through it, so it is not a lost connection to the user
REFRESHING = QT_TRANSLATE_NOOP("Messages", "Refreshing the connection…")
