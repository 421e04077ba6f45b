"""What the session engine tells the rest of the app: plain dataclasses (no Qt, no SDK types) on typed topics."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nutrivoice_desktop.core.signals import Topic
from nutrivoice_desktop.core.state import SessionState
from nutrivoice_desktop.core.tools import ToolResult


@dataclass(frozen=True)
class StatusChanged:
    state: SessionState
    detail: str = ""


@dataclass(frozen=True)
class Problem:
    """An error in plain words, with the next step for the user."""

    title: str
    message: str
    next_step: str
    fatal: bool = False
    in_settings: bool = False  # the fix is in Settings (key, model, endpoint, CA file): the window offers it


@dataclass(frozen=True)
class TranscriptDelta:
    role: str  # "user" or "assistant"
    text: str
    turn: int


@dataclass(frozen=True)
class TurnFinished:
    turn: int
    interrupted: bool
    first_audio_ms: float | None  # end of user speech (or turn start) to first model audio


@dataclass(frozen=True)
class ModelSpeaking:
    speaking: bool


@dataclass(frozen=True)
class ToolStarted:
    call_id: str
    name: str
    args: dict[str, Any]


@dataclass(frozen=True)
class ToolFinished:
    call_id: str
    name: str
    result: ToolResult
    duration_ms: float


@dataclass(frozen=True)
class ToolCancelled:
    call_id: str
    name: str


@dataclass(frozen=True)
class SessionRotated:
    """The connection was replaced (goAway or drop) and the conversation resumed."""

    reason: str
    resumed: bool


class SessionEvents:
    """What a live session tells the rest of the app, one typed topic per kind of news.

    One object outlives the sessions that publish on it (a new LiveSession per Start), so the app, the bench
    and the tests connect once."""

    def __init__(self) -> None:
        self.status: Topic[StatusChanged] = Topic("status")
        self.problem: Topic[Problem] = Topic("problem")
        self.transcript: Topic[TranscriptDelta] = Topic("transcript")
        self.turn_finished: Topic[TurnFinished] = Topic("turn_finished")
        self.speaking: Topic[ModelSpeaking] = Topic("speaking")
        self.tool_started: Topic[ToolStarted] = Topic("tool_started")
        self.tool_finished: Topic[ToolFinished] = Topic("tool_finished")
        self.tool_cancelled: Topic[ToolCancelled] = Topic("tool_cancelled")
        self.rotated: Topic[SessionRotated] = Topic("rotated")

    def topics(self) -> tuple[Topic, ...]:
        return tuple(value for value in vars(self).values() if isinstance(value, Topic))
