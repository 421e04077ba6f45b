"""The conversation as text: streamed transcription deltas merged into turns, exportable as Markdown.

An utterance is *settled* once nothing more can be added to it: when the next one starts, when its turn
ends, or when the conversation is closed. Settled utterances go to ``on_settled`` (the journal on disk)
exactly once, in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Iterable

_SPACES = re.compile(r" {2,}")


@dataclass(eq=False)
class Utterance:
    role: str  # "user", "assistant" or "note"
    turn: int
    started: datetime = field(default_factory=datetime.now)
    first_audio_ms: float | None = None
    interrupted: bool = False
    # The text in the pieces it arrived in, joined only when read: an utterance can stream thousands of
    # deltas, and re-copying all of it per delta would make each one cost more than the last.
    _pieces: list[str] = field(default_factory=list, repr=False)

    @property
    def text(self) -> str:
        if len(self._pieces) > 1:
            self._pieces[:] = ["".join(self._pieces)]
        return self._pieces[0] if self._pieces else ""

    def append(self, delta: str) -> None:
        piece = _piece(self._pieces[-1][-1] if self._pieces else "", delta)
        if piece:
            self._pieces.append(piece)


class Transcript:
    """Consecutive deltas of the same speaker in the same turn form one utterance."""

    def __init__(self, on_settled: Callable[[Utterance], None] | None = None) -> None:
        self.utterances: list[Utterance] = []
        self._on_settled = on_settled
        self._settled = 0  # utterances[:_settled] are final

    def add(self, role: str, text: str, turn: int) -> tuple[Utterance, bool]:
        """Append a delta; returns the utterance and whether it is a new one."""
        last = self.utterances[-1] if len(self.utterances) > self._settled else None
        # the app's notes are whole lines, each its own ("Connection lost…", later "Reconnected…")
        if last is not None and last.role == role and last.turn == turn and role != "note":
            last.append(text)
            return last, False
        self.settle()
        utterance = Utterance(role, turn)
        utterance.append(text)
        self.utterances.append(utterance)
        return utterance, True

    def finish_turn(self, turn: int, first_audio_ms: float | None, interrupted: bool) -> Utterance | None:
        found = None
        for utterance in reversed(self.utterances):
            if utterance.turn == turn and utterance.role == "assistant":
                utterance.first_audio_ms, utterance.interrupted = first_audio_ms, interrupted
                found = utterance
                break
        self.settle()  # the turn is over: nothing more will be added to what was said in it
        return found

    def settle(self) -> None:
        """Everything so far is final (also called when the conversation is closed)."""
        pending, self._settled = self.utterances[self._settled:], len(self.utterances)
        if self._on_settled is not None:
            for utterance in pending:
                self._on_settled(utterance)

    def restore(self, earlier: Iterable[Utterance]) -> None:
        """Put back utterances said before (today's, from the journal) as settled: they are not written again."""
        self.settle()
        self.utterances.extend(earlier)
        self._settled = len(self.utterances)

    def to_markdown(self) -> str:
        lines = ["# NutriVoice conversation", ""]
        for u in self.utterances:
            who = {"user": "You", "assistant": "NutriVoice"}.get(u.role, "Note")
            note = " *(interrupted)*" if u.interrupted else ""
            lines.append(f"**{who}** ({u.started:%H:%M:%S}): {u.text}{note}")
            lines.append("")
        return "\n".join(lines)


def _piece(last_char: str, delta: str) -> str:
    """What to append after text ending in ``last_char`` ("" when there is none yet). Transcription deltas
    come with their own spacing ("Sure, " + "the kitchen"); keep it, fix gaps and doubled spaces."""
    if not last_char:
        return _SPACES.sub(" ", delta.strip())
    delta = _SPACES.sub(" ", delta)
    if last_char in " \n":
        return delta[1:] if delta.startswith(" ") else delta
    if delta.startswith((" ", ",", ".", "!", "?", ";", ":")):
        return delta
    return " " + delta
