"""What the session engine tells the rest of the app. Plain dataclasses: no Qt, no SDK types."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

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


Event = (StatusChanged | Problem | TranscriptDelta | TurnFinished | ModelSpeaking | ToolStarted | ToolFinished
         | ToolCancelled | SessionRotated)


@dataclass
class EventHub:
    """Fan-out to subscribers; a failing subscriber is logged, never allowed to break the session."""

    _subscribers: list[Callable[[Any], None]] = field(default_factory=list)

    def subscribe(self, callback: Callable[[Any], None]) -> Callable[[], None]:
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback)

    def publish(self, event: Any) -> None:
        import logging

        for callback in list(self._subscribers):
            try:
                callback(event)
            except Exception:
                logging.getLogger(__name__).exception("event subscriber failed on %r", type(event).__name__)
