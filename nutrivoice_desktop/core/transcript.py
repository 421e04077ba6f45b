"""The conversation as text: streamed transcription deltas merged into turns, exportable as Markdown."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Utterance:
    role: str  # "user" or "assistant"
    turn: int
    text: str = ""
    started: datetime = field(default_factory=datetime.now)
    first_audio_ms: float | None = None
    interrupted: bool = False


class Transcript:
    """Consecutive deltas of the same speaker in the same turn form one utterance."""

    def __init__(self) -> None:
        self.utterances: list[Utterance] = []

    def add(self, role: str, text: str, turn: int) -> tuple[Utterance, bool]:
        """Append a delta; returns the utterance and whether it is a new one."""
        last = self.utterances[-1] if self.utterances else None
        if last is not None and last.role == role and last.turn == turn:
            last.text = _join(last.text, text)
            return last, False
        utterance = Utterance(role, turn, text.strip())
        self.utterances.append(utterance)
        return utterance, True

    def finish_turn(self, turn: int, first_audio_ms: float | None, interrupted: bool) -> Utterance | None:
        for utterance in reversed(self.utterances):
            if utterance.turn == turn and utterance.role == "assistant":
                utterance.first_audio_ms, utterance.interrupted = first_audio_ms, interrupted
                return utterance
        return None

    def to_markdown(self) -> str:
        lines = ["# NutriVoice conversation", ""]
        for u in self.utterances:
            who = {"user": "You", "assistant": "NutriVoice"}.get(u.role, "Note")
            note = " *(interrupted)*" if u.interrupted else ""
            lines.append(f"**{who}** ({u.started:%H:%M:%S}): {u.text}{note}")
            lines.append("")
        return "\n".join(lines)


def _join(before: str, delta: str) -> str:
    """Transcription deltas come with their own spacing ("Sure, " + "the kitchen"); keep it, fix gaps."""
    if not before:
        return delta.strip()
    if before.endswith((" ", "\n")) or delta.startswith((" ", ",", ".", "!", "?", ";", ":")):
        return (before + delta).replace("  ", " ")
    return before + " " + delta
