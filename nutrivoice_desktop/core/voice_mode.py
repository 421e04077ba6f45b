"""What the voice conversation is doing right now, in one word the window can show from across the room.

The session reports facts one at a time (connection state, mute, push-to-talk held, speech playing, a tool
running, the user's words transcribed, a reply finished); ``VoiceModeTracker`` folds them into one ``Mode``.
No Qt here: the window paints it (ui/voice_indicator.py), tests feed it facts.
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass
from typing import Callable

from nutrivoice_desktop.core.state import SessionState

# the user's words stopped arriving this long ago and no reply has started: the model is working on it
THINKING_AFTER_S = 0.6


class Mode(enum.Enum):
    OFF = "off"  # no conversation
    CONNECTING = "connecting"
    LISTENING = "listening"  # automatic turn taking: just talk
    READY = "ready"  # push-to-talk, not held: hold the key to talk
    HOLDING = "holding"  # push-to-talk held: the user is talking
    THINKING = "thinking"  # the user finished, or a tool runs: the reply is being made
    SPEAKING = "speaking"
    MUTED = "muted"
    RECONNECTING = "reconnecting"
    ERROR = "error"

    @property
    def uses_mic_level(self) -> bool:
        return self in (Mode.LISTENING, Mode.HOLDING, Mode.READY)


@dataclass
class VoiceModeTracker:
    push_to_talk_mode: bool = False
    clock: Callable[[], float] = time.monotonic
    state: SessionState = SessionState.IDLE
    muted: bool = False
    held: bool = False
    speaking: bool = False
    tools_running: int = 0
    awaiting_reply: bool = False  # the user said or typed something the model has not answered yet
    last_user_words_at: float = -1e9

    # -- facts ------------------------------------------------------------------------------------------
    def session_state(self, state: SessionState) -> None:
        self.state = state
        if state not in (SessionState.ACTIVE, SessionState.RECONNECTING):
            self.speaking = self.held = self.awaiting_reply = False
            self.tools_running = 0

    def user_words(self) -> None:
        """A piece of the user's speech was transcribed (or a typed message was sent)."""
        self.awaiting_reply = True
        self.last_user_words_at = self.clock()

    def reply_finished(self) -> None:
        self.awaiting_reply = False

    def tool_started(self) -> None:
        self.tools_running += 1

    def tool_finished(self) -> None:
        self.tools_running = max(0, self.tools_running - 1)

    def set_speaking(self, speaking: bool) -> None:
        self.speaking = speaking
        if speaking:
            self.awaiting_reply = False

    # -- the one answer -----------------------------------------------------------------------------------
    def mode(self) -> Mode:
        if self.state is SessionState.ERROR:
            return Mode.ERROR
        if self.state is SessionState.IDLE:
            return Mode.OFF
        if self.state is SessionState.CONNECTING:
            return Mode.CONNECTING
        if self.state is SessionState.RECONNECTING:
            return Mode.RECONNECTING
        if self.speaking:
            return Mode.SPEAKING
        if self.held and not self.muted:
            return Mode.HOLDING
        if self.tools_running or (self.awaiting_reply
                                  and self.clock() - self.last_user_words_at >= THINKING_AFTER_S):
            return Mode.THINKING
        if self.muted:
            return Mode.MUTED
        return Mode.READY if self.push_to_talk_mode else Mode.LISTENING
