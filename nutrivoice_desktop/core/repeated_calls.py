"""Calls the model repeats: the same tool with the same arguments again, under a new id.

The Live models do this (a call sent twice; 3.8 "sweeps" a few redundant calls when a result is
uninformative), and Google's advice is to filter duplicates on the client (pipecat #4118, quoting Google;
livekit PR #5556). A repeat of a call that changes the diary must not change it again ("log an apple"
twice is one apple): the engine answers it with the earlier call's result, marked as a repeat.

A repeat is the same tool and arguments in the same model turn, or within REPEAT_WINDOW_S across turns.
Someone who really had a second apple says so in a later turn, seconds later; the model then calls again
(or with quantity 2), and that call runs. Only successful calls are repeated from: a retry of a call that
failed (the diary was busy) runs. Reads are never filtered, nor is "undo" (twice is two undos): the
engine asks only for tools that change the diary otherwise.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any

REPEAT_WINDOW_S = 4.0
KEEP_TURNS = 2  # calls of older turns are forgotten (bounded: a handful of calls a turn)


@dataclass(frozen=True)
class EarlierCall:
    call_id: str
    turn: int
    at: float  # monotonic seconds
    outcome: asyncio.Future  # its ToolResult


class RepeatedCalls:
    def __init__(self) -> None:
        self._calls: dict[str, EarlierCall] = {}

    def earlier(self, name: str, args: dict[str, Any], turn: int, now: float) -> EarlierCall | None:
        """The call this one repeats, or None (then ``remember`` it)."""
        self._calls = {k: c for k, c in self._calls.items() if c.turn > turn - KEEP_TURNS}
        found = self._calls.get(_key(name, args))
        if found is None or found.outcome.cancelled():
            return None
        return found if found.turn == turn or now - found.at < REPEAT_WINDOW_S else None

    def remember(self, name: str, args: dict[str, Any], call: EarlierCall) -> None:
        self._calls[_key(name, args)] = call

    def forget(self, call_id: str) -> None:
        """A call the model cancelled (its change undone): calling it again is a new call."""
        self._calls = {k: c for k, c in self._calls.items() if c.call_id != call_id}


def _key(name: str, args: dict[str, Any]) -> str:
    return name + json.dumps(args, sort_keys=True, default=str)


def as_repeat(data: dict[str, Any], earlier_id: str) -> dict[str, Any]:
    """What the model gets for a repeat: the earlier result, saying nothing was done again."""
    return {**data, "repeat_of": earlier_id,
            "note": "This repeats a call already answered; nothing was changed again."}
